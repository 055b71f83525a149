package io.github.camelcoveo.push.client;

/** The Coveo environments, which pick the Push API host. The names are the option's values. */
public enum CoveoEnvironment {
    prod, hipaa, dev, stg;

    /** The environment named {@code value}, in any case; {@code prod} when none is given. */
    public static CoveoEnvironment of(String value) {
        return PushApiUrls.named(CoveoEnvironment.class, "environment", value, prod);
    }

    String hostPart() {
        return this == prod ? "" : name();
    }
}
