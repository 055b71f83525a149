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
package io.github.camelcoveo.push.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The CSV of the simple identity form, read by Commons CSV: a header record, then rows; comma, semicolon or tab, as the
 * header line uses; fields quoted with {@code "} (doubled inside), over several lines if need be. Also the table that
 * camel-csv unmarshals it to, a List of Lists of strings whose first is the header.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true)
            .setTrailingData(true).get();

    private Csv() {
    }

    static List<Map<String, Object>> rows(String text) throws InvalidDocumentException {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = header.indexOf('\t') >= 0 ? '\t'
                : header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT.builder().setDelimiter(delimiter).get())) {
            parser.forEach(record -> table.add(record.toList()));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw new InvalidDocumentException("body", "line " + (table.stream().filter(row -> !isBlank(row)).count()
                                                                  + 1) + " is not valid CSV: " + cause.getMessage(), e);
        }
        return rows(table, String.valueOf(delimiter));
    }

    /** Whether a body is such a table: Lists of strings, the first of column names (no CSV or JSON text). */
    static boolean isTable(Collection<?> body) {
        return !body.isEmpty() && body.stream().allMatch(row -> row instanceof List<?> cells
                && cells.stream().allMatch(cell -> cell == null || cell instanceof CharSequence))
               && ((List<?>) body.iterator().next()).stream()
                       .noneMatch(cell -> cell != null && cell.toString().strip().matches("(?s)[\\[{].*|.*[\\r\\n].*"));
    }

    /** The rows of a table that {@link #isTable} accepts. */
    static List<Map<String, Object>> rows(Collection<?> table, String delimiter) throws InvalidDocumentException {
        List<List<?>> lines = table.stream().<List<?>>map(row -> (List<?>) row).filter(row -> !isBlank(row)).toList();
        List<String> columns = lines.isEmpty() ? List.of()
                : lines.get(0).stream().map(cell -> cell == null ? "" : cell.toString().strip()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<?> cells = lines.get(i);
            if (cells.size() > columns.size()) {
                throw new InvalidDocumentException("body", "line " + (i + 1) + " has " + cells.size()
                                                           + " fields, the header " + columns.size() + ": "
                                                           + String.join(delimiter, cells.stream().map(String::valueOf).toList()));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                Object cell = c < cells.size() ? cells.get(c) : null;
                row.put(columns.get(c), cell == null ? null : cell.toString().strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** A line of spaces, which Commons CSV gives as one empty field: skipped like an empty line. */
    private static boolean isBlank(List<?> row) {
        return row.isEmpty() || row.size() == 1 && (row.get(0) == null || row.get(0).toString().isBlank());
    }
}
