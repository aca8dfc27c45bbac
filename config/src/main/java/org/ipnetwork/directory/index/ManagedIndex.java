package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle of every index of the directory (listings, partners, partner usage, and those to
 * come): clients only ever name the {@code alias}; the index behind it is versioned ({@code
 * listings-v1-20261129t101500000}), so that a rebuild can fill a new index and swap the alias
 * atomically. Each index has one definition, a classpath JSON file read with the client's {@code
 * withJson}.
 *
 * @param alias the only name clients use
 * @param schemaVersion bumped when the mapping changes incompatibly; part of every index name
 * @param definition classpath resource with the settings and mappings
 */
public record ManagedIndex(String alias, int schemaVersion, String definition) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

  /** A fresh versioned index name, sortable by creation time. */
  public String newIndexName(Clock clock) {
    return alias + "-v" + schemaVersion + "-" + STAMP.format(clock.instant());
  }

  /** A create-index request for {@code name} from the definition, to adjust before sending. */
  public CreateIndexRequest.Builder createRequest(String name) {
    try (InputStream in = openDefinition()) {
      return new CreateIndexRequest.Builder().index(name).withJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings and mappings as the client's {@code withJson} reads them. */
  public InputStream openDefinition() {
    InputStream in = ManagedIndex.class.getClassLoader().getResourceAsStream(definition);
    if (in == null) {
      throw new IllegalStateException("missing resource " + definition);
    }
    return in;
  }

  /** The index the alias points to, if the alias exists. */
  public Optional<String> current(ElasticsearchClient client) throws IOException {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return Optional.empty();
    }
    return client.indices().getAlias(a -> a.name(alias)).result().keySet().stream()
        .sorted()
        .reduce((a, b) -> b);
  }

  /**
   * Creates the first versioned index with the alias on it when there is none yet; returns the
   * index behind the alias. An existing index gets the fields it lacks ({@link #addMissingFields}),
   * so that documents of this version can be written to it.
   *
   * <p>Safe when several processes start at once (a backend and an indexer on an empty cluster):
   * the index is created together with the alias, as the alias's write index, in one cluster-state
   * update, and Elasticsearch lets an alias have one write index only. So exactly one creator wins
   * and the others are refused, whether they tried the same name ({@code
   * resource_already_exists_exception}, 400) or one of their own ({@code illegal_state_exception}
   * "more than one write index", a 500 that the client raises as an {@link IOException}); a refused
   * creator finds the winner's index behind the alias and uses it. No index is left over: a refused
   * creation creates nothing.
   */
  public String ensureExists(ElasticsearchClient client, Clock clock) throws IOException {
    Optional<String> existing = current(client);
    String index = existing.isPresent() ? existing.get() : create(client, clock);
    addMissingFields(client, index);
    return index;
  }

  private String create(ElasticsearchClient client, Clock clock) throws IOException {
    String name = newIndexName(clock);
    try {
      client
          .indices()
          .create(createRequest(name).aliases(alias, a -> a.isWriteIndex(true)).build());
      return name;
    } catch (ElasticsearchException | IOException e) {
      Optional<String> winner = current(client);
      if (winner.isEmpty()) {
        throw e;
      }
      return winner.get();
    }
  }

  /**
   * Adds to {@code index} the fields of the definition that its mapping lacks (top-level ones, and
   * sub-fields of an object such as a scope that gained a facet), e.g. a derived field introduced
   * after the index was created: the mappings are {@code strict}, so without them every write of a
   * current document would be rejected. Fields the index has are never changed (that needs a new
   * index: {@code indexer rebuild}); documents written before keep lacking the new field until they
   * are written again or rebuilt. A field that needs an analyzer the index lacks is added as a
   * stand-in that is not searchable ({@link MissingFields}): analysis settings cannot change on an
   * open index, so a rebuild makes such a field searchable.
   *
   * @return the names of the fields added, sub-fields of an object as {@code scope.region}
   */
  public List<String> addMissingFields(ElasticsearchClient client, String index)
      throws IOException {
    return MissingFields.add(this, client, index);
  }

  /** Points the alias, which must not exist yet, at {@code index}. */
  public void attach(ElasticsearchClient client, String index) throws IOException {
    client
        .indices()
        .updateAliases(
            u -> u.actions(a -> a.add(ad -> ad.index(index).alias(alias).isWriteIndex(true))));
  }

  /** Moves the alias from {@code from} to {@code to} in one atomic cluster-state update. */
  public void swap(ElasticsearchClient client, String from, String to) throws IOException {
    client
        .indices()
        .updateAliases(
            u ->
                u.actions(a -> a.remove(r -> r.index(from).alias(alias)))
                    .actions(a -> a.add(ad -> ad.index(to).alias(alias).isWriteIndex(true))));
  }

  /** Every versioned index of this alias, live or not, oldest first (names sort by creation). */
  public List<String> versionedIndices(ElasticsearchClient client) throws IOException {
    return client.indices().get(g -> g.index(alias + "-v*")).result().keySet().stream()
        .sorted()
        .toList();
  }
}
