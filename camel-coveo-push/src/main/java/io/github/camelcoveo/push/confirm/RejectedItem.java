package io.github.camelcoveo.push.confirm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An item Coveo accepted (202) and then refused when it indexed it.
 *
 * @param fileId     the batch that carried it, or null for a single push
 * @param orderingId the orderingId of the operation Coveo refused, when the log gives it
 */
public record RejectedItem(String documentId, String reason, String fileId, Long orderingId, String sourceId) {

    /** The item as a Map (its keys the record's components, in order), for routes that marshal it. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("documentId", documentId);
        map.put("reason", reason);
        map.put("fileId", fileId);
        map.put("orderingId", orderingId);
        map.put("sourceId", sourceId);
        return map;
    }
}
