package org.ipnetwork.directory.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * The {@code partners} index through the blocking client: for the indexer's CLI and for tests,
 * never on a request path (the backend reads partners with its own non-blocking lookup). Writes
 * wait for a refresh, so that a partner just added or changed is what the next search sees.
 */
public final class PartnerStore {

  public static final ManagedIndex INDEX =
      new ManagedIndex("partners", 1, "elasticsearch/partners-index.json");

  /** Partners are few (dozens to hundreds); one page lists them all. */
  private static final int MAX_LIST = 10_000;

  private final ElasticsearchClient client;

  public PartnerStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** Creates the index and alias when they are missing. */
  public void ensureIndex(Clock clock) {
    try {
      INDEX.ensureExists(client, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores a new partner.
   *
   * @throws IllegalArgumentException when a partner with that id exists
   */
  public void create(Partner partner) {
    try {
      client.index(
          i ->
              i.index(INDEX.alias())
                  .id(partner.id())
                  .opType(OpType.Create)
                  .refresh(Refresh.WaitFor)
                  .document(partner));
    } catch (ElasticsearchException e) {
      if (e.status() == 409) {
        throw new IllegalArgumentException("a partner with id '" + partner.id() + "' exists");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a stored partner (last writer wins; staff edits are rare and made by one person). */
  public void save(Partner partner) {
    try {
      client.index(
          i -> i.index(INDEX.alias()).id(partner.id()).refresh(Refresh.WaitFor).document(partner));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Partner> find(String id) {
    try {
      return Optional.ofNullable(
          client.get(g -> g.index(INDEX.alias()).id(id), Partner.class).source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Partner> findByKeyHash(String keyHash) {
    Objects.requireNonNull(keyHash);
    try {
      return client
          .search(
              s ->
                  s.index(INDEX.alias())
                      .size(1)
                      .query(q -> q.term(t -> t.field("keyHash").value(keyHash))),
              Partner.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every partner, by id. */
  public List<Partner> list() {
    try {
      return client
          .search(
              s ->
                  s.index(INDEX.alias())
                      .size(MAX_LIST)
                      .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))),
              Partner.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
