package org.ipnetwork.directory.partner;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Staff operations on embedding partners, for the indexer CLI's {@code partners} commands (and the
 * staff pages later). Every method validates its input and throws {@link IllegalArgumentException}
 * with a message fit to print, or {@link NoSuchElementException} for an unknown partner id.
 *
 * <p>Wiring, one command each:
 *
 * <pre>{@code
 * var admin = new PartnerAdmin(new PartnerStore(clients.client()), Taxonomies.bundled(),
 *     Clock.systemUTC(), new SecureRandom());
 * admin.ensureIndex();                                       // once, before any command
 *
 * partners add --id ccpit-sh --name "CCPIT Shanghai" --origin https://www.ccpit-sh.example \
 *     --scope country=CN,JP --scope industry=new-energy --limit 600 [--host H --lang zh]
 *   IssuedKey k = admin.add(new NewPartner(id, name, origins, scope, limit));
 *   print k.key() once, and EmbedSnippets.of(host, k.key(), lang)
 * partners list
 *   admin.list(): id, name, keyPrefix, enabled, origins, scope, limit (never a hash or key)
 * partners rotate ID
 *   IssuedKey k = admin.rotate(id); print k.key() once (the old key stops at once in the store)
 * partners revoke ID
 *   admin.revoke(id)                   // key removed and partner disabled; rotate to issue anew
 * partners disable ID | partners enable ID
 *   admin.setEnabled(id, false | true)
 * partners update ID [--name N] [--origin O]... [--scope F=C,...]... [--limit N]
 *   admin.update(id, new PartnerChanges(name, origins, scope, limit)) // null = unchanged
 * }</pre>
 *
 * <p>The plain key is returned only by {@link #add} and {@link #rotate}; it is not stored and
 * cannot be shown again. A running backend caches partners by key for {@code
 * directory.partners.cache-ttl} (30 s by default), so a rotated, revoked or disabled key may still
 * be accepted for that long.
 */
public final class PartnerAdmin {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final int MAX_REQUESTS_PER_MINUTE = 100_000;

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
      throw new IllegalArgumentException("partner id must match " + ID.pattern() + ": " + id);
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
            .scope(PartnerScopes.validate(request.scope(), taxonomies))
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
    Partner p = get(id);
    String key = PartnerKeys.generate(random);
    Instant now = clock.instant();
    Partner rotated =
        p.withKeyHash(PartnerKeys.hash(key))
            .withKeyPrefix(PartnerKeys.prefix(key))
            .withUpdated(now)
            .withKeyRotated(now);
    store.save(rotated);
    return new IssuedKey(rotated, key);
  }

  /** Removes the key and disables the partner; {@link #rotate} and enable to start again. */
  public Partner revoke(String id) {
    Partner p = get(id);
    Partner revoked =
        p.withKeyHash(null).withKeyPrefix(null).withEnabled(false).withUpdated(clock.instant());
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
      changed = changed.withScope(PartnerScopes.validate(changes.scope(), taxonomies));
    }
    if (changes.requestsPerMinute() != null) {
      changed = changed.withRequestsPerMinute(limit(changes.requestsPerMinute()));
    }
    changed = changed.withUpdated(clock.instant());
    store.save(changed);
    return changed;
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a partner needs a name");
    }
    return name.strip();
  }

  private static List<String> origins(List<String> origins) {
    return origins == null
        ? List.of()
        : origins.stream().map(Origins::normalize).distinct().sorted().toList();
  }

  private static int limit(int requestsPerMinute) {
    if (requestsPerMinute < 1 || requestsPerMinute > MAX_REQUESTS_PER_MINUTE) {
      throw new IllegalArgumentException(
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
