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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator until Ctrl-C:
 * {@code java -jar camel-coveo-push-emulator-<v>-standalone.jar --port 8089 --org demo --api-key secret --source src}.
 */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar camel-coveo-push-emulator-<version>-standalone.jar [options]
              --port N             HTTP port (default 8089, 0 for any free port)
              --bind ADDRESS       address to listen on (default 0.0.0.0)
              --org ID             organization id (default demo)
              --api-key KEY        its API key (default secret)
              --source ID          a Push source of that organization; repeatable (default src)
              --catalog-source ID  a Catalog source (Stream API) of that organization; repeatable
              --permissive         create unknown sources and organizations on first use
              --request-quota N/S  at most N requests per S seconds per organization
              --daily-item-quota N at most N items pushed per organization per day
              --retain-requests N  request records kept for /emulator/api/requests (default 10000)
              --retain-content-up-to BYTES
                                   largest item content kept in memory; above it only its size
                                   and SHA-256 (default: all)
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PushApiEmulator emulator;
        try {
            emulator = configure(args).build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        emulator.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }, "coveo-emulator-shutdown"));
        System.out.println("Coveo Push API emulator running.");
        System.out.println("Push API URL:    " + emulator.pushApiUrl());
        System.out.println("Content browser: " + emulator.browserUrl());
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static PushApiEmulatorBuilder configure(String[] args) {
        PushApiEmulatorBuilder builder = PushApiEmulator.builder().port(8089).log(line -> System.out.println(line));
        String organization = "demo";
        String apiKey = "secret";
        List<String> sources = new ArrayList<>();
        List<String> catalogSources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, option)));
                case "--bind" -> builder.bindAddress(value(args, ++i, option));
                case "--org" -> organization = value(args, ++i, option);
                case "--api-key" -> apiKey = value(args, ++i, option);
                case "--source" -> sources.add(value(args, ++i, option));
                case "--catalog-source" -> catalogSources.add(value(args, ++i, option));
                case "--permissive" -> builder.permissive();
                case "--request-quota" -> {
                    String[] quota = value(args, ++i, option).split("/");
                    builder.requestQuota(Integer.parseInt(quota[0]), Duration.ofSeconds(Long.parseLong(quota[1])));
                }
                case "--daily-item-quota" -> builder.dailyItemQuota(Long.parseLong(value(args, ++i, option)));
                case "--retain-requests" -> builder.retainRequests(Integer.parseInt(value(args, ++i, option)));
                case "--retain-content-up-to" -> builder.retainContentUpTo(Long.parseLong(value(args, ++i, option)));
                case "--help", "-h" -> throw new IllegalArgumentException("Coveo Push API emulator");
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        builder.organization(organization, apiKey);
        if (sources.isEmpty() && catalogSources.isEmpty()) {
            sources.add("src");
        }
        for (String source : sources) {
            builder.source(organization, source);
        }
        for (String source : catalogSources) {
            builder.catalogSource(organization, source);
        }
        return builder;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
