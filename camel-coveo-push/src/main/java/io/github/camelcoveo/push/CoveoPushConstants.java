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
package io.github.camelcoveo.push;

import org.apache.camel.spi.Metadata;

/**
 * The scheme and the message headers of the coveo-push component. A header always wins over the endpoint option of the
 * same meaning.
 */
public final class CoveoPushConstants {

    public static final String SCHEME = "coveo-push";

    @Metadata(description = "The operation to perform, overriding the endpoint's `operation` option.",
              javaType = "io.github.camelcoveo.push.CoveoPushOperation",
              enums = "addOrUpdate,delete,deleteOlderThan,updateSourceStatus,addOrUpdateIdentity,addOrUpdateAlias,"
                      + "deleteIdentity,deleteIdentitiesOlderThan,partialUpdate,merge,load")
    public static final String OPERATION = "CamelCoveoPushOperation";

    @Metadata(description = "The unique URI of the item (for example `file://share/a.pdf`). Wins over an id derived from"
                            + " the body or the file consumer.",
              javaType = "String")
    public static final String DOCUMENT_ID = "CamelCoveoPushDocumentId";

    @Metadata(description = "For `partialUpdate` on a catalog source: how the field changes. `arrayAppend` and"
                            + " `arrayRemove` take an array of values; `fieldValueReplace` a string, number, boolean"
                            + " or an array of those; `dictionaryPut` a Map of keys to values; `dictionaryRemove` a"
                            + " key or an array of keys. The value is the body.",
              javaType = "String", enums = "arrayAppend,arrayRemove,fieldValueReplace,dictionaryPut,dictionaryRemove")
    public static final String PARTIAL_UPDATE_OPERATOR = "CamelCoveoPushPartialUpdateOperator";

    @Metadata(description = "For `partialUpdate` on a catalog source: the field of the item to change (for example"
                            + " `ec_price`).",
              javaType = "String")
    public static final String PARTIAL_UPDATE_FIELD = "CamelCoveoPushPartialUpdateField";

    @Metadata(description = "The file extension, with its dot (`.pdf`, `.html`), that picks Coveo's converter.",
              javaType = "String")
    public static final String FILE_EXTENSION = "CamelCoveoPushFileExtension";

    @Metadata(description = "Metadata of the item: a Map of field name to a string, number, boolean, date, or a"
                            + " collection of those. Wins over metadata from the body.",
              javaType = "java.util.Map<String, Object>")
    public static final String METADATA = "CamelCoveoPushMetadata";

    @Metadata(description = "The item's permissions, in the Push API permission model: a list of permission sets"
                            + " (`allowAnonymous`, `allowedPermissions`, `deniedPermissions` of `identity`,"
                            + " `identityType`, `securityProvider`) or of permission levels (`name`,"
                            + " `permissionSets`), as PermissionSet or PermissionLevel objects, Maps, POJOs or JSON;"
                            + " or the simple form `TYPE:name,-TYPE:name,anonymous`. Checked before any request:"
                            + " identity types, empty identities, at most 5000 permissions.",
              javaType = "java.util.List<Object>")
    public static final String PERMISSIONS = "CamelCoveoPushPermissions";

    @Metadata(description = "The documentId of the item's parent, for attachments.", javaType = "String")
    public static final String PARENT_ID = "CamelCoveoPushParentId";

    @Metadata(description = "Names the compression of a binary body that is already compressed (UNCOMPRESSED,"
                            + " DEFLATE, GZIP, LZMA or ZLIB): its bytes then pass through unchanged. Without it, the"
                            + " component compresses binary bodies with the endpoint's `compressionType`.",
              javaType = "io.github.camelcoveo.push.content.CompressionType",
              enums = "UNCOMPRESSED,DEFLATE,GZIP,LZMA,ZLIB")
    public static final String COMPRESSION_TYPE = "CamelCoveoPushCompressionType";

    @Metadata(description = "The ordering id (a number, usually epoch milliseconds) of the operation. Required by"
                            + " `deleteOlderThan` and `deleteIdentitiesOlderThan`.",
              javaType = "Long")
    public static final String ORDERING_ID = "CamelCoveoPushOrderingId";

    @Metadata(description = "For `delete`: also delete every item whose documentId starts with this one followed by"
                            + " `/`.",
              javaType = "Boolean")
    public static final String DELETE_CHILDREN = "CamelCoveoPushDeleteChildren";

    @Metadata(description = "For `updateSourceStatus`: the status to set.", javaType = "io.github.camelcoveo.push.SourceStatus",
              enums = "REBUILD,REFRESH,INCREMENTAL,IDLE")
    public static final String SOURCE_STATUS = "CamelCoveoPushSourceStatus";

    @Metadata(description = "For `deleteOlderThan` and `deleteIdentitiesOlderThan`: the delay in minutes before Coveo processes the deletion (Coveo's"
                            + " default is 15).",
              javaType = "Integer")
    public static final String QUEUE_DELAY = "CamelCoveoPushQueueDelay";

    @Metadata(description = "For the identity operations: the name of the security identity. The body then holds its"
                            + " members (addOrUpdateIdentity) or its mappings (addOrUpdateAlias), if any.",
              javaType = "String")
    public static final String IDENTITY = "CamelCoveoPushIdentity";

    @Metadata(description = "For the identity operations: the type of the identity named by `CamelCoveoPushIdentity`,"
                            + " or of the rows of the body that give none.",
              javaType = "io.github.camelcoveo.push.security.IdentityType", enums = "USER,GROUP,VIRTUAL_GROUP,UNKNOWN")
    public static final String IDENTITY_TYPE = "CamelCoveoPushIdentityType";

    @Metadata(label = "producer", description = "Set by the producer after success: the HTTP status code Coveo answered"
                                                + " (for a Collection body, the last answer of its elements; not set for an"
                                                + " empty one).",
              javaType = "Integer")
    public static final String RESPONSE_STATUS = "CamelCoveoPushResponseStatus";

    @Metadata(label = "producer", description = "Set by the producer after success: how the content was sent"
                                                + " (`none`, `data`, `compressedBinaryData` or `fileContainer`; for a"
                                                + " Collection body, the heaviest way one of its elements went).",
              javaType = "String")
    public static final String CONTENT_TRANSPORT = "CamelCoveoPushContentTransport";

    @Metadata(label = "producer", description = "Set on the exchanges sent to `rejectedItemsUri`: why Coveo refused the"
                                                + " item at indexing, as its indexing logs say (with"
                                                + " `CamelCoveoPushDocumentId`, the item's id).",
              javaType = "String")
    public static final String REJECTION_REASON = "CamelCoveoPushRejectionReason";

    private CoveoPushConstants() {
    }
}
