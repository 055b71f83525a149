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

/**
 * Coveo's size limits.
 *
 * @param maxRequestBytes       a Push API request body (Coveo: 6 MB)
 * @param maxDataBytes          the {@code data} text or the compressed {@code compressedBinaryData} (Coveo: 5 MB)
 * @param maxFileContainerBytes one upload to a file container (Coveo: 256 MB)
 */
public record Limits(long maxRequestBytes, long maxDataBytes, long maxFileContainerBytes) {

    private static final long MB = 1024L * 1024L;

    public static Limits coveo() {
        return new Limits(6 * MB, 5 * MB, 256 * MB);
    }
}
