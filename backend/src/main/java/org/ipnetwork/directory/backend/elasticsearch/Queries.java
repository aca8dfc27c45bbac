package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Collection;
import java.util.List;

/** Query clauses more than one feature builds. */
public final class Queries {

  private Queries() {}

  /** Matches listings with any of {@code values} in the keyword {@code field}. */
  public static Query terms(String field, Collection<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(ts -> ts.value(v))));
  }
}
