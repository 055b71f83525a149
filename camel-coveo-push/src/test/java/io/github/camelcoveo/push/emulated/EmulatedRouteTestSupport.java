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
package io.github.camelcoveo.push.emulated;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Routes against the project's Push API emulator rather than WireMock: it decodes what it receives, refuses what Coveo
 * refuses, keeps Coveo's ordering rules and injects faults. One emulator a test class, reset before each test, with
 * the sources {@code src}, {@code single} and {@code batched}.
 */
public abstract class EmulatedRouteTestSupport extends CamelTestSupport {

    protected static final String ORG = "org-emulated";
    protected static final String KEY = "emulated-key-42";
    protected static PushApiEmulator coveo;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .source(ORG, "src").source(ORG, "single").source(ORG, "batched").build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @BeforeEach
    void resetEmulator() {
        coveo.reset();
    }

    /** A {@code coveo-push} endpoint URI of the emulator's organization, followed by {@code options} ({@code &a=b}). */
    protected static String uri(String source, String options) {
        return "coveo-push:" + source + "?organizationId=" + ORG + "&apiKey=" + KEY + "&pushApiUrl="
               + coveo.pushApiUrl() + options;
    }
}
