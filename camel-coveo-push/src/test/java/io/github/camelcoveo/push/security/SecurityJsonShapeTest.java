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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.content.RequestBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the JSON that the security models make, byte for byte, with and without their optional fields. */
class SecurityJsonShapeTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void identity() throws Exception {
        assertJson(Identity.user("alice@example.com"), "{\"name\":\"alice@example.com\",\"type\":\"USER\"}");
        assertJson(new Identity("g", IdentityType.GROUP, Map.of("id", "7")),
                "{\"name\":\"g\",\"type\":\"GROUP\",\"additionalInfo\":{\"id\":\"7\"}}");
        assertJson(new Identity(null, null), "{\"name\":null,\"type\":null}");
    }

    @Test
    void aliasMapping() throws Exception {
        assertJson(AliasMapping.user("a@x.com", "Email"),
                "{\"name\":\"a@x.com\",\"type\":\"USER\",\"provider\":\"Email\"}");
        assertJson(new AliasMapping("a", IdentityType.USER, null, Map.of("k", "v")),
                "{\"name\":\"a\",\"type\":\"USER\",\"provider\":null,\"additionalInfo\":{\"k\":\"v\"}}");
        assertJson(new AliasMapping(null, null, null), "{\"name\":null,\"type\":null,\"provider\":null}");
    }

    @Test
    void permission() throws Exception {
        assertJson(Permission.group("Engineering"), "{\"identity\":\"Engineering\",\"identityType\":\"GROUP\"}");
        assertJson(Permission.user("a").in("Email"),
                "{\"identity\":\"a\",\"identityType\":\"USER\",\"securityProvider\":\"Email\"}");
        assertJson(new Permission(null, null, null), "{\"identity\":null,\"identityType\":null}");
    }

    @Test
    void permissionSet() throws Exception {
        assertJson(PermissionSet.builder().build(), "{\"allowedPermissions\":[],\"deniedPermissions\":[]}");
        assertJson(PermissionSet.anonymous(),
                "{\"allowAnonymous\":true,\"allowedPermissions\":[],\"deniedPermissions\":[]}");
        PermissionSet set = PermissionSet.builder().allowAnonymous(false).allowGroup("g").allow(null)
                .denyUser("b").build();
        assertJson(set, "{\"allowAnonymous\":false,\"allowedPermissions\":[{\"identity\":\"g\",\"identityType\":"
                        + "\"GROUP\"},null],\"deniedPermissions\":[{\"identity\":\"b\",\"identityType\":\"USER\"}]}");
        assertThat(set).hasToString("PermissionSet{allowAnonymous=false, allowedPermissions=[{identity=g,"
                                    + " identityType=GROUP}, null], deniedPermissions=[{identity=b, identityType=USER}]}");
    }

    @Test
    void permissionLevel() throws Exception {
        PermissionLevel unnamed = PermissionLevel.builder().permissionSet(PermissionSet.anonymous()).build();
        assertJson(unnamed, "{\"permissionSets\":[{\"allowAnonymous\":true,\"allowedPermissions\":[],"
                            + "\"deniedPermissions\":[]}]}");
        PermissionLevel named = PermissionLevel.builder("first").permissionSet(null).build();
        assertJson(named, "{\"name\":\"first\",\"permissionSets\":[null]}");
        assertThat(named).hasToString("PermissionLevel{name=first, permissionSets=[null]}");
        assertThat(unnamed).hasToString("PermissionLevel{permissionSets=[{allowAnonymous=true,"
                                        + " allowedPermissions=[], deniedPermissions=[]}]}");
    }

    @Test
    void securityIdentityAsSent() throws Exception {
        SecurityIdentity bare = SecurityIdentity.builder(Identity.group("g")).build();
        assertJson(bare, "{\"identity\":{\"name\":\"g\",\"type\":\"GROUP\"},\"members\":[]}");
        assertThat(sent(IdentityJson.of(bare))).isEqualTo(
                "{\"identity\":{\"name\":\"g\",\"type\":\"GROUP\"},\"members\":[]}");
        SecurityIdentity full = SecurityIdentity.builder(Identity.group("g")).member(Identity.user("u"))
                .member(null).wellKnown(Identity.group("Everyone")).build();
        String json = "{\"identity\":{\"name\":\"g\",\"type\":\"GROUP\"},\"members\":[{\"name\":\"u\",\"type\":"
                      + "\"USER\"},null],\"wellKnowns\":[{\"name\":\"Everyone\",\"type\":\"GROUP\"}]}";
        assertJson(full, json);
        assertThat(sent(IdentityJson.of(full))).isEqualTo(json);
        assertJson(SecurityIdentity.builder(null).build(), "{\"identity\":null,\"members\":[]}");
    }

    @Test
    void identityAliasAsSent() throws Exception {
        IdentityAlias bare = IdentityAlias.builder(Identity.user("u")).mapping(AliasMapping.user("u@x", "Email"))
                .build();
        String json = "{\"identity\":{\"name\":\"u\",\"type\":\"USER\"},\"mappings\":[{\"name\":\"u@x\",\"type\":"
                      + "\"USER\",\"provider\":\"Email\"}]}";
        assertJson(bare, json);
        assertThat(sent(IdentityJson.of(bare))).isEqualTo(json);
        IdentityAlias full = IdentityAlias.builder(Identity.user("u")).mapping(null)
                .wellKnown(Identity.group("Everyone")).build();
        String fullJson = "{\"identity\":{\"name\":\"u\",\"type\":\"USER\"},\"mappings\":[null],\"wellKnowns\":"
                          + "[{\"name\":\"Everyone\",\"type\":\"GROUP\"}]}";
        assertJson(full, fullJson);
        assertThat(sent(IdentityJson.of(full))).isEqualTo(fullJson);
    }

    @Test
    void deletionAsSent() throws Exception {
        assertThat(sent(IdentityJson.deletion(new Identity("u", IdentityType.USER, Map.of("id", "1")))))
                .isEqualTo("{\"identity\":{\"name\":\"u\",\"type\":\"USER\",\"additionalInfo\":{\"id\":\"1\"}}}");
    }

    @Test
    void typedPermissionsNormalizeToTheSameShape() throws Exception {
        PermissionSet set = PermissionSet.builder().allowGroup("g").deny(Permission.user("b").in("Email")).build();
        PermissionLevel level = PermissionLevel.builder("l").permissionSet(set).build();
        assertThat(PLAIN.writeValueAsString(PermissionModel.normalize("permissions", List.of(set),
                PermissionDefaults.NONE))).isEqualTo("[{\"allowedPermissions\":[{\"identity\":\"g\",\"identityType\":"
                                                     + "\"GROUP\"}],\"deniedPermissions\":[{\"identity\":\"b\","
                                                     + "\"identityType\":\"USER\",\"securityProvider\":\"Email\"}]}]");
        assertThat(PLAIN.writeValueAsString(PermissionModel.normalize("permissions", List.of(level),
                new PermissionDefaults("P", true, null)))).isEqualTo(
                        "[{\"name\":\"l\",\"permissionSets\":[{\"allowAnonymous\":true,\"allowedPermissions\":"
                        + "[{\"identity\":\"g\",\"identityType\":\"GROUP\",\"securityProvider\":\"P\"}],"
                        + "\"deniedPermissions\":[{\"identity\":\"b\",\"identityType\":\"USER\",\"securityProvider\":"
                        + "\"Email\"}]}]}]");
    }

    private static void assertJson(Object model, String json) throws Exception {
        Object map = model.getClass().getMethod("toMap").invoke(model);
        assertThat(PLAIN.writeValueAsString(map)).as("toMap() written").isEqualTo(json);
        assertThat(Json.MAPPER.writeValueAsString(model)).as("the model written").isEqualTo(json);
    }

    private static String sent(RequestBody body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        assertThat(body.length()).isEqualTo(out.size());
        return out.toString(StandardCharsets.UTF_8);
    }
}
