package io.github.camelcoveo.push.send;

/**
 * What Coveo answered, how the content travelled (none, data, compressedBinaryData or fileContainer), and the file
 * container of the batch that carried it, if any.
 */
public record SendResult(int statusCode, String transport, String fileId) {

    public SendResult(int statusCode, String transport) {
        this(statusCode, transport, null);
    }
}
