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
package io.github.camelcoveo.push.document;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;

import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.CompressionType;

/**
 * JDBC large objects as content, read through their streams: a Clob (or NClob) is text, a Blob bytes. Whether a LOB
 * can be read is checked when the exchange is mapped, so a dead one (its connection closed) fails before any request.
 * A LOB must stay readable until the exchange completes: a long Clob and a Blob are read when the content is sent.
 */
public final class LobContent {

    /**
     * A UTF-8 character takes at least one byte: a Clob longer than this can never be {@code data}, a shorter one may.
     */
    private static final long MAX_DATA_CHARACTERS = PushApiLimits.MAX_INLINE_CONTENT;

    private LobContent() {
    }

    /**
     * A Clob as text: read now into {@code data} when it may fit there (the send path compresses it if its UTF-8 does
     * not), else streamed as UTF-8 when it is sent, compressed as any text over the limit is.
     */
    public static DocumentContent text(String field, Clob clob) throws InvalidDocumentException {
        try {
            long length = clob.length();
            if (length > MAX_DATA_CHARACTERS) {
                return new DocumentContent.Binary(
                        () -> new Utf8ReaderStream(open(field, "Clob", clob::getCharacterStream)), null);
            }
            StringWriter text = new StringWriter((int) length);
            try (Reader reader = clob.getCharacterStream()) {
                reader.transferTo(text);
            }
            return new DocumentContent.Text(text.toString());
        } catch (SQLException | IOException e) {
            throw unreadable(field, "Clob", e);
        }
    }

    /**
     * A Blob as bytes, streamed when it is sent.
     *
     * @param compressedWith the compression its bytes already have, or null for the component to compress them
     */
    public static DocumentContent binary(String field, Blob blob, CompressionType compressedWith)
            throws InvalidDocumentException {
        try {
            blob.length(); // fails now, not at send time, when the LOB is already dead
        } catch (SQLException e) {
            throw unreadable(field, "Blob", e);
        }
        return new DocumentContent.Binary(() -> open(field, "Blob", blob::getBinaryStream), compressedWith);
    }

    /** A stream of a LOB, opened when the content is sent. */
    @FunctionalInterface
    private interface LobStream<T> {
        T open() throws SQLException;
    }

    private static <T> T open(String field, String kind, LobStream<T> stream) throws IOException {
        try {
            return stream.open();
        } catch (SQLException e) {
            throw new IOException(unreadable(field, kind, e).getMessage(), e);
        }
    }

    private static InvalidDocumentException unreadable(String field, String kind, Exception e) {
        return new InvalidDocumentException(field, "holds a " + kind + " that cannot be read (" + e.getMessage()
                                                   + "): a large object must stay readable until the exchange"
                                                   + " completes, its result set and transaction open", e);
    }
}
