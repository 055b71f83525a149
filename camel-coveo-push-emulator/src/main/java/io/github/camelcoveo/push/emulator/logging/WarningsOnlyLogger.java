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
package io.github.camelcoveo.push.emulator.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that passes WARN and ERROR to {@link System.Logger} and drops the rest. */
final class WarningsOnlyLogger extends LegacyAbstractLogger {

    /** Where the shade plugin moves the embedded libraries (see the module's pom). */
    private static final String SHADED_PREFIX = "io.github.camelcoveo.push.emulator.shaded.";

    private final transient System.Logger target;

    WarningsOnlyLogger(String name) {
        this.name = name.startsWith(SHADED_PREFIX) ? name.substring(SHADED_PREFIX.length()) : name;
        this.target = System.getLogger(this.name);
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return false;
    }

    @Override
    public boolean isWarnEnabled() {
        return target.isLoggable(System.Logger.Level.WARNING);
    }

    @Override
    public boolean isErrorEnabled() {
        return target.isLoggable(System.Logger.Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        System.Logger.Level targetLevel = level == Level.ERROR ? System.Logger.Level.ERROR : System.Logger.Level.WARNING;
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        if (throwable == null) {
            target.log(targetLevel, message);
        } else {
            target.log(targetLevel, message, throwable);
        }
    }
}
