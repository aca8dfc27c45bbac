package org.ipnetwork.directory.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.index.DocumentStore;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * The {@code partners} index: for the indexer's CLI and for tests, never on a request path (the
 * backend reads partners with its own non-blocking lookup). Writes wait for a refresh, so that a
 * partner just added or changed is what the next search sees.
 */
public final class PartnerStore {

  public static final ManagedIndex INDEX =
      new ManagedIndex("partners", 1, "elasticsearch/partners-index.json");

  private final DocumentStore<Partner> store;

  public PartnerStore(ElasticsearchClient client) {
    this.store = new DocumentStore<>(client, INDEX, Partner.class, Partner::id, "id");
  }

  /** Creates the index and alias when they are missing. */
  public void ensureIndex(Clock clock) {
    store.ensureIndex(clock);
  }

  /**
   * Stores a new partner.
   *
   * @throws IllegalArgumentException when a partner with that id exists
   */
  public void create(Partner partner) {
    if (!store.create(partner)) {
      throw new IllegalArgumentException("a partner with id '" + partner.id() + "' exists");
    }
  }

  /** Replaces a stored partner (last writer wins; staff edits are rare and made by one person). */
  public void save(Partner partner) {
    store.save(partner);
  }

  public Optional<Partner> find(String id) {
    return store.find(id);
  }

  public Optional<Partner> findByKeyHash(String keyHash) {
    Objects.requireNonNull(keyHash);
    return store.findFirst(Query.of(q -> q.term(t -> t.field("keyHash").value(keyHash))));
  }

  /** Every partner, by id. */
  public List<Partner> list() {
    return store.list();
  }
}
