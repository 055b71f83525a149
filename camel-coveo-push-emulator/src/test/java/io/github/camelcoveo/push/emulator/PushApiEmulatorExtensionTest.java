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
package io.github.camelcoveo.push.emulator;

import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushApiEmulatorExtensionTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create()
            .organization("org", "key").source("src").source("other")
            .rejectAtIndexing("other", item -> item.documentId().contains("bad"), "conversion failed");

    private PushClient client() {
        return new PushClient(coveo.pushApiUrl(), "org", "key");
    }

    @Test
    @Order(1)
    void runsTheEmulatorAndOffersFluentAssertions() {
        client().pushDocument("src", "file:///x", "{\"title\":\"X\",\"fileExtension\":\".txt\",\"data\":\"hello\",\"n\":3}",
                "&orderingId=7");
        client().setStatus("src", "REBUILD");

        coveo.assertThat("src").hasItemCount(1).hasStatusHistory("REBUILD")
                .hasItem("file:///x").withTitle("X").withMetadata("title", "X").withMetadata("n", 3L)
                .withFileExtension(".txt").withText("hello").withOrderingId(7)
                .and().doesNotHaveItem("file:///y");
        coveo.assertThat("other").isEmpty();
        assertThat(coveo.items("src")).hasSize(1);
    }

    @Test
    @Order(2)
    void resetsBetweenTests() {
        coveo.assertThat("src").isEmpty();
        assertThat(coveo.emulator().requests().total()).isZero();
    }

    @Test
    @Order(3)
    void assertionsFailWithAClearMessage() {
        client().pushDocument("src", "file:///x", "{\"title\":\"X\",\"data\":\"hello\"}");

        assertThatThrownBy(() -> coveo.assertThat("src").hasItemCount(2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected 2 items but found 1");
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file:///nope"))
                .hasMessageContaining("no item file:///nope");
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file:///x").withMetadata("title", "Y"))
                .hasMessageContaining("expected <Y> but was <X>");
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file:///x").withText("bye"))
                .hasMessageContaining("text expected <bye>");
        assertThatThrownBy(() -> coveo.assertThat("src").hasItem("file:///x").withCompressionType(CompressionType.GZIP))
                .hasMessageContaining("compressionType");
        assertThatThrownBy(() -> coveo.assertThat("missing"))
                .hasMessageContaining("No source missing");
    }

    @Test
    @Order(4)
    void theBuildersIndexingRulesSurviveTheResetAndTheirRejectionsCanBeAsserted() {
        client().pushDocument("other", "file:///bad", "{\"data\":\"x\"}");
        client().pushDocument("other", "file:///good", "{\"data\":\"x\"}");

        coveo.assertThat("other").hasItemCount(1).hasRejectedItem("file:///bad", "conversion")
                .hasItem("file:///good");
        assertThat(coveo.indexingLog()).filteredOn(entry -> entry.result() == LogResult.ERROR)
                .extracting(IndexingLogEntry::id).containsExactly("file:///bad");
        assertThat(coveo.logsApiUrl()).endsWith("/logs/v1");
        assertThatThrownBy(() -> coveo.assertThat("other").hasRejectedItem("file:///good"))
                .hasMessageContaining("no item file:///good rejected at indexing");
        assertThatThrownBy(() -> coveo.assertThat("other").hasRejectedItem("file:///bad", "permissions"))
                .hasMessageContaining("was rejected at indexing for <conversion failed>");
    }
}
