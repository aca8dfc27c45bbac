package org.ipnetwork.directory.partner;

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
    Instant keyRotated) {

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
}
