package io.github.camelcoveo.push.document;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThatCode;

class DocumentRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "file:///share/a.pdf", "file://share/a.pdf", "https://intranet/page?id=3",
                             "sftp://host/upload/a%20b.txt", "urn:isbn:0451450523", "file:///tmp/caf%C3%A9.txt" })
    void absoluteUrisAreValidIds(String id) {
        assertThatCode(() -> DocumentRules.check(PushDocument.builder(id).build())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void aDocumentIdIsRequired(String id) {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder(id).build()), "documentId", "is required");
    }

    @Test
    void aDocumentIdMustNotHaveAFragment() {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("https://intranet/page#part").build()),
                "documentId", "must not contain '#'");
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///share/c#.txt").build()), "documentId",
                "must not contain '#'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "share/a.pdf", "/share/a.pdf", "a.pdf", "//host/a.pdf" })
    void aDocumentIdMustBeAbsolute(String id) {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder(id).build()), "documentId",
                "must be an absolute URI");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///share/a b.pdf", "https://host/a|b", "http://[bad/x" })
    void aDocumentIdMustBeAValidUri(String id) {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder(id).build()), "documentId", "must be a valid URI");
    }

    @Test
    void aParentIdFollowsTheDocumentIdRules() {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///a/b.pdf").parentId("a").build()),
                "parentId", "must be an absolute URI");
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///a/b.pdf").parentId("file:///a#1").build()),
                "parentId", "must not contain '#'");
        assertThatCode(() -> DocumentRules.check(PushDocument.builder("file:///a/b.pdf").parentId("file:///a").build()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "pdf", ".", "a.pdf", "./pdf", ".p/f" })
    void anInvalidFileExtensionIsRefused(String extension) {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///a").fileExtension(extension).build()),
                "fileExtension", "must start with a dot");
    }

    @ParameterizedTest
    @ValueSource(strings = { ".pdf", ".HTML", ".tar.gz", ".txt" })
    void validFileExtensions(String extension) {
        assertThatCode(() -> DocumentRules.check(PushDocument.builder("file:///a").fileExtension(extension).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void aNegativeOrderingIdIsRefused() {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///a").orderingId(-1L).build()),
                "orderingId", "must not be negative");
        assertThatCode(() -> DocumentRules.check(PushDocument.builder("file:///a").orderingId(0L).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void permissionsMustNotHoldNulls() {
        assertInvalid(() -> DocumentRules.check(PushDocument.builder("file:///a")
                .permissions(Arrays.asList(Map.of("allowAnonymous", true), null)).build()), "permissions",
                "must not hold null entries");
        assertThatCode(() -> DocumentRules.check(PushDocument.builder("file:///a")
                .permissions(List.of(Map.of("allowAnonymous", true))).build())).doesNotThrowAnyException();
    }
}
