package org.ipnetwork.directory.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.index.DocumentStore;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * The {@code partners} index, and the reading of the {@code partner-usage} index: for the indexer's
 * CLI, the workplace's partner screens (off the event loop) and tests, never on a search's request
 * path (the backend reads partners by key with its own non-blocking lookup). Writes wait for a
 * refresh, so that a partner just added or changed is what the next search sees.
 */
public final class PartnerStore {

  public static final ManagedIndex INDEX =
      new ManagedIndex("partners", 1, "elasticsearch/partners-index.json");

  /** A usage document per partner and day: a week of hundreds of partners fits in one page. */
  private static final int MAX_USAGE = 10_000;

  private final ElasticsearchClient client;
  private final DocumentStore<Partner> store;
  private final Clock clock;

  public PartnerStore(ElasticsearchClient client) {
    this(client, Clock.systemUTC());
  }

  /**
   * @param clock decides whether a previous key has expired ({@link #findByKeyHash})
   */
  public PartnerStore(ElasticsearchClient client, Clock clock) {
    this.client = client;
    this.store = new DocumentStore<>(client, INDEX, Partner.class, Partner::id, "id");
    this.clock = clock;
  }

  /** Creates the partner and usage indices and aliases when they are missing. */
  public void ensureIndex(Clock clock) {
    store.ensureIndex(clock);
    try {
      PartnerUsage.INDEX.ensureExists(client, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores a new partner.
   *
   * @throws DuplicatePartnerException when a partner with that id exists
   */
  public void create(Partner partner) {
    if (!store.create(partner)) {
      throw new DuplicatePartnerException(partner.id());
    }
  }

  /** Replaces a stored partner (last writer wins; staff edits are rare and made by one person). */
  public void save(Partner partner) {
    store.save(partner);
  }

  public Optional<Partner> find(String id) {
    return store.find(id);
  }

  /**
   * The partner whose current key, or previous key not yet expired, has this hash. Both fields are
   * queried; the expiry is checked here with the clock, as the backend's lookup does.
   */
  public Optional<Partner> findByKeyHash(String keyHash) {
    Objects.requireNonNull(keyHash);
    return store
        .findFirst(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.should(s -> s.term(t -> t.field("keyHash").value(keyHash)))
                                .should(s -> s.term(t -> t.field("previousKeyHash").value(keyHash)))
                                .minimumShouldMatch("1"))))
        .filter(p -> p.acceptsKeyHash(keyHash, clock.instant()));
  }

  /** Every partner, by id. */
  public List<Partner> list() {
    return store.list();
  }

  /** The stored usage of one partner on these days, by day; days without a document are absent. */
  public Map<LocalDate, PartnerUsage> usage(String partnerId, List<LocalDate> days) {
    try {
      Map<LocalDate, PartnerUsage> out = new HashMap<>();
      client
          .mget(
              m ->
                  m.index(PartnerUsage.INDEX.alias())
                      .ids(days.stream().map(d -> PartnerUsage.documentId(partnerId, d)).toList()),
              PartnerUsage.class)
          .docs()
          .forEach(
              item -> {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                  PartnerUsage u = item.result().source();
                  out.put(u.date(), u);
                }
              });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Requests per partner id from {@code from} (a UTC day) on. */
  public Map<String, Long> requestsSince(LocalDate from) {
    try {
      Map<String, Long> out = new HashMap<>();
      client
          .search(
              s ->
                  s.index(PartnerUsage.INDEX.alias())
                      .size(MAX_USAGE)
                      .query(q -> q.range(r -> r.date(d -> d.field("date").gte(from.toString())))),
              PartnerUsage.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .filter(Objects::nonNull)
          .forEach(u -> out.merge(u.partnerId(), u.requests(), Long::sum));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
