package io.github.camelcoveo.push.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.error.InvalidDocumentException;

/** Just enough CSV for the simple identity form: a header line, then rows; quoted fields; comma, semicolon or tab. */
final class Csv {

    private Csv() {
    }

    static List<Map<String, Object>> rows(String text) throws InvalidDocumentException {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        String header = lines.get(0);
        char delimiter = header.indexOf('\t') >= 0 ? '\t'
                : header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<String> columns = split(header, delimiter, 1);
        List<Map<String, Object>> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i), delimiter, i + 1);
            if (cells.size() > columns.size()) {
                throw new InvalidDocumentException("body", "line " + (i + 1) + " has " + cells.size()
                                                           + " fields, the header " + columns.size() + ": " + lines.get(i));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), c < cells.size() ? cells.get(c) : null);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line, char delimiter, int lineNumber) throws InvalidDocumentException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidDocumentException("body", "line " + lineNumber + " has an unclosed quote: " + line);
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
