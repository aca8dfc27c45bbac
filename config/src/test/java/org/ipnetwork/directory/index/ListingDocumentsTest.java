package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class ListingDocumentsTest {

  private final ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());
  private final ObjectMapper json = ElasticsearchClients.jsonMapper().objectMapper();

  private static Listing listing(Names name) {
    return new Listing(
        "k-1",
        Kind.PROVIDER,
        name,
        "law_firm",
        new Location("DE", "Munich", "慕尼黑", null, null),
        List.of("trademark"),
        List.of(),
        List.of(),
        null,
        null,
        null,
        Status.PUBLISHED,
        null,
        Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:00Z"),
        "test");
  }

  @Test
  void theDocumentCarriesTheChineseSortKeyOfTheNameUnderItsMappedField() {
    ListingDocument doc =
        documents.of(listing(new Names("慕尼黑穆勒律师事务所", "Müller & Partner", null, null)));
    assertThat(doc.nameSortZh()).isEqualTo(ChineseSortKey.of("慕尼黑穆勒律师事务所"));
    ObjectNode stored = json.valueToTree(doc);
    assertThat(stored.path(ListingDocument.NAME_SORT_ZH).asString()).isEqualTo(doc.nameSortZh());
  }

  @Test
  void withoutAChineseNameTheKeyComesFromTheEnglishOne() {
    ListingDocument doc = documents.of(listing(new Names(null, "Rhine Mark Counsel", null, null)));
    assertThat(doc.nameSortZh()).isEqualTo(ChineseSortKey.of("Rhine Mark Counsel"));
  }

  @Test
  void rederivingAddsTheKeyToADocumentStoredWithoutItAndKeepsEverythingElse() {
    ObjectNode stored =
        json.valueToTree(documents.of(listing(new Names("汉堡商标事务所", "Hamburg Brand", null, null))));
    stored.remove(ListingDocument.NAME_SORT_ZH);
    ObjectNode before = stored.deepCopy();

    ObjectNode rederived = ListingDocuments.rederiveListingFields(stored);

    assertThat(rederived.path(ListingDocument.NAME_SORT_ZH).asString())
        .isEqualTo(ChineseSortKey.of("汉堡商标事务所"));
    rederived.remove(ListingDocument.NAME_SORT_ZH);
    assertThat(rederived).isEqualTo(before);
  }

  @Test
  void rederivingReplacesAStaleKeyAndDropsOneWhenTheNameIsGone() {
    ObjectNode stored =
        json.valueToTree(documents.of(listing(new Names("汉堡商标事务所", null, null, null))));
    stored.put(ListingDocument.NAME_SORT_ZH, "00");
    assertThat(ListingDocuments.rederiveListingFields(stored).path("nameSortZh").asString())
        .isEqualTo(ChineseSortKey.of("汉堡商标事务所"));

    stored.remove("name");
    assertThat(ListingDocuments.rederiveListingFields(stored).has("nameSortZh")).isFalse();
  }
}
