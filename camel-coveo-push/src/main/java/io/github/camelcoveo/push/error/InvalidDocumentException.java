package io.github.camelcoveo.push.error;

import org.apache.camel.CamelException;

/**
 * An exchange could not become a valid Push API call. Raised before any request is sent; names the field and the rule
 * it breaks.
 */
public class InvalidDocumentException extends CamelException {

    private final String field;
    private final String rule;

    public InvalidDocumentException(String field, String rule) {
        super("Invalid Coveo document field '" + field + "': " + rule);
        this.field = field;
        this.rule = rule;
    }

    public InvalidDocumentException(String field, String rule, Throwable cause) {
        super("Invalid Coveo document field '" + field + "': " + rule, cause);
        this.field = field;
        this.rule = rule;
    }

    public String getField() {
        return field;
    }

    public String getRule() {
        return rule;
    }
}
