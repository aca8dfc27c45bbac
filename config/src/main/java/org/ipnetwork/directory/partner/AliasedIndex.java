package org.ipnetwork.directory.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A small index read and written only through its alias, over a versioned index created from a JSON
 * definition in {@code elasticsearch/} — the same pattern as {@code ListingIndex}, for the partner
 * indices.
 *
 * @param alias the only name clients use
 * @param schemaVersion bumped when the mapping changes incompatibly; part of every index name
 * @param definition classpath resource with settings and mappings, read by {@code withJson}
 */
public record AliasedIndex(String alias, int schemaVersion, String definition) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

  /** A fresh versioned index name, sortable by creation time. */
  public String newIndexName(Clock clock) {
    return alias + "-v" + schemaVersion + "-" + STAMP.format(clock.instant());
  }

  /** A create-index request for {@code name} from the definition. */
  public CreateIndexRequest.Builder createRequest(String name) {
    try (InputStream in = AliasedIndex.class.getClassLoader().getResourceAsStream(definition)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + definition);
      }
      return new CreateIndexRequest.Builder().index(name).withJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
   * index behind the alias. A lost race between two processes is detected and the winner's index is
   * used.
   */
  public String ensureExists(ElasticsearchClient client, Clock clock) throws IOException {
    Optional<String> existing = current(client);
    if (existing.isPresent()) {
      return existing.get();
    }
    String name = newIndexName(clock);
    try {
      client
          .indices()
          .create(createRequest(name).aliases(alias, a -> a.isWriteIndex(true)).build());
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      if (current(client).isEmpty()) {
        throw e;
      }
    }
    return current(client).orElse(name);
  }
}
