package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded node (when no URL is configured) and the clients every feature talks through. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

  /**
   * Started before any client exists; the embedded node, if started here, stops with the context,
   * and only then: it is destroyed after the beans that use it, once the partner usage counts have
   * been written at shutdown ({@code UsageCounter.stop}).
   */
  @Bean(destroyMethod = "close")
  ElasticsearchConnection elasticsearchConnection(ElasticsearchProperties properties) {
    return ElasticsearchConnection.open(properties.toSettings()).stopNodeOnlyOnClose();
  }

  @Bean
  ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchConnection connection) {
    return connection.asyncClient();
  }

  /** Blocking client, for start-up work only (never on a request path). */
  @Bean
  ElasticsearchClient elasticsearchClient(ElasticsearchConnection connection) {
    return connection.client();
  }

  @Bean
  Taxonomies taxonomies() {
    return Taxonomies.bundled();
  }

  @Bean
  ListingDocuments listingDocuments(Taxonomies taxonomies) {
    return new ListingDocuments(taxonomies);
  }
}
