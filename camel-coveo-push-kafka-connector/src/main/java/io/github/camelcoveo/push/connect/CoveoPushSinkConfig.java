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
package io.github.camelcoveo.push.connect;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/** The connector's properties; {@code coveo.endpoint.<option>} passes any coveo-push endpoint option through. */
public final class CoveoPushSinkConfig extends AbstractConfig {

    public static final String ORGANIZATION_ID = "coveo.organization.id";
    public static final String SOURCE_ID = "coveo.source.id";
    public static final String API_KEY = "coveo.api.key";
    public static final String REGION = "coveo.region";
    public static final String PUSH_API_URL = "coveo.push.api.url";
    public static final String ENDPOINT_PREFIX = "coveo.endpoint.";
    public static final String RETRY_BACKOFF_MS = "coveo.retry.backoff.ms";
    public static final String MAX_RETRIES = "coveo.max.retries";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(ORGANIZATION_ID, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "The id of the Coveo organization that owns the Push source.")
            .define(SOURCE_ID, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "The id of the Push source.")
            .define(API_KEY, Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "A Coveo API key with the privilege to push to the source; set on the component, never in a URI.")
            .define(REGION, Type.STRING, "us", ConfigDef.ValidString.in("us", "eu", "au", "ca"), Importance.MEDIUM,
                    "The region of the organization, which picks the Push API host.")
            .define(PUSH_API_URL, Type.STRING, null, Importance.LOW,
                    "Overrides the Push API base URL derived from the region (a proxy, the Push API emulator).")
            .define(RETRY_BACKOFF_MS, Type.LONG, 5_000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                    "How long the task waits before the records from the first one Coveo did not accept are"
                    + " delivered again.")
            .define(MAX_RETRIES, Type.INT, -1, ConfigDef.Range.atLeast(-1), Importance.MEDIUM,
                    "How many times a record Coveo did not accept is delivered again before the task gives up on it"
                    + " (-1: without end). Then, with errors.tolerance=all, it goes to the errant record reporter"
                    + " (the dead letter queue) and its offset is committed; else the task fails, its offset not"
                    + " committed.");

    public CoveoPushSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String organizationId() {
        return getString(ORGANIZATION_ID);
    }

    public String sourceId() {
        return getString(SOURCE_ID);
    }

    public Password apiKey() {
        return getPassword(API_KEY);
    }

    public String region() {
        return getString(REGION);
    }

    public String pushApiUrl() {
        return getString(PUSH_API_URL);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_MS);
    }

    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    /** The coveo-push endpoint options given as {@code coveo.endpoint.<option>}, sorted by name. */
    public Map<String, Object> endpointOptions() {
        return new TreeMap<>(originalsWithPrefix(ENDPOINT_PREFIX));
    }
}
