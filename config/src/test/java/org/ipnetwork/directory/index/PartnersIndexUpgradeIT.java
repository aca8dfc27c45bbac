package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/**
 * A partners index made before keys had a grace period gains the previous key's fields in place, so
 * that a partner rotated with a grace period can be written to it (the mapping is strict).
 */
class PartnersIndexUpgradeIT {

  private static final List<String> ADDED =
      List.of("previousKeyHash", "previousKeyPrefix", "previousKeyExpires");

  private final ElasticsearchClient client = TestElasticsearch.clients().client();

  @Test
  void anIndexWithoutThePreviousKeyFieldsGainsThem() throws Exception {
    String older = "partners-v1-older-without-previous-key";
    CreateIndexRequest current = PartnerStore.INDEX.createRequest(older).build();
    Map<String, Property> properties = new LinkedHashMap<>(current.mappings().properties());
    ADDED.forEach(properties::remove);
    client
        .indices()
        .create(
            c ->
                c.index(older)
                    .settings(current.settings())
                    .mappings(m -> m.dynamic(current.mappings().dynamic()).properties(properties)));
    try {
      assertThat(PartnerStore.INDEX.addMissingFields(client, older))
          .containsExactlyInAnyOrderElementsOf(ADDED);
      Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      String first = PartnerKeys.generate(new java.security.SecureRandom());
      Partner rotated =
          Partner.builder()
              .id("upgraded")
              .name("Upgraded")
              .keyHash(PartnerKeys.hash(first))
              .keyPrefix(PartnerKeys.prefix(first))
              .requestsPerMinute(60)
              .enabled(true)
              .created(now)
              .updated(now)
              .keyRotated(now)
              .build()
              .withNewKey(
                  PartnerKeys.generate(new java.security.SecureRandom()), now, Duration.ofHours(1));
      client.index(i -> i.index(older).id(rotated.id()).document(rotated));
      assertThat(client.get(g -> g.index(older).id("upgraded"), Partner.class).source())
          .isEqualTo(rotated);
    } finally {
      client.indices().delete(d -> d.index(older));
    }
  }
}
