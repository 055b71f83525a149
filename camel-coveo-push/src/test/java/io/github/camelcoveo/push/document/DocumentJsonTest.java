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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.content.RequestBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON written field by field must be what an ObjectMapper writes for the same fields, value types included. */
class DocumentJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static PushDocument document() {
        return PushDocument.builder("https://host/doc/1")
                .metadata("text", "caf\u00e9 \"quoted\"\n")
                .metadata("int", 42)
                .metadata("long", 1L << 40)
                .metadata("double", 2.5)
                .metadata("float", 1.25f)
                .metadata("big", new BigDecimal("12345678901234567890.5"))
                .metadata("flag", true)
                .metadata("list", List.of("a", 1, false))
                .metadata("map", Map.of("k", "v"))
                .metadata("nothing", null)
                .fileExtension(".txt")
                .build();
    }

    private static Map<String, Object> expectedFields(PushDocument document, Long orderingId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("documentId", document.getDocumentId());
        fields.putAll(document.getMetadata());
        fields.put("fileExtension", ".txt");
        fields.put("data", "hello");
        if (orderingId != null) {
            fields.put("orderingId", orderingId);
        }
        return fields;
    }

    private static String written(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        assertThat(body.length()).isEqualTo(out.size());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBatchEntryIsWhatTheMapperWritesForItsFields() throws IOException {
        PushDocument document = document();
        assertThat(document.getMetadata()).containsKey("nothing");

        String json = written(DocumentJson.batchEntry(document, new PreparedContent.Data("hello")));

        assertThat(json).isEqualTo(MAPPER.writeValueAsString(expectedFields(document, null)));
    }

    @Test
    void anEntryWrittenInPlaceCarriesTheOrderingIdItWasGiven() throws IOException {
        PushDocument document = document();

        String json = written(DocumentJson.batchEntryInPlace(document, new PreparedContent.Data("hello"), 7L));

        assertThat(json).isEqualTo(MAPPER.writeValueAsString(expectedFields(document, 7L)));
    }

    @Test
    void aMetadataKeyNamedLikeAReservedOneIsWrittenOnce() throws IOException {
        PushDocument document = PushDocument.builder("https://host/doc/2").metadata("data", "from metadata")
                .metadata("size", Arrays.asList(1, null)).build();

        String json = written(DocumentJson.batchEntry(document, new PreparedContent.Data("content")));

        assertThat(json).isEqualTo("{\"documentId\":\"https://host/doc/2\",\"data\":\"content\",\"size\":[1,null]}");
        assertThat(written(DocumentJson.batchEntryInPlace(document, new PreparedContent.Data("content"), 3L)))
                .isEqualTo("{\"documentId\":\"https://host/doc/2\",\"data\":\"content\",\"size\":[1,null],"
                           + "\"orderingId\":3}");
        // the thread's buffer, left half-written by the stop at the reserved key, is not reused as it stands
        assertThat(written(DocumentJson.batchEntryInPlace(document(), new PreparedContent.Data("hello"), 7L)))
                .isEqualTo(MAPPER.writeValueAsString(expectedFields(document(), 7L)));
    }
}
