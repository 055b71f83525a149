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

/**
 * Size limits of the Push API. Coveo states them in MB without saying which MB; the decimal reading is the smaller,
 * so it is the safe one.
 */
public final class PushApiLimits {

    /** Largest {@code data} text, or Base64 {@code compressedBinaryData}, inside one request. */
    public static final long MAX_INLINE_CONTENT = 5_000_000L;

    /** Largest request body for one item. */
    public static final long MAX_REQUEST = 6_000_000L;

    /** Largest file container. */
    public static final long MAX_FILE_CONTAINER = 256_000_000L;

    private PushApiLimits() {
    }
}
