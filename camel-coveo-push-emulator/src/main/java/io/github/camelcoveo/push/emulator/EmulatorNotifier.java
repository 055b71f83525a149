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
