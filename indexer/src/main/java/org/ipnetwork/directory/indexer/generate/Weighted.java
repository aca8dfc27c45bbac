package org.ipnetwork.directory.indexer.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Picks items in proportion to their weights: a binary search over cumulative weights. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  Weighted(List<T> items, List<Double> weights) {
    if (items.isEmpty() || items.size() != weights.size()) {
      throw new IllegalArgumentException("need as many positive weights as items");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      if (!(weights.get(i) > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + items.get(i));
      }
      sum += weights.get(i);
      cumulative[i] = sum;
    }
  }

  /** Keeps the map's iteration order, so that the same seed always maps to the same item. */
  static <T> Weighted<T> of(Map<T, ? extends Number> weights) {
    List<T> items = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    weights.forEach(
        (item, weight) -> {
          items.add(item);
          w.add(weight.doubleValue());
        });
    return new Weighted<>(items, w);
  }

  T pick(Random rng) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return items.get(i >= 0 ? Math.min(i + 1, items.size() - 1) : -i - 1);
  }

  List<T> items() {
    return items;
  }
}
