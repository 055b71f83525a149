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
