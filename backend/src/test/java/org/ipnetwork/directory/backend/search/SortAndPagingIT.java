package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

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

  @Test
  void nameSortFollowsTheChineseNameByCodePointWithoutNameLast() {
    // 东 U+4E1C, 圣何 U+5723 U+4F55, 圣保 U+5723 U+4FDD, 巴 U+5DF4, 广 U+5E7F, 慕 U+6155,
    // 柏 U+67CF, 汉 U+6C49, 河 U+6CB3, 胡 U+80E1, 跨 U+8DE8, 里 U+91CC; fx-14 has no Chinese name.
    assertThat(ids(search("sort=name&lang=zh&size=50")))
        .containsExactly(
            "fx-08", "fx-10", "fx-09", "fx-04", "fx-12", "fx-01", "fx-02", "fx-03", "fx-07",
            "fx-06", "fx-13", "fx-05", "fx-14");
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
