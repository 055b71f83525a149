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

import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityReaderTest {

    @Test
    void aCsvOfGroupMembershipsIsOneIdentityPerGroup() throws Exception {
        String csv = """
                group,member,memberType
                Engineering,alice@example.com,USER
                Engineering,bob@example.com,
                Engineering,Interns,GROUP
                "Sales, EMEA",carol@example.com,USER
                """;

        List<SecurityIdentity> identities = IdentityReader.identities(csv, null, null);

        assertThat(identities).hasSize(2);
        assertThat(identities.get(0).toMap()).isEqualTo(Map.of(
                "identity", Map.of("name", "Engineering", "type", "GROUP"),
                "members", List.of(Map.of("name", "alice@example.com", "type", "USER"),
                        Map.of("name", "bob@example.com", "type", "USER"), Map.of("name", "Interns", "type", "GROUP"))));
        assertThat(identities.get(1).getIdentity()).isEqualTo(Identity.group("Sales, EMEA"));
    }

    @Test
    void thePushApiShapeIsReadStrictly() throws Exception {
        Map<String, Object> body = Map.of("identity", Map.of("name", "g", "type", "VIRTUAL_GROUP",
                "additionalInfo", Map.of("id", 3)), "members", List.of(Map.of("name", "u", "type", "USER")));

        SecurityIdentity identity = IdentityReader.identities(List.of(body), null, null).get(0);

        assertThat(identity.getIdentity()).isEqualTo(new Identity("g", IdentityType.VIRTUAL_GROUP, Map.of("id", "3")));
        assertThatThrownBy(() -> IdentityReader.identities(Map.of("identity", Map.of("name", "g"),
                "members", List.of()), null, null)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("'identity.type'");
        assertThatThrownBy(() -> IdentityReader.identities(Map.of("identity", Map.of("name", "g", "type", "GROUP"),
                "member", List.of()), null, null)).hasMessageContaining("is not a key of a security identity");
    }

    @Test
    void jsonTextAndPojosAreRead() throws Exception {
        record Row(String user, String mapping, String provider) { }

        assertThat(IdentityReader.identities("[{\"user\":\"u\"},{\"group\":\"g\",\"members\":[\"u\"]}]", null, null))
                .extracting(SecurityIdentity::getIdentity).containsExactly(Identity.user("u"), Identity.group("g"));
        assertThat(IdentityReader.aliases(new Row("u", "u@x.com", "Email Security Provider"), null, null).get(0)
                .getMappings()).containsExactly(AliasMapping.user("u@x.com", "Email Security Provider"));
    }

    @Test
    void unknownColumnsAndConflictingTypesAreRefused() {
        assertThatThrownBy(() -> IdentityReader.identities("grp,member\ng,u", null, null))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("'grp'")
                .hasMessageContaining("is not a column");
        assertThatThrownBy(() -> IdentityReader.identities(Map.of("group", "g", "identityType", "USER"), null, null))
                .hasMessageContaining("is USER but the column says GROUP");
        assertThatThrownBy(() -> IdentityReader.identities(null, null, null)).hasMessageContaining("'identity'");
    }
}
