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
package io.github.camelcoveo.push.security;

import java.util.List;

import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * Endpoint-wide defaults of item permissions.
 *
 * @param securityProvider   written into each permission that names no {@code securityProvider}; null to leave it out
 *                           (Coveo then uses the first provider of the source)
 * @param allowAnonymous     the {@code allowAnonymous} of each permission set that does not give one; null to leave it
 *                           out
 * @param defaultPermissions the permissions of items that have none (already normalized), or null
 */
public record PermissionDefaults(String securityProvider, Boolean allowAnonymous, List<Object> defaultPermissions) {

    public static final PermissionDefaults NONE = new PermissionDefaults(null, null, null);

    /**
     * Reads the endpoint options.
     *
     * @param defaultPermissions the simple form or JSON (see {@link PermissionModel}); null or blank for none
     */
    public static PermissionDefaults of(String securityProvider, Boolean allowAnonymous, String defaultPermissions)
            throws InvalidDocumentException {
        String provider = securityProvider == null || securityProvider.isBlank() ? null : securityProvider.strip();
        PermissionDefaults partial = new PermissionDefaults(provider, allowAnonymous, null);
        List<Object> defaults = defaultPermissions == null || defaultPermissions.isBlank() ? null
                : PermissionModel.normalize("defaultPermissions", defaultPermissions, partial);
        return new PermissionDefaults(provider, allowAnonymous, defaults);
    }
}
