package org.ipnetwork.directory.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The Elasticsearch the directory talks to, for the backend and the indexer alike: the external
 * cluster when URLs are configured, else the embedded node (attached to when another process of the
 * directory already runs it on the port, else started here). Closing it closes the clients and
 * stops the node only if it was started here.
 */
public final class ElasticsearchConnection implements AutoCloseable {

  private final List<URI> uris;
  private final ElasticsearchClients clients;
  private final EmbeddedElasticsearch embedded;

  private ElasticsearchConnection(
      List<URI> uris, ElasticsearchClients clients, EmbeddedElasticsearch embedded) {
    this.uris = List.copyOf(uris);
    this.clients = clients;
    this.embedded = embedded;
  }

  public static ElasticsearchConnection open(ElasticsearchSettings settings) {
    ConnectionSettings connection = settings.connection();
    if (!connection.urls().isEmpty()) {
      return new ElasticsearchConnection(
          connection.urls(), ElasticsearchClients.connect(connection), null);
    }
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings.embedded());
    try {
      List<URI> uris = List.of(node.uri());
      return new ElasticsearchConnection(
          uris, ElasticsearchClients.connect(connection.withUrls(uris)), node);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /** The blocking client: for start-up work and the command line, never on a request path. */
  public ElasticsearchClient client() {
    return clients.client();
  }

  public ElasticsearchAsyncClient asyncClient() {
    return clients.asyncClient();
  }

  /** The node URLs the clients talk to. */
  public List<URI> uris() {
    return uris;
  }

  /** The embedded node's process id, when this connection runs the node. */
  public Optional<Long> embeddedPid() {
    return embedded == null ? Optional.empty() : embedded.pid();
  }

  /** The embedded node's state, when this connection runs or attached to one. */
  public Optional<EmbeddedElasticsearch.Status> embeddedStatus() {
    return embedded == null || !embedded.owned()
        ? Optional.empty()
        : Optional.of(embedded.status());
  }

  /**
   * Leaves stopping the embedded node to {@link #close()}, for an application that writes to it
   * while it shuts down (see {@link EmbeddedElasticsearch#stopOnlyOnClose()}).
   */
  public ElasticsearchConnection stopNodeOnlyOnClose() {
    if (embedded != null) {
      embedded.stopOnlyOnClose();
    }
    return this;
  }

  /** Closes the clients; stops the embedded node when this connection runs it. */
  @Override
  public void close() {
    try {
      clients.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
