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
package io.github.camelcoveo.push;

import io.github.camelcoveo.push.client.CoveoEnvironment;
import io.github.camelcoveo.push.client.CoveoRegion;
import io.github.camelcoveo.push.client.FieldsApiClient;
import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.document.DocumentRules;
import io.github.camelcoveo.push.fields.FieldTypeConflict;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.PermissionDefaults;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.StringHelper;

/**
 * The rules every option's value follows, in one place. The component's options are checked each time it creates an
 * endpoint, an endpoint's own (its URI's over the component's) when it is initialized: both before any route runs.
 * A broken rule raises an {@link InvalidOptionException} naming the option, the rule and the value. The classes that
 * use the values ({@code BatchSettings}, {@code RequestBudget}) keep checks of their own as a second line.
 */
final class ConfigurationRules {

    static final String PROPERTY_PREFIX = "camel.component.coveo-push.";

    private final String where;
    private final boolean component;

    private ConfigurationRules(String where, boolean component) {
        this.where = where;
        this.component = component;
    }

    /** The rules of the component's options, named as properties too ({@code camel.component.coveo-push.*}). */
    static ConfigurationRules ofComponent() {
        return new ConfigurationRules("the coveo-push component", true);
    }

    static ConfigurationRules ofEndpoint(String sourceId) {
        return new ConfigurationRules("coveo-push:" + sourceId, false);
    }

    /** Checks every option of an endpoint, the required ones included. */
    void checkEndpoint(CoveoPushConfiguration options) {
        required("organizationId", options.getOrganizationId());
        required("apiKey", options.getApiKey());
        checkValues(options);
        if (options.getProxyPort() != null && ObjectHelper.isEmpty(options.getProxyHost())) {
            refuse("proxyPort", "is set without proxyHost: set both, or neither");
        }
        if (options.isSynchronous() && options.isBatch()) {
            refuse("synchronous", "needs batch=false: with batches, each exchange would hold its thread until Coveo"
                                  + " accepted its whole batch");
        }
        if (options.getSourceType() == SourceType.catalog && !options.isBatch()) {
            refuse("batch", "must be true with sourceType=catalog: a catalog source takes items only in files");
        }
        if (options.getSourceType() == SourceType.catalog && ObjectHelper.isNotEmpty(options.getRejectedItemsUri())) {
            refuse("rejectedItemsUri", "is not supported with sourceType=catalog yet: the Stream API's files are"
                                       + " not confirmed through the indexing logs");
        }
    }

    /** Checks the values, which may come from the component as well as from the endpoint. */
    void checkValues(CoveoPushConfiguration options) {
        checkRetries(options);
        checkHttp(options);
        checkBudget(options);
        checkBatches(options);
        checkProducerDefaults(options);
        checkConfirmation(options);
    }

    private void checkConfirmation(CoveoPushConfiguration options) {
        atLeast("confirmationDelay", options.getConfirmationDelay(), 0, "milliseconds");
        atLeast("confirmationAttempts", options.getConfirmationAttempts(), 1, null);
        checkHost("logsApiUrl", () -> PushApiUrls.logsUrl(options.getLogsApiUrl(), null, null, null));
    }

    private void checkRetries(CoveoPushConfiguration options) {
        atLeast("maxRetries", options.getMaxRetries(), 0, "0 for no retry");
        atLeast("retryInitialDelay", options.getRetryInitialDelay(), 0, "milliseconds");
        if (options.getRetryMaxDelay() < options.getRetryInitialDelay()) {
            refuse("retryMaxDelay", "must be at least retryInitialDelay (" + options.getRetryInitialDelay()
                                    + " ms), not " + options.getRetryMaxDelay());
        }
    }

    private void checkHttp(CoveoPushConfiguration options) {
        // HttpClient reads a timeout of 0 as no timeout at all: a dead connection would hold its call forever
        atLeast("connectTimeout", options.getConnectTimeout(), 1, "milliseconds");
        atLeast("responseTimeout", options.getResponseTimeout(), 1, "milliseconds");
        atLeast("maxConnections", options.getMaxConnections(), 1, null);
        atLeast("workerPoolSize", options.getWorkerPoolSize(), 1, null);
        if (options.getProxyPort() != null) {
            between("proxyPort", options.getProxyPort(), 1, 65_535);
        }
        checkHost("region", () -> CoveoRegion.of(options.getRegion()));
        checkHost("environment", () -> CoveoEnvironment.of(options.getEnvironment()));
        checkHost("pushApiUrl", () -> PushApiUrls.baseUrl(options.getPushApiUrl(), null, null));
        checkHost("platformApiUrl", () -> FieldsApiClient.baseUrl(options.getPlatformApiUrl(), null, null));
        checkHost("fieldTypeConflict", () -> FieldTypeConflict.of(options.getFieldTypeConflict()));
    }

    private void checkHost(String option, Runnable derivation) {
        try {
            derivation.run();
        } catch (IllegalArgumentException e) {
            refuse(option, e);
        }
    }

    private void checkBudget(CoveoPushConfiguration options) {
        atLeast("requestsPerWindow", options.getRequestsPerWindow(), 0, "0 for no limit");
        atLeast("requestWindow", options.getRequestWindow(), 1, "milliseconds");
        atLeast("requestsPerDay", options.getRequestsPerDay(), 0, "0 for no limit");
    }

    private void checkBatches(CoveoPushConfiguration options) {
        atLeast("batchMaxDocuments", options.getBatchMaxDocuments(), 1, null);
        between("batchMaxBytes", options.getBatchMaxBytes(), 1024, PushApiLimits.MAX_FILE_CONTAINER);
        atLeast("batchLingerTime", options.getBatchLingerTime(), 0, "milliseconds");
        atLeast("maxBatchesInFlight", options.getMaxBatchesInFlight(), 1, null);
        atLeast("maxPendingDocuments", options.getMaxPendingDocuments(), 1, null);
        atLeast("maxPendingBytes", options.getMaxPendingBytes(), 0, "0 for a quarter of the heap");
        atLeast("maxFailuresInFlight", options.getMaxFailuresInFlight(), 1, null);
        atLeast("maxBlockTime", options.getMaxBlockTime(), 0, "milliseconds");
    }

    private void checkProducerDefaults(CoveoPushConfiguration options) {
        if (options.getQueueDelay() != null) {
            atLeast("queueDelay", options.getQueueDelay(), 0, "minutes");
        }
        try {
            DocumentRules.checkFileExtension(options.getFileExtension());
        } catch (InvalidDocumentException e) {
            refuse("fileExtension", e.getRule());
        }
        try {
            options.wallTimeZone();
        } catch (IllegalArgumentException e) {
            refuse("timeZone", e);
        }
        try {
            PermissionDefaults.of(options.getDefaultSecurityProvider(), options.getAllowAnonymous(),
                    options.getDefaultPermissions());
        } catch (InvalidDocumentException e) {
            String at = e.getField().equals("defaultPermissions") ? "" : " (at " + e.getField() + ")";
            refuse("defaultPermissions", "breaks the permission model" + at + ": " + e.getRule());
        }
    }

    private void required(String option, String value) {
        if (ObjectHelper.isEmpty(value)) {
            refuse(option, "is required: set it on the endpoint, or once on the component (" + property(option) + ")");
        }
    }

    private void atLeast(String option, long value, long min, String meaning) {
        if (value < min) {
            refuse(option, "must be " + (min == 0 ? "0 or more" : "at least " + min)
                           + (meaning == null ? "" : " (" + meaning + ")") + ", not " + value);
        }
    }

    private void between(String option, long value, long min, long max) {
        if (value < min || value > max) {
            refuse(option, "must be between " + min + " and " + max + ", not " + value);
        }
    }

    private void refuse(String option, String rule) {
        throw new InvalidOptionException(option, where + ": " + shown(option) + " " + rule);
    }

    /** For the checks of other classes, whose messages name the option already. */
    private void refuse(String option, IllegalArgumentException e) {
        throw new InvalidOptionException(option,
                where + ": " + e.getMessage() + (component ? " (" + property(option) + ")" : ""), e);
    }

    private String shown(String option) {
        return component ? option + " (" + property(option) + ")" : option;
    }

    private static String property(String option) {
        return PROPERTY_PREFIX + StringHelper.camelCaseToDash(option);
    }
}
