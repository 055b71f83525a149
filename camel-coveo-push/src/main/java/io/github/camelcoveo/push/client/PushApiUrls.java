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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.hc.core5.net.URIBuilder;

/** The Push API base URL of an organization, and the URLs of its operations. */
public final class PushApiUrls {

    private final URI base;
    private final String organizationId;

    public PushApiUrls(URI base, String organizationId) {
        this.base = base;
        this.organizationId = organizationId;
    }

    /** Derives the base from region and environment, unless {@code override} is given. */
    public static URI baseUrl(String override, String region, String environment) {
        if (override != null && !override.isBlank()) {
            return checkedOverride("pushApiUrl", override.strip());
        }
        return coveoHost(region, environment, "/push/v1");
    }

    /**
     * The Logs API base, on the Push API's host [docs.coveo.com/en/59]: {@code override} if given, else next to an
     * overridden {@code pushApiUrl} that ends with {@code /push/v1} (the emulator serves both), else Coveo's.
     */
    public static URI logsUrl(String override, String pushApiUrl, String region, String environment) {
        if (override != null && !override.isBlank()) {
            return checkedOverride("logsApiUrl", override.strip());
        }
        String push = pushApiUrl == null || pushApiUrl.isBlank() ? "" : baseUrl(pushApiUrl, region, environment).toString();
        if (push.endsWith("/push/v1")) {
            return URI.create(push.substring(0, push.length() - "push/v1".length()) + "logs/v1");
        }
        return coveoHost(region, environment, "/logs/v1");
    }

    private static URI coveoHost(String region, String environment, String path) {
        return URI.create("https://api" + CoveoEnvironment.of(environment).hostPart() + CoveoRegion.of(region).hostPart()
                          + ".cloud.coveo.com" + path);
    }

    /** The constant of {@code type} named {@code value} in any case, or {@code fallback} when none is given. */
    static <E extends Enum<E>> E named(Class<E> type, String option, String value, E fallback) {
        String name = lower(value, fallback.name());
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(option + " must be one of " + Arrays.stream(
                        type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ": '" + value + "'"));
    }

    static URI checkedOverride(String option, String override) {
        URI uri;
        try {
            uri = new URI(override.endsWith("/") ? override.substring(0, override.length() - 1) : override);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + " is not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null) {
            throw new IllegalArgumentException(option + " must be an http(s) URL with a host and no user or query: "
                                               + uri.getScheme() + "://" + uri.getHost());
        }
        String scheme = lower(uri.getScheme(), "");
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(option + " uses plain http to " + uri.getHost()
                                               + ": only loopback hosts may be reached without TLS, since every call carries the API key");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(option + " must use http or https, not " + uri.getScheme());
        }
        return uri;
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // never resolve names here: only literal addresses can be vouched for
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String lower(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code {base}/organizations/{org}/{segments...}?{query}}, every part encoded. */
    public URI resolve(List<String> segments, Map<String, String> query) {
        try {
            URIBuilder builder = new URIBuilder(base);
            List<String> path = new java.util.ArrayList<>(builder.getPathSegments());
            path.add("organizations");
            path.add(organizationId);
            path.addAll(segments);
            builder.setPathSegments(path);
            query.forEach((name, value) -> {
                if (value != null) {
                    builder.addParameter(name, value);
                }
            });
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot build a Push API URL: " + e.getReason(), e);
        }
    }
}
