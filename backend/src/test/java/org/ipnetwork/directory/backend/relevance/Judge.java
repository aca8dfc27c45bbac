package org.ipnetwork.directory.backend.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/** Grades rankings by the rules of the judged set, against the sample network. */
final class Judge {

  private final SampleNetwork sample;
  private final Taxonomies taxonomies;
  private final int depth;
  private final Map<String, List<Integer>> allGrades = new HashMap<>();

  Judge(SampleNetwork sample, Taxonomies taxonomies, int depth) {
    this.sample = sample;
    this.taxonomies = taxonomies;
    this.depth = depth;
  }

  /**
   * The grade of each ranked listing; one the sample does not hold, or does not publish, counts 0
   * (the public search must not show it).
   */
  List<Integer> grades(JudgedQuery query, List<String> ids) {
    return ids.stream()
        .map(sample::get)
        .map(l -> l == null || !l.published() ? 0 : query.grade(l, taxonomies))
        .toList();
  }

  /** Grades of every published listing: what the ideal ranking is built from. */
  List<Integer> allGrades(JudgedQuery query) {
    return allGrades.computeIfAbsent(
        query.id(),
        id -> sample.published().stream().map(l -> query.grade(l, taxonomies)).toList());
  }

  double ndcg(JudgedQuery query, Ranking ranking) {
    return Ndcg.ndcg(grades(query, ranking.ids()), allGrades(query), depth);
  }

  /** {@code sample-0531 DE patent+trademark}: enough to see at a glance why a hit is there. */
  String describe(String id) {
    Listing l = sample.get(id);
    if (l == null) {
      return id + " (not in the sample)";
    }
    return id + " " + l.location().country() + " " + String.join("+", l.services());
  }
}
