package org.ipnetwork.directory.backend.relevance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of one evaluation run: mean nDCG@10 per category and overall (the mean over all
 * queries, so a category counts by its number of queries), and how many queries showed nothing.
 */
record Report(List<QueryResult> results, int depth) {

  Report {
    results = List.copyOf(results);
  }

  /** Means over a group of queries. */
  record Summary(
      String name,
      int queries,
      double apiNdcg,
      double baselineNdcg,
      int apiEmpty,
      int baselineEmpty) {}

  Summary overall() {
    return summarise("overall", r -> true);
  }

  Summary of(Category category) {
    return summarise(category.key(), r -> r.query().category() == category);
  }

  List<Summary> byCategory() {
    return Arrays.stream(Category.values()).map(this::of).filter(s -> s.queries() > 0).toList();
  }

  private Summary summarise(String name, Predicate<QueryResult> in) {
    List<QueryResult> group = results.stream().filter(in).toList();
    return new Summary(
        name,
        group.size(),
        group.stream().mapToDouble(QueryResult::apiNdcg).average().orElse(0),
        group.stream().mapToDouble(QueryResult::baselineNdcg).average().orElse(0),
        (int) group.stream().filter(r -> r.api().empty()).count(),
        (int) group.stream().filter(r -> r.baseline().empty()).count());
  }

  /** The table for docs/search.md and the build log. */
  String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| category | queries | API nDCG@"
            + depth
            + " | multi_match nDCG@"
            + depth
            + " | API: nothing shown | multi_match: nothing shown |");
    lines.add("|---|---:|---:|---:|---:|---:|");
    byCategory().forEach(s -> lines.add(row(s, false)));
    lines.add(row(overall(), true));
    return String.join("\n", lines) + "\n";
  }

  private static String row(Summary s, boolean bold) {
    String b = bold ? "**" : "";
    return String.format(
        Locale.ROOT,
        "| %s%s%s | %d | %s%.3f%s | %.3f | %d | %d |",
        b,
        s.name(),
        b,
        s.queries(),
        b,
        s.apiNdcg(),
        b,
        s.baselineNdcg(),
        s.apiEmpty(),
        s.baselineEmpty());
  }

  /**
   * One line per query for diagnosis: the worst API figure first, and among equal ones the query
   * where the plain baseline does best (what the API loses most on).
   */
  String tsv(Judge judge) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.join(
            "\t",
            "id",
            "category",
            "q",
            "api_ndcg",
            "baseline_ndcg",
            "api_total",
            "api_from_related",
            "api_understood",
            "api_top3",
            "baseline_top3"));
    results.stream()
        .sorted(
            Comparator.comparingDouble(QueryResult::apiNdcg)
                .thenComparing(Comparator.comparingDouble(QueryResult::baselineNdcg).reversed())
                .thenComparing(r -> r.query().id()))
        .forEach(
            r ->
                lines.add(
                    String.join(
                        "\t",
                        r.query().id(),
                        r.query().category().key(),
                        r.query().q(),
                        String.format(Locale.ROOT, "%.3f", r.apiNdcg()),
                        String.format(Locale.ROOT, "%.3f", r.baselineNdcg()),
                        Long.toString(r.api().total()),
                        Integer.toString(r.api().fromRelated()),
                        r.api().understood(),
                        top3(r.api(), judge),
                        top3(r.baseline(), judge))));
    return String.join("\n", lines) + "\n";
  }

  private static String top3(Ranking ranking, Judge judge) {
    return ranking.empty()
        ? "(nothing)"
        : ranking.ids().stream().limit(3).map(judge::describe).collect(Collectors.joining("; "));
  }
}
