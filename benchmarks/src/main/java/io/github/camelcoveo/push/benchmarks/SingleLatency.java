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

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelcoveo.push.client.HttpClientSettings;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.client.RetryingExecutor;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The latency of one document sent alone ({@code batch=false}) through a route, against a raw PUT of the same JSON to
 * the same double with a plain Apache HttpClient on the calling thread: the two alternate, call after call, and the
 * medians (and 90th percentiles) of each are reported with their ratio. The route is measured twice: with the
 * default options (the call on an HTTP worker, the exchange going on on a thread of the endpoint's) and with
 * {@code synchronous=true} (the call and the rest of the route on the caller's thread).
 * <p>
 * Usage: {@code SingleLatency [--calls N] [--warmups W]}
 */
public final class SingleLatency {

    public static void main(String[] args) throws Exception {
        int calls = 5_000;
        int warmups = 2_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Documents generator = new Documents(Documents.Kind.text);
        try (PushApiStub stub = new PushApiStub(); CloseableHttpClient raw = HttpClients.createDefault();
             CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            String uri = "coveo-push:src?organizationId=org&apiKey=bench-key&batch=false&pushApiUrl=" + stub.pushApiUrl();
            Endpoint route = camel.getEndpoint(uri);
            Endpoint synchronous = optionalEndpoint(camel, uri + "&synchronous=true");
            ProducerTemplate template = camel.createProducerTemplate();
            long[] rawNanos = new long[calls];
            long[] clientNanos = new long[calls];
            long[] routeNanos = new long[calls];
            long[] synchronousNanos = new long[calls];
            ScheduledExecutorService workers = Executors.newScheduledThreadPool(4);
            PushApiClient client = new PushApiClient(new PushApiUrls(URI.create(stub.pushApiUrl()), "org"), "bench-key",
                    new HttpClientSettings(10_000, 600_000, 4, null, null, null, "bench"),
                    new RetryingExecutor(workers, new RetryPolicy(0, 10, 10)));
            for (int i = -warmups; i < calls; i++) {
                PushDocument document = generator.document(Math.floorMod(i, 100_000));
                long start = System.nanoTime();
                put(raw, stub, document);
                long rawTime = System.nanoTime() - start;
                start = System.nanoTime();
                template.sendBody(route, document);
                long routeTime = System.nanoTime() - start;
                start = System.nanoTime();
                if (synchronous != null) {
                    template.sendBody(synchronous, document);
                }
                long synchronousTime = System.nanoTime() - start;
                start = System.nanoTime();
                client.pushDocument("src", document.getDocumentId(), null, null, json(document)).join();
                long clientTime = System.nanoTime() - start;
                if (i >= 0) {
                    rawNanos[i] = rawTime;
                    routeNanos[i] = routeTime;
                    synchronousNanos[i] = synchronousTime;
                    clientNanos[i] = clientTime;
                }
            }
            client.close();
            workers.shutdownNow();
            Arrays.sort(rawNanos);
            Arrays.sort(routeNanos);
            Arrays.sort(synchronousNanos);
            Arrays.sort(clientNanos);
            System.out.printf(Locale.ROOT, "the component's PushApiClient alone (its worker pool, no Camel): median %.1f us%n",
                    clientNanos[calls / 2] / 1e3);
            System.out.printf(Locale.ROOT, "single document, %d calls each: raw PUT median %.1f us (p90 %.1f),"
                                           + " route median %.1f us (p90 %.1f); route/raw median %.2f%n", calls,
                    rawNanos[calls / 2] / 1e3, rawNanos[calls * 9 / 10] / 1e3, routeNanos[calls / 2] / 1e3,
                    routeNanos[calls * 9 / 10] / 1e3, (double) routeNanos[calls / 2] / rawNanos[calls / 2]);
            if (synchronous != null) {
                System.out.printf(Locale.ROOT, "synchronous=true: route median %.1f us (p90 %.1f); route/raw median %.2f%n",
                        synchronousNanos[calls / 2] / 1e3, synchronousNanos[calls * 9 / 10] / 1e3,
                        (double) synchronousNanos[calls / 2] / rawNanos[calls / 2]);
            }
            template.close();
        }
    }

    /** The endpoint, or null for a version of the component without its options (to compare with an older one). */
    private static Endpoint optionalEndpoint(CamelContext camel, String uri) {
        try {
            return camel.getEndpoint(uri);
        } catch (RuntimeException unknownOption) {
            System.out.println("not measured, this version refuses it: " + uri.replaceAll("\\?.*&", "?...&"));
            return null;
        }
    }

    private static RequestBody json(PushDocument document) {
        return DocumentJson.single(document, new PreparedContent.Data(((DocumentContent.Text) document.getContent()).data()));
    }

    /** The PUT the component makes for the document, written by hand. */
    private static void put(CloseableHttpClient http, PushApiStub stub, PushDocument document) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json(document).writeTo(json);
        HttpPut put = new HttpPut(URI.create(stub.pushApiUrl() + "/organizations/org/sources/src/documents?documentId="
                                             + URLEncoder.encode(document.getDocumentId(), StandardCharsets.UTF_8)));
        put.setHeader("Authorization", "Bearer bench-key");
        put.setEntity(new ByteArrayEntity(json.toByteArray(), ContentType.APPLICATION_JSON));
        http.execute(put, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }
}
