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
package io.github.camelcoveo.examples.sftp;

import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * A remote folder, read over SFTP, feeding a Coveo Push source: each file (in sub-folders too) becomes one item whose
 * documentId is {@code sftp://host/path} of the remote file; it is moved to {@code _done} beside it once Coveo
 * accepted it, to {@code _error} when Coveo refused it (not hidden folders: the SFTP consumer cannot read hidden
 * folders, and the full sync must). A file uploaded again is pushed again. Every
 * {@code sftp.fullSync.delay} ms, what the {@code _done} folders hold is pushed again and Coveo then deletes every item
 * older than that run: a file removed from {@code _done} leaves the source. Settings live in
 * {@code sftp/application.properties}.
 */
public class SftpRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("sftp:{{sftp.host}}:{{sftp.port}}/{{sftp.folder}}?username={{sftp.username}}&password=RAW({{sftp.password}})"
             + "&recursive=true&move=_done&moveFailed=_error&antExclude=**/_done/**,**/_error/**&delay={{sftp.delay}}"
             + "&strictHostKeyChecking={{sftp.strictHostKeyChecking}}")
                .routeId("sftp-to-coveo")
                .to("coveo-push:{{coveo.source}}");

        from("sftp:{{sftp.host}}:{{sftp.port}}/{{sftp.folder}}?username={{sftp.username}}&password=RAW({{sftp.password}})"
             + "&recursive=true&antInclude=**/_done/*&noop=true&idempotent=false"
             + "&sendEmptyMessageWhenIdle=true&initialDelay={{sftp.fullSync.initialDelay}}&delay={{sftp.fullSync.delay}}"
             + "&strictHostKeyChecking={{sftp.strictHostKeyChecking}}")
                .routeId("sftp-full-sync")
                .filter(body().isNotNull())
                    .setHeader(CoveoPushConstants.DOCUMENT_ID, method(RemoteDocumentIds.class, "of"))
                    .to("coveo-push:{{coveo.source}}")
                .end()
                // after the last file of the run (or at once when nothing is done yet); the grace spares what
                // sftp-to-coveo pushed just before and is still moving to _done
                .filter(simple("${exchangeProperty.CamelBatchComplete} == true || ${body} == null"))
                    .setHeader(CoveoPushConstants.ORDERING_ID,
                            simple("${date:exchangeCreated-{{sftp.fullSync.grace}}}", Long.class))
                    .to("coveo-push:{{coveo.source}}?operation=deleteOlderThan&queueDelay={{sftp.fullSync.queueDelay}}");
    }
}
