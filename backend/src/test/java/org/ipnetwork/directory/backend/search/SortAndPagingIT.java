package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.testsupport.OlderListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Sorts and cursor paging over the 13 published fixture listings. */
class SortAndPagingIT extends FixtureApi {

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Test
  void nameSortFollowsTheEnglishName() {
    // berlin, cross-border, dupont, guangdong, hamburg, hanoi, lyon, müller, nguyen, rhine,
    // silva, smith, tokyo
    assertThat(ids(search("sort=name&lang=en&size=50")))
        .containsExactly(
            "fx-02", "fx-13", "fx-04", "fx-12", "fx-03", "fx-07", "fx-05", "fx-01", "fx-06",
            "fx-14", "fx-09", "fx-10", "fx-08");
  }

  /**
   * Pinyin: (Rhine: no Chinese name, so its English one, and Latin comes first), 巴 bā, 柏 bǎi, 东
   * dōng, 广 guǎng, 汉 hàn, 河 hé, 胡 hú, 跨 kuà, 里 lǐ, 慕 mù, 圣保 shèng bǎo, 圣何 shèng hé. In code-point
   * order 东 U+4E1C would come first and 圣何 U+5723 U+4F55 before 圣保 U+5723 U+4FDD.
   */
  private static final List<String> PINYIN_ORDER =
      List.of(
          "fx-14", "fx-04", "fx-02", "fx-08", "fx-12", "fx-03", "fx-07", "fx-06", "fx-13", "fx-05",
          "fx-01", "fx-09", "fx-10");

  @Test
  void nameSortInChineseFollowsPinyin() {
    assertThat(ids(search("sort=name&lang=zh&size=50"))).isEqualTo(PINYIN_ORDER);
  }

  @Test
  void chineseIsTheDefaultAnswerLanguageOfTheNameSortToo() {
    assertThat(ids(search("sort=name&size=50"))).isEqualTo(PINYIN_ORDER);
    SearchResponse zh =
        http()
            .get()
            .uri("/api/v1/search?sort=name&size=50")
            .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(SearchResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(ids(zh)).isEqualTo(PINYIN_ORDER);
    SearchResponse en =
        http()
            .get()
            .uri("/api/v1/search?sort=name&size=50")
            .header("Accept-Language", "en-GB,en;q=0.9")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(SearchResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(ids(en)).isEqualTo(ids(search("sort=name&lang=en&size=50")));
  }

  @Test
  void theChineseCursorWalksThePinyinOrderPageByPage() {
    List<String> walked = new ArrayList<>();
    SearchResponse page = search("sort=name&lang=zh&size=3");
    walked.addAll(ids(page));
    while (page.cursor() != null) {
      page = search("sort=name&lang=zh&size=3&cursor=" + page.cursor());
      walked.addAll(ids(page));
    }
    assertThat(walked).isEqualTo(PINYIN_ORDER);
  }

  /**
   * An index created before {@code nameSortZh} existed (a running installation before its rebuild):
   * the Chinese name sort must still answer, with every listing missing the key, so in id order.
   */
  @Test
  void theChineseNameSortWorksOnAnIndexWithoutTheKey() throws Exception {
    ElasticsearchClient client = TestElasticsearch.clients().client();
    String live = ListingIndex.INDEX.current(client).orElseThrow();
    String older = "listings-older-sort-it";
    OlderListingIndex.create(client, older);
    for (Hit<ObjectNode> h :
        client.search(s -> s.index(live).size(100).version(true), ObjectNode.class).hits().hits()) {
      OlderListingIndex.write(client, older, h.id(), h.source(), h.version());
    }
    client.indices().refresh(r -> r.index(older));
    ListingIndex.INDEX.swap(client, live, older);
    try {
      List<String> byId = PINYIN_ORDER.stream().sorted().toList();
      assertThat(ids(search("sort=name&lang=zh&size=50"))).isEqualTo(byId);
      List<String> walked = new ArrayList<>();
      SearchResponse page = search("sort=name&lang=zh&size=5");
      walked.addAll(ids(page));
      while (page.cursor() != null) {
        page = search("sort=name&lang=zh&size=5&cursor=" + page.cursor());
        walked.addAll(ids(page));
      }
      assertThat(walked).isEqualTo(byId);
    } finally {
      ListingIndex.INDEX.swap(client, older, live);
      client.indices().delete(d -> d.index(older));
    }
  }

  @Test
  void verifiedSortPutsRecentVerificationsFirstAndIdsBreakTies() {
    assertThat(ids(search("sort=verified&size=50")))
        .containsExactly(
            "fx-14", "fx-13", "fx-12", "fx-09", "fx-01", "fx-06", "fx-04", "fx-03", "fx-08",
            "fx-02", "fx-05", "fx-07", "fx-10");
  }

  @Test
  void walkingWithTheCursorGivesTheSingleBigPageInOrder() {
    for (String query :
        List.of(
            "sort=name&lang=en",
            "sort=name&lang=zh",
            "sort=verified",
            "sort=relevance",
            "q=商标 诉讼",
            "near=Munich&radius=2000km&sort=distance")) {
      SearchResponse all = search(query + "&size=50");
      List<String> walked = new ArrayList<>();
      SearchResponse page = search(query + "&size=4");
      int pages = 1;
      walked.addAll(ids(page));
      while (page.cursor() != null) {
        page = search(query + "&size=4&cursor=" + page.cursor());
        assertThat(page.total()).isEqualTo(all.total());
        walked.addAll(ids(page));
        assertThat(++pages).isLessThan(20);
      }
      assertThat(walked).as(query).doesNotHaveDuplicates().isEqualTo(ids(all));
      assertThat((long) walked.size()).isEqualTo(all.total());
      assertThat(all.cursor()).isNull();
    }
  }

  @Test
  void aCursorMadeForAnotherSortIsRefused() {
    String cursor = search("sort=name&lang=en&size=2").cursor();
    assertThat(cursor).isNotNull();
    for (String query :
        List.of(
            "sort=verified&cursor=" + cursor,
            "sort=name&lang=zh&cursor=" + cursor,
            "sort=name&lang=en&cursor=" + search("sort=name&lang=zh&size=2").cursor(),
            // made for the code-point order of Chinese names before the pinyin key
            "sort=name&lang=zh&cursor="
                + new Cursor("name:zh", List.of("柏林", "fx-02"), 2).encode(TestSearch.SEAL),
            "sort=name&lang=en&cursor=" + cursor.substring(0, cursor.length() - 3),
            "cursor=bm90LWpzb24",
            "cursor=!!!!")) {
      http()
          .get()
          .uri("/api/v1/search?" + query)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.parameter")
          .isEqualTo("cursor");
    }
    http()
        .get()
        .uri("/api/v1/search?sort=name&lang=en&page=2&cursor=" + cursor)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("page");
  }
}
