package org.ipnetwork.directory.backend.export;

import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.index.ListingIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

  /** The listings' pages, through the alias, so a rebuild swaps the index underneath. */
  @Bean
  ListingPages listingPages(ElasticsearchGateway elasticsearch, ExportProperties properties) {
    return new ListingPages(
        elasticsearch, ListingIndex.ALIAS, properties.pageSize(), properties.keepAlive());
  }
}
