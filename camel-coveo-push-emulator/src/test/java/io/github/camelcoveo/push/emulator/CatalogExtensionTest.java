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

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JUnit extension's Catalog sources and their assertions. */
class CatalogExtensionTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key")
            .catalogSource("cat").source("docs");

    @Test
    void assertsObjectTypesOpenStreamsAndRefusedUpdates() {
        PushClient client = new PushClient(coveo.pushApiUrl(), "org", "key");
        String fileId = client.upload("""
                {"addOrUpdate":[{"documentId":"product://1","objecttype":"Product","ec_name":"Shoe"},
                                {"documentId":"variant://1","objecttype":"Variant"}],
                 "partialUpdate":[{"documentId":"product://1","operator":"arrayAppend","field":"ec_name","value":["x"]}]}
                """.getBytes(StandardCharsets.UTF_8));
        client.stream("cat", "update", fileId, "");
        client.streamPost("cat", "open");

        coveo.assertThat("cat").isCatalog().hasItemCount(2).hasItemCount("Product", 1).hasItemCount("variant", 1)
                .hasItemCount("Availability", 0).hasOpenStreams(1)
                .hasRefusedUpdate("product://1", "holds a single value")
                .hasItem("product://1").withMetadata("ec_name", "Shoe");
        assertThatThrownBy(() -> coveo.assertThat("docs").isCatalog()).hasMessageContaining("PUSH source");
        assertThatThrownBy(() -> coveo.assertThat("cat").hasItemCount("Product", 2))
                .hasMessageContaining("objecttype Product");
    }
}
