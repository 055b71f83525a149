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
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS example against a real broker (ActiveMQ Classic, embedded, on a free TCP port): JSON documents and text
 * messages reach the source; while Coveo fails a message stays unacknowledged and is delivered again, then indexed;
 * poison messages end up on the dead-letter queue with their reason; a delete message removes its item.
 */
class JmsExampleTest {

    private static final String ORG = "jms-org";
    private static final String KEY = "jms-key-5120";
    private static final String SOURCE = "jms-source";
    private static final String QUEUE = "coveo.documents";
    private static final String DLQ = "coveo.documents.DLQ";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    private BrokerService broker;
    private String brokerUrl;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new BrokerService();
        broker.setBrokerName("coveo-examples");
        broker.setPersistent(false);
        broker.setUseJmx(false);
        broker.setAdvisorySupport(false);
        broker.addConnector("tcp://localhost:0");
        broker.start();
        broker.waitUntilStarted();
        brokerUrl = broker.getTransportConnectors().get(0).getPublishableConnectString();
    }

    @AfterEach
    void stopBroker() throws Exception {
        broker.stop();
        broker.waitUntilStopped();
    }

    @ParameterizedTest(name = "batch={0}")
    @ValueSource(booleans = {true, false})
    void messagesFeedTheSourceTransactionally(boolean batch) throws Exception {
        Map<String, String> overrides = Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", coveo.pushApiUrl(),
                // no retries inside the component: a failure rolls the JMS transaction back at once
                "camel.component.coveo-push.max-retries", "0",
                "camel.component.coveo-push.batch", String.valueOf(batch),
                "coveo.source", SOURCE,
                "camel.beans.connectionFactory.brokerURL", brokerUrl);
        try (RunningMain app = RunningMain.start(JmsApplication.PROPERTIES, overrides);
             Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);

            // 1. Coveo answers 503 twice: the message is rolled back, delivered again, and indexed on the third try
            coveo.emulator().faults().failNext(2).withStatus(503)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            send(session, json("https://news.example.com/0", "Outage notice", "Back online."));
            await().atMost(PATIENCE).untilAsserted(() -> coveo.assertThat(SOURCE).hasItemCount(1)
                    .hasItem("https://news.example.com/0").withTitle("Outage notice").withText("Back online."));
            assertThat(failedCalls()).isEqualTo(2);
            await().atMost(PATIENCE).until(() -> queueSize(QUEUE) == 0);

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
            await().atMost(PATIENCE).until(() -> queueSize(QUEUE) == 0);
            assertThat(queueSize(DLQ)).isZero();
            assertThat(coveo.items(SOURCE)).extracting(i -> i.documentId()).containsExactlyInAnyOrder(
                    "https://news.example.com/0", "https://news.example.com/1", "https://news.example.com/3",
                    "https://news.example.com/memo");
        }
    }

    private static String json(String id, String title, String text) {
        return "{\"documentId\": \"" + id + "\", \"title\": \"" + title + "\", \"category\": \"news\","
               + " \"fileExtension\": \".txt\", \"data\": \"" + text + "\"}";
    }

    private static void send(Session session, String text) throws JMSException {
        session.createProducer(session.createQueue(QUEUE)).send(session.createTextMessage(text));
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

    /** Messages the broker holds for the queue: not yet acknowledged, in flight included. */
    private long queueSize(String queue) throws Exception {
        Destination destination = broker.getDestination(new ActiveMQQueue(queue));
        return destination == null ? 0 : destination.getDestinationStatistics().getMessages().getCount();
    }

    private static long failedCalls() {
        return coveo.emulator().requests().all().stream().filter(r -> r.status() == 503).count();
    }
}
