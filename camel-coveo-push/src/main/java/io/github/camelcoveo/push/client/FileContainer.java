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
package io.github.camelcoveo.push.client;

import java.net.URI;
import java.util.Map;

/** A file container Coveo created: where to upload, its id, and the only headers the upload may carry. */
public record FileContainer(URI uploadUri, String fileId, Map<String, String> requiredHeaders) {

    /** Without the upload URI's query: a pre-signed URL's signature grants write access to the container. */
    @Override
    public String toString() {
        return "FileContainer[fileId=" + fileId + ", uploadUri=" + uploadUri.getScheme() + "://"
               + uploadUri.getRawAuthority() + uploadUri.getRawPath() + "]";
    }
}
