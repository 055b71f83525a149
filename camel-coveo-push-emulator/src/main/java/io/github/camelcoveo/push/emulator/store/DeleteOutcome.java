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
package io.github.camelcoveo.push.emulator.store;

/**
 * What a delete did to one item it reached: removed it, found nothing to remove, or left it alone because the
 * delete was out of sequence (an orderingId not above the item's last one).
 */
public record DeleteOutcome(String documentId, Result result) {

    public enum Result { REMOVED, ABSENT, OUT_OF_SEQUENCE }

    public boolean applied() {
        return result != Result.OUT_OF_SEQUENCE;
    }
}
