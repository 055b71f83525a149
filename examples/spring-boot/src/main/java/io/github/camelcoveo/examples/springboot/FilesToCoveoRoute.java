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
package io.github.camelcoveo.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Each file dropped into the inbox is pushed, then moved to .done once Coveo accepted it, to .error otherwise. */
@Component
public class FilesToCoveoRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{files.inbox}}?move=.done&moveFailed=.error")
                .routeId("files-to-coveo")
                .to("coveo-push:{{coveo.source}}");
    }
}
