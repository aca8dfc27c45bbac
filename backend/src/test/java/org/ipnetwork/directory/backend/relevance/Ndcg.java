package org.ipnetwork.directory.backend.relevance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Normalised discounted cumulative gain (Järvelin and Kekäläinen, 2002) with exponential gain, as
 * in most web-search evaluations: gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}.
 */
public final class Ndcg {

  private Ndcg() {}

  public static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  /** DCG of the first {@code k} grades, in rank order. */
  public static double dcg(List<Integer> grades, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, grades.size()); i++) {
      sum += gain(grades.get(i)) / log2(i + 2);
    }
    return sum;
  }

  /**
   * nDCG@k of a ranking against the best ranking possible.
   *
   * @param ranked grades of the returned listings, in rank order
   * @param all grades of every listing that could have been returned (the ideal ranking takes the
   *     {@code k} best of them)
   * @throws IllegalArgumentException when nothing could have been relevant: such a query measures
   *     nothing and must not be in the set
   */
  public static double ndcg(List<Integer> ranked, Collection<Integer> all, int k) {
    List<Integer> ideal = all.stream().sorted(Comparator.reverseOrder()).limit(k).toList();
    double idcg = dcg(ideal, k);
    if (idcg == 0) {
      throw new IllegalArgumentException("no listing is relevant: nDCG is undefined");
    }
    return dcg(ranked, k) / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
