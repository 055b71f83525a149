package io.github.camelcoveo.push;

import org.apache.camel.NoSuchEndpointException;

/**
 * An endpoint URI holds options the endpoint does not have. When the URI also sets {@code apiKey} outside
 * {@code RAW(...)}, the options are not named: a {@code &} inside the key cuts it there and makes the rest an option
 * of its own, whose name is part of the key.
 * <p>
 * It is a {@link NoSuchEndpointException} because that is the one failure Camel passes on from a component as it
 * is: any other it wraps in a {@code ResolveEndpointFailedException} whose message repeats the URI, and the URI,
 * sanitized or not, still holds the key's fragment.
 */
public final class UnknownOptionsException extends NoSuchEndpointException {

    private final int count;
    private final String message;

    UnknownOptionsException(String endpoint, int count, String message) {
        super(endpoint);
        this.count = count;
        this.message = message;
    }

    /** How many options of the URI are unknown. */
    public int getCount() {
        return count;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
