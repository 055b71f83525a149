package io.github.camelcoveo.push.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;


/** A request body of known length that can be written again for each retry. */
public interface RequestBody {

    long length();

    void writeTo(OutputStream out) throws IOException;

    /** Bytes already in memory, such as a small JSON document. */
    static RequestBody of(byte[] bytes) {
        return new RequestBody() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        };
    }

    /** Spooled bytes, read again from the spool at each attempt, such as content uploaded to a file container. */
    static RequestBody of(SpooledContent spool) {
        return new RequestBody() {
            @Override
            public long length() {
                return spool.size();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream in = spool.openStream()) {
                    in.transferTo(out);
                }
            }
        };
    }
}
