package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.Verification;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.OlderListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The index definition on a real node, and the writer's versioning rules. */
class ListingIndexIT {

  private final ElasticsearchClient client = TestElasticsearch.clients().client();
  private final ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());

  @Test
  void theDefinitionCreatesAnAliasedIndexOnTheCoreDistribution() throws Exception {
    String index = ListingIndex.INDEX.ensureExists(client, Clock.systemUTC());
    assertThat(index).startsWith("listings-v1-");
    assertThat(ListingIndex.INDEX.ensureExists(client, Clock.systemUTC())).isEqualTo(index);
    assertThat(ListingIndex.INDEX.current(client)).contains(index);
  }

  @Test
  void theNewestCopyWinsAndReimportingChangesNothing() throws Exception {
    ListingIndex.INDEX.ensureExists(client, Clock.systemUTC());
    Instant staffEdit = Instant.parse("2026-06-01T10:00:00Z");
    Map<String, ListingWriter.Outcome> outcomes = new ConcurrentHashMap<>();
    write(listing("w-1", "Staff name", staffEdit), outcomes);
    assertThat(outcomes.get("Staff name")).isEqualTo(ListingWriter.Outcome.CREATED);

    write(listing("w-1", "Same again", staffEdit), outcomes);
    write(listing("w-1", "Older file row", staffEdit.minusSeconds(3600)), outcomes);
    assertThat(outcomes.get("Same again")).isEqualTo(ListingWriter.Outcome.UNCHANGED);
    assertThat(outcomes.get("Older file row")).isEqualTo(ListingWriter.Outcome.UNCHANGED);

    write(listing("w-1", "Newer file row", staffEdit.plusSeconds(60)), outcomes);
    assertThat(outcomes.get("Newer file row")).isEqualTo(ListingWriter.Outcome.UPDATED);

    GetResponse<Listing> stored =
        client.get(g -> g.index(ListingIndex.ALIAS).id("w-1"), Listing.class);
    assertThat(stored.source().name().en()).isEqualTo("Newer file row");
    assertThat(stored.source().location().geo()).isEqualTo(new GeoPoint(48.137, 11.575));
  }

  @Test
  void anIndexFromBeforeADerivedFieldGetsItAddedAndThenTakesCurrentDocuments() throws Exception {
    String older = "listings-older-mapping-it";
    OlderListingIndex.create(client, older);
    try {
      ListingDocument current = documents.of(listing("o-1", "Older index", Instant.now()));
      assertThatThrownBy(() -> client.index(i -> i.index(older).id("o-1").document(current)))
          .isInstanceOf(ElasticsearchException.class)
          .hasMessageContaining("strict");

      assertThat(ListingIndex.INDEX.addMissingFields(client, older))
          .containsExactlyInAnyOrderElementsOf(OlderListingIndex.MISSING_FIELDS);
      assertThat(ListingIndex.INDEX.addMissingFields(client, older)).isEmpty();

      client.index(i -> i.index(older).id("o-1").document(current));
      Map<String, Property> mapping =
          client.indices().getMapping(g -> g.index(older)).get(older).mappings().properties();
      Property added = mapping.get(ListingDocument.NAME_SORT_ZH);
      assertThat(added.isKeyword()).isTrue();
      assertThat(added.keyword().index()).isFalse();
      assertThat(
              mapping
                  .get(ListingDocument.SIMPLIFIED)
                  .object()
                  .properties()
                  .get("name")
                  .text()
                  .analyzer())
          .as("analyzers the index has: the real field")
          .isEqualTo("zh_unigram");
      assertThat(mapping.get(ListingDocument.PINYIN).object().enabled())
          .as("the pinyin analyzer cannot be added to an open index: kept, not searchable")
          .isFalse();
    } finally {
      client.indices().delete(d -> d.index(older));
    }
  }

  /**
   * Until its rebuild, an installation's index lacks the simplified and pinyin fields, or has
   * pinyin as a stand-in: a search naming them still answers, from the fields the index has.
   */
  @Test
  void aSearchNamingTheChineseFormsWorksOnAnIndexWithoutThem() throws Exception {
    String older = "listings-older-search-it";
    OlderListingIndex.create(client, older);
    try {
      ObjectNode stored =
          ElasticsearchClients.jsonMapper()
              .objectMapper()
              .valueToTree(documents.of(listing("o-1", "Older index", Instant.now())));
      OlderListingIndex.write(client, older, "o-1", stored, 1);
      client.indices().refresh(r -> r.index(older));
      assertThat(searchChineseForms(older, "示例律师")).containsExactly("o-1");
      assertThat(searchChineseForms(older, "shili")).isEmpty();

      ListingIndex.INDEX.addMissingFields(client, older);
      client.index(i -> i.index(older).id("o-2").document(stored.deepCopy().put("id", "o-2")));
      client.indices().refresh(r -> r.index(older));
      assertThat(searchChineseForms(older, "示例律师")).containsExactlyInAnyOrder("o-1", "o-2");
      assertThat(searchChineseForms(older, "shili")).as("pinyin is a stand-in there").isEmpty();
    } finally {
      client.indices().delete(d -> d.index(older));
    }
  }

  /** Ids from the multi_match the query side sends over the Chinese fields and their forms. */
  private List<String> searchChineseForms(String index, String q) throws Exception {
    return client
        .search(
            s ->
                s.index(index)
                    .query(
                        qq ->
                            qq.multiMatch(
                                m ->
                                    m.query(q)
                                        .type(TextQueryType.CrossFields)
                                        .fields(
                                            "name.zh^3",
                                            "simplified.name^3",
                                            "simplified.name.bigram",
                                            "simplified.description",
                                            "simplified.description.bigram",
                                            "pinyin.name",
                                            "pinyin.city"))),
            ObjectNode.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::id)
        .toList();
  }

  @Test
  void derivedFieldsCarryTaxonomyLabelsInBothLanguages() {
    ListingDocument doc =
        documents.of(listing("d-1", "Müller & Partner Patentanwälte", Instant.now()));
    assertThat(doc.continent()).isEqualTo("EU");
    assertThat(doc.verified()).isTrue();
    assertThat(doc.taxonomy().zh()).contains("德国", "商标注册（含马德里）");
    assertThat(doc.taxonomy().en()).contains("Germany", "trademarks");
    assertThat(doc.suggest()).contains("Müller & Partner Patentanwälte", "Partner Patentanwälte");
    assertThat(doc.nameSortZh()).isEqualTo(ChineseSortKey.of("德国示例律师事务所"));
  }

  private void write(Listing listing, Map<String, ListingWriter.Outcome> outcomes) {
    try (ListingWriter<String> writer =
        new ListingWriter<>(
            TestElasticsearch.clients().asyncClient(),
            documents,
            ListingIndex.ALIAS,
            ListingWriter.Limits.defaults(),
            (ctx, id, outcome, reason) -> outcomes.put(ctx, outcome))) {
      writer.write(listing, listing.name().en());
    }
  }

  static Listing listing(String id, String nameEn, Instant updatedAt) {
    return new Listing(
        id,
        Kind.PROVIDER,
        new Names("德国示例律师事务所", nameEn, nameEn, "de"),
        "law_firm",
        new Location("DE", "Munich", "慕尼黑", "Example Str. 1", new GeoPoint(48.137, 11.575)),
        List.of("trademark", "litigation"),
        List.of("automotive"),
        List.of("de", "en"),
        new Descriptions("商标与诉讼", "Trademarks and litigation"),
        new Contacts("https://example.de", "office@example.de", "+4989123456"),
        null,
        Status.PUBLISHED,
        new Verification("staff", LocalDate.parse("2026-05-01")),
        updatedAt,
        updatedAt,
        "test");
  }
}
