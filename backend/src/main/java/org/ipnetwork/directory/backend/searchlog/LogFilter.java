package org.ipnetwork.directory.backend.searchlog;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.Queries;

/**
 * Which logged searches a dashboard answer counts: the days, optionally one partner's searches
 * ({@code none}: those without a key), and the staff member's scope. A scoped member sees the
 * searches that were filtered on a value of its scope (chosen or understood: {@code 德国 商标} is a
 * search for Germany), per scoped facet, the way its listings are filtered.
 *
 * @param partner a partner id, {@link #WITHOUT_PARTNER}, or {@code null} for every search
 */
record LogFilter(DateRange range, String partner, Scope scope) {

  static final String WITHOUT_PARTNER = "none";

  List<Query> filters() {
    List<Query> out = new ArrayList<>();
    out.add(range.query());
    if (WITHOUT_PARTNER.equals(partner)) {
      out.add(Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field("partnerId"))))));
    } else if (partner != null) {
      out.add(Query.of(q -> q.term(t -> t.field("partnerId").value(partner))));
    }
    scope
        .fixed()
        .forEach((facet, codes) -> out.add(Queries.terms("selected." + facet.parameter(), codes)));
    return out;
  }

  Query query() {
    return Query.of(q -> q.bool(b -> b.filter(filters())));
  }

  /** The same, of the searches that found nothing. */
  Query zeroResults() {
    List<Query> all = filters();
    all.add(Query.of(q -> q.term(t -> t.field("zeroResult").value(true))));
    return Query.of(q -> q.bool(b -> b.filter(all)));
  }
}
