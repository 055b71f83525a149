package io.github.camelcoveo.push.send;

/** What Coveo answered, and how the content travelled (none, data, compressedBinaryData or fileContainer). */
public record SendResult(int statusCode, String transport) {
}
