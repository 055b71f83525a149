package io.github.camelcoveo.push.error;

import org.apache.camel.CamelException;

/**
 * A document was not taken into a batch: the ingester stayed full for longer than the caller may wait, or it is
 * stopped. Nothing of the document was sent; redelivering the exchange later is safe.
 */
public class BatchRejectedException extends CamelException {

    public BatchRejectedException(String message) {
        super(message);
    }
}
