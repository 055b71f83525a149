package io.github.camelcoveo.push;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Routes against {@link PushApiDouble}: one WireMock server a test class, accepting everything before each test. */
public abstract class CoveoPushTestSupport extends CamelTestSupport {

    @RegisterExtension
    protected static final PushApiDouble coveo = new PushApiDouble();
}
