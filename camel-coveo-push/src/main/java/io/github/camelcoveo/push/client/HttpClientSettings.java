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
package io.github.camelcoveo.push.client;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * How to build the HTTP client: timeouts in milliseconds, pool size, TLS and proxy; or, in {@code provided}, a client
 * of the user's, used as it is and never closed.
 */
public record HttpClientSettings(long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections,
                                 SSLContext sslContext, String proxyHost, Integer proxyPort, String userAgent,
                                 CloseableHttpClient provided) {

    public HttpClientSettings(long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections,
                              SSLContext sslContext, String proxyHost, Integer proxyPort, String userAgent) {
        this(connectTimeoutMillis, responseTimeoutMillis, maxConnections, sslContext, proxyHost, proxyPort, userAgent,
                null);
    }
}
