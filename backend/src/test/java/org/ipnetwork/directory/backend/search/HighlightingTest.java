package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HighlightingTest {

  @Test
  void eachRunOfHanCharactersIsMatchedOnItsOwn() {
    assertThat(Highlighting.hanRuns("德国 商标 lawyer 慕尼黑")).containsExactly("德国", "商标", "慕尼黑");
    assertThat(Highlighting.hanRuns("trademark Germany")).isEmpty();
  }

  @Test
  void pairsAreMarkedOnlyWhenEveryRunHasOne() {
    assertThat(Highlighting.pairsFit("德国 商标")).isTrue();
    assertThat(Highlighting.pairsFit("Bird & Bird 德国")).isTrue();
    assertThat(Highlighting.pairsFit("中 国")).isFalse();
    assertThat(Highlighting.pairsFit("德国 律 师")).isFalse();
    assertThat(Highlighting.pairsFit("trademark")).isFalse();
  }

  @Test
  void highlightsOfThePairsAreNamedAfterTheirField() {
    assertThat(
            Highlighting.shown(
                Map.of("name.zh.bigram", List.of("<mark>德国</mark>"), "name.en", List.of("x"))))
        .containsOnlyKeys("name.zh", "name.en");
    assertThat(Highlighting.shown(Map.of())).isNull();
  }
}
