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

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.NClob;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.security.PermissionDefaults;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content from JDBC large objects: read through their streams, checked to be readable when mapped. */
class LobBodiesTest {

    private static final String ID = "sql://db/docs/1";

    @RegisterExtension
    final MapperContext camel = new MapperContext();
    private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(null, true, PermissionDefaults.NONE,
            ZoneOffset.UTC);

    private Exchange exchange(Object body) {
        return camel.exchange(body, ID);
    }

    private static byte[] read(DocumentContent content) throws IOException {
        try (InputStream in = ((DocumentContent.Binary) content).source().open()) {
            return in.readAllBytes();
        }
    }

    /** An NClob (the JDK has none of its own) that reads {@code text}. */
    private static NClob nclob(String text) throws Exception {
        Clob clob = new SerialClob(text.toCharArray());
        return (NClob) Proxy.newProxyInstance(LobBodiesTest.class.getClassLoader(), new Class<?>[] { NClob.class },
                (proxy, method, args) -> {
                    try {
                        return method.invoke(clob, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aClobAsTheDataOfARowOrAsTheBodyIsText() throws Exception {
        String text = "caf\u00e9 \uD83D\uDE00 text";
        assertThat(mapper.toDocument(exchange(Map.of("title", "T", "data", new SerialClob(text.toCharArray()))))
                .getContent()).isEqualTo(new DocumentContent.Text(text));
        assertThat(mapper.toDocument(exchange(Map.of("DATA", nclob(text)))).getContent())
                .isEqualTo(new DocumentContent.Text(text));
        assertThat(mapper.toDocument(exchange(new SerialClob(text.toCharArray()))).getContent())
                .isEqualTo(new DocumentContent.Text(text));
        assertThat(mapper.toDocument(exchange(new SerialClob(new char[0]))).getContent())
                .isEqualTo(new DocumentContent.Text(""));
    }

    @Test
    void aClobTooLongForDataIsStreamedAsUtf8WhenSent() throws Exception {
        String text = "\u00e9t\u00e9 ".repeat(1_250_001); // 5,000,004 characters, more than data may hold
        PushDocument document = mapper.toDocument(exchange(Map.of("data", new SerialClob(text.toCharArray()))));

        assertThat(document.getContent()).isInstanceOf(DocumentContent.Binary.class);
        // raw text: the send path compresses it as it does any text over the data limit
        assertThat(((DocumentContent.Binary) document.getContent()).compressedWith()).isNull();
        assertThat(read(document.getContent())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBlobIsBinaryContentReadWhenSent() throws Exception {
        byte[] bytes = { 1, 2, 3, 4 };
        PushDocument body = mapper.toDocument(exchange(new SerialBlob(bytes)));
        assertThat(((DocumentContent.Binary) body.getContent()).compressedWith()).isNull();
        assertThat(read(body.getContent())).isEqualTo(bytes);

        // as compressedBinaryData, bytes already compressed (ZLIB unless compressionType says otherwise)
        PushDocument zlib = mapper.toDocument(exchange(Map.of("compressedBinaryData", new SerialBlob(bytes))));
        assertThat(((DocumentContent.Binary) zlib.getContent()).compressedWith()).isEqualTo(CompressionType.ZLIB);
        PushDocument gzip = mapper.toDocument(exchange(Map.of("compressedBinaryData", new SerialBlob(bytes),
                "compressionType", "GZIP")));
        assertThat(((DocumentContent.Binary) gzip.getContent()).compressedWith()).isEqualTo(CompressionType.GZIP);
        assertThat(read(gzip.getContent())).isEqualTo(bytes);
    }

    @Test
    void aLargeObjectThatCannotBeReadIsRefusedWhenMapped() throws Exception {
        SerialClob clob = new SerialClob("x".toCharArray());
        clob.free();
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("data", clob))), "data", "holds a Clob that cannot be read");
        assertInvalid(() -> mapper.toDocument(exchange(clob)), "body", "must stay readable until the exchange completes");
        SerialBlob blob = new SerialBlob(new byte[] { 1 });
        blob.free();
        assertInvalid(() -> mapper.toDocument(exchange(blob)), "body", "holds a Blob that cannot be read");
        assertInvalid(() -> mapper.toDocument(exchange(Map.of("compressedBinaryData", blob))), "compressedBinaryData",
                "holds a Blob that cannot be read");
    }

    @Test
    void aLargeObjectThatDiesBeforeItIsSentFailsItsReadNamingTheField() throws Exception {
        SerialBlob blob = new SerialBlob(new byte[] { 1 });
        PushDocument document = mapper.toDocument(exchange(Map.of("compressedBinaryData", blob)));
        blob.free();
        assertThatThrownBy(() -> read(document.getContent())).isInstanceOf(IOException.class)
                .hasMessageContaining("'compressedBinaryData'").hasMessageContaining("cannot be read");
    }
}
