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
