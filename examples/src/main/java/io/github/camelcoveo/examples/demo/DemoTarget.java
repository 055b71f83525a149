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
package io.github.camelcoveo.examples.demo;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import org.slf4j.LoggerFactory;

/**
 * Where the demo pushes: the real Coveo source named by COVEO_ORGANIZATION_ID, COVEO_SOURCE_ID and COVEO_API_KEY
 * (and optionally COVEO_REGION), or else an embedded Push API emulator.
 */
public final class DemoTarget implements AutoCloseable {

    public static final String DEMO_ORGANIZATION = "demo-org";
    public static final String DEMO_SOURCE = "demo-source";
    /**
     * The key reaches the component through a placeholder, as an application's would ({{env:COVEO_API_KEY}},
     * {{vault:...}}): given as plain text, Camel Main logs a SECURITY WARNING about it at every start.
     */
    private static final String API_KEY_PLACEHOLDER = "{{demo.apiKey}}";

    private final PushApiEmulator emulator;
    private final Map<String, String> properties;

    private DemoTarget(PushApiEmulator emulator, Map<String, String> properties) {
        this.emulator = emulator;
        this.properties = properties;
    }

    public static DemoTarget fromEnvironment(Map<String, String> env) {
        String organization = env.get("COVEO_ORGANIZATION_ID");
        String source = env.get("COVEO_SOURCE_ID");
        String apiKey = env.get("COVEO_API_KEY");
        if (organization != null && source != null && apiKey != null) {
            return new DemoTarget(null, Map.of(
                    "camel.component.coveo-push.organization-id", organization,
                    "camel.component.coveo-push.api-key", API_KEY_PLACEHOLDER,
                    "demo.apiKey", apiKey,
                    "camel.component.coveo-push.region", env.getOrDefault("COVEO_REGION", "us"),
                    "coveo.source", source));
        }
        return emulated();
    }

    public static DemoTarget emulated() {
        String apiKey = "demo-" + UUID.randomUUID();
        PushApiEmulator emulator = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1")
                .log(LoggerFactory.getLogger("io.github.camelcoveo.push.emulator")::info)
                .organization(DEMO_ORGANIZATION, apiKey).source(DEMO_ORGANIZATION, DEMO_SOURCE).build().start();
        return new DemoTarget(emulator, Map.of(
                "camel.component.coveo-push.organization-id", DEMO_ORGANIZATION,
                "camel.component.coveo-push.api-key", API_KEY_PLACEHOLDER,
                "demo.apiKey", apiKey,
                "camel.component.coveo-push.push-api-url", emulator.pushApiUrl(),
                "camel.component.coveo-push.platform-api-url", emulator.platformApiUrl(),
                "coveo.source", DEMO_SOURCE));
    }

    public boolean isEmulated() {
        return emulator != null;
    }

    public PushApiEmulator emulator() {
        return emulator;
    }

    /** The component settings that point at this target; they override application.properties. */
    public Map<String, String> properties() {
        return properties;
    }

    public String describe() {
        return isEmulated() ? "the embedded Push API emulator at " + emulator.pushApiUrl()
                : "Coveo organization " + properties.get("camel.component.coveo-push.organization-id") + ", source "
                  + properties.get("coveo.source");
    }

    /**
     * The emulator's fields that are not an organization's defaults, and how many metadata values of the pushed items
     * no field makes searchable; null for a real organization.
     */
    public String fieldsSummary() {
        if (!isEmulated()) {
            return null;
        }
        String created = emulator.fields(DEMO_ORGANIZATION).stream().filter(field -> !field.system())
                .map(field -> field.name() + " (" + field.type() + ")").sorted().collect(Collectors.joining(", "));
        long notSearchable = emulator.items(DEMO_ORGANIZATION, DEMO_SOURCE).stream()
                .mapToLong(item -> item.unsearchableMetadata().size()).sum();
        return (created.isEmpty() ? "none created" : created) + "; " + notSearchable
               + " metadata values not searchable (no field)";
    }

    @Override
    public void close() {
        if (emulator != null) {
            emulator.stop();
        }
    }
}
