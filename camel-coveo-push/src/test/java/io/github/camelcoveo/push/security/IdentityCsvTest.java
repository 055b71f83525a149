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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityCsvTest {

    @Test
    void aQuotedCellMaySpanLinesAndDoubleItsQuotes() throws Exception {
        String csv = """
                group,members
                "Sales, ""EMEA""\",\"alice@example.com
                bob@example.com"
                Interns,carol@example.com
                """;

        List<SecurityIdentity> identities = IdentityReader.identities(csv, null, null);

        assertThat(identities).extracting(SecurityIdentity::getIdentity)
                .containsExactly(Identity.group("Sales, \"EMEA\""), Identity.group("Interns"));
        assertThat(identities.get(0).getMembers())
                .containsExactly(Identity.user("alice@example.com"), Identity.user("bob@example.com"));
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws Exception {
        String csv = "\uFEFFgroup;member;memberType\r\nEngineering;alice@example.com;USER\r\n\r\n"
                     + "Engineering;Interns;GROUP\r\n";

        List<SecurityIdentity> identities = IdentityReader.identities(csv, null, null);

        assertThat(identities).hasSize(1);
        assertThat(identities.get(0).getMembers())
                .containsExactly(Identity.user("alice@example.com"), Identity.group("Interns"));
    }

    @Test
    void tabsBlankLinesSpacesAndShortRowsAsBefore() throws Exception {
        String csv = "user\tmappings\tprovider\n   \n  u1 \t \"u1@x.com\" \tEmail\nu2\n";

        List<IdentityAlias> aliases = IdentityReader.aliases(csv + "u2\tu2@x.com\tEmail\n", null, null);

        assertThat(aliases).extracting(IdentityAlias::getIdentity)
                .containsExactly(Identity.user("u1"), Identity.user("u2"));
        assertThat(aliases.get(0).getMappings()).containsExactly(AliasMapping.user("u1@x.com", "Email"));
        assertThat(aliases.get(1).getMappings()).containsExactly(AliasMapping.user("u2@x.com", "Email"));
    }

    @Test
    void aRowLongerThanTheHeaderAndAnUnclosedQuoteAreRefused() {
        assertThatThrownBy(() -> IdentityReader.identities("group,member\ng,a\ng,b,c\n", null, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("line 3 has 3 fields, the header 2: g,b,c");
        assertThatThrownBy(() -> IdentityReader.identities("group,member\ng,a\ng,\"b\n", null, null))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("'body'")
                .hasMessageContaining("line 3 is not valid CSV");
    }

    @Test
    void whatCamelCsvUnmarshalsIsReadLikeTheText() throws Exception {
        List<List<String>> lists = List.of(List.of("group", "member", "memberType"),
                List.of("Engineering", "alice@example.com", "USER"), Arrays.asList("Engineering", "Interns", "GROUP"),
                List.of(""), List.of("Sales", "carol@example.com"));
        List<Map<String, String>> maps = List.of(row("group", "Engineering", "member", "alice@example.com"),
                row("group", "Engineering", "member", "Interns", "memberType", "GROUP"),
                row("group", "Sales", "member", "carol@example.com"));

        for (Object body : List.of(lists, maps)) {
            List<SecurityIdentity> identities = IdentityReader.identities(body, null, null);
            assertThat(identities).as("%s", body).extracting(SecurityIdentity::getIdentity)
                    .containsExactly(Identity.group("Engineering"), Identity.group("Sales"));
            assertThat(identities.get(0).getMembers())
                    .containsExactly(Identity.user("alice@example.com"), Identity.group("Interns"));
        }
        assertThatThrownBy(() -> IdentityReader.identities(List.of(List.of("group"), List.of("g", "x")), null, null))
                .hasMessageContaining("line 2 has 2 fields, the header 1: g,x");
    }

    @Test
    void listsOfCsvOrJsonTextAreNoTable() throws Exception {
        assertThat(IdentityReader.identities(List.of(List.of("group,member\ng,u")), null, null))
                .extracting(SecurityIdentity::getIdentity).containsExactly(Identity.group("g"));
        assertThat(IdentityReader.identities(List.of(List.of("{\"user\":\"u\"}")), null, null))
                .extracting(SecurityIdentity::getIdentity).containsExactly(Identity.user("u"));
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
