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
package io.github.camelcoveo.push.emulator;

import com.github.tomakehurst.wiremock.common.Notifier;

import java.util.function.Consumer;

/** Sends WireMock's own errors to the emulator's log; its chatty info messages are dropped. */
final class EmulatorNotifier implements Notifier {

    private final Consumer<String> log;

    EmulatorNotifier(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        // the emulator logs each request itself, without headers
    }

    @Override
    public void error(String message) {
        log.accept("WireMock: " + message);
    }

    @Override
    public void error(String message, Throwable t) {
        log.accept("WireMock: " + message + " (" + t + ")");
    }
}
