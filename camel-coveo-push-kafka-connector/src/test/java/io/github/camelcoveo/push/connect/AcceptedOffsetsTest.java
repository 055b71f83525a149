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
package io.github.camelcoveo.push.connect;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedOffsetsTest {

    private static final TopicPartition TP = new TopicPartition("docs", 0);
    private final AcceptedOffsets offsets = new AcceptedOffsets();

    private static SinkRecord record(long offset) {
        return new SinkRecord("docs", 0, null, "k" + offset, null, "v" + offset, offset);
    }

    private AcceptedOffsets.Attempt dispatch(long offset) {
        return offsets.dispatch(TP, record(offset)).orElseThrow();
    }

    @Test
    void theOffsetStopsBeforeTheFirstRecordNotYetAccepted() {
        offsets.assign(List.of(TP));
        AcceptedOffsets.Attempt a0 = dispatch(0);
        AcceptedOffsets.Attempt a1 = dispatch(1);
        AcceptedOffsets.Attempt a2 = dispatch(2);
        offsets.accepted(TP, a2);
        assertThat(offsets.committable()).isEmpty();
        offsets.accepted(TP, a0);
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 1L));
        offsets.accepted(TP, a1);
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 3L));
    }

    @Test
    void aRefusedRecordHoldsTheOffsetUntilItsRedeliveryIsAccepted() {
        offsets.assign(List.of(TP));
        AcceptedOffsets.Attempt a0 = dispatch(0);
        AcceptedOffsets.Attempt a1 = dispatch(1);
        AcceptedOffsets.Attempt a2 = dispatch(2);
        offsets.accepted(TP, a0);
        offsets.failed(a1, new IllegalStateException("503"));
        offsets.accepted(TP, a2);
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 1L));

        AcceptedOffsets.Failure failure = offsets.firstFailure().orElseThrow();
        assertThat(failure.attempt().offset).isEqualTo(1);
        assertThat(offsets.rewind(failure)).isEqualTo(1);
        assertThat(offsets.firstFailure()).isEmpty();

        // records delivered before the consumer's seek took effect are stale; the redelivery starts at offset 1
        assertThat(offsets.dispatch(TP, record(3))).isEmpty();
        AcceptedOffsets.Attempt again1 = dispatch(1);
        AcceptedOffsets.Attempt again2 = dispatch(2);
        offsets.accepted(TP, a2); // a late result of the attempt before the rewind counts for nothing
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 1L));
        offsets.accepted(TP, again1);
        offsets.accepted(TP, again2);
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 3L));
    }

    @Test
    void aSkippedRecordNoLongerHoldsTheOffset() {
        offsets.assign(List.of(TP));
        AcceptedOffsets.Attempt a0 = dispatch(0);
        offsets.failed(a0, new IllegalStateException("400"));
        offsets.skip(offsets.firstFailure().orElseThrow());
        assertThat(offsets.committable()).isEqualTo(Map.of(TP, 1L));
        assertThat(offsets.inFlight()).isZero();
    }
}
