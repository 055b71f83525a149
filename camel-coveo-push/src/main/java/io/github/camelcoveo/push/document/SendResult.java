package io.github.camelcoveo.push.document;

/** What Coveo answered, how the content travelled, and the file container of the batch that carried it, if any. */
public record SendResult(int statusCode, Transport transport, String fileId) {

    public SendResult(int statusCode, Transport transport) {
        this(statusCode, transport, null);
    }

    /** What a call without content got: a delete, an identity, a source status. */
    public static SendResult of(int statusCode) {
        return new SendResult(statusCode, Transport.NONE, null);
    }

    /** The result of many calls made for one exchange: the last status, the heaviest transport. */
    public SendResult and(SendResult next) {
        return new SendResult(next.statusCode, transport.heavier(next.transport), null);
    }
}
