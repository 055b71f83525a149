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
package io.github.camelcoveo.push.springboot;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.CoveoPushConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter covers every component option of the catalog, with its type, default and description in Spring Boot's
 * configuration metadata, and each option set through the starter reaches the component. Fails when the component's
 * options change and CoveoPushComponentConfiguration was not generated again
 * ({@code python3 camel-coveo-push-starter/src/build/generate-component-configuration.py}).
 */
class CoveoPushComponentConfigurationTest {

    private static final String PREFIX = "camel.component.coveo-push.";
    private static final String REGENERATE =
            "run python3 camel-coveo-push-starter/src/build/generate-component-configuration.py";
    private static final String CATALOG = "/META-INF/io/github/camelcoveo/push/coveo-push.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> catalog;
    private static Map<String, JsonNode> metadata;

    @BeforeAll
    static void read() throws Exception {
        catalog = new HashMap<>();
        try (InputStream in = CoveoPushComponent.class.getResourceAsStream(CATALOG)) {
            assertThat(in).as("the component's catalog").isNotNull();
            JSON.readTree(in).get("componentProperties").properties()
                    .forEach(option -> catalog.put(option.getKey(), option.getValue()));
        }
        // this module's metadata, not another jar's: read it where this class was compiled
        Path classes = Path.of(
                CoveoPushComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        metadata = new HashMap<>();
        JsonNode written = JSON.readTree(Files.readString(classes.resolve("META-INF/spring-configuration-metadata.json")));
        for (JsonNode property : written.get("properties")) {
            metadata.put(property.get("name").asText(), property);
        }
    }

    @Test
    void theMetadataListsEveryOptionOfTheCatalogAndNoOther() {
        Set<String> expected = new TreeSet<>(List.of(PREFIX + "enabled", PREFIX + "customizer.enabled"));
        catalog.keySet().forEach(option -> expected.add(PREFIX + dashed(option)));
        assertThat(new TreeSet<>(metadata.keySet())).as("the options; if not, " + REGENERATE).isEqualTo(expected);

        for (Map.Entry<String, JsonNode> entry : catalog.entrySet()) {
            JsonNode option = entry.getValue();
            JsonNode property = metadata.get(PREFIX + dashed(entry.getKey()));
            assertThat(property.path("description").asText()).as(entry.getKey() + " description; if not, " + REGENERATE)
                    .isEqualTo(option.get("description").asText().replaceAll("\\s+", " ").trim());
            assertThat(property.path("type").asText()).as(entry.getKey() + " type; if not, " + REGENERATE)
                    .isEqualTo(boxed(option.get("javaType").asText()));
            String catalogDefault = option.has("defaultValue") ? option.get("defaultValue").asText() : null;
            String metadataDefault = property.has("defaultValue") ? property.get("defaultValue").asText() : null;
            assertThat(metadataDefault == null ? null : metadataDefault.toLowerCase(Locale.ROOT))
                    .as(entry.getKey() + " default; if not, " + REGENERATE)
                    .isEqualTo(catalogDefault == null ? null : catalogDefault.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everyOptionSetThroughTheStarterReachesTheComponent() throws Exception {
        CoveoPushComponentConfiguration properties = new CoveoPushComponentConfiguration();
        Map<String, Object> values = new HashMap<>();
        for (String option : catalog.keySet()) {
            if (option.equals("configuration")) {
                continue; // replaces the whole configuration: its own test below
            }
            Method setter = setter(option);
            Object value = otherValue(option, setter.getParameterTypes()[0], getter(option).invoke(properties));
            setter.invoke(properties, value);
            values.put(option, value);
        }

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            CoveoPushComponent component = new CoveoPushComponent();
            component.setCamelContext(camel);
            CoveoPushComponentAutoConfiguration.copyOptions(camel, properties, component);
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
            List<String> wrong = new ArrayList<>();
            values.forEach((option, value) -> {
                Object actual = getter.getOptionValue(component, option, false);
                if (!value.equals(actual)) {
                    wrong.add(option + ": set " + value + ", the component has " + actual);
                }
            });
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void optionsSetBesideAConfigurationBeanApplyToIt() throws Exception {
        CoveoPushComponentConfiguration properties = new CoveoPushComponentConfiguration();
        properties.setOrganizationId("beside-the-bean");
        CoveoPushConfiguration bean = new CoveoPushConfiguration();
        bean.setSecurityProviderId("from-the-bean");
        properties.setConfiguration(bean);
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            CoveoPushComponent component = new CoveoPushComponent();
            component.setCamelContext(camel);
            CoveoPushComponentAutoConfiguration.copyOptions(camel, properties, component);
            assertThat(component.getConfiguration()).isSameAs(bean);
            assertThat(bean.getOrganizationId()).isEqualTo("beside-the-bean");
            assertThat(bean.getSecurityProviderId()).isEqualTo("from-the-bean");
            // a default of the starter (region us, batch true...) does not overwrite the bean: only set options do
            assertThat(properties.configuredOptions()).containsOnlyKeys("configuration", "organizationId");
        }
    }

    @Test
    void theApiKeyIsMaskedInToString() {
        CoveoPushComponentConfiguration properties = new CoveoPushComponentConfiguration();
        properties.setApiKey("xx-secret-0042");
        properties.setOrganizationId("myorg");
        assertThat(properties).hasToString("CoveoPushComponentConfiguration[apiKey=******, organizationId=myorg]");
    }

    private static Object otherValue(String option, Class<?> type, Object current) {
        JsonNode catalogOption = catalog.get(option);
        if (type == Boolean.class) {
            return current == null || !(Boolean) current;
        }
        if (type == Integer.class) {
            return current == null ? 7 : (Integer) current + 7;
        }
        if (type == Long.class) {
            return current == null ? 7L : (Long) current + 7;
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (constant != current) {
                    return constant;
                }
            }
        }
        if (type == String.class && catalogOption.has("enum")) {
            for (Iterator<JsonNode> it = catalogOption.get("enum").elements(); it.hasNext(); ) {
                String candidate = it.next().asText();
                if (!candidate.equals(current)) {
                    return candidate;
                }
            }
        }
        if (type == String.class) {
            return switch (option) {
                case "pushApiUrl" -> "https://push.example.com/push/v1";
                case "fileExtension" -> ".bin";
                case "defaultPermissions" -> "GROUP:Everyone";
                default -> "value-of-" + option;
            };
        }
        if (type == SSLContextParameters.class) {
            return new SSLContextParameters();
        }
        if (type == org.apache.hc.client5.http.impl.classic.CloseableHttpClient.class) {
            return org.apache.hc.client5.http.impl.classic.HttpClients.createDefault();
        }
        if (type == io.github.camelcoveo.push.budget.RequestBudget.class) {
            io.github.camelcoveo.push.budget.RequestBudget budget =
                    request -> java.util.concurrent.CompletableFuture.completedFuture(null);
            return budget;
        }
        throw new AssertionError("no test value for " + option + " of type " + type);
    }

    private static Method setter(String option) throws NoSuchMethodException {
        for (Method method : CoveoPushComponentConfiguration.class.getMethods()) {
            if (method.getName().equals("set" + capitalized(option)) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new NoSuchMethodException("set" + capitalized(option) + "; " + REGENERATE);
    }

    private static Method getter(String option) throws NoSuchMethodException {
        return CoveoPushComponentConfiguration.class.getMethod("get" + capitalized(option));
    }

    private static String capitalized(String option) {
        return Character.toUpperCase(option.charAt(0)) + option.substring(1);
    }

    private static String dashed(String option) {
        return option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            default -> javaType;
        };
    }
}
