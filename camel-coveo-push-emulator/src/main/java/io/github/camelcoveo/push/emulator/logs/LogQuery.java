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
package io.github.camelcoveo.push.emulator.logs;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of the Logs API's {@code POST /logs/v1/organizations/{org}}: the time range ({@code from} and
 * {@code to}, both inclusive), the {@code documentId} matched against each entry's {@code id} as
 * {@code documentIdMatching} says, and for each of tasks, operations, results, sources and resources the values to
 * keep (which win over) or the values to leave out; then the 0-based {@code page} of {@code perPage} entries.
 * An empty set does not filter.
 */
public record LogQuery(Instant from, Instant to, String documentId, Matching documentIdMatching,
                       Set<LogTask> tasks, Set<LogTask> excludeTasks,
                       Set<LogOperation> operations, Set<LogOperation> excludeOperations,
                       Set<LogResult> results, Set<LogResult> excludeResults,
                       Set<String> sourceIds, Set<String> excludeSourceIds,
                       Set<String> resourceIds, Set<String> excludeResourceIds,
                       int page, int perPage) {

    /** Entries per page when the call gives no {@code perPage}: the emulator's choice, Coveo documents none. */
    public static final int DEFAULT_PER_PAGE = 100;

    /** How {@code documentId} matches an entry's {@code id}, as the Source Logs API defines it. */
    public enum Matching {
        /** The whole URI. */
        EXACT,
        /** A substring of the URI. */
        PARTIAL,
        /** {@code *} stands for one or more characters, {@code ?} for exactly one. */
        WILDCARD;

        public static Matching parse(String value) {
            return Matching.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** Every entry of the range, first page. */
    public static LogQuery between(Instant from, Instant to) {
        return new LogQuery(from, to, null, Matching.EXACT, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), 0, DEFAULT_PER_PAGE);
    }

    public boolean matches(IndexingLogEntry entry) {
        return !entry.datetime().isBefore(from) && !entry.datetime().isAfter(to)
                && matchesDocument(entry.id())
                && keeps(entry.task(), tasks, excludeTasks)
                && keeps(entry.operation(), operations, excludeOperations)
                && keeps(entry.result(), results, excludeResults)
                && keeps(entry.sourceId(), sourceIds, excludeSourceIds)
                && keeps(entry.resourceId(), resourceIds, excludeResourceIds);
    }

    private boolean matchesDocument(String id) {
        if (documentId == null) {
            return true;
        }
        if (id == null) {
            return false;
        }
        return switch (documentIdMatching) {
            case EXACT -> id.equals(documentId);
            case PARTIAL -> id.contains(documentId);
            case WILDCARD -> wildcard(documentId).matcher(id).matches();
        };
    }

    private static Pattern wildcard(String expression) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : expression.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".+" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Coveo: the values to allow have priority over the values to filter out. */
    private static <T> boolean keeps(T value, Set<T> allowed, Set<T> excluded) {
        if (!allowed.isEmpty()) {
            return allowed.contains(value);
        }
        return !excluded.contains(value);
    }
}
