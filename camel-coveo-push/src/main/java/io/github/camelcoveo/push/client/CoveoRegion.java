package io.github.camelcoveo.push.client;

/** The regions of Coveo organizations, which pick the Push API host. The names are the option's values. */
public enum CoveoRegion {
    us, eu, au, ca;

    /** The region named {@code value}, in any case; {@code us} when none is given. */
    public static CoveoRegion of(String value) {
        return PushApiUrls.named(CoveoRegion.class, "region", value, us);
    }

    String hostPart() {
        return this == us ? "" : "-" + name();
    }
}
