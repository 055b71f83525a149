package io.github.camelcoveo.push.client;

import java.io.IOException;
import java.io.OutputStream;

/** A request body of known length that can be written again for each retry. */
public interface RequestBody {

    long length();

    void writeTo(OutputStream out) throws IOException;
}
