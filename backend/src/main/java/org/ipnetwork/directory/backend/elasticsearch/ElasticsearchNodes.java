package org.ipnetwork.directory.backend.elasticsearch;

import java.net.URI;
import java.util.List;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;

/**
 * The node URLs the clients talk to. Owns the embedded node when no external cluster is configured,
 * so that closing the application context stops it.
 */
public final class ElasticsearchNodes implements AutoCloseable {

  private final List<URI> uris;
  private final EmbeddedElasticsearch embedded;

  private ElasticsearchNodes(List<URI> uris, EmbeddedElasticsearch embedded) {
    this.uris = List.copyOf(uris);
    this.embedded = embedded;
  }

  static ElasticsearchNodes start(ElasticsearchProperties properties) {
    if (!properties.urls().isEmpty()) {
      return new ElasticsearchNodes(properties.urls(), null);
    }
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(properties.embedded().toSettings());
    return new ElasticsearchNodes(List.of(node.uri()), node);
  }

  public List<URI> uris() {
    return uris;
  }

  public boolean embedded() {
    return embedded != null;
  }

  /** The embedded node's process id, when this application started it. */
  public java.util.Optional<Long> embeddedPid() {
    return embedded == null ? java.util.Optional.empty() : embedded.pid();
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
