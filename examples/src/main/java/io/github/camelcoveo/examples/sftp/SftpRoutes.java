package io.github.camelcoveo.examples.sftp;

import org.apache.camel.builder.RouteBuilder;

/**
 * A remote folder, read over SFTP, feeding a Coveo Push source: each file (in sub-folders too) becomes one item whose
 * documentId is {@code sftp://host/path} of the remote file; it is moved to {@code .done} beside it once Coveo
 * accepted it, to {@code .error} when Coveo refused it. A file uploaded again is pushed again. Settings live in
 * {@code sftp/application.properties}.
 */
public class SftpRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("sftp:{{sftp.host}}:{{sftp.port}}/{{sftp.folder}}?username={{sftp.username}}&password=RAW({{sftp.password}})"
             + "&recursive=true&move=.done&moveFailed=.error&delay={{sftp.delay}}"
             + "&strictHostKeyChecking={{sftp.strictHostKeyChecking}}")
                .routeId("sftp-to-coveo")
                .to("coveo-push:{{coveo.source}}");
    }
}
