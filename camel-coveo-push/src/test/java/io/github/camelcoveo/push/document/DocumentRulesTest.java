/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelcoveo.push.document;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
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

    @ParameterizedTest
    @ValueSource(strings = { "https://bench.example.com/doc/1", "http://localhost:8080/a/b?x=1&y=2", "s3://bucket/k",
                             "https://host", "https://host?q", "sftp://my_host:22/~/a(1)!*'$+,;=@:.txt" })
    void commonIdsSkipTheUriParser(String id) {
        assertThat(DocumentRules.isPlainAbsoluteUri(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///share/a.pdf", "urn:isbn:0451450523", "sftp://host/upload/a%20b.txt",
                             "http://[::1]/x", "https://host/a b", "https://host/a|b", "https:/host", "1ttp://host/",
                             "https://host/caf\u00e9", "https://host#x", "https://ho st/" })
    void otherIdsAreParsed(String id) {
        assertThat(DocumentRules.isPlainAbsoluteUri(id)).isFalse();
    }

    /**
     * The shortcut may only accept what {@link URI} accepts as an absolute URI: random ids, many of the shortcut's
     * shape, with every kind of character that URI treats specially.
     */
    @Test
    void whatTheShortcutAcceptsTheUriParserAcceptsToo() {
        String alphabet = "aZ09+-._~!*'()$&,;=:@/?%[]#| \"^`{}<>\u00e9\t";
        String[] starts = { "https://", "h://", "a+b.c-d://", "x:/", "x://", "", "9://", "x:" };
        Random random = new Random(42);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder id = new StringBuilder(starts[random.nextInt(starts.length)]);
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (DocumentRules.isPlainAbsoluteUri(id.toString())) {
                accepted++;
                assertThatCode(() -> {
                    URI uri = new URI(id.toString());
                    assertThat(uri.isAbsolute()).isTrue();
                    assertThat(uri.getRawFragment()).isNull();
                }).as(id.toString()).doesNotThrowAnyException();
            }
        }
        assertThat(accepted).as("ids the shortcut accepted").isGreaterThan(1000);
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
