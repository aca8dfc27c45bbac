package org.ipnetwork.directory.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A change to a partner ({@code partners update}); every {@code null} field stays as it is. An
 * empty origin list or scope is a change: no browser origin allowed, or no restriction.
 *
 * @param name new display name
 * @param allowedOrigins replaces the allowed origins
 * @param scope replaces the scope
 * @param requestsPerMinute new rate limit
 */
public record PartnerChanges(
    String name,
    List<String> allowedOrigins,
    Map<String, ? extends Collection<String>> scope,
    Integer requestsPerMinute) {}
