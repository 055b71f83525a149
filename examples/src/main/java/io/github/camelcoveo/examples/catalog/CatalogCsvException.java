package io.github.camelcoveo.examples.catalog;

import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * A line of a catalog CSV file that cannot become a catalog item or a partial update: names the file, the line, and
 * (through its cause, the component's {@link InvalidDocumentException}) the field and the rule it breaks.
 */
public class CatalogCsvException extends RuntimeException {

    private final String fileName;
    private final long line;

    public CatalogCsvException(String fileName, long line, InvalidDocumentException cause) {
        super(fileName + " line " + line + ": " + cause.getMessage(), cause);
        this.fileName = fileName;
        this.line = line;
    }

    public String getFileName() {
        return fileName;
    }

    public long getLine() {
        return line;
    }

    /** The field the line got wrong. */
    public String getField() {
        return ((InvalidDocumentException) getCause()).getField();
    }
}
