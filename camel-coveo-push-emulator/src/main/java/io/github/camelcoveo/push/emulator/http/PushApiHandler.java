package io.github.camelcoveo.push.emulator.http;

/** Answers one kind of Push API call. */
@FunctionalInterface
public interface PushApiHandler {

    ApiResponse handle(PushCall call);
}
