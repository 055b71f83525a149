package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogStreamSmokeTest {

    @Test
    void updateThenLoad() {
        try (PushApiEmulator coveo = PushApiEmulator.builder().organization("org", "key").catalogSource("org", "cat")
                .build().start()) {
            PushClient client = new PushClient(coveo.pushApiUrl(), "org", "key");
            String file = client.upload(("{\"addOrUpdate\":[{\"documentId\":\"product://1\",\"objecttype\":\"Product\","
                    + "\"ec_name\":\"Shoe\"}]}").getBytes(StandardCharsets.UTF_8));
            assertThat(client.stream("cat", "update", file, "").statusCode()).isEqualTo(202);
            assertThat(coveo.items("org", "cat", "Product")).hasSize(1);
            var open = PushClient.json(client.streamPost("cat", "open"));
            PushClient.uploadTo(open, ("{\"addOrUpdate\":[{\"documentId\":\"product://2\",\"objecttype\":\"Product\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(client.streamPost("cat", open.get("streamId").asText() + "/close").statusCode()).isEqualTo(202);
            assertThat(coveo.items("org", "cat")).extracting(i -> i.documentId()).containsExactly("product://2");
        }
    }
}
