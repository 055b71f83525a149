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
package io.github.camelcoveo.examples.jms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcoveo.examples.jms.JmsTestSettings.DLQ;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.KEY;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.ORG;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.QUEUE;
import static io.github.camelcoveo.examples.jms.JmsTestSettings.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS example against a real broker (ActiveMQ Classic, embedded, on a free TCP port): JSON documents and text
 * messages reach the source; while Coveo fails a message stays unacknowledged and is delivered again, then indexed;
 * poison messages end up on the dead-letter queue with their reason; a delete message removes its item.
 */
class JmsExampleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @RegisterExtension
    final EmbeddedBroker broker = EmbeddedBroker.inMemory();

    @ParameterizedTest(name = "batch={0}")
    @ValueSource(booleans = {true, false})
    void messagesFeedTheSourceTransactionally(boolean batch) throws Exception {
        try (RunningMain app = start(batch);
             Connection connection = new ActiveMQConnectionFactory(broker.url()).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);

            // 1. Coveo answers 503 twice: the message is rolled back, delivered again, and indexed on the third try
            coveo.emulator().faults().failNext(2).withStatus(503)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            send(session, json("https://news.example.com/0", "Outage notice", "Back online."));
            await().atMost(PATIENCE).untilAsserted(() -> coveo.assertThat(SOURCE).hasItemCount(1)
                    .hasItem("https://news.example.com/0").withTitle("Outage notice").withText("Back online."));
            assertThat(failedCalls()).isEqualTo(2);
            await().atMost(PATIENCE).until(() -> broker.queueSize(QUEUE) == 0);

            // 2. Coveo refuses a document (400): not worth another delivery, it goes to the dead-letter queue
            coveo.emulator().faults().failNext(1).withStatus(400)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            String refused = json("https://news.example.com/refused", "Refused", "Coveo says no.");
            send(session, refused);
            TextMessage deadRefused = receiveAll(session, DLQ, 1).get(0);
            assertThat(deadRefused.getText()).isEqualTo(refused);
            assertThat(deadRefused.getStringProperty("CoveoPushFailure")).startsWith("CoveoPushApiException")
                    .contains("400");
            coveo.assertThat(SOURCE).hasItemCount(1).doesNotHaveItem("https://news.example.com/refused");

            // 3. JSON documents, a text message, and two poison messages
            for (int i = 1; i <= 3; i++) {
                send(session, json("https://news.example.com/" + i, "News " + i, "Story number " + i + "."));
            }
            TextMessage memo = session.createTextMessage("Quarterly memo: all hands on Friday.");
            memo.setStringProperty("documentId", "https://news.example.com/memo");
            memo.setStringProperty("fileExtension", ".txt");
            session.createProducer(session.createQueue(QUEUE)).send(memo);
            send(session, "{\"documentId\": \"https://news.example.com/broken\", \"title\": ");
            send(session, "{\"documentId\": \"https://news.example.com/nested\", \"author\": {\"name\": \"X\"}}");

            List<TextMessage> dead = receiveAll(session, DLQ, 2);
            assertThat(dead).extracting(TextMessage::getText).containsExactlyInAnyOrder(
                    "{\"documentId\": \"https://news.example.com/broken\", \"title\": ",
                    "{\"documentId\": \"https://news.example.com/nested\", \"author\": {\"name\": \"X\"}}");
            for (TextMessage message : dead) {
                String reason = message.getStringProperty("CoveoPushFailure");
                if (message.getText().contains("broken")) {
                    assertThat(reason).startsWith("JsonEOFException");
                } else {
                    assertThat(reason).startsWith("InvalidDocumentException").contains("author");
                }
            }
            await().atMost(PATIENCE).untilAsserted(() -> coveo.assertThat(SOURCE).hasItemCount(5));
            for (int i = 1; i <= 3; i++) {
                coveo.assertThat(SOURCE).hasItem("https://news.example.com/" + i).withTitle("News " + i)
                        .withMetadata("category", "news").withText("Story number " + i + ".");
            }
            coveo.assertThat(SOURCE).hasItem("https://news.example.com/memo").withFileExtension(".txt")
                    .withText("Quarterly memo: all hands on Friday.");

            // 4. a delete message
            TextMessage delete = session.createTextMessage("");
            delete.setStringProperty("documentId", "https://news.example.com/2");
            delete.setStringProperty("operation", "delete");
            session.createProducer(session.createQueue(QUEUE)).send(delete);
            await().atMost(PATIENCE).untilAsserted(() -> coveo.assertThat(SOURCE).hasItemCount(4)
                    .doesNotHaveItem("https://news.example.com/2"));

            // the end: every message acknowledged, nothing more on the dead-letter queue, nothing else indexed
            await().atMost(PATIENCE).until(() -> broker.queueSize(QUEUE) == 0);
            assertThat(broker.queueSize(DLQ)).isZero();
            assertThat(coveo.items(SOURCE)).extracting(i -> i.documentId()).containsExactlyInAnyOrder(
                    "https://news.example.com/0", "https://news.example.com/1", "https://news.example.com/3",
                    "https://news.example.com/memo");
        }
    }

    @ParameterizedTest(name = "batch={0}")
    @ValueSource(booleans = {true, false})
    void aVersionDeliveredAgainAfterANewerOneWasAcceptedDoesNotOverwriteIt(boolean batch) throws Exception {
        String id = "https://news.example.com/versioned";
        try (RunningMain app = start(batch);
             Connection connection = new ActiveMQConnectionFactory(broker.url()).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);

            // the call holding version 1 fails: its transaction rolls back and the broker delivers it again a second
            // later, after version 2 was sent and accepted
            coveo.emulator().faults().failNext(1).withStatus(503)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            send(session, json(id, "Version 1", "The first version."));
            await().atMost(PATIENCE).until(() -> failedCalls() == 1);
            long secondSentAt = send(session, json(id, "Version 2", "The second version."));

            // both are acknowledged once Coveo accepted them: version 2, then version 1 again
            await().atMost(PATIENCE).until(() -> broker.queueSize(QUEUE) == 0);
            assertThat(acceptedPushes()).isEqualTo(2);
            coveo.assertThat(SOURCE).hasItemCount(1).hasItem(id).withTitle("Version 2").withText("The second version.")
                    .withOrderingId(secondSentAt);
        }
    }

    @Test
    void theOrderingIdIsTheVersionTheProducerGivesElseTheTimeItSentTheMessage() throws Exception {
        String byProperty = "https://news.example.com/by-property";
        String byJson = "https://news.example.com/by-json";
        String unstamped = "https://news.example.com/unstamped";
        try (RunningMain app = start(true);
             Connection connection = new ActiveMQConnectionFactory(broker.url()).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);

            // an orderingId JMS property: version 200 stays, version 100 sent after it is older
            send(session, textWithOrderingId(session, byProperty, "Version 200.", 200));
            send(session, textWithOrderingId(session, byProperty, "Version 100.", 100));
            // a JSON document's own orderingId
            send(session, "{\"documentId\": \"" + byJson + "\", \"orderingId\": 300, \"data\": \"Version 300.\"}");
            // a producer that disabled message timestamps: the component's clock
            long before = System.currentTimeMillis();
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            producer.setDisableMessageTimestamp(true);
            producer.send(session.createTextMessage(json(unstamped, "Unstamped", "No timestamp.")));

            await().atMost(PATIENCE).until(() -> broker.queueSize(QUEUE) == 0);
            assertThat(broker.queueSize(DLQ)).isZero();
            coveo.assertThat(SOURCE).hasItemCount(3)
                    .hasItem(byProperty).withText("Version 200.").withOrderingId(200).and()
                    .hasItem(byJson).withText("Version 300.").withOrderingId(300);
            assertThat(coveo.emulator().item(ORG, SOURCE, unstamped).orElseThrow().orderingId())
                    .isBetween(before, System.currentTimeMillis());
        }
    }

    private RunningMain start(boolean batch) throws Exception {
        return RunningMain.start(JmsApplication.PROPERTIES, JmsTestSettings.overrides(coveo.pushApiUrl(), broker.url(),
                Map.of("camel.component.coveo-push.batch", String.valueOf(batch))));
    }

    private static String json(String id, String title, String text) {
        return "{\"documentId\": \"" + id + "\", \"title\": \"" + title + "\", \"category\": \"news\","
               + " \"fileExtension\": \".txt\", \"data\": \"" + text + "\"}";
    }

    /** Sends the message; returns its JMSTimestamp. */
    private static long send(Session session, String text) throws JMSException {
        return send(session, session.createTextMessage(text));
    }

    private static long send(Session session, Message message) throws JMSException {
        session.createProducer(session.createQueue(QUEUE)).send(message);
        return message.getJMSTimestamp();
    }

    private static TextMessage textWithOrderingId(Session session, String id, String text, long orderingId)
            throws JMSException {
        TextMessage message = session.createTextMessage(text);
        message.setStringProperty("documentId", id);
        message.setLongProperty("orderingId", orderingId);
        return message;
    }

    private static List<TextMessage> receiveAll(Session session, String queue, int count) throws JMSException {
        List<TextMessage> messages = new ArrayList<>();
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (messages.size() < count && System.nanoTime() < deadline) {
                Message message = consumer.receive(500);
                if (message != null) {
                    messages.add((TextMessage) message);
                }
            }
        }
        assertThat(messages).hasSize(count);
        return messages;
    }

    private static long failedCalls() {
        return coveo.emulator().requests().all().stream().filter(r -> r.status() == 503).count();
    }

    /** Documents or batches the emulator accepted. */
    private static long acceptedPushes() {
        return coveo.emulator().requests().accepted(RequestKind.ADD_OR_UPDATE_DOCUMENT)
               + coveo.emulator().requests().accepted(RequestKind.PUSH_BATCH);
    }
}
