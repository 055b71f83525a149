package io.github.camelcoveo.push;

/**
 * An option of the component or of an endpoint breaks a rule: raised when the endpoint is created or initialized,
 * before any route runs. {@link #getOption()} names the option, the message the rule and the value (never the API
 * key's).
 */
public class InvalidOptionException extends IllegalArgumentException {

    private final String option;

    public InvalidOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public InvalidOptionException(String option, String message, Throwable cause) {
        super(message, cause);
        this.option = option;
    }

    /** The option's name as an endpoint URI spells it, for example {@code maxRetries}. */
    public String getOption() {
        return option;
    }
}
