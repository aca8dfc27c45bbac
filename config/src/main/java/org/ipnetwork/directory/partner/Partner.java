package org.ipnetwork.directory.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.Builder;
import lombok.With;

/**
 * An embedding partner (a chamber of commerce, an industrial park, a law-firm network) as stored in
 * the {@code partners} index. The key itself is never stored: only its hash, to find the partner
 * from a request, and its first characters, so that staff can tell keys apart in lists.
 *
 * @param id stable identifier, also the document id ({@code ccpit-shanghai})
 * @param name display name for staff
 * @param keyHash SHA-256 of the current key (see {@link PartnerKeys}); {@code null} once revoked
 * @param keyPrefix first {@value PartnerKeys#PREFIX_LENGTH} characters of the current key; {@code
 *     null} once revoked
 * @param allowedOrigins exact {@code scheme://host[:port]} origins whose pages may call the API
 *     with this key and frame the search (see {@link Origins})
 * @param scope fixed filters: facet parameter name → allowed codes (see {@link PartnerScopes})
 * @param requestsPerMinute the key's rate limit
 * @param enabled staff's switch; a disabled partner is refused with 403
 * @param created when the partner was added
 * @param updated last change of any field
 * @param keyRotated when the current key was issued
 * @param previousKeyHash SHA-256 of the key replaced by the last rotation, while it still works
 *     (see {@link #previousKeyExpires}); {@code null} when none
 * @param previousKeyPrefix first characters of that key; {@code null} when none
 * @param previousKeyExpires until when the previous key works; {@code null} when none
 */
@Builder
@With
public record Partner(
    String id,
    String name,
    String keyHash,
    String keyPrefix,
    List<String> allowedOrigins,
    Map<String, List<String>> scope,
    int requestsPerMinute,
    boolean enabled,
    Instant created,
    Instant updated,
    Instant keyRotated,
    String previousKeyHash,
    String previousKeyPrefix,
    Instant previousKeyExpires) {

  public Partner {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    Map<String, List<String>> sorted = new TreeMap<>();
    if (scope != null) {
      scope.forEach((facet, codes) -> sorted.put(facet, List.copyOf(codes)));
    }
    scope = Collections.unmodifiableMap(sorted);
  }

  /** Whether the partner holds a key at all (revoking removes it). */
  public boolean hasKey() {
    return keyHash != null;
  }

  /**
   * Whether a request with the key of this hash is this partner's at {@code now}: the current key,
   * or the previous one until it expires (the lookup finds partners by either field; the expiry is
   * checked here, so a cached partner stops accepting a previous key on time).
   */
  public boolean acceptsKeyHash(String hash, Instant now) {
    if (hash == null) {
      return false;
    }
    return hash.equals(keyHash) || (hash.equals(previousKeyHash) && previousKeyValid(now));
  }

  /** Whether the previous key still works at {@code now}. */
  public boolean previousKeyValid(Instant now) {
    return previousKeyHash != null
        && previousKeyExpires != null
        && now.isBefore(previousKeyExpires);
  }

  /**
   * This partner with a new key; the current one keeps working as the previous key until {@code now
   * + grace} (not at all for a zero grace). A previous key still in its grace period is dropped: a
   * partner holds at most two keys.
   */
  public Partner withNewKey(String key, Instant now, Duration grace) {
    boolean keep = hasKey() && !grace.isZero() && !grace.isNegative();
    return withKeyHash(PartnerKeys.hash(key))
        .withKeyPrefix(PartnerKeys.prefix(key))
        .withKeyRotated(now)
        .withUpdated(now)
        .withPreviousKeyHash(keep ? keyHash : null)
        .withPreviousKeyPrefix(keep ? keyPrefix : null)
        .withPreviousKeyExpires(keep ? now.plus(grace) : null);
  }

  /** This partner without any key, current or previous. */
  public Partner withoutKeys() {
    return withKeyHash(null)
        .withKeyPrefix(null)
        .withPreviousKeyHash(null)
        .withPreviousKeyPrefix(null)
        .withPreviousKeyExpires(null);
  }
}
