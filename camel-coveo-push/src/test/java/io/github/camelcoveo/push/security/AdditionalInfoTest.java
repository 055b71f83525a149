package io.github.camelcoveo.push.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdditionalInfoTest {

    @Test
    void aNullValueOfAdditionalInfoIsLeftOutAsNullMetadataIs() throws Exception {
        Map<String, Object> info = new HashMap<>();
        info.put("department", null);
        info.put("id", 3);
        Map<String, Object> body = Map.of("identity", Map.of("name", "g", "type", "VIRTUAL_GROUP",
                "additionalInfo", info), "members", List.of(Map.of("name", "u", "type", "USER")));

        SecurityIdentity identity = IdentityReader.identities(List.of(body), null, null).get(0);

        assertThat(identity.getIdentity().additionalInfo()).isEqualTo(Map.of("id", "3"));
    }
}
