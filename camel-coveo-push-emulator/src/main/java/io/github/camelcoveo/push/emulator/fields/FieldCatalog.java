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
package io.github.camelcoveo.push.emulator.fields;

import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/** The fields of one organization's index, by name; a new organization starts with Coveo's default fields. */
public final class FieldCatalog {

    /**
     * The default (SYSTEM-origin) fields of a new organization that a Push source's standard metadata populate
     * (docs.coveo.com/en/155 "Standard metadata" and /en/2036 "About fields"), with their documented types. Coveo has
     * more default fields (computed ones such as {@code rowid} or {@code concepts}); these are the ones metadata
     * names commonly hit. {@code permanentid} is left out on purpose: Coveo's push-api-client.js creates it when an
     * organization lacks it.
     */
    public static final List<EmulatedField> DEFAULT_FIELDS = List.of(
            EmulatedField.system("author", FieldType.STRING),
            EmulatedField.system("clickableuri", FieldType.STRING),
            EmulatedField.system("collection", FieldType.STRING),
            EmulatedField.system("date", FieldType.DATE),
            EmulatedField.system("filetype", FieldType.STRING),
            EmulatedField.system("indexeddate", FieldType.DATE),
            EmulatedField.system("language", FieldType.STRING),
            EmulatedField.system("printableuri", FieldType.STRING),
            EmulatedField.system("size", FieldType.LONG_64),
            EmulatedField.system("source", FieldType.STRING),
            EmulatedField.system("sourcetype", FieldType.STRING),
            EmulatedField.system("title", FieldType.STRING),
            EmulatedField.system("uri", FieldType.STRING),
            EmulatedField.system("urihash", FieldType.STRING));

    private final Map<String, EmulatedField> fields = new ConcurrentSkipListMap<>();
    private final Map<String, EmulatedField> defined = new ConcurrentSkipListMap<>();

    public FieldCatalog() {
        DEFAULT_FIELDS.forEach(field -> fields.put(field.name(), field));
    }

    /** Adds a field, or replaces the one of that name (a default field too): for setting up an organization. */
    public synchronized void define(EmulatedField field) {
        defined.put(field.name(), field);
        fields.put(field.name(), field);
    }

    /**
     * Creates a batch of fields, all or none, as the Field API's {@code batch/create} does.
     *
     * @throws PushApiException 412 {@code FIELD_ALREADY_EXISTS} when a name exists (or comes twice in the batch)
     */
    public synchronized void create(List<EmulatedField> batch) {
        Set<String> names = new HashSet<>();
        for (EmulatedField field : batch) {
            if (fields.containsKey(field.name()) || !names.add(field.name())) {
                throw new PushApiException(412, "FIELD_ALREADY_EXISTS", "The field " + field.name()
                        + " already exists" + (fields.containsKey(field.name()) ? "." : " in this batch.")
                        + " No field of the batch was created.");
            }
        }
        batch.forEach(field -> fields.put(field.name(), field));
    }

    /** The field a metadata key populates: the one of the same name, case-insensitive like metadata keys. */
    public Optional<EmulatedField> find(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every field, by name. */
    public List<EmulatedField> all() {
        return List.copyOf(fields.values());
    }

    /** Which field each metadata populates and whether its value fits, in the order of the metadata. */
    public List<IndexedMetadata> index(Map<String, Object> metadata) {
        List<IndexedMetadata> indexed = new ArrayList<>(metadata.size());
        metadata.forEach((key, value) -> indexed.add(IndexedMetadata.of(key,
                find(key).map(EmulatedField::type).orElse(null), value)));
        return indexed;
    }

    /** One page of the fields a query selects, in the shape of the Field API's {@code PageModel}. */
    public Map<String, Object> page(FieldQuery query) {
        List<EmulatedField> selected = all().stream().filter(query::selects).sorted(query.comparator()).toList();
        int from = (int) Math.min((long) query.page() * query.perPage(), selected.size());
        int to = Math.min(from + query.perPage(), selected.size());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", selected.subList(from, to).stream().map(EmulatedField::toModel).toList());
        page.put("totalEntries", selected.size());
        page.put("totalPages", (selected.size() + query.perPage() - 1) / query.perPage());
        return page;
    }

    /** Forgets the fields created through the Field API: back to the default fields and those {@link #define}d. */
    public synchronized void reset() {
        fields.clear();
        DEFAULT_FIELDS.forEach(field -> fields.put(field.name(), field));
        fields.putAll(defined);
    }
}
