package io.github.camelcoveo.push.emulator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request the emulator answered on the Push API and the upload endpoint, oldest first. */
public final class RequestLog {

    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

    public void record(ReceivedRequest request) {
        requests.add(request);
    }

    public List<ReceivedRequest> all() {
        return List.copyOf(requests);
    }

    public int total() {
        return requests.size();
    }

    public long count(RequestKind kind) {
        return requests.stream().filter(request -> request.kind() == kind).count();
    }

    public long accepted(RequestKind kind) {
        return requests.stream().filter(request -> request.kind() == kind && !request.rejected()).count();
    }

    public List<ReceivedRequest> rejections() {
        return requests.stream().filter(ReceivedRequest::rejected).toList();
    }

    public Map<RequestKind, Long> countsByKind() {
        Map<RequestKind, Long> counts = new EnumMap<>(RequestKind.class);
        requests.forEach(request -> counts.merge(request.kind(), 1L, Long::sum));
        return counts;
    }

    public void clear() {
        requests.clear();
    }
}
