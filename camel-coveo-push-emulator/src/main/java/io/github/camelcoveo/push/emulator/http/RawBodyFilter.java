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

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * WireMock silently un-gzips any request body that starts with the gzip magic bytes, which would corrupt a
 * GZIP-compressed file container upload. This filter hands such a body to WireMock Base64-encoded and flagged
 * with {@link #ENCODING_HEADER}, so that {@link HttpExchange#body()} can restore the bytes as sent.
 */
final class RawBodyFilter implements Filter {

    static final String ENCODING_HEADER = "X-Coveo-Emulator-Body-Encoding";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        byte[] body = http.getInputStream().readAllBytes();
        boolean declaredGzip = String.valueOf(http.getHeader("Content-Encoding")).contains("gzip");
        boolean looksGzipped = body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
        boolean encode = looksGzipped && !declaredGzip;
        chain.doFilter(new ReplayedRequest(http, encode ? Base64.getEncoder().encode(body) : body, encode), response);
    }

    private static final class ReplayedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final boolean base64;

        ReplayedRequest(HttpServletRequest request, byte[] body, boolean base64) {
            super(request);
            this.body = body;
            this.base64 = base64;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getHeader(String name) {
            if (name.equalsIgnoreCase(ENCODING_HEADER)) {
                return base64 ? "base64" : null;
            }
            if (name.equalsIgnoreCase("Content-Length")) {
                return String.valueOf(body.length);
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            if (name.equalsIgnoreCase(ENCODING_HEADER) || name.equalsIgnoreCase("Content-Length")) {
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements(); ) {
                String name = all.nextElement();
                if (!name.equalsIgnoreCase(ENCODING_HEADER)) {
                    names.add(name);
                }
            }
            if (base64) {
                names.add(ENCODING_HEADER);
            }
            return Collections.enumeration(names);
        }
    }
}
