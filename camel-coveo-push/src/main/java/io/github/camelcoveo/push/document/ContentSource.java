package io.github.camelcoveo.push.document;

import java.io.IOException;
import java.io.InputStream;

/** Opens the raw bytes of a document's content when they are needed, so that mapping reads nothing. */
@FunctionalInterface
public interface ContentSource {

    InputStream open() throws IOException;
}
