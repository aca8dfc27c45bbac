package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.Optional;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds partners for requests without asking Elasticsearch every time: answers (including "no such
 * key") are cached by key hash for {@code directory.partners.cache-ttl}. A changed partner is
 * therefore seen within that time — a revoked or disabled key stops working at the latest one TTL
 * after the change; a new or rotated key works at once (its hash was never cached). Changes made
 * through this backend's partner API are seen at once: it {@linkplain #forget forgets} the keys of
 * the partner it changed.
 *
 * <p>A key is found by the current key's hash or by the previous one's (kept after a rotation with
 * a grace period); whether that previous key has expired is checked at every request with the
 * clock, so that a cached partner stops accepting it on time.
 */
@Component
class PartnerLookup {

  private final TtlCache<Optional<Partner>> byKeyHash;
  private final TtlCache<Boolean> originsInUse;
  private final Clock clock;

  @Autowired
  PartnerLookup(ElasticsearchGateway elasticsearch, PartnerProperties properties, Clock clock) {
    this.byKeyHash =
        new TtlCache<>(
            properties.cacheTtl(),
            properties.cacheSize(),
            Ticker.systemTicker(),
            hash -> fetchByKeyHash(elasticsearch, hash));
    this.originsInUse =
        new TtlCache<>(
            properties.cacheTtl(),
            properties.cacheSize(),
            Ticker.systemTicker(),
            origin -> countEnabledWithOrigin(elasticsearch, origin));
    this.clock = clock;
  }

  /** For tests: lookups from the given caches. */
  PartnerLookup(
      TtlCache<Optional<Partner>> byKeyHash, TtlCache<Boolean> originsInUse, Clock clock) {
    this.byKeyHash = byKeyHash;
    this.originsInUse = originsInUse;
    this.clock = clock;
  }

  /** The partner holding this plain key, as its current key or its previous one not yet expired. */
  Mono<Optional<Partner>> byKey(String key) {
    String hash = PartnerKeys.hash(key);
    return byKeyHash
        .get(hash)
        .map(found -> found.filter(p -> p.acceptsKeyHash(hash, clock.instant())));
  }

  /**
   * Forgets what is cached about these versions of a partner (its keys, and every origin answer),
   * so that a change made through this backend applies to the next request.
   */
  void forget(Partner... partners) {
    for (Partner p : partners) {
      if (p.keyHash() != null) {
        byKeyHash.forget(p.keyHash());
      }
      if (p.previousKeyHash() != null) {
        byKeyHash.forget(p.previousKeyHash());
      }
    }
    originsInUse.forgetAll();
  }

  /**
   * Whether some enabled partner allows this (normalised) origin; for CORS preflights, which
   * browsers send without the partner's key header.
   */
  Mono<Boolean> originInUse(String origin) {
    return originsInUse.get(origin);
  }

  private static Mono<Optional<Partner>> fetchByKeyHash(
      ElasticsearchGateway elasticsearch, String hash) {
    return elasticsearch
        .search(
            PartnerStore.INDEX.alias(),
            s ->
                s.size(1)
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.should(o -> o.term(t -> t.field("keyHash").value(hash)))
                                        .should(
                                            o ->
                                                o.term(t -> t.field("previousKeyHash").value(hash)))
                                        .minimumShouldMatch("1"))),
            Partner.class)
        .map(r -> r.hits().hits().stream().map(Hit::source).findFirst());
  }

  private static Mono<Boolean> countEnabledWithOrigin(
      ElasticsearchGateway elasticsearch, String origin) {
    return elasticsearch
        .call(
            client ->
                client.count(
                    c ->
                        c.index(PartnerStore.INDEX.alias())
                            .query(
                                q ->
                                    q.bool(
                                        b ->
                                            b.filter(
                                                    f ->
                                                        f.term(t -> t.field("enabled").value(true)))
                                                .filter(
                                                    f ->
                                                        f.term(
                                                            t ->
                                                                t.field("allowedOrigins")
                                                                    .value(origin)))))))
        .map(r -> r.count() > 0);
  }
}
