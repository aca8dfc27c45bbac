package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Descriptions;
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
    return listing(name, null, new Location("DE", "Munich", "慕尼黑", null, null), Status.PUBLISHED);
  }

  private static Listing listing(
      Names name, Descriptions description, Location location, Status status) {
    return new Listing(
        "k-1",
        Kind.PROVIDER,
        name,
        "law_firm",
        location,
        List.of("trademark"),
        List.of(),
        List.of(),
        description,
        null,
        null,
        status,
        null,
        Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:00Z"),
        "test");
  }

  /** A Taipei firm as Taiwan writes it: traditional characters in name, description and city. */
  private static Listing traditional(Status status) {
    return listing(
        new Names("臺北專利商標事務所", "Taipei Patent & Trademark Office", null, null),
        new Descriptions("專利申請與商標註冊，著作權登記", "Patents and trademarks"),
        new Location("TW", "Taipei", "臺北", null, null),
        status);
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

  @Test
  void aListingInTraditionalCharactersGetsSimplifiedCopiesOfItsChineseText() {
    ListingDocument doc = documents.of(traditional(Status.PUBLISHED));

    assertThat(doc.simplified())
        .isEqualTo(new ListingDocument.SimplifiedText("台北专利商标事务所", "专利申请与商标注册，著作权登记", "台北"));
    ObjectNode stored = json.valueToTree(doc);
    assertThat(stored.path("simplified").path("name").asString()).isEqualTo("台北专利商标事务所");
    assertThat(stored.path("simplified").path("city").asString()).isEqualTo("台北");
    assertThat(stored.path("name").path("zh").asString())
        .as("own text kept")
        .isEqualTo("臺北專利商標事務所");
  }

  @Test
  void onlyTheTextThatIsTraditionalIsCopied() {
    ListingDocument doc =
        documents.of(
            listing(
                new Names("台北专利事务所", null, null, null),
                new Descriptions("專利申請", null),
                new Location("TW", "Taipei", "台北", null, null),
                Status.PUBLISHED));
    assertThat(doc.simplified()).isEqualTo(new ListingDocument.SimplifiedText(null, "专利申请", null));
    ObjectNode stored = json.valueToTree(doc);
    assertThat(stored.path("simplified").has("name")).isFalse();
    assertThat(stored.path("simplified").has("city")).isFalse();
  }

  @Test
  void aListingAlreadyInSimplifiedCharactersHasNoSimplifiedCopy() {
    ListingDocument doc =
        documents.of(
            listing(
                new Names("赛德尔哈特曼专利事务所", "Seidel & Hartmann", null, null),
                new Descriptions("德国专利申请，著作权登记", "German patents"),
                new Location("DE", "Wiesbaden", "威斯巴登", null, null),
                Status.PUBLISHED));
    assertThat(doc.simplified()).isNull();
    assertThat(json.valueToTree(doc).has("simplified")).isFalse();
  }

  @Test
  void theChineseNameAndCityAreIndexedAsSpacedTonelessPinyin() {
    ListingDocument doc =
        documents.of(
            listing(
                new Names("赛德尔哈特曼专利事务所", "Seidel & Hartmann", null, null),
                null,
                new Location("CN", "Shenzhen", "深圳", null, null),
                Status.PUBLISHED));
    assertThat(doc.pinyin())
        .isEqualTo(
            new ListingDocument.PinyinText("sai de er ha te man zhuan li shi wu suo", "shen zhen"));
    ObjectNode stored = json.valueToTree(doc);
    assertThat(stored.path("pinyin").path("name").asString())
        .isEqualTo("sai de er ha te man zhuan li shi wu suo");
    assertThat(stored.path("pinyin").path("city").asString()).isEqualTo("shen zhen");

    assertThat(documents.of(traditional(Status.PUBLISHED)).pinyin().name())
        .as("traditional characters read like simplified ones")
        .isEqualTo("tai bei zhuan li shang biao shi wu suo");
  }

  @Test
  void textWithoutHanCharactersHasNoPinyin() {
    ListingDocument doc =
        documents.of(
            listing(
                new Names("ACME IP", "ACME IP", null, null),
                null,
                new Location("DE", "Munich", null, null, null),
                Status.PUBLISHED));
    assertThat(doc.pinyin()).isNull();
    assertThat(json.valueToTree(doc).has("pinyin")).isFalse();
  }

  @Test
  void aPublishedChineseNameIsSuggestedByItsPinyinJoinedAndSpaced() {
    ListingDocument doc =
        documents.of(listing(new Names("赛德尔哈特曼专利事务所", "Seidel & Hartmann", null, null)));
    assertThat(doc.suggest())
        .containsExactly(
            "赛德尔哈特曼专利事务所",
            "Seidel & Hartmann",
            "& Hartmann",
            "Hartmann",
            "saideerhatemanzhuanlishiwusuo",
            "sai de er ha te man zhuan li shi wu suo");
  }

  @Test
  void aTraditionalNameIsSuggestedByItsSimplifiedFormTooAndAnUnpublishedOneNotAtAll() {
    assertThat(documents.of(traditional(Status.PUBLISHED)).suggest())
        .contains(
            "臺北專利商標事務所",
            "台北专利商标事务所",
            "taibeizhuanlishangbiaoshiwusuo",
            "tai bei zhuan li shang biao shi wu suo");
    assertThat(documents.of(traditional(Status.DRAFT)).suggest()).isEmpty();
  }

  @Test
  void rederivingGivesADocumentStoredBeforeTheChineseFormsItsSimplifiedPinyinAndSuggestions() {
    ObjectNode current = json.valueToTree(documents.of(traditional(Status.PUBLISHED)));
    ObjectNode stored = current.deepCopy();
    stored.remove(List.of("simplified", "pinyin"));
    stored.putArray("suggest").add("臺北專利商標事務所");

    assertThat(ListingDocuments.rederiveListingFields(stored)).isEqualTo(current);
  }

  @Test
  void rederivingDropsFormsThatNoLongerApply() {
    ObjectNode stored = json.valueToTree(documents.of(traditional(Status.PUBLISHED)));
    stored.withObject("/name").put("zh", "台北专利商标事务所");
    stored.withObject("/description").put("zh", "专利申请");
    stored.withObject("/location").remove("cityZh");
    stored.put("status", "suspended");

    ObjectNode rederived = ListingDocuments.rederiveListingFields(stored);

    assertThat(rederived.has("simplified")).isFalse();
    assertThat(rederived.has("suggest")).as("unpublished").isFalse();
    assertThat(rederived.path("pinyin").path("name").asString())
        .isEqualTo("tai bei zhuan li shang biao shi wu suo");
    assertThat(rederived.path("pinyin").has("city")).isFalse();
  }
}
