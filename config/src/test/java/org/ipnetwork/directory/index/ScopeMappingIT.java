package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.staff.StaffStore;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/**
 * Partner keys and staff accounts are scoped by facet, in strict mappings: every facet must be a
 * field of their {@code scope}, and an index made before a facet existed gains it in place.
 */
class ScopeMappingIT {

  private final ElasticsearchClient client = TestElasticsearch.clients().client();

  @Test
  void everyFacetIsAScopeFieldOfPartnersAndStaff() {
    List<String> facets = Facet.all().stream().map(Facet::parameter).toList();
    for (ManagedIndex index : List.of(PartnerStore.INDEX, StaffStore.INDEX)) {
      Property scope = index.createRequest("any").build().mappings().properties().get("scope");
      assertThat(scope.object().properties().keySet()).as(index.definition()).containsAll(facets);
    }
  }

  @Test
  void anIndexMadeBeforeTheRegionFacetGainsItsScopeField() throws Exception {
    String older = "partners-v1-older-without-region";
    CreateIndexRequest current = PartnerStore.INDEX.createRequest(older).build();
    Map<String, Property> properties = new LinkedHashMap<>(current.mappings().properties());
    Map<String, Property> scope =
        new LinkedHashMap<>(properties.get("scope").object().properties());
    scope.remove("region");
    properties.put("scope", Property.of(p -> p.object(o -> o.properties(scope))));
    client
        .indices()
        .create(
            c ->
                c.index(older)
                    .settings(current.settings())
                    .mappings(m -> m.dynamic(current.mappings().dynamic()).properties(properties)));
    try {
      assertThat(PartnerStore.INDEX.addMissingFields(client, older))
          .containsExactly("scope.region");
      assertThat(PartnerStore.INDEX.addMissingFields(client, older)).isEmpty();
      Map<String, Property> after =
          client.indices().getMapping(g -> g.index(older)).get(older).mappings().properties();
      assertThat(after.get("scope").object().properties()).containsKeys("region", "country");
    } finally {
      client.indices().delete(d -> d.index(older));
    }
  }
}
