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
