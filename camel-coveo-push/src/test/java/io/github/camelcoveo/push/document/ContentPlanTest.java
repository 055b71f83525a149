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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One decision of how content travels, for a single push and a batch entry alike. */
class ContentPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContentPlan plan = new ContentPlan(CompressionType.ZLIB);

    private ContentPlan.Planned planned(PushDocument document, ContentPlan.Form form) {
        return plan.plan(document, form, Runnable::run, null).join();
    }

    private static JsonNode json(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return JSON.readTree(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(ContentPlan.Form.class)
    void textThatFitsGoesAsData(ContentPlan.Form form) throws IOException {
        ContentPlan.Planned text = planned(PushDocument.builder("https://host/a").data("hello").build(), form);

        assertThat(text.transport()).isEqualTo(Transport.DATA);
        assertThat(json(text.json()).path("data").asText()).isEqualTo("hello");
        assertThat(json(text.json()).has("documentId")).isEqualTo(form == ContentPlan.Form.BATCH_ENTRY);
    }

    @ParameterizedTest
    @EnumSource(ContentPlan.Form.class)
    void binaryGoesCompressedInlineAndNothingGoesAsNone(ContentPlan.Form form) throws IOException {
        try (ContentPlan.Planned binary = planned(PushDocument.builder("https://host/a").binary(new byte[1000])
                .build(), form)) {
            assertThat(binary.transport()).isEqualTo(Transport.COMPRESSED_BINARY_DATA);
            assertThat(json(binary.json()).path("compressedBinaryData").asText()).isNotEmpty();
        }
        assertThat(planned(PushDocument.builder("https://host/a").title("t").build(), form).transport())
                .isEqualTo(Transport.NONE);
    }

    @ParameterizedTest
    @EnumSource(ContentPlan.Form.class)
    void tooMuchMetadataIsRefusedInTheFormsOwnWords(ContentPlan.Form form) {
        String huge = "x".repeat(6_000_001);
        CompletableFuture<ContentPlan.Planned> none = plan.plan(PushDocument.builder("https://host/a")
                .metadata("huge", huge).build(), form, Runnable::run, null);
        CompletableFuture<ContentPlan.Planned> text = plan.plan(PushDocument.builder("https://host/a")
                .metadata("huge", huge).data("hello").build(), form, Runnable::run, null);

        assertThatThrownBy(none::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("without its content is 6000")
                .hasMessageEndingWith(form == ContentPlan.Form.SINGLE ? " a request may hold" : " an item may hold");
        assertThatThrownBy(text::join).cause().isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("without its content is about")
                .hasMessageEndingWith(" bytes an item may hold");
    }
}
