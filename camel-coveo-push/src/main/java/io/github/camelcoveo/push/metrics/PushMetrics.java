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
package io.github.camelcoveo.push.metrics;

/**
 * What an endpoint reports as it happens, for its operators: {@link PushStats} keeps the figures that JMX and the dev
 * console show, and hands every event on to the meters of an application's Micrometer registry, if it has one.
 * Every method is called on the thread of the event (a route's, an HTTP worker's): it must be quick and not throw.
 */
public interface PushMetrics extends AutoCloseable {

    PushMetrics NONE = new PushMetrics() {
    };

    /** Why items failed; {@code tag} is the value of the meters' {@code cause} tag. */
    enum Cause {
        INVALID("invalid"), REFUSED("refused"), RETRIES_EXHAUSTED("retriesExhausted"), REJECTED("rejected"),
        OTHER("other");

        public final String tag;

        Cause(String tag) {
            this.tag = tag;
        }
    }

    /** An exchange handed {@code items} documents (or identities) to the endpoint. */
    default void admitted(String operation, int items) {
    }

    default void accepted(String operation, int items) {
    }

    /** @param code Coveo's error code, else the HTTP status, when Coveo refused; else null */
    default void failed(String operation, int items, Cause cause, String code, Throwable error) {
    }

    /** An attempt of a call got an answer ({@code status} 0: none) after sending {@code bytes} of body. */
    default void request(String kind, int status, long bytes) {
    }

    default void retry(String kind, int status, long delayMillis) {
    }

    default void batchSealed(int documents, long bytes) {
    }

    /** @param latencyNanos from the batch's seal to Coveo's answer */
    default void batchSettled(int documents, long bytes, String fileId, int status, Throwable error,
                              long latencyNanos) {
    }

    /** Forgets what it registered elsewhere (meters). */
    @Override
    default void close() {
    }
}
