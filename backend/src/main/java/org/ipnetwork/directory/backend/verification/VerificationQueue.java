package org.ipnetwork.directory.backend.verification;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * The published listings due for re-verification: last verified before today minus {@code
 * directory.verification.max-age}, or never; oldest first (never verified before all), inside the
 * member's scope, optionally of one country and one kind, each with when its provider was last
 * asked.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class VerificationQueue {

  /** Filters of the queue; {@code null} for none. */
  record Filter(String country, String kind) {}

  /** One due listing; absent values are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Due(
      String id,
      Names name,
      String country,
      String kind,
      String email,
      LocalDate lastVerified,
      VerificationRecords.Entry lastAsked) {}

  /** One page of the queue; {@code mail}: whether mail is configured (else links go out as CSV). */
  record Results(long total, int page, int size, boolean mail, List<Due> hits) {}

  /** Most listings one batch covers (Elasticsearch's default result window). */
  static final int MAX_BATCH = 10_000;

  private final ElasticsearchClient client;
  private final VerificationRecords records;
  private final VerificationProperties properties;
  private final Clock clock;

  VerificationQueue(
      ElasticsearchClient client,
      VerificationRecords records,
      VerificationProperties properties,
      Clock clock) {
    this.client = client;
    this.records = records;
    this.properties = properties;
    this.clock = clock;
  }

  Results page(Scope scope, Filter filter, int page, int size, boolean mail) throws IOException {
    var r = client.search(request(scope, filter, (page - 1) * size, size), Listing.class);
    List<Due> due = due(r.hits().hits());
    Map<String, VerificationRecords.Entry> asked =
        records.lastAsked(due.stream().map(Due::id).toList());
    List<Due> hits =
        due.stream()
            .map(
                d ->
                    new Due(
                        d.id(),
                        d.name(),
                        d.country(),
                        d.kind(),
                        d.email(),
                        d.lastVerified(),
                        asked.get(d.id())))
            .toList();
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    return new Results(total, page, size, mail, hits);
  }

  /** Every due listing of the filter inside the scope, up to {@link #MAX_BATCH}. */
  List<Due> all(Scope scope, Filter filter) throws IOException {
    return due(client.search(request(scope, filter, 0, MAX_BATCH), Listing.class).hits().hits());
  }

  /** The search: pinned by {@code VerificationQueueGoldenTest}. */
  SearchRequest request(Scope scope, Filter filter, int from, int size) {
    LocalDate cutoff =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .minusDays(properties.maxAge().toDays());
    List<Query> filters = new ArrayList<>(scope.filters());
    filters.add(term("status", Status.PUBLISHED.code()));
    if (filter.country() != null) {
      filters.add(term("location.country", filter.country()));
    }
    if (filter.kind() != null) {
      filters.add(term("kind", filter.kind()));
    }
    Query stale =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.should(
                                s ->
                                    s.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("verification.lastVerified")
                                                        .lt(cutoff.toString()))))
                            .should(
                                s ->
                                    s.bool(
                                        n ->
                                            n.mustNot(
                                                m ->
                                                    m.exists(
                                                        e ->
                                                            e.field("verification.lastVerified")))))
                            .minimumShouldMatch("1")));
    filters.add(stale);
    return SearchRequest.of(
        s ->
            s.index(ListingIndex.ALIAS)
                .query(q -> q.bool(b -> b.filter(filters)))
                // Never verified first, then the oldest; the id keeps pages stable.
                .sort(
                    o ->
                        o.field(
                            f ->
                                f.field("verification.lastVerified")
                                    .order(SortOrder.Asc)
                                    .missing("_first")))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .from(from)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(
                    src ->
                        src.filter(
                            f ->
                                f.includes(
                                    "id",
                                    "kind",
                                    "name",
                                    "location",
                                    "contacts",
                                    "verification",
                                    "status"))));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static List<Due> due(List<Hit<Listing>> hits) {
    return hits.stream()
        .map(Hit::source)
        .filter(l -> l != null)
        .map(
            l ->
                new Due(
                    l.id(),
                    l.name(),
                    l.location() == null ? null : l.location().country(),
                    l.kind() == null ? null : l.kind().code(),
                    l.contacts() == null ? null : l.contacts().email(),
                    l.verification() == null ? null : l.verification().lastVerified(),
                    null))
        .toList();
  }
}
