package io.github.camelcoveo.push.emulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

import java.util.EnumSet;

/** WireMock's Jetty 11 server with the {@link RawBodyFilter} in front of the stubs. */
public final class RawBodyServerFactory implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                super.decorateMockServiceContextBeforeConfig(context);
                context.addFilter(new FilterHolder(new RawBodyFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
            }
        };
    }
}
