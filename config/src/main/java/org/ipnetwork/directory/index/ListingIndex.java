package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of the listings index ({@code elasticsearch/listings-index.json}) and the
 * alias operations around it. Clients only ever name the alias {@code listings}; the index behind
 * it is versioned ({@code listings-v1-20261129t101500}) so that a rebuild can fill a new index and
 * swap the alias atomically.
 */
public final class ListingIndex {

  public static final String ALIAS = "listings";

  /** Bumped when the mapping changes incompatibly; part of every index name. */
  public static final int SCHEMA_VERSION = 1;

  static final String DEFINITION = "elasticsearch/listings-index.json";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

  private ListingIndex() {}

  /** A fresh versioned index name, sortable by creation time. */
  public static String newIndexName(Clock clock) {
    return ALIAS + "-v" + SCHEMA_VERSION + "-" + STAMP.format(clock.instant());
  }

  /** The settings and mappings as the client's {@code withJson} reads them. */
  public static InputStream definition() {
    InputStream in = ListingIndex.class.getClassLoader().getResourceAsStream(DEFINITION);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DEFINITION);
    }
    return in;
  }

  /** A create-index request for {@code name} from the definition, to adjust before sending. */
  public static CreateIndexRequest.Builder createRequest(String name) {
    try (InputStream in = definition()) {
      return new CreateIndexRequest.Builder().index(name).withJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index the alias points to, if the alias exists. */
  public static Optional<String> current(ElasticsearchClient client) throws IOException {
    if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
      return Optional.empty();
    }
    GetAliasResponse aliases = client.indices().getAlias(a -> a.name(ALIAS));
    return aliases.result().keySet().stream().sorted().reduce((a, b) -> b);
  }

  /**
   * Creates the first versioned index with the alias on it when there is none yet; returns the
   * index behind the alias. An existing index gets the fields it lacks ({@link #addMissingFields}),
   * so that documents of this version can be written to it. Safe to call from several processes: a
   * lost race is detected and the winner's index is used.
   */
  public static String ensureExists(ElasticsearchClient client, Clock clock) throws IOException {
    Optional<String> existing = current(client);
    if (existing.isPresent()) {
      addMissingFields(client, existing.get());
      return existing.get();
    }
    String name = newIndexName(clock);
    client.indices().create(createRequest(name).aliases(ALIAS, a -> a.isWriteIndex(true)).build());
    return current(client).orElse(name);
  }

  /**
   * Adds to {@code index} the top-level fields of the definition that its mapping lacks, e.g. a
   * derived field introduced after the index was created: the mapping is {@code strict}, so without
   * them every write of a current document would be rejected. Fields the index has are never
   * changed (that needs a new index: {@code indexer rebuild}); documents written before keep
   * lacking the new field until they are written again or rebuilt. A field that needs an analyzer
   * the index lacks is added as a stand-in that is not searchable ({@link MissingFields}): analysis
   * settings cannot change on an open index, so a rebuild makes such a field searchable.
   *
   * @return the names of the fields added
   */
  public static List<String> addMissingFields(ElasticsearchClient client, String index)
      throws IOException {
    return MissingFields.add(client, index);
  }

  /** Points the alias, which must not exist yet, at {@code index}. */
  public static void attach(ElasticsearchClient client, String index) throws IOException {
    client
        .indices()
        .updateAliases(
            u -> u.actions(a -> a.add(ad -> ad.index(index).alias(ALIAS).isWriteIndex(true))));
  }

  /** Moves the alias from {@code from} to {@code to} in one atomic cluster-state update. */
  public static void swap(ElasticsearchClient client, String from, String to) throws IOException {
    client
        .indices()
        .updateAliases(
            u ->
                u.actions(a -> a.remove(r -> r.index(from).alias(ALIAS)))
                    .actions(a -> a.add(ad -> ad.index(to).alias(ALIAS).isWriteIndex(true))));
  }
}
