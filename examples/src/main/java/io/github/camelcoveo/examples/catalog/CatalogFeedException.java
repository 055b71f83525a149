package io.github.camelcoveo.examples.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A price and stock file had lines that were not sent: its other lines were, and Coveo accepted them; the file goes
 * to {@code .error} so that someone fixes these lines.
 */
public class CatalogFeedException extends Exception {

    private final List<CatalogCsvException> rejectedLines;

    public CatalogFeedException(List<CatalogCsvException> rejectedLines) {
        super(rejectedLines.size() + " line(s) refused, the others were sent: " + rejectedLines.stream()
                .map(Throwable::getMessage).collect(Collectors.joining("; ")));
        this.rejectedLines = List.copyOf(rejectedLines);
    }

    public List<CatalogCsvException> getRejectedLines() {
        return rejectedLines;
    }
}
