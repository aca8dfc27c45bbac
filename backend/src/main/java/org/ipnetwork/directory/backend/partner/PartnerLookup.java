package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.github.benmanes.caffeine.cache.Ticker;
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
 * after the change; a new or rotated key works at once (its hash was never cached).
 */
@Component
class PartnerLookup {

  private final TtlCache<Optional<Partner>> byKeyHash;
  private final TtlCache<Boolean> originsInUse;

  @Autowired
  PartnerLookup(ElasticsearchGateway elasticsearch, PartnerProperties properties) {
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
  }

  /** For tests: lookups from the given caches. */
  PartnerLookup(TtlCache<Optional<Partner>> byKeyHash, TtlCache<Boolean> originsInUse) {
    this.byKeyHash = byKeyHash;
    this.originsInUse = originsInUse;
  }

  /** The partner holding this plain key, if any. */
  Mono<Optional<Partner>> byKey(String key) {
    return byKeyHash.get(PartnerKeys.hash(key));
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
            s -> s.size(1).query(q -> q.term(t -> t.field("keyHash").value(hash))),
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
