package org.ipnetwork.directory.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;

/**
 * The Elasticsearch a command talks to: an external cluster, or the embedded node (attached to when
 * the backend already runs it, else started for this command and stopped at the end).
 */
public final class Backend implements AutoCloseable {

  private final EmbeddedElasticsearch embedded;
  private final ElasticsearchClients clients;

  private Backend(EmbeddedElasticsearch embedded, ElasticsearchClients clients) {
    this.embedded = embedded;
    this.clients = clients;
  }

  public static Backend open(ConnectionOptions options) {
    ConnectionSettings settings = options.settings(System.getenv());
    if (!settings.embedded()) {
      return new Backend(null, ElasticsearchClients.connect(settings));
    }
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(options.embeddedSettings());
    try {
      return new Backend(
          node, ElasticsearchClients.connect(settings.withUrls(java.util.List.of(node.uri()))));
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  public ElasticsearchClient client() {
    return clients.client();
  }

  public ElasticsearchAsyncClient asyncClient() {
    return clients.asyncClient();
  }

  /** Closes the connection; stops the embedded node only when this command started it. */
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
