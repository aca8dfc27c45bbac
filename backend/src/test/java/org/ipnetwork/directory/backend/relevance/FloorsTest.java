package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Properties;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** The floors fail the build on a drop in any category, overall, or in queries showing nothing. */
class FloorsTest {

  private static QueryResult result(Category category, double api, boolean apiShowsNothing) {
    JudgedQuery q =
        new JudgedQuery(
            category.key() + "-" + api,
            category,
            "q " + api,
            null,
            null,
            List.of(
                new Rule(1, List.of("DE"), null, null, null, null, null, null, null, null, null)));
    Ranking shown = new Ranking(apiShowsNothing ? List.of() : List.of("x"), 1, 0, "");
    return new QueryResult(q, shown, api, new Ranking(List.of("y"), 1, 0, ""), 0.5);
  }

  private static final Report REPORT =
      new Report(
          List.of(
              result(Category.ZH, 1.0, false),
              result(Category.ZH, 0.8, false),
              result(Category.TYPO, 0.0, true),
              result(Category.TYPO, 0.3, false)),
          10);

  private static Floors floors(String zh, String typo, String overall, String maxNothing) {
    Properties p = new Properties();
    p.setProperty("ndcg.zh", zh);
    p.setProperty("ndcg.typo", typo);
    p.setProperty("ndcg.overall", overall);
    p.setProperty("api.nothing-shown.max", maxNothing);
    return new Floors(p);
  }

  @Test
  void meansPerCategoryAndOverQueries() {
    assertThat(REPORT.of(Category.ZH).apiNdcg()).isCloseTo(0.9, within(1e-9));
    assertThat(REPORT.of(Category.TYPO).apiNdcg()).isCloseTo(0.15, within(1e-9));
    assertThat(REPORT.overall().apiNdcg()).isCloseTo(0.525, within(1e-9));
    assertThat(REPORT.overall().apiEmpty()).isEqualTo(1);
    assertThat(REPORT.byCategory()).extracting(Report.Summary::name).containsExactly("zh", "typo");
  }

  @Test
  void figuresAtOrAboveTheirFloorsPass() {
    assertThat(floors("0.90", "0.15", "0.52", "1").violations(REPORT)).isEmpty();
  }

  @Test
  void eachDropIsReported() {
    assertThat(floors("0.91", "0.15", "0.52", "1").violations(REPORT))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("zh: API nDCG 0.900 < ndcg.zh=0.91");
    assertThat(floors("0.90", "0.16", "0.53", "0").violations(REPORT)).hasSize(3);
  }

  @Test
  void aCategoryWithoutAFloorIsAnError() {
    Properties p = new Properties();
    p.setProperty("ndcg.overall", "0");
    p.setProperty("ndcg.zh", "0");
    p.setProperty("api.nothing-shown.max", "10");
    assertThatThrownBy(() -> new Floors(p).violations(REPORT)).hasMessageContaining("ndcg.typo");
  }

  @Test
  void theShippedFloorsCoverEveryCategory() {
    Floors shipped = Floors.load();
    for (Category c : Category.values()) {
      assertThat(shipped.values().getProperty("ndcg." + c.key())).as(c.key()).isNotBlank();
    }
    assertThat(shipped.values().getProperty("ndcg.overall")).isNotBlank();
  }
}
