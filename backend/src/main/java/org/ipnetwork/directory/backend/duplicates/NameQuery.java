package org.ipnetwork.directory.backend.duplicates;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;

/**
 * The query that finds the listings whose name is very like one listing's, in the same country and
 * city: a {@code match} of the English name on {@code name.en.std} (standard analysis, with typos:
 * {@code fuzziness: AUTO}) and of the Chinese name on {@code name.zh.bigram} (character bigrams,
 * which the core analysis gives), each needing every term of a name of up to three terms and 75 %
 * of a longer one ({@code 3<75%}). Either name may match. Elasticsearch does the comparing; a pair
 * counts only when each listing's query finds the other ({@link CandidateFinder}), so that a longer
 * name containing a shorter one (a branch, "… Haidian Branch") does not pair with it.
 */
final class NameQuery {

  /** The share of a name's terms the other name must match. */
  static final String SHARE = "3<75%";

  private NameQuery() {}

  /**
   * @param inside the member's scope, as filters
   * @return the query, or {@code null} when the listing has no city or no name to compare
   */
  static Query of(Listing l, List<Query> inside) {
    String country = l.location() == null ? null : l.location().country();
    String city = l.location() == null ? null : l.location().city();
    String en = l.name() == null ? null : l.name().en();
    String zh = l.name() == null ? null : l.name().zh();
    if (country == null || city == null || (blank(en) && blank(zh))) {
      return null;
    }
    List<Query> names = new ArrayList<>();
    if (!blank(en)) {
      names.add(
          Query.of(
              q ->
                  q.match(
                      m ->
                          m.field("name.en.std")
                              .query(en)
                              .fuzziness("AUTO")
                              .prefixLength(1)
                              .minimumShouldMatch(SHARE))));
    }
    if (!blank(zh)) {
      names.add(
          Query.of(
              q -> q.match(m -> m.field("name.zh.bigram").query(zh).minimumShouldMatch(SHARE))));
    }
    List<Query> filters = new ArrayList<>();
    filters.add(term("status", Status.PUBLISHED.code()));
    filters.add(term("location.country", country));
    filters.add(term("location.city", city));
    filters.addAll(inside);
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(filters)
                        .mustNot(n -> n.ids(i -> i.values(l.id())))
                        .should(names)
                        .minimumShouldMatch("1")));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
