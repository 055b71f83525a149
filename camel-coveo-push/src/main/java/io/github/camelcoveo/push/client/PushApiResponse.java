package io.github.camelcoveo.push.client;

/** A successful answer of the Push API. */
public record PushApiResponse(int statusCode, String body) {
}
