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
package io.github.camelcoveo.examples.fullsync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The full sync's orderingId fence from Coveo's clock: the {@code Date} header of the Push API's answer to a request
 * that carries no API key (Coveo answers it 401 and counts no quota), minus a margin.
 * <p>
 * Why not the clock of the pod that runs the sync: {@code deleteOlderThan(fence)} deletes every item whose orderingId
 * is below the fence, and other instances keep pushing live changes while the sync runs, with orderingIds from their
 * own clocks. A leader whose clock runs five minutes ahead would set the fence five minutes in the future, and delete
 * every item that the other instances pushed in those five minutes. Every instance agrees on Coveo's clock (or on the
 * store's, as the database example takes {@code clock_timestamp()} from PostgreSQL); the margin covers what the
 * others' clocks may lag behind it, and the one second of the header's precision.
 */
public final class CoveoClock {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String url;
    private Duration margin = Duration.ofMinutes(1);

    /** Any Push API URL of the organization's region, e.g. {@code https://api.cloud.coveo.com/push/v1}. */
    public void setUrl(String url) {
        this.url = url;
    }

    /** How far the fence stays behind Coveo's clock; at least the largest skew of the instances' clocks. */
    public void setMargin(Duration margin) {
        this.margin = margin;
    }

    /** Coveo's time now. */
    public Instant now() throws IOException, InterruptedException {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        String date = answer.headers().firstValue("Date").orElseThrow(() -> new IOException(
                "No Date header in the answer of " + url + " (status " + answer.statusCode() + ")"));
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** The orderingId fence of a full sync, in epoch milliseconds. */
    public long fence() throws IOException, InterruptedException {
        return now().minus(margin).toEpochMilli();
    }
}
