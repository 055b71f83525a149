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
package io.github.camelcoveo.push.budget;

/**
 * The Coveo API a request goes to. Coveo counts each API's requests against quotas of its own, so a budget shared by
 * several instances keeps one bucket per organization and API.
 */
public enum CoveoApi {
    /** The Push API: documents, batches, file containers, source status, security identities. */
    PUSH,
    /** The Platform API: index fields (list, search, create). */
    PLATFORM,
    /** The Logs API: indexing logs read to confirm what Coveo indexed. */
    LOGS
}
