package io.github.camelcoveo.push.client;

import javax.net.ssl.SSLContext;

/** How to build the HTTP client: timeouts in milliseconds, pool size, TLS and proxy. */
public record HttpClientSettings(long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections,
                                 SSLContext sslContext, String proxyHost, Integer proxyPort, String userAgent) {
}
