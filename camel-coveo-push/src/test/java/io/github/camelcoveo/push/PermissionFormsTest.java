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

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.PermissionDefaults;
import io.github.camelcoveo.push.security.PermissionSet;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every place that takes permissions (the header, a Map body's key, a POJO's property, the PushDocument builder, the
 * defaultPermissions option) takes every form, read by one parser: typed objects, Maps, POJOs, JSON text of a set, a
 * level or an array of them, and the simple form.
 */
class PermissionFormsTest {

    private static final String ID = "https://intranet/secured";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SET_JSON = "{\"allowedPermissions\":[{\"identity\":\"Everyone\",\"identityType\":"
                                           + "\"GROUP\"}],\"deniedPermissions\":[{\"identity\":\"x@example.com\","
                                           + "\"identityType\":\"USER\"}]}";
    /** What every form of that one set becomes. */
    private static final List<Object> EXPECTED = List.of(Map.of(
            "allowedPermissions", List.of(Map.of("identity", "Everyone", "identityType", "GROUP")),
            "deniedPermissions", List.of(Map.of("identity", "x@example.com", "identityType", "USER"))));

    @RegisterExtension
    final MapperContext camel = new MapperContext();
    private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(null, true, PermissionDefaults.NONE,
            ZoneOffset.UTC);

    private List<Object> throughHeader(Object permissions) throws InvalidDocumentException {
        Exchange exchange = camel.exchange("text", ID);
        exchange.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, permissions);
        return mapper.toDocument(exchange).getPermissions();
    }

    private List<Object> throughBody(Object body) throws InvalidDocumentException {
        return mapper.toDocument(camel.exchange(body)).getPermissions();
    }

    private List<Object> throughMapBody(Object permissions) throws InvalidDocumentException {
        return throughBody(Map.of("documentId", ID, "data", "text", "Permissions", permissions));
    }

    public static class SecuredArticle {
        public String documentId = ID;
        public Object permissions;

        SecuredArticle(Object permissions) {
            this.permissions = permissions;
        }
    }

    /** The one set, in each of its forms. */
    private static List<Object> formsOfTheSet() throws Exception {
        PermissionSet typed = PermissionSet.builder().allowGroup("Everyone").denyUser("x@example.com").build();
        return List.of(
                typed,
                List.of(typed),
                new PermissionSet[] { typed },
                Map.of("allowedPermissions", List.of(Map.of("identity", "Everyone", "identityType", "group")),
                        "deniedPermissions", List.of(Map.of("identity", "x@example.com", "identityType", "USER"))),
                SET_JSON,
                "[" + SET_JSON + "]",
                "  \n[" + SET_JSON + "]\n",
                List.of(SET_JSON),
                JSON.readTree("[" + SET_JSON + "]"),
                List.of(JSON.readTree(SET_JSON)),
                "GROUP:Everyone,-USER:x@example.com",
                List.of("GROUP:Everyone; -USER:x@example.com"));
    }

    @Test
    void theHeaderTakesEveryForm() throws Exception {
        for (Object form : formsOfTheSet()) {
            assertThat(throughHeader(form)).as("%s", form).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aMapBodysPermissionsKeyTakesEveryForm() throws Exception {
        for (Object form : formsOfTheSet()) {
            assertThat(throughMapBody(form)).as("%s", form).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aPojosPermissionsPropertyTakesEveryForm() throws Exception {
        for (Object form : formsOfTheSet()) {
            assertThat(throughBody(new SecuredArticle(form))).as("%s", form).isEqualTo(EXPECTED);
        }
    }

    @Test
    void thePushDocumentBuilderTakesEveryForm() throws Exception {
        for (Object form : formsOfTheSet()) {
            PushDocument.Builder builder = PushDocument.builder(ID).data("text");
            if (form instanceof String text) {
                builder.permissions(text);
            } else if (form instanceof Object[] array) {
                builder.permissions(Arrays.asList(array));
            } else {
                builder.permissions(form instanceof List<?> list ? list : List.of(form));
            }
            assertThat(throughBody(builder.build())).as("%s", form).isEqualTo(EXPECTED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SET_JSON, "[" + SET_JSON + "]", "GROUP:Everyone,-USER:x@example.com" })
    void theDefaultPermissionsOptionReadsTextAsTheOthersDo(String text) throws Exception {
        assertThat(PermissionDefaults.of(null, null, text).defaultPermissions()).isEqualTo(EXPECTED);
        assertThat(throughHeader(text)).isEqualTo(EXPECTED);
    }

    @Test
    void levelsAsJsonTextTooAndTheirSetsAsText() throws Exception {
        String level = "{\"name\":\"site\",\"permissionSets\":[" + SET_JSON + ", \"anonymous\"]}";
        List<Object> expected = List.of(Map.of("name", "site", "permissionSets", List.of(EXPECTED.get(0),
                Map.of("allowAnonymous", true, "allowedPermissions", List.of(), "deniedPermissions", List.of()))));

        assertThat(throughHeader(level)).isEqualTo(expected);
        assertThat(throughHeader("[" + level + "]")).isEqualTo(expected);
        assertThat(throughMapBody(List.of(level))).isEqualTo(expected);
        assertThat(throughHeader(Map.of("name", "site", "permissionSets", "[" + SET_JSON + ",\"anonymous\"]")))
                .isEqualTo(expected);
    }

    @Test
    void jsonTextBreakingARuleIsRefusedNamingTheElement() {
        String robot = "[{\"allowedPermissions\":[{\"identity\":\"r2\",\"identityType\":\"ROBOT\"}]}]";
        assertThatThrownBy(() -> throughMapBody(robot)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("permissions[0].allowedPermissions[0].identityType")
                .hasMessageContaining("must be one of USER, GROUP, VIRTUAL_GROUP, UNKNOWN");
        assertThatThrownBy(() -> throughHeader(List.of("GROUP:a", "[{\"allowed\":1"))).isInstanceOf(
                InvalidDocumentException.class).hasMessageContaining("permissions[1]").hasMessageContaining(
                "is not valid JSON");
        assertThatThrownBy(() -> throughHeader("[{\"allowedPermission\":[]}]"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("is not a key of a permission set");
    }
}
