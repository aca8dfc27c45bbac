package org.ipnetwork.directory.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What staff give when adding a partner ({@code partners add}).
 *
 * @param id wanted identifier ({@code [a-z0-9][a-z0-9-]{1,62}}); {@code null} picks a random one
 * @param name display name
 * @param allowedOrigins origins of the partner's pages, e.g. {@code https://www.ccpit-sh.example}
 * @param scope fixed filters, facet → codes; empty for the whole directory
 * @param requestsPerMinute the key's rate limit
 */
public record NewPartner(
    String id,
    String name,
    List<String> allowedOrigins,
    Map<String, ? extends Collection<String>> scope,
    int requestsPerMinute) {}
