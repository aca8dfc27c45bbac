package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** nDCG@k against values computed by hand (gain 2^g - 1, discount log2(rank + 1)). */
class NdcgTest {

  private static final double LOG2_3 = Math.log(3) / Math.log(2); // 1.58496…

  @Test
  void gainIsExponentialInTheGrade() {
    assertThat(Ndcg.gain(0)).isEqualTo(0);
    assertThat(Ndcg.gain(1)).isEqualTo(1);
    assertThat(Ndcg.gain(2)).isEqualTo(3);
    assertThat(Ndcg.gain(3)).isEqualTo(7);
  }

  @Test
  void dcgDiscountsByTheLogarithmOfTheRank() {
    // 7/log2(2) + 3/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5
    assertThat(Ndcg.dcg(List.of(3, 2, 1), 10)).isCloseTo(9.392789, within(1e-6));
  }

  @Test
  void aSecondBestRankingScoresItsShareOfTheIdeal() {
    // ranked 2,1,0: 3 + 1/log2(3) = 3.630930; ideal 2,2,1: 3 + 3/log2(3) + 1/2 = 5.392789
    double ndcg = Ndcg.ndcg(List.of(2, 1, 0), List.of(0, 1, 2, 2, 0), 10);
    assertThat(ndcg).isCloseTo(3.630930 / 5.392789, within(1e-6));
    assertThat(ndcg).isCloseTo(0.673293, within(1e-6));
  }

  @Test
  void theIdealComesFromEveryListingNotOnlyTheReturnedOnes() {
    // Returned one listing of grade 1; the network had a grade 2 one it missed:
    // 1 / (3 + 1/log2(3)) = 0.275412
    assertThat(Ndcg.ndcg(List.of(1), List.of(2, 1, 0, 0), 10)).isCloseTo(0.275412, within(1e-6));
  }

  @Test
  void theOnlyRelevantListingInSecondPlace() {
    assertThat(Ndcg.ndcg(List.of(0, 2), List.of(2, 0, 0), 10)).isCloseTo(1 / LOG2_3, within(1e-9));
  }

  @Test
  void theIdealOrderScoresOneAndNothingScoresZero() {
    assertThat(Ndcg.ndcg(List.of(2, 2, 1), List.of(1, 2, 0, 2), 10)).isCloseTo(1, within(1e-12));
    assertThat(Ndcg.ndcg(List.of(), List.of(1, 2), 10)).isZero();
    assertThat(Ndcg.ndcg(List.of(0, 0, 0), List.of(1, 2, 0), 10)).isZero();
  }

  @Test
  void onlyTheFirstKRanksCount() {
    List<Integer> eleventhIsRelevant = new java.util.ArrayList<>(Collections.nCopies(10, 0));
    eleventhIsRelevant.add(2);
    assertThat(Ndcg.ndcg(eleventhIsRelevant, List.of(2), 10)).isZero();
    // And the ideal is cut at k too: twelve listings of grade 1, ranked perfectly.
    assertThat(Ndcg.ndcg(Collections.nCopies(10, 1), Collections.nCopies(12, 1), 10))
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void aQueryNobodyCouldAnswerIsRefused() {
    assertThatThrownBy(() -> Ndcg.ndcg(List.of(0), List.of(0, 0), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
