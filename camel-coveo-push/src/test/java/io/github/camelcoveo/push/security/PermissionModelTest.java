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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The permission model: each accepted form normalized to the Push API shape, each rule with the field it names. */
class PermissionModelTest {

    private static List<Object> normalize(Object raw) throws InvalidDocumentException {
        return PermissionModel.normalize("permissions", raw, PermissionDefaults.NONE);
    }

    static void assertRule(Object raw, PermissionDefaults defaults, String field, String rule) {
        assertThatThrownBy(() -> PermissionModel.normalize("permissions", raw, defaults))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).getField()).isEqualTo(field))
                .hasMessageContaining(rule);
    }

    @Test
    void typedSetsWithTheBuilderBecomeThePushApiShape() throws Exception {
        PermissionSet set = PermissionSet.builder().allowGroup("Engineering").allowUser("alice@example.com")
                .deny(Permission.user("bob@example.com").in("Email Security Provider")).build();

        assertThat(normalize(List.of(set))).containsExactly(Map.of(
                "allowedPermissions", List.of(
                        Map.of("identity", "Engineering", "identityType", "GROUP"),
                        Map.of("identity", "alice@example.com", "identityType", "USER")),
                "deniedPermissions", List.of(Map.of("identity", "bob@example.com", "identityType", "USER",
                        "securityProvider", "Email Security Provider"))));
    }

    @Test
    void levelsKeepTheirNameAndSets() throws Exception {
        PermissionLevel level = PermissionLevel.builder("site").permissionSet(PermissionSet.anonymous())
                .permissionSet(PermissionSet.builder().allowVirtualGroup("Everyone").build()).build();

        List<Object> normalized = normalize(level);

        assertThat(normalized).containsExactly(Map.of("name", "site", "permissionSets", List.of(
                Map.of("allowAnonymous", true, "allowedPermissions", List.of(), "deniedPermissions", List.of()),
                Map.of("allowedPermissions", List.of(Map.of("identity", "Everyone", "identityType", "VIRTUAL_GROUP")),
                        "deniedPermissions", List.of()))));
    }

    @Test
    void mapsAreReadCaseInsensitivelyAndTypesAreNormalized() throws Exception {
        List<Object> normalized = normalize(List.of(Map.of("AllowAnonymous", "false", "allowedpermissions",
                List.of(Map.of("Identity", "Sales", "IDENTITYTYPE", "virtual_group", "securityprovider", "ldap")))));

        assertThat(normalized).containsExactly(Map.of("allowAnonymous", false, "allowedPermissions",
                List.of(Map.of("identity", "Sales", "identityType", "VIRTUAL_GROUP", "securityProvider", "ldap"))));
    }

    @Test
    void theSimpleFormIsOneSet() throws Exception {
        assertThat(normalize("GROUP:Engineering; user:alice@example.com, -USER:bob@example.com\nanonymous"))
                .containsExactly(Map.of("allowAnonymous", true,
                        "allowedPermissions", List.of(Map.of("identity", "Engineering", "identityType", "GROUP"),
                                Map.of("identity", "alice@example.com", "identityType", "USER")),
                        "deniedPermissions", List.of(Map.of("identity", "bob@example.com", "identityType", "USER"))));
    }

    @Test
    void jsonTextIsRead() throws Exception {
        assertThat(normalize("[{\"allowedPermissions\":[{\"identity\":\"a\",\"identityType\":\"USER\"}]}]"))
                .containsExactly(Map.of("allowedPermissions", List.of(Map.of("identity", "a", "identityType", "USER"))));
    }

    @Test
    void jsonTextInAListIsReadAsTheSameTextAloneIs() throws Exception {
        String set = "{\"allowedPermissions\":[{\"identity\":\"a\",\"identityType\":\"USER\"}]}";
        List<Object> expected = List.of(Map.of("allowedPermissions", List.of(Map.of("identity", "a", "identityType",
                "USER"))));

        // a header or a Map key holding JSON text reaches the model as a list of that one text
        assertThat(normalize(List.of(set))).isEqualTo(expected).isEqualTo(normalize(set));
        assertThat(normalize(List.of("[" + set + "]"))).isEqualTo(expected);
        assertThat(normalize(new Object[] { set, "GROUP:g" })).hasSize(2).first().isEqualTo(expected.get(0));
        assertRule(List.of("[{\"allowedPermissions\": "), PermissionDefaults.NONE, "permissions", "is not valid JSON");
    }

    @Test
    void pojosGoThroughJackson() throws Exception {
        record Entry(String identity, String identityType) { }
        record Set(boolean allowAnonymous, List<Entry> allowedPermissions) { }

        assertThat(normalize(new Set(false, List.of(new Entry("g", "GROUP"))))).containsExactly(Map.of(
                "allowAnonymous", false, "allowedPermissions", List.of(Map.of("identity", "g", "identityType", "GROUP"))));
    }

    @Test
    void defaultsFillWhatIsMissingOnly() throws Exception {
        PermissionDefaults defaults = PermissionDefaults.of("ldap", true, null);

        List<Object> normalized = PermissionModel.normalize("permissions", List.of(
                PermissionSet.builder().allowGroup("g").allow(Permission.user("u").in("email")).build(),
                Map.of("allowAnonymous", false)), defaults);

        assertThat(normalized).containsExactly(
                Map.of("allowAnonymous", true, "allowedPermissions", List.of(
                        Map.of("identity", "g", "identityType", "GROUP", "securityProvider", "ldap"),
                        Map.of("identity", "u", "identityType", "USER", "securityProvider", "email")),
                        "deniedPermissions", List.of()),
                Map.of("allowAnonymous", false));
    }

    @Test
    void defaultPermissionsAreReadOnce() throws Exception {
        PermissionDefaults defaults = PermissionDefaults.of("ldap", null, "anonymous");

        assertThat(defaults.defaultPermissions()).containsExactly(Map.of("allowAnonymous", true,
                "allowedPermissions", List.of(), "deniedPermissions", List.of()));
        assertThatThrownBy(() -> PermissionDefaults.of(null, null, "ROBOT:x"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("defaultPermissions");
    }

    @Test
    void anUnknownIdentityTypeIsRefused() {
        assertRule(List.of(Map.of("allowedPermissions", List.of(Map.of("identity", "a", "identityType", "ROBOT")))),
                PermissionDefaults.NONE, "permissions[0].allowedPermissions[0].identityType",
                "must be one of USER, GROUP, VIRTUAL_GROUP, UNKNOWN");
        assertRule(List.of(Map.of("deniedPermissions", List.of(Map.of("identity", "a")))), PermissionDefaults.NONE,
                "permissions[0].deniedPermissions[0].identityType", "is required");
        assertRule("ROBOT:r2d2", PermissionDefaults.NONE, "permissions entry 'ROBOT:r2d2'", "must be one of");
    }

    @Test
    void anEmptyIdentityIsRefused() {
        assertRule(List.of(PermissionSet.builder().allowUser(" ").build()), PermissionDefaults.NONE,
                "permissions[0].allowedPermissions[0].identity", "must not be empty");
        assertRule(List.of(Map.of("allowedPermissions", List.of(Map.of("identityType", "USER")))),
                PermissionDefaults.NONE, "permissions[0].allowedPermissions[0].identity", "must not be empty");
        assertRule("GROUP:", PermissionDefaults.NONE, "permissions", "has an empty identity");
        assertRule("", PermissionDefaults.NONE, "permissions", "is empty");
    }

    @Test
    void moreThan5000PermissionsAreRefusedAcrossSetsAndLevels() throws Exception {
        PermissionSet.Builder first = PermissionSet.builder();
        PermissionSet.Builder second = PermissionSet.builder();
        for (int i = 0; i < 2500; i++) {
            first.allowUser("user" + i + "@example.com");
            second.denyUser("other" + i + "@example.com");
        }
        assertThat(normalize(List.of(first.build(), second.build()))).hasSize(2);

        second.denyGroup("one-too-many");
        assertRule(List.of(first.build(), second.build()), PermissionDefaults.NONE, "permissions",
                "holds 5001 permissions, more than the 5000 an item may have");
        assertRule(PermissionLevel.builder("l").permissionSet(first.build()).permissionSet(second.build()).build(),
                PermissionDefaults.NONE, "permissions", "holds 5001 permissions");
    }

    @Test
    void setsAndLevelsDoNotMix() {
        assertRule(List.of(PermissionSet.anonymous(), PermissionLevel.builder("l")
                .permissionSet(PermissionSet.anonymous()).build()), PermissionDefaults.NONE, "permissions[1]",
                "mixes permission sets and permission levels");
    }

    @Test
    void unknownKeysNullsAndBadShapesAreRefused() {
        assertRule(List.of(Map.of("allowedPermission", List.of())), PermissionDefaults.NONE,
                "permissions[0].allowedPermission", "is not a key of a permission set");
        assertRule(List.of(Map.of("allowedPermissions", List.of(Map.of("identity", "a", "identityType", "USER",
                "provider", "x")))), PermissionDefaults.NONE, "permissions[0].allowedPermissions[0].provider",
                "is not a key of a permission");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        assertRule(withNull, PermissionDefaults.NONE, "permissions", "must not hold null entries");
        assertRule(List.of(Map.of("allowedPermissions", "USER:a")), PermissionDefaults.NONE,
                "permissions[0].allowedPermissions", "must be a list");
        assertRule(List.of(Map.of("name", "l", "permissionSets", List.of())), PermissionDefaults.NONE,
                "permissions[0].permissionSets", "must be a non-empty list");
        assertRule(List.of(Map.of("allowAnonymous", "maybe")), PermissionDefaults.NONE,
                "permissions[0].allowAnonymous", "must be true or false");
    }
}
