package org.ipnetwork.directory.backend.relevance;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * A query as a user would type it, with the rules a human judge applies to its answers.
 *
 * @param id stable name of the query in reports ({@code zh-01})
 * @param category the kind of input ({@link Category})
 * @param q the text sent as {@code q}
 * @param params further API parameters ({@code lang}); the baseline ignores them
 * @param note why the rules say what they say, where it is not obvious
 * @param rules in order; the first one a listing matches gives its grade, none gives 0
 */
public record JudgedQuery(
    String id,
    Category category,
    String q,
    Map<String, String> params,
    String note,
    List<Rule> rules) {

  public JudgedQuery {
    params = params == null ? Map.of() : Map.copyOf(params);
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException(id + ": a judged query needs at least one rule");
    }
    rules = List.copyOf(rules);
  }

  public int grade(Listing listing, Taxonomies taxonomies) {
    for (Rule rule : rules) {
      if (rule.matches(listing, taxonomies)) {
        return rule.grade();
      }
    }
    return 0;
  }
}
