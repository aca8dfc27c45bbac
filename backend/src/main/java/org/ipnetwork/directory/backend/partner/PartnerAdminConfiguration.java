package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.security.SecureRandom;
import java.time.Clock;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner operations of {@code config}, shared with the indexer's {@code partners} command. */
@Configuration(proxyBeanMethods = false)
class PartnerAdminConfiguration {

  @Bean
  PartnerAdmin partnerAdmin(ElasticsearchClient client, Taxonomies taxonomies, Clock clock) {
    return new PartnerAdmin(new PartnerStore(client, clock), taxonomies, clock, new SecureRandom());
  }
}
