package io.github.camelcoveo.push.connect;

final class Versions {

    private Versions() {
    }

    static String connector() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return version != null ? version : "unknown";
    }
}
