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

/**
 * What the index made of one metadata of an item: the field it populates, or why it is not searchable. Coveo keeps a
 * metadata that matches no field (or whose value does not fit its field's type) with the item, without indexing it.
 *
 * @param key       the metadata key as received
 * @param fieldType the type of the field of the same name (case-insensitive), or null when the organization has none
 * @param fits      whether the value fits that type (false when there is no field)
 */
public record IndexedMetadata(String key, FieldType fieldType, boolean fits) {

    /** Why a metadata is or is not searchable. */
    public enum Status {
        /** A field of that name exists and the value fits its type. */
        SEARCHABLE,
        /** No field of that name: the metadata is kept but not indexed. */
        NO_FIELD,
        /** A field exists but the value does not fit its type: the field stays empty for this item. */
        TYPE_MISMATCH
    }

    public static IndexedMetadata of(String key, FieldType fieldType, Object value) {
        return new IndexedMetadata(key, fieldType, fieldType != null && FieldValues.fits(fieldType, value));
    }

    public Status status() {
        if (fieldType == null) {
            return Status.NO_FIELD;
        }
        return fits ? Status.SEARCHABLE : Status.TYPE_MISMATCH;
    }

    public boolean searchable() {
        return status() == Status.SEARCHABLE;
    }

    /** {@code LONG}, {@code not searchable (no field)} or {@code not searchable (type LONG)}, as the browser shows it. */
    public String describe() {
        return switch (status()) {
            case SEARCHABLE -> fieldType.name();
            case NO_FIELD -> "not searchable (no field)";
            case TYPE_MISMATCH -> "not searchable (type " + fieldType.name() + ")";
        };
    }
}
