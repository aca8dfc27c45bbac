package org.ipnetwork.directory.backend.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.partner.Partner;

/**
 * A partner as the workplace's partner API shows it: never a key or a key's hash.
 *
 * @param id stable identifier
 * @param name display name
 * @param keyPrefix first characters of the current key; {@code null} once revoked
 * @param previousKeyPrefix first characters of the key replaced by the last rotation, while it
 *     still works; else {@code null}
 * @param previousKeyExpires until when that key works; else {@code null}
 * @param allowedOrigins origins whose pages may use the key
 * @param scope facet parameter → codes the partner's visitors see; empty for all
 * @param requestsPerMinute the key's rate limit
 * @param enabled staff's switch
 * @param created when the partner was added
 * @param updated its last change
 * @param keyRotated when the current key was issued
 * @param requestsLast7Days requests in the last 7 UTC days, today included (in the list only)
 */
record PartnerView(
    String id,
    String name,
    String keyPrefix,
    String previousKeyPrefix,
    Instant previousKeyExpires,
    List<String> allowedOrigins,
    Map<String, List<String>> scope,
    int requestsPerMinute,
    boolean enabled,
    Instant created,
    Instant updated,
    Instant keyRotated,
    Long requestsLast7Days) {

  static PartnerView of(Partner p, Instant now, Long requestsLast7Days) {
    boolean previous = p.previousKeyValid(now);
    return new PartnerView(
        p.id(),
        p.name(),
        p.keyPrefix(),
        previous ? p.previousKeyPrefix() : null,
        previous ? p.previousKeyExpires() : null,
        p.allowedOrigins(),
        p.scope(),
        p.requestsPerMinute(),
        p.enabled(),
        p.created(),
        p.updated(),
        p.keyRotated(),
        requestsLast7Days);
  }
}
