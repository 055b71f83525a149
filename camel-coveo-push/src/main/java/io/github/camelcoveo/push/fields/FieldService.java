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
package io.github.camelcoveo.push.fields;

import io.github.camelcoveo.push.client.FieldsApiClient;
import io.github.camelcoveo.push.client.FieldsApiClient.IndexField;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the metadata of documents land in index fields: checks (or normalizes) their names, reads the organization's
 * fields once (at the first document that needs them, so that an endpoint starts even when the Platform API is not
 * reachable, and a failed read is tried again by the next document), creates the missing ones with a type inferred
 * from the values (see {@link FieldValues}) before the documents go, and applies {@link FieldTypeConflict} to values
 * that do not fit their field. Runs on the caller's thread, which waits for the Platform API; never on an HTTP worker.
 * <p>
 * Each field is created once: concurrent documents share one creation per name. A creation that Coveo refuses because
 * the field exists (another instance created it meanwhile) reads that field back and goes on with its type.
 */
public final class FieldService {

    private static final Logger LOG = LoggerFactory.getLogger(FieldService.class);

    private final FieldsApiClient client;
    private final boolean createMissing;
    private final FieldTypeConflict conflicts;
    private final boolean normalize;
    private final String where;
    /** The fields known: read, created, or being created. */
    private final ConcurrentMap<String, CompletableFuture<IndexField>> fields = new ConcurrentHashMap<>();
    private final AtomicReference<CompletableFuture<Void>> catalog = new AtomicReference<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    private FieldService(FieldsApiClient client, boolean createMissing, FieldTypeConflict conflicts,
                         boolean normalize, String where) {
        this.client = client;
        this.createMissing = createMissing;
        this.conflicts = conflicts;
        this.normalize = normalize;
        this.where = where;
    }

    /** The service, or null when neither option asks for it: documents then go as they are, without any call. */
    public static FieldService of(FieldsApiClient client, boolean createMissing, FieldTypeConflict conflicts,
                                  boolean normalize, String where) {
        return createMissing || normalize ? new FieldService(client, createMissing, conflicts, normalize, where) : null;
    }

    /**
     * The documents to send, once the fields their metadata names exist: the same ones, or copies whose keys were
     * normalized, coerced or left out. Fails before any document is sent when one of them is refused.
     */
    public List<PushDocument> prepare(List<PushDocument> documents)
            throws InvalidDocumentException, CoveoPushApiException, InterruptedException {
        List<Map<String, Named>> named = new ArrayList<>(documents.size());
        for (PushDocument document : documents) {
            named.add(named(document));
        }
        if (createMissing && named.stream().anyMatch(metadata -> !metadata.isEmpty())) {
            await(catalog());
            Map<String, IndexField> inferred = infer(named);
            // first against what is known or inferred, so that a refused document creates nothing
            conform(named, name -> known(name, inferred));
            Map<String, IndexField> types = new LinkedHashMap<>();
            for (Map.Entry<String, CompletableFuture<IndexField>> field : create(named, inferred).entrySet()) {
                types.put(field.getKey(), await(field.getValue()));
            }
            conform(named, types::get);
        }
        List<PushDocument> prepared = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            prepared.add(rebuilt(documents.get(i), named.get(i)));
        }
        return prepared;
    }

    /** A metadata value under its field name, with the key it came with (for messages and for the standard keys). */
    private record Named(String key, Object value) {
    }

    /** The metadata by field name, the standard keys apart (they keep their keys and are not checked). */
    private Map<String, Named> named(PushDocument document) throws InvalidDocumentException {
        Map<String, Named> named = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : document.getMetadata().entrySet()) {
            String key = entry.getKey();
            if (FieldNames.isStandard(key)) {
                continue;
            }
            String name = FieldNames.fieldName(key, normalize);
            Named previous = named.put(name, new Named(key, entry.getValue()));
            if (previous != null) {
                throw new InvalidDocumentException(key, "becomes field '" + name + "', as '" + previous.key()
                                                        + "' does: give the two different names");
            }
            if (!name.equals(key) && logged.add("name " + key)) {
                LOG.info("{}: metadata '{}' goes to field '{}' (normalizeFieldNames)", where, key, name);
            }
        }
        return named;
    }

    private CompletableFuture<Void> catalog() {
        CompletableFuture<Void> read = catalog.get();
        if (read != null) {
            return read;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        if (!catalog.compareAndSet(null, mine)) {
            return catalog.get();
        }
        client.listFields().whenComplete((list, error) -> {
            if (error != null) {
                catalog.compareAndSet(mine, null); // the next document reads again
                mine.completeExceptionally(error);
                return;
            }
            list.forEach(field -> fields.putIfAbsent(field.name(), CompletableFuture.completedFuture(field)));
            LOG.debug("{}: the organization has {} fields", where, list.size());
            mine.complete(null);
        });
        return mine;
    }

    /** The types the documents ask for, of the names whose field is not known yet. */
    private Map<String, IndexField> infer(List<Map<String, Named>> named) {
        Map<String, IndexField> inferred = new LinkedHashMap<>();
        for (Map<String, Named> metadata : named) {
            metadata.forEach((name, value) -> {
                if (known(name, Map.of()) == null) {
                    inferred.merge(name, FieldValues.infer(name, value.value()), FieldValues::widen);
                }
            });
        }
        return inferred;
    }

    /** The field of that name when it is known now, else the one inferred, else null (being created elsewhere). */
    private IndexField known(String name, Map<String, IndexField> inferred) {
        CompletableFuture<IndexField> field = fields.get(name);
        if (field != null && field.isDone() && !field.isCompletedExceptionally()) {
            return field.join();
        }
        return inferred.get(name);
    }

    /** Checks each value against its field, and applies {@link #conflicts} to those that do not fit it. */
    private void conform(List<Map<String, Named>> named, Function<String, IndexField> typeOf)
            throws InvalidDocumentException {
        for (Map<String, Named> metadata : named) {
            for (Map.Entry<String, Named> entry : List.copyOf(metadata.entrySet())) {
                IndexField field = typeOf.apply(entry.getKey());
                Named value = entry.getValue();
                Object fitted = field == null ? value.value()
                        : FieldValues.fitted(field, value.value(), conflicts == FieldTypeConflict.coerce);
                if (fitted == null && conflicts == FieldTypeConflict.ignore) {
                    metadata.remove(entry.getKey());
                    if (logged.add("ignored " + field.name())) {
                        LOG.debug("{}: metadata '{}' left out: {} (fieldTypeConflict=ignore; logged once a field)",
                                where, value.key(), misfit(field, value.value()));
                    }
                } else if (fitted == null) {
                    throw new InvalidDocumentException(value.key(), misfit(field, value.value())
                            + (conflicts == FieldTypeConflict.coerce ? ", and cannot become one without loss" : "")
                            + ": send a value of that type, or set fieldTypeConflict=coerce or ignore");
                } else if (fitted != value.value()) {
                    metadata.put(entry.getKey(), new Named(value.key(), fitted));
                }
            }
        }
    }

    private static String misfit(IndexField field, Object value) {
        String shown = value instanceof String text ? "'" + (text.length() > 100 ? text.substring(0, 100) + "..." : text)
                + "'" : String.valueOf(value);
        return "holds " + shown + ", which does not fit the " + field.type() + " field '" + field.name() + "'";
    }

    /**
     * Creates the fields the documents need and nobody creates yet, in requests of at most 500 fields: the field of
     * each name the documents hold, once known.
     */
    private Map<String, CompletableFuture<IndexField>> create(List<Map<String, Named>> named,
                                                              Map<String, IndexField> inferred) {
        Map<String, CompletableFuture<IndexField>> needed = new LinkedHashMap<>();
        List<IndexField> mine = new ArrayList<>();
        for (Map<String, Named> metadata : named) {
            for (String name : metadata.keySet()) {
                if (needed.containsKey(name)) {
                    continue;
                }
                CompletableFuture<IndexField> claim = new CompletableFuture<>();
                CompletableFuture<IndexField> known = fields.putIfAbsent(name, claim);
                needed.put(name, known != null ? known : claim);
                if (known == null) {
                    mine.add(inferred.get(name));
                }
            }
        }
        for (int from = 0; from < mine.size(); from += FieldsApiClient.CREATE_BATCH) {
            create(mine.subList(from, Math.min(mine.size(), from + FieldsApiClient.CREATE_BATCH)), true);
        }
        return needed;
    }

    private void create(List<IndexField> batch, boolean raceTolerated) {
        client.createFields(batch).whenComplete((created, error) -> {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            if (cause == null) {
                LOG.info("{}: created the fields {}", where, batch.stream().map(f -> f.name() + " (" + f.type()
                        + (f.multiValue() ? ", multi-value" : "") + ")").collect(Collectors.joining(", ")));
                batch.forEach(field -> fields.get(field.name()).complete(field));
            } else if (raceTolerated && FieldsApiClient.isAlreadyExists(cause)) {
                readBack(batch);
            } else {
                failed(batch, cause);
            }
        });
    }

    /** Another instance created some of the fields: go on with their types, and create the others again. */
    private void readBack(List<IndexField> batch) {
        client.fieldsNamed(batch.stream().map(IndexField::name).toList()).whenComplete((existing, error) -> {
            if (error != null) {
                failed(batch, error);
                return;
            }
            existing.forEach(field -> {
                CompletableFuture<IndexField> pending = fields.get(field.name());
                if (pending != null) {
                    pending.complete(field);
                }
            });
            Set<String> found = existing.stream().map(IndexField::name).collect(Collectors.toSet());
            List<IndexField> missing = batch.stream().filter(field -> !found.contains(field.name())).toList();
            if (!missing.isEmpty()) {
                create(missing, false);
            }
        });
    }

    /** The creation failed: the documents waiting for it fail, and the next document that needs them tries again. */
    private void failed(List<IndexField> batch, Throwable error) {
        for (IndexField field : batch) {
            CompletableFuture<IndexField> pending = fields.get(field.name());
            if (pending != null && fields.remove(field.name(), pending)) {
                pending.completeExceptionally(error);
            }
        }
    }

    private static PushDocument rebuilt(PushDocument document, Map<String, Named> named) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        document.getMetadata().forEach((key, value) -> {
            if (FieldNames.isStandard(key)) {
                metadata.put(key, value);
            }
        });
        named.forEach((name, value) -> metadata.put(name, value.value()));
        boolean same = metadata.size() == document.getMetadata().size() && metadata.entrySet().stream()
                .allMatch(e -> e.getValue() == document.getMetadata().get(e.getKey()));
        return same ? document : document.toBuilder().replaceMetadata(metadata).build();
    }

    private static <T> T await(CompletableFuture<T> future) throws CoveoPushApiException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CoveoPushApiException api) {
                throw api;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
