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
package io.github.camelcoveo.push.emulator.http;

import com.github.tomakehurst.wiremock.http.Request;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The parts of a WireMock request the handlers need, with the query string decoded. */
public final class HttpExchange {

    private final Request request;
    private final String path;
    private final Map<String, String> query;
    private byte[] body;

    public HttpExchange(Request request) {
        this.request = request;
        String url = request.getUrl();
        int questionMark = url.indexOf('?');
        this.path = questionMark < 0 ? url : url.substring(0, questionMark);
        this.query = questionMark < 0 ? Map.of() : parseQuery(url.substring(questionMark + 1));
    }

    public String method() {
        return request.getMethod().getName();
    }

    public String path() {
        return path;
    }

    /** The path and query as received. */
    public String url() {
        return request.getUrl();
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    public Optional<String> header(String name) {
        return request.containsHeader(name) ? Optional.ofNullable(request.getHeader(name)) : Optional.empty();
    }

    /** The body as the client sent it. */
    public byte[] body() {
        if (body == null) {
            byte[] received = request.getBody();
            if (received == null) {
                body = new byte[0];
            } else {
                boolean base64 = "base64".equals(request.getHeader(RawBodyFilter.ENCODING_HEADER));
                body = base64 ? Base64.getDecoder().decode(received) : received;
            }
        }
        return body;
    }

    /** scheme://host:port as the client addressed the emulator, so that URIs handed back work for it. */
    public String origin() {
        URI uri = URI.create(request.getAbsoluteUrl());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
