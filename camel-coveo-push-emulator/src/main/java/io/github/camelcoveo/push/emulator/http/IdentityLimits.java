package io.github.camelcoveo.push.emulator.http;

/**
 * Limits on security identities. Coveo [docs.coveo.com/en/63] defines the size of an identity as the combined sizes
 * of its name, its type and the keys and values of its additionalInfo, and limits that size and the relationships of
 * an identity; the request holding one identity is at most 6 MB (enforced with {@link Limits#maxRequestBytes()}).
 * The two figures below are the emulator's defaults, configurable with
 * {@code PushApiEmulator.builder().identityLimits(...)}: set them to what your organization's limits page states.
 *
 * @param maxIdentityBytes  the size of one identity, as Coveo defines it, in UTF-8 bytes
 * @param maxRelationships  members, well-knowns and mappings of one identity, together
 */
public record IdentityLimits(int maxIdentityBytes, int maxRelationships) {

    public static IdentityLimits defaults() {
        return new IdentityLimits(250_000, 100_000);
    }
}
