package org.ipnetwork.directory.partner;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Staff operations on embedding partners, the one implementation behind the indexer CLI's {@code
 * partners} commands and the workplace's partner API ({@code /api/v1/admin/partners}). Every method
 * validates its input and throws {@link PartnerInputException} naming the refused field, with a
 * message fit to print ({@link DuplicatePartnerException} for an id in use), or {@link
 * NoSuchElementException} for an unknown partner id.
 *
 * <p>Wiring:
 *
 * <pre>{@code
 * var admin = new PartnerAdmin(new PartnerStore(client, clock), Taxonomies.bundled(), clock,
 *     new SecureRandom());
 * admin.ensureIndex();                                       // once, before any operation
 *
 * IssuedKey k = admin.add(new NewPartner(id, name, origins, scope, limit));   // key shown once
 * admin.list(); admin.get(id)                                // never a hash or key
 * IssuedKey k = admin.rotate(id, Duration.ofHours(24));      // old key works 24 h more
 * admin.revoke(id)                   // both keys removed and partner disabled; rotate to issue anew
 * admin.setEnabled(id, false | true)
 * admin.update(id, new PartnerChanges(name, origins, scope, limit))  // null = unchanged
 * admin.usage(id, 30)                                        // daily counts, oldest first
 * }</pre>
 *
 * <p>The plain key is returned only by {@link #add} and {@link #rotate}; it is not stored and
 * cannot be shown again. A running backend caches partners by key for {@code
 * directory.partners.cache-ttl} (30 s by default), so a rotated, revoked or disabled key may still
 * be accepted for that long (on the backend that made the change through its API, not at all).
 */
public final class PartnerAdmin {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final int MAX_REQUESTS_PER_MINUTE = 100_000;

  /** Longest a replaced key may go on working after a rotation. */
  public static final Duration MAX_GRACE = Duration.ofDays(30);

  /** Days of usage shown when none are asked for, and the most that can be. */
  public static final int DEFAULT_USAGE_DAYS = 30;

  public static final int MAX_USAGE_DAYS = 366;

  private final PartnerStore store;
  private final Taxonomies taxonomies;
  private final Clock clock;
  private final SecureRandom random;

  public PartnerAdmin(PartnerStore store, Taxonomies taxonomies, Clock clock, SecureRandom random) {
    this.store = store;
    this.taxonomies = taxonomies;
    this.clock = clock;
    this.random = random;
  }

  /** Creates the {@code partners} index when missing. */
  public void ensureIndex() {
    store.ensureIndex(clock);
  }

  /** Adds an enabled partner with a new key; the only time this key is shown. */
  public IssuedKey add(NewPartner request) {
    String id = request.id() == null ? "p-" + HexFormat.of().formatHex(bytes(5)) : request.id();
    if (!ID.matcher(id).matches()) {
      throw new PartnerInputException("id", "partner id must match " + ID.pattern() + ": " + id);
    }
    String key = PartnerKeys.generate(random);
    Instant now = clock.instant();
    Partner partner =
        Partner.builder()
            .id(id)
            .name(name(request.name()))
            .keyHash(PartnerKeys.hash(key))
            .keyPrefix(PartnerKeys.prefix(key))
            .allowedOrigins(origins(request.allowedOrigins()))
            .scope(scope(request.scope()))
            .requestsPerMinute(limit(request.requestsPerMinute()))
            .enabled(true)
            .created(now)
            .updated(now)
            .keyRotated(now)
            .build();
    store.create(partner);
    return new IssuedKey(partner, key);
  }

  public List<Partner> list() {
    return store.list();
  }

  public Partner get(String id) {
    return store.find(id).orElseThrow(() -> new NoSuchElementException("no partner " + id));
  }

  /** Replaces the key; the old one no longer matches any partner. */
  public IssuedKey rotate(String id) {
    return rotate(id, Duration.ZERO);
  }

  /**
   * Replaces the key. The old key goes on working until now + {@code grace}, so that the partner
   * can change its pages meanwhile; with a zero grace it stops at once.
   *
   * @param grace 0 to {@link #MAX_GRACE}
   */
  public IssuedKey rotate(String id, Duration grace) {
    if (grace == null || grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
      throw new PartnerInputException(
          "grace", "the grace period must be 0 to 30 days: " + (grace == null ? "none" : grace));
    }
    Partner p = get(id);
    String key = PartnerKeys.generate(random);
    Partner rotated = p.withNewKey(key, clock.instant(), grace);
    store.save(rotated);
    return new IssuedKey(rotated, key);
  }

  /**
   * Removes the current and the previous key and disables the partner; {@link #rotate} and enable
   * to start again.
   */
  public Partner revoke(String id) {
    Partner p = get(id);
    Partner revoked = p.withoutKeys().withEnabled(false).withUpdated(clock.instant());
    store.save(revoked);
    return revoked;
  }

  /** Staff's switch: a disabled partner keeps its key but is refused with 403. */
  public Partner setEnabled(String id, boolean enabled) {
    Partner p = get(id);
    Partner changed = p.withEnabled(enabled).withUpdated(clock.instant());
    store.save(changed);
    return changed;
  }

  /** Changes name, origins, scope or limit; {@code null} fields stay. */
  public Partner update(String id, PartnerChanges changes) {
    Partner changed = get(id);
    if (changes.name() != null) {
      changed = changed.withName(name(changes.name()));
    }
    if (changes.allowedOrigins() != null) {
      changed = changed.withAllowedOrigins(origins(changes.allowedOrigins()));
    }
    if (changes.scope() != null) {
      changed = changed.withScope(scope(changes.scope()));
    }
    if (changes.requestsPerMinute() != null) {
      changed = changed.withRequestsPerMinute(limit(changes.requestsPerMinute()));
    }
    changed = changed.withUpdated(clock.instant());
    store.save(changed);
    return changed;
  }

  /**
   * The partner's requests per UTC day, the last {@code days} days up to today, oldest first; a day
   * without traffic (no document in {@code partner-usage}) counts zero.
   *
   * @param days 1 to {@link #MAX_USAGE_DAYS}
   */
  public List<PartnerUsage> usage(String id, int days) {
    if (days < 1 || days > MAX_USAGE_DAYS) {
      throw new PartnerInputException("days", "days must be 1.." + MAX_USAGE_DAYS + ": " + days);
    }
    String partnerId = get(id).id();
    LocalDate today = today();
    List<LocalDate> dates =
        Stream.iterate(today.minusDays(days - 1L), d -> d.plusDays(1)).limit(days).toList();
    Map<LocalDate, PartnerUsage> stored = store.usage(partnerId, dates);
    return dates.stream()
        .map(d -> stored.getOrDefault(d, new PartnerUsage(partnerId, d, 0, 0, null)))
        .toList();
  }

  /** Requests per partner id in the last {@code days} UTC days, today included. */
  public Map<String, Long> recentRequests(int days) {
    return store.requestsSince(today().minusDays(days - 1L));
  }

  private LocalDate today() {
    return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new PartnerInputException("name", "a partner needs a name");
    }
    return name.strip();
  }

  private static List<String> origins(List<String> origins) {
    try {
      return origins == null
          ? List.of()
          : origins.stream().map(Origins::normalize).distinct().sorted().toList();
    } catch (IllegalArgumentException e) {
      throw new PartnerInputException("allowedOrigins", e.getMessage());
    }
  }

  private Map<String, List<String>> scope(Map<String, ? extends Collection<String>> scope) {
    try {
      return PartnerScopes.validate(scope, taxonomies);
    } catch (IllegalArgumentException e) {
      throw new PartnerInputException("scope", e.getMessage());
    }
  }

  private static int limit(int requestsPerMinute) {
    if (requestsPerMinute < 1 || requestsPerMinute > MAX_REQUESTS_PER_MINUTE) {
      throw new PartnerInputException(
          "requestsPerMinute",
          "requests per minute must be 1.." + MAX_REQUESTS_PER_MINUTE + ": " + requestsPerMinute);
    }
    return requestsPerMinute;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
