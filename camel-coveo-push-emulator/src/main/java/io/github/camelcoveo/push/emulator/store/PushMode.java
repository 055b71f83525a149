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
package io.github.camelcoveo.push.emulator.store;

/** How an item reached the source. */
public enum PushMode {
    SINGLE_DOCUMENT,
    BATCH,
    /** A Catalog source's {@code PUT /stream/update?fileId=} ({@code addOrUpdate} entries). */
    STREAM_UPDATE,
    /** A Catalog source's {@code PUT /stream/merge?fileId=} (shallow merge). */
    STREAM_MERGE,
    /** A Catalog source's full load, applied at {@code POST /stream/{streamId}/close}. */
    STREAM_LOAD,
    /** A {@code partialUpdate} entry of a Catalog source's update file, applied to the item it names. */
    PARTIAL_UPDATE
}
