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
