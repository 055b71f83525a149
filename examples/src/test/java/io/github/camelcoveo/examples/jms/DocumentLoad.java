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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load for the JMS example: one JSON message for each of {@code documents} documents and, after every
 * {@code updateEvery}-th one, a second version of the document sent a few messages earlier, so that both versions are
 * on the queue together. It knows what each document's latest version says.
 */
final class DocumentLoad {

    /** How many messages separate a document's first version from its second. */
    private static final int UPDATE_DISTANCE = 5;
    private static final int MESSAGES_PER_COMMIT = 200;

    private final int documents;
    private final int updateEvery;
    private final Map<String, String> latestText = new LinkedHashMap<>();

    DocumentLoad(int documents, int updateEvery) {
        this.documents = documents;
        this.updateEvery = updateEvery;
    }

    int messages() {
        return documents + updates();
    }

    int documents() {
        return documents;
    }

    private int updates() {
        return (int) IntStream.range(0, documents).filter(this::updatesAnEarlierOne).count();
    }

    private boolean updatesAnEarlierOne(int index) {
        return index >= UPDATE_DISTANCE && index % updateEvery == updateEvery - 1;
    }

    /** Sends every message, persistent, in transactions of a few hundred. */
    void sendTo(String brokerUrl) throws JMSException {
        Map<Integer, Long> firstVersionSentAt = new HashMap<>();
        try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(JmsTestSettings.QUEUE));
            int sent = 0;
            for (int index = 0; index < documents; index++) {
                firstVersionSentAt.put(index, send(session, producer, index, 1));
                sent++;
                if (updatesAnEarlierOne(index)) {
                    int earlier = index - UPDATE_DISTANCE;
                    // two versions of a document are told apart by their JMSTimestamp: never the same millisecond
                    while (System.currentTimeMillis() <= firstVersionSentAt.get(earlier)) {
                        Thread.onSpinWait();
                    }
                    send(session, producer, earlier, 2);
                    sent++;
                }
                if (sent % MESSAGES_PER_COMMIT == 0) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    private long send(Session session, MessageProducer producer, int index, int version) throws JMSException {
        String id = documentId(index);
        String text = "Document " + index + ", version " + version + ".";
        TextMessage message = session.createTextMessage("{\"documentId\": \"" + id + "\", \"title\": \"Document "
                                                        + index + "\", \"fileExtension\": \".txt\", \"data\": \""
                                                        + text + "\"}");
        producer.send(message);
        latestText.put(id, text);
        return message.getJMSTimestamp();
    }

    private static String documentId(int index) {
        return "https://load.example.com/documents/" + index;
    }

    /** The source holds every document, each in its latest version, and nothing else. */
    void assertIndexed(PushApiEmulatorExtension coveo) {
        Map<String, String> indexed = coveo.items(JmsTestSettings.SOURCE).stream()
                .collect(Collectors.toMap(IndexedItem::documentId, item -> item.text().orElse("")));
        List<String> wrong = latestText.entrySet().stream()
                .filter(document -> !document.getValue().equals(indexed.get(document.getKey())))
                .map(document -> document.getKey() + " holds " + indexed.get(document.getKey()) + " instead of "
                                 + document.getValue())
                .toList();
        assertThat(wrong.size()).as("documents missing or not in their latest version, such as %s",
                wrong.subList(0, Math.min(wrong.size(), 10))).isZero();
        assertThat(indexed).as("items of the source").hasSameSizeAs(latestText);
    }
}
