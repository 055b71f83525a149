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
package io.github.camelcoveo.push.document;

import java.util.TimeZone;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Pins the JVM's default zone to Europe/Paris for a test class, and restores it after: JDBC builds its Timestamp and
 * Date values in that zone, and a test must not depend on the machine's.
 */
public final class ParisJvmZone implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ParisJvmZone.class);

    @Override
    public void beforeAll(ExtensionContext extension) {
        extension.getStore(NAMESPACE).put("zone", TimeZone.getDefault());
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        TimeZone.setDefault(extension.getStore(NAMESPACE).get("zone", TimeZone.class));
    }
}
