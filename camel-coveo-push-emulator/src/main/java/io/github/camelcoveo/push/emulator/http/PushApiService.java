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
package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.content.ContentDecoder;
import io.github.camelcoveo.push.emulator.content.DocumentParser;
import io.github.camelcoveo.push.emulator.content.ItemAssembler;
import io.github.camelcoveo.push.emulator.faults.InjectedFault;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Push API under {@code /push/v1/organizations/{org}}, and the Platform API's Field API under
 * {@code /rest/organizations/{org}/indexes/}, and the Logs API's {@code POST /logs/v1/organizations/{org}}: fault injection, size limit, authentication (the organization's one
 * API key serves all three), request quota (Push API calls only), then the operation's handler; each step can answer in
 * place of the next.
 */
public final class PushApiService {

    private final EmulatorContext context;
    private final RequestRecorder recorder;
    private final Map<RequestKind, PushApiHandler> handlers = new EnumMap<>(RequestKind.class);

    public PushApiService(EmulatorContext context) {
        this.context = context;
        this.recorder = new RequestRecorder(context);
        Limits limits = context.limits();
        DocumentParser parser = new DocumentParser(limits.maxDataBytes());
        ItemAssembler assembler = new ItemAssembler(context.organizations(), context.fileContainers(),
                new ContentDecoder(limits.maxFileContainerBytes() * 4), limits.maxDataBytes(), context.retainContentUpTo());
        DocumentHandlers documents = new DocumentHandlers(parser, assembler);
        handlers.put(RequestKind.ADD_OR_UPDATE_DOCUMENT, documents::addOrUpdate);
        handlers.put(RequestKind.DELETE_DOCUMENT, documents::delete);
        handlers.put(RequestKind.DELETE_OLDER_THAN, documents::deleteOlderThan);
        handlers.put(RequestKind.SET_SOURCE_STATUS, new StatusHandler());
        handlers.put(RequestKind.CREATE_FILE_CONTAINER, new FileContainerHandler());
        handlers.put(RequestKind.PUSH_BATCH, new BatchHandler(parser, assembler));
        StreamUpdateHandlers stream = new StreamUpdateHandlers(parser, assembler);
        LoadStreamHandlers load = new LoadStreamHandlers(stream);
        handlers.put(RequestKind.STREAM_UPDATE, stream::update);
        handlers.put(RequestKind.STREAM_MERGE, stream::merge);
        handlers.put(RequestKind.STREAM_DELETE_OLDER_THAN, stream::deleteOlderThan);
        handlers.put(RequestKind.OPEN_STREAM, load::open);
        handlers.put(RequestKind.STREAM_CHUNK, load::chunk);
        handlers.put(RequestKind.CLOSE_STREAM, load::close);
        IdentityHandlers identities = new IdentityHandlers(context.identityLimits());
        handlers.put(RequestKind.ADD_OR_UPDATE_IDENTITY, identities::addOrUpdate);
        handlers.put(RequestKind.ADD_OR_UPDATE_ALIAS, identities::addOrUpdateAlias);
        handlers.put(RequestKind.DELETE_IDENTITY, identities::delete);
        handlers.put(RequestKind.DELETE_IDENTITIES_OLDER_THAN, identities::deleteOlderThan);
        handlers.put(RequestKind.PUSH_IDENTITY_BATCH, identities::batch);
        FieldHandlers fields = new FieldHandlers();
        handlers.put(RequestKind.LIST_FIELDS, fields::list);
        handlers.put(RequestKind.SEARCH_FIELDS, fields::search);
        handlers.put(RequestKind.CREATE_FIELDS, fields::create);
        handlers.put(RequestKind.GET_INDEXING_LOGS, new LogHandler());
    }

    public ApiResponse handle(HttpExchange exchange) {
        Instant receivedAt = context.clock().instant();
        PushApiRoute route = PushApiRoute.of(exchange.method(), exchange.path());
        Optional<InjectedFault> fault = context.faults().pick(route.kind());
        FaultResponses.Answer answer = FaultResponses.answer(fault, () -> process(exchange, route, receivedAt));
        return recorder.record(receivedAt, route.kind(), exchange, route.organizationId(), route.sourceId(), answer,
                fault.orElse(null));
    }

    private ApiResponse process(HttpExchange exchange, PushApiRoute route, Instant receivedAt) {
        try {
            if (exchange.body().length > context.limits().maxRequestBytes()) {
                throw new PushApiException(413, "REQUEST_ENTITY_TOO_LARGE",
                        "The request exceeds " + context.limits().maxRequestBytes() + " bytes.");
            }
            EmulatedOrganization organization = authenticate(exchange, route.organizationId());
            String api = PushApiRoute.isPlatformPath(exchange.path()) ? "Platform API"
                    : PushApiRoute.isLogsPath(exchange.path()) ? "Logs API" : "Push API";
            if (api.equals("Push API")) {
                // the Platform and Logs APIs have limits of their own; the Push API's request quota does not count them
                context.quotas().chargeRequest(organization.id());
            }
            PushApiHandler handler = handlers.get(route.kind());
            if (handler == null) {
                throw new PushApiException(404, "NOT_FOUND", "No " + api
                        + " operation " + exchange.method() + " " + exchange.path() + ".");
            }
            return handler.handle(new PushCall(exchange, context, organization, route.sourceId(), receivedAt));
        } catch (PushApiException rejection) {
            return ApiResponse.error(rejection);
        } catch (RuntimeException unexpected) {
            context.log().accept("Unexpected failure on " + exchange.method() + " " + exchange.path() + ": " + unexpected);
            return ApiResponse.error(new PushApiException(500, "INTERNAL_SERVER_ERROR", "The emulator failed: " + unexpected));
        }
    }

    private EmulatedOrganization authenticate(HttpExchange exchange, String organizationId) {
        String authorization = exchange.header("Authorization").orElse("");
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            throw new PushApiException(401, "UNAUTHORIZED", "Send an Authorization: Bearer <API key> header.");
        }
        String token = authorization.substring(7).trim();
        Optional<EmulatedOrganization> organization = organizationId == null || organizationId.isEmpty()
                ? Optional.empty()
                : context.organizations().find(organizationId);
        if (organization.isEmpty() && context.permissive() && organizationId != null && !organizationId.isEmpty()) {
            organization = Optional.of(registerOnFirstUse(organizationId, token));
        }
        if (organization.isEmpty()) {
            throw new PushApiException(403, "ACCESS_DENIED",
                    "The access token does not grant access to organization " + organizationId + ".");
        }
        if (!organization.get().acceptsApiKey(token)) {
            throw new PushApiException(401, "INVALID_TOKEN", "The access token is not recognized.");
        }
        return organization.get();
    }

    private EmulatedOrganization registerOnFirstUse(String organizationId, String token) {
        synchronized (context.organizations()) {
            return context.organizations().find(organizationId)
                    .orElseGet(() -> context.organizations().register(organizationId, token));
        }
    }

}
