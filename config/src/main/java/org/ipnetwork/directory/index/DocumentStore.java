package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;

/**
 * A small index of whole documents keyed by id (partners, staff accounts) through the blocking
 * client, for the indexer's CLI and the backend's rare administrative calls (made off the event
 * loop). Writes wait for a refresh, so that what was just added or changed is what the next read
 * sees.
 *
 * @param <T> the stored record
 */
public final class DocumentStore<T> {

  /** These indices hold dozens to hundreds of documents: one page lists them all. */
  private static final int MAX_LIST = 10_000;

  private final ElasticsearchClient client;
  private final ManagedIndex index;
  private final Class<T> type;
  private final Function<T, String> id;
  private final String sortField;

  /**
   * @param id the document id of a record
   * @param sortField the keyword field {@link #list} sorts by
   */
  public DocumentStore(
      ElasticsearchClient client,
      ManagedIndex index,
      Class<T> type,
      Function<T, String> id,
      String sortField) {
    this.client = client;
    this.index = index;
    this.type = type;
    this.id = id;
    this.sortField = sortField;
  }

  /** Creates the index and alias when they are missing. */
  public void ensureIndex(Clock clock) {
    try {
      index.ensureExists(client, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores a new document.
   *
   * @return {@code false} when a document with that id exists (nothing is written)
   */
  public boolean create(T document) {
    try {
      client.index(
          i ->
              i.index(index.alias())
                  .id(id.apply(document))
                  .opType(OpType.Create)
                  .refresh(Refresh.WaitFor)
                  .document(document));
      return true;
    } catch (ElasticsearchException e) {
      if (ElasticsearchStatus.of(e) == 409) {
        return false;
      }
      throw e;
    } catch (IOException e) {
      // A refused create can also arrive as the low-level client's ResponseException.
      if (ElasticsearchStatus.of(e) == 409) {
        return false;
      }
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a stored document (last writer wins: these are changed by a few people, rarely). */
  public void save(T document) {
    try {
      client.index(
          i ->
              i.index(index.alias())
                  .id(id.apply(document))
                  .refresh(Refresh.WaitFor)
                  .document(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<T> find(String documentId) {
    try {
      return Optional.ofNullable(
          client.get(g -> g.index(index.alias()).id(documentId), type).source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first document the query matches, if any. */
  public Optional<T> findFirst(Query query) {
    return search(query, 1).stream().findFirst();
  }

  /** Every document, by {@code sortField}. */
  public List<T> list() {
    return search(null, MAX_LIST);
  }

  /** How many documents the query matches. */
  public long count(Query query) {
    try {
      return client.count(c -> c.index(index.alias()).query(query)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<T> search(Query query, int size) {
    try {
      return client
          .search(
              s -> {
                s.index(index.alias())
                    .size(size)
                    .sort(o -> o.field(f -> f.field(sortField).order(SortOrder.Asc)));
                return query == null ? s : s.query(query);
              },
              type)
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
