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
package io.github.camelcoveo.push.emulator;

/** The kinds of Push API (and Platform Field API, Logs API) calls the emulator tells apart. */
public enum RequestKind {
    ADD_OR_UPDATE_DOCUMENT,
    DELETE_DOCUMENT,
    DELETE_OLDER_THAN,
    SET_SOURCE_STATUS,
    CREATE_FILE_CONTAINER,
    UPLOAD_TO_FILE_CONTAINER,
    PUSH_BATCH,
    /** PUT /providers/{id}/permissions. */
    ADD_OR_UPDATE_IDENTITY,
    /** PUT /providers/{id}/mappings. */
    ADD_OR_UPDATE_ALIAS,
    /** DELETE /providers/{id}/permissions. */
    DELETE_IDENTITY,
    /** DELETE /providers/{id}/permissions/olderthan. */
    DELETE_IDENTITIES_OLDER_THAN,
    /** PUT /providers/{id}/permissions/batch. */
    PUSH_IDENTITY_BATCH,
    /** Stream API (Catalog sources): PUT /sources/{src}/stream/update?fileId=. */
    STREAM_UPDATE,
    /** Stream API: PUT /sources/{src}/stream/merge?fileId= (shallow merge). */
    STREAM_MERGE,
    /** Stream API: POST /sources/{src}/stream/open (a full load begins). */
    OPEN_STREAM,
    /** Stream API: POST /sources/{src}/stream/{streamId}/chunk (a file container for the next part of a load). */
    STREAM_CHUNK,
    /** Stream API: POST /sources/{src}/stream/{streamId}/close (the load is applied). */
    CLOSE_STREAM,
    /** Stream API: POST /sources/{src}/stream/deleteolderthan/{epochMillis}. */
    STREAM_DELETE_OLDER_THAN,
    /** Platform API: GET /rest/organizations/{org}/indexes/page/fields. */
    LIST_FIELDS,
    /** Platform API: POST /rest/organizations/{org}/indexes/fields/search. */
    SEARCH_FIELDS,
    /** Platform API: POST /rest/organizations/{org}/indexes/fields/batch/create. */
    CREATE_FIELDS,
    /** Logs API: POST /logs/v1/organizations/{org}, the indexing pipeline log entries. */
    GET_INDEXING_LOGS,
    /** A path or method under {@code /push/v1} or {@code /rest} that the emulator does not know. */
    UNKNOWN
}
