package io.github.camelcoveo.push.emulator.http;

/** A rejection the way Coveo reports it: an HTTP status and an error code. */
public class PushApiException extends RuntimeException {

    private final int statusCode;
    private final String errorCode;
    private final Integer retryAfterSeconds;

    public PushApiException(int statusCode, String errorCode, String message) {
        this(statusCode, errorCode, message, null);
    }

    public PushApiException(int statusCode, String errorCode, String message, Integer retryAfterSeconds) {
        super(message);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static PushApiException invalidJson(String message) {
        return new PushApiException(400, "INVALID_JSON", message);
    }

    public static PushApiException badRequest(String errorCode, String message) {
        return new PushApiException(400, errorCode, message);
    }

    public int statusCode() {
        return statusCode;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Seconds for a {@code Retry-After} header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
