package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded node (when no URL is configured) and the clients every feature talks through. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

  /** Started before any client exists; the embedded node stops with the context. */
  @Bean(destroyMethod = "close")
  ElasticsearchNodes elasticsearchNodes(ElasticsearchProperties properties) {
    return ElasticsearchNodes.start(properties);
  }

  @Bean(destroyMethod = "close")
  ElasticsearchClients elasticsearchClients(
      ElasticsearchProperties properties, ElasticsearchNodes nodes) {
    return ElasticsearchClients.connect(properties.toConnection(nodes.uris()));
  }

  @Bean
  ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchClients clients) {
    return clients.asyncClient();
  }

  /** Blocking client, for start-up work only (never on a request path). */
  @Bean
  ElasticsearchClient elasticsearchClient(ElasticsearchClients clients) {
    return clients.client();
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
