package org.ipnetwork.directory.backend.staff;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import org.ipnetwork.directory.staff.Passwords;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared account operations of {@code config}, and the clock sessions are timed by. */
@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

  /** Tests replace it to move past a session's absolute timeout. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Passwords passwords() {
    return new Passwords();
  }

  @Bean
  StaffAdmin staffAdmin(
      ElasticsearchClient client, Passwords passwords, Taxonomies taxonomies, Clock clock) {
    return new StaffAdmin(new StaffStore(client), passwords, taxonomies, clock);
  }
}
