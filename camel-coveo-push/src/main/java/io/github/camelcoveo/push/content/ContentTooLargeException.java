package io.github.camelcoveo.push.content;

import java.io.IOException;

/** Thrown while encoding content that exceeds the largest size a file container accepts. */
public class ContentTooLargeException extends IOException {

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("content exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long getLimit() {
        return limit;
    }
}
