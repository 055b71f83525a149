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
