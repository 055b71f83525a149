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
package io.github.camelcoveo.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An example's main class in a JVM of its own, on the test's class path, its settings given as system properties (Camel
 * Main reads them as it reads its properties file). Every run appends its output to one file, printed when the test
 * fails; a JVM still running at the end of the test is killed.
 */
public final class ForkedJvm implements AfterEachCallback {

    private final Class<?> mainClass;
    private final Path output;
    private Process process;

    public ForkedJvm(Class<?> mainClass) {
        this.mainClass = mainClass;
        try {
            this.output = Files.createTempFile(mainClass.getSimpleName(), ".log");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary file for the output of " + mainClass.getName(), e);
        }
    }

    public void start(Map<String, String> systemProperties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
    }

    /** Kills the JVM the way {@code kill -9} does (SIGKILL): no shutdown hook, no graceful stop of Camel. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (process != null && process.isAlive()) {
            kill();
        }
        if (context.getExecutionException().isPresent()) {
            System.out.println("Output of " + mainClass.getName() + " (" + output + "):");
            System.out.println(Files.readString(output));
        }
        Files.deleteIfExists(output);
    }
}
