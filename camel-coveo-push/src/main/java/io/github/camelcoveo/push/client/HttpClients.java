package io.github.camelcoveo.push.client;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/** Builds the pooled Apache HttpClient 5 that talks to the Push API and to file containers. */
final class HttpClients {

    private HttpClients() {
    }

    /**
     * A connection that never hands its traffic to HttpClient's {@code org.apache.hc.client5.http.headers} and
     * {@code .wire} DEBUG loggers: they would print the Authorization header, that is the API key, and response
     * bodies that may echo it. Our own DEBUG lines (method, URL without query, status) remain.
     */
    static final class QuietConnection extends DefaultManagedHttpClientConnection {
        private static final AtomicLong COUNTER = new AtomicLong();

        private QuietConnection(String id) {
            super(id);
        }

        static ManagedHttpClientConnection open(Socket socket) throws IOException {
            QuietConnection connection = new QuietConnection("coveo-push-" + COUNTER.getAndIncrement());
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
        }
    }

    static CloseableHttpClient create(HttpClientSettings settings) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeoutMillis());
        Timeout response = Timeout.ofMilliseconds(settings.responseTimeoutMillis());
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnection::open)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.sslContext()));
        }
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(response)
                        .setConnectionRequestTimeout(response)
                        .setRedirectsEnabled(false)
                        .build())
                // a redirect could carry the Authorization header to another host: the Push API has none to follow
                .disableRedirectHandling()
                // retries are ours, with backoff and Retry-After, for every method
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(settings.userAgent());
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort()));
        }
        return builder.build();
    }
}
