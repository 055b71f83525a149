/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelcoveo.push.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Push API double that answers at once: file containers, uploads (read to their end and dropped), batch and single
 * pushes. It counts requests and the bytes it received.
 */
final class PushApiStub implements AutoCloseable {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong containers = new AtomicLong();
    final AtomicLong uploads = new AtomicLong();
    final AtomicLong pushes = new AtomicLong();
    final AtomicLong bytesReceived = new AtomicLong();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    PushApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String pushApiUrl() {
        return "http://127.0.0.1:" + port() + "/push/v1";
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        long read = drain(exchange.getRequestBody());
        bytesReceived.addAndGet(read);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("POST".equals(method) && path.endsWith("/files")) {
            long id = containers.incrementAndGet();
            String json = "{\"uploadUri\":\"http://127.0.0.1:" + port() + "/upload/" + id + "\",\"fileId\":\"f" + id
                          + "\",\"requiredHeaders\":{\"x-amz-server-side-encryption\":\"AES256\","
                          + "\"Content-Type\":\"application/octet-stream\"}}";
            respond(exchange, 201, json);
        } else if (path.startsWith("/upload/")) {
            uploads.incrementAndGet();
            respond(exchange, 200, null);
        } else {
            pushes.incrementAndGet();
            respond(exchange, 202, null);
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
