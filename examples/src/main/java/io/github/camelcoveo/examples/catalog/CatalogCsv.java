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
package io.github.camelcoveo.examples.catalog;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import io.github.camelcoveo.push.document.PartialUpdate;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the two CSV files of the catalog example with Commons CSV.
 * <ul>
 * <li>The catalog export ({@link #items}): one line per product, variant or availability, with the column
 * {@code objecttype} and Coveo's commerce fields ({@code ec_product_id}, {@code ec_variant_id},
 * {@code ec_availability_id}, {@code ec_name}, {@code ec_price}...). Each line becomes a catalog item (a Map) whose
 * documentId follows from its object type and id: {@code product://ID}, {@code variant://ID},
 * {@code store://ID}.</li>
 * <li>The price and stock feed ({@link #changes}): one line per change, {@code documentId,field,value[,operator]},
 * the operator {@code fieldValueReplace} when empty.</li>
 * </ul>
 * Cells are typed by column: {@code ec_price} a number, {@code ec_in_stock} {@code true} or {@code false},
 * {@code ec_available_items} a list separated by {@code ;}, anything else a string; an empty cell is left out.
 */
public final class CatalogCsv {

    /** The exchange property holding the feed lines that were not sent ({@link CatalogCsvException}s). */
    public static final String REJECTED_LINES = "CatalogRejectedLines";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();
    private final int changesPerExchange;

    /** @param changesPerExchange the most changes of a price and stock file sent in one exchange */
    public CatalogCsv(int changesPerExchange) {
        if (changesPerExchange < 1) {
            throw new IllegalArgumentException("catalog.feed.changesPerExchange must be at least 1, not "
                                               + changesPerExchange);
        }
        this.changesPerExchange = changesPerExchange;
    }

    private static final Map<String, String> ID_COLUMNS = Map.of("Product", "ec_product_id", "Variant",
            "ec_variant_id", "Availability", "ec_availability_id");
    private static final Map<String, String> ID_SCHEMES = Map.of("Product", "product://", "Variant", "variant://",
            "Availability", "store://");

    /**
     * The items of a catalog export, read one line at a time while the component writes the load's chunks; the file
     * is closed when the exchange completes. A line that is not a valid item throws a {@link CatalogCsvException},
     * which fails the load before its close: Coveo keeps the catalog as it was.
     */
    public Iterator<Map<String, Object>> items(File file, Exchange exchange) throws IOException {
        Iterator<CSVRecord> records = open(file, exchange).iterator();
        String name = file.getName();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                CSVRecord record = records.next();
                try {
                    return item(record);
                } catch (InvalidDocumentException e) {
                    throw new CatalogCsvException(name, line(record), e);
                }
            }
        };
    }

    /**
     * The changes of a price and stock file, as the component's partial update Maps
     * {@code {documentId, operator, field, value}}, in the file's order, in groups of at most
     * {@code changesPerExchange}: read one group at a time, the file closed when the exchange completes. Lines that
     * are not valid changes are left out and kept, as {@link CatalogCsvException}s, in the exchange property
     * {@link #REJECTED_LINES}.
     */
    public Iterator<List<Map<String, Object>>> changes(File file, Exchange exchange) throws IOException {
        CSVParser parser = open(file, exchange);
        Iterator<CSVRecord> records = parser.iterator();
        List<CatalogCsvException> rejected = new ArrayList<>();
        exchange.setProperty(REJECTED_LINES, rejected);
        return new Iterator<>() {
            private List<Map<String, Object>> group;

            @Override
            public boolean hasNext() {
                while (group == null && records.hasNext()) {
                    List<Map<String, Object>> next = new ArrayList<>();
                    while (next.size() < changesPerExchange && records.hasNext()) {
                        CSVRecord record = records.next();
                        try {
                            next.add(change(record));
                        } catch (InvalidDocumentException e) {
                            rejected.add(new CatalogCsvException(file.getName(), line(record), e));
                        }
                    }
                    group = next.isEmpty() ? null : next;
                }
                return group != null;
            }

            @Override
            public List<Map<String, Object>> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Map<String, Object>> next = group;
                group = null;
                return next;
            }
        };
    }

    /** Fails the exchange, once the valid lines were sent, when some lines of the file were not. */
    public void failOnRejectedLines(Exchange exchange) throws CatalogFeedException {
        List<?> rejected = exchange.getProperty(REJECTED_LINES, List.class);
        if (rejected != null && !rejected.isEmpty()) {
            throw new CatalogFeedException(rejected.stream().map(CatalogCsvException.class::cast).toList());
        }
    }

    /** A parser of the file, closed when the exchange completes. */
    private static CSVParser open(File file, Exchange exchange) throws IOException {
        Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return parser;
    }

    static Map<String, Object> item(CSVRecord record) throws InvalidDocumentException {
        String type = cell(record, "objecttype");
        String idColumn = ID_COLUMNS.get(type);
        if (idColumn == null) {
            throw new InvalidDocumentException("objecttype", "must be one of Product, Variant, Availability, not '"
                    + type + "'");
        }
        String id = required(record, idColumn, type);
        if (type.equals("Variant")) {
            required(record, "ec_product_id", type);
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("documentId", ID_SCHEMES.get(type) + id);
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
            if (cell.getValue() != null && !cell.getValue().isEmpty()) {
                item.put(cell.getKey(), typed(cell.getKey(), cell.getValue()));
            }
        }
        return item;
    }

    static Map<String, Object> change(CSVRecord record) throws InvalidDocumentException {
        String operatorName = cell(record, PartialUpdate.OPERATOR);
        PartialUpdate.Operator operator = operatorName.isEmpty() ? PartialUpdate.Operator.fieldValueReplace
                : PartialUpdate.Operator.of(operatorName, PartialUpdate.OPERATOR);
        String field = cell(record, PartialUpdate.FIELD);
        String text = cell(record, PartialUpdate.VALUE);
        Object value = operator == PartialUpdate.Operator.arrayAppend || operator == PartialUpdate.Operator.arrayRemove
                ? Arrays.asList(text.split(";")) : typed(field, text);
        // the component's own rules (documentId, field and the value's shape for the operator), line by line
        PartialUpdate update = PartialUpdate.of(cell(record, PartialUpdate.DOCUMENT_ID), operator, field, value,
                PartialUpdate.OPERATOR, PartialUpdate.FIELD);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(PartialUpdate.DOCUMENT_ID, update.documentId());
        change.put(PartialUpdate.OPERATOR, update.operator().name());
        change.put(PartialUpdate.FIELD, update.field());
        change.put(PartialUpdate.VALUE, value);
        return change;
    }

    private static Object typed(String column, String text) throws InvalidDocumentException {
        switch (column) {
            case "ec_price":
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new InvalidDocumentException(column, "must be a number, not '" + text + "'", e);
                }
            case "ec_in_stock":
                String flag = text.toLowerCase(Locale.ROOT);
                if (!flag.equals("true") && !flag.equals("false")) {
                    throw new InvalidDocumentException(column, "must be true or false, not '" + text + "'");
                }
                return Boolean.valueOf(flag);
            case "ec_available_items":
                return Arrays.asList(text.split(";"));
            default:
                return text;
        }
    }

    private static String required(CSVRecord record, String column, String type) throws InvalidDocumentException {
        String value = cell(record, column);
        if (value.isEmpty()) {
            throw new InvalidDocumentException(column, "is required for a " + type);
        }
        return value;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) && record.get(column) != null ? record.get(column) : "";
    }

    /** The line of the file: the header is line 1 (the files hold no line breaks inside cells). */
    private static long line(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }
}
