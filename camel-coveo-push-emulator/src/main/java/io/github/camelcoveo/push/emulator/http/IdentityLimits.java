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
 * Limits on security identities. Coveo [docs.coveo.com/en/63] defines the size of an identity as the combined sizes
 * of its name, its type and the keys and values of its additionalInfo, and limits that size and the relationships of
 * an identity; the request holding one identity is at most 6 MB (enforced with {@link Limits#maxRequestBytes()}).
 * The two figures below are the emulator's defaults, configurable with
 * {@code PushApiEmulator.builder().identityLimits(...)}: set them to what your organization's limits page states.
 *
 * @param maxIdentityBytes  the size of one identity, as Coveo defines it, in UTF-8 bytes
 * @param maxRelationships  members, well-knowns and mappings of one identity, together
 */
public record IdentityLimits(int maxIdentityBytes, int maxRelationships) {

    public static IdentityLimits defaults() {
        return new IdentityLimits(250_000, 100_000);
    }
}
