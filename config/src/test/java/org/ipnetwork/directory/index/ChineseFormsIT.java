package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simplified and pinyin forms on a real node: a listing written in traditional characters is
 * found by simplified text, and Chinese names by their pinyin with or without spaces, by the index
 * definition's analyzers alone (no query-side segmentation).
 */
class ChineseFormsIT {

  private static final String INDEX = "listings-chinese-forms-it";

  private static final ElasticsearchClient client = TestElasticsearch.clients().client();

  @BeforeAll
  static void indexFourListings() throws IOException {
    client.indices().create(ListingIndex.INDEX.createRequest(INDEX).build());
    ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());
    var json = ElasticsearchClients.jsonMapper().objectMapper();
    for (Listing l :
        List.of(
            listing("tw-1", "臺北專利商標事務所", "專利申請與商標註冊", "TW", "臺北"),
            listing("de-1", "赛德尔哈特曼专利事务所", "德国专利申请", "DE", "威斯巴登"),
            listing("cn-1", "深圳知识产权服务中心", "知识产权服务", "CN", "深圳"),
            listing("cn-2", "北京商标事务所", "商标注册", "CN", "北京"))) {
      ObjectNode doc = json.valueToTree(documents.of(l));
      client.index(i -> i.index(INDEX).id(l.id()).document(doc));
    }
    client.indices().refresh(r -> r.index(INDEX));
  }

  @AfterAll
  static void deleteIndex() throws IOException {
    client.indices().delete(d -> d.index(INDEX));
  }

  @Test
  void aTraditionalListingIsFoundBySimplifiedTextOnlyThroughItsSimplifiedCopy() throws IOException {
    assertThat(match("name.zh.bigram", "专利")).as("its own text").containsOnly("de-1");
    assertThat(match("simplified.name", "专利")).containsOnly("tw-1");
    assertThat(match("simplified.name.bigram", "台北专利")).containsOnly("tw-1");
    assertThat(match("simplified.description", "商标注册")).containsOnly("tw-1");
    assertThat(match("simplified.description.bigram", "商标注册")).containsOnly("tw-1");
    assertThat(match("simplified.city", "台北")).containsOnly("tw-1");
  }

  @Test
  void aChineseNameIsFoundByItsPinyinJoinedOrSpaced() throws IOException {
    assertThat(match("pinyin.name", "zhuanli")).containsOnly("tw-1", "de-1");
    assertThat(match("pinyin.name", "zhuan li")).containsOnly("tw-1", "de-1");
    assertThat(match("pinyin.name", "ZhuanLi")).containsOnly("tw-1", "de-1");
    assertThat(match("pinyin.name", "shenzhen")).containsOnly("cn-1");
    assertThat(match("pinyin.name", "zhishichanquan")).as("four syllables joined").isEmpty();
    assertThat(match("pinyin.name", "zhishi chanquan")).containsOnly("cn-1");
    assertThat(match("pinyin.name", "shangbiao shiwusuo")).containsOnly("tw-1", "cn-2");
    assertThat(match("pinyin.city", "shenzhen")).containsOnly("cn-1");
    assertThat(match("pinyin.city", "tai bei")).containsOnly("tw-1");
  }

  @Test
  void thePinyinAnalyzerKeepsSyllablesAndJoinsTwoOrThreeOfThem() throws IOException {
    List<String> tokens =
        client
            .indices()
            .analyze(a -> a.index(INDEX).analyzer("pinyin").text("Zhuan li shi"))
            .tokens()
            .stream()
            .map(AnalyzeToken::token)
            .toList();
    assertThat(tokens)
        .containsExactlyInAnyOrder("zhuan", "zhuanli", "zhuanlishi", "li", "lishi", "shi");
  }

  @Test
  void aPinyinPrefixJoinedOrSpacedSuggestsTheChineseName() throws IOException {
    assertThat(suggested("saide")).containsExactly("de-1");
    assertThat(suggested("sai de")).containsExactly("de-1");
    assertThat(suggested("taibeizhuan")).containsExactly("tw-1");
    assertThat(suggested("台北专")).as("simplified prefix, traditional name").containsExactly("tw-1");
    assertThat(suggested("臺北專")).containsExactly("tw-1");
  }

  /** Ids matching {@code text} in {@code field} with every word required. */
  private static Set<String> match(String field, String text) throws IOException {
    return client
        .search(
            s ->
                s.index(INDEX)
                    .query(q -> q.match(m -> m.field(field).query(text).operator(Operator.And))),
            ObjectNode.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::id)
        .collect(Collectors.toSet());
  }

  private static List<String> suggested(String prefix) throws IOException {
    return client
        .search(
            s ->
                s.index(INDEX)
                    .size(0)
                    .suggest(
                        g ->
                            g.suggesters(
                                "names",
                                f ->
                                    f.prefix(prefix)
                                        .completion(c -> c.field("suggest").skipDuplicates(true)))),
            ObjectNode.class)
        .suggest()
        .get("names")
        .stream()
        .flatMap(s -> s.completion().options().stream())
        .map(CompletionSuggestOption::id)
        .distinct()
        .toList();
  }

  private static Listing listing(
      String id, String nameZh, String descriptionZh, String country, String cityZh) {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    return new Listing(
        id,
        Kind.PROVIDER,
        new Names(nameZh, null, null, null),
        "law_firm",
        new Location(country, null, cityZh, null, null),
        List.of(),
        List.of(),
        List.of(),
        new Descriptions(descriptionZh, null),
        null,
        null,
        Status.PUBLISHED,
        null,
        at,
        at,
        "test");
  }
}
