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
package io.github.camelcoveo.examples.quarkus;

import java.util.Map;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the Push API emulator (on a free loopback port) before the Quarkus application, and points it there. */
public class PushApiEmulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String ORG = "quarkus-org";
    static final String KEY = "quarkus-key-5531";
    static final String SOURCE = "quarkus-source";

    static PushApiEmulator emulator;

    @Override
    public Map<String, String> start() {
        emulator = PushApiEmulator.builder().organization(ORG, KEY).source(ORG, SOURCE).build().start();
        return Map.of("coveo.organization-id", ORG, "coveo.api-key", KEY, "coveo.source", SOURCE,
                "coveo.push-api-url", emulator.pushApiUrl());
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.stop();
        }
    }
}
