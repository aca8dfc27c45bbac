package org.ipnetwork.directory.backend.searchlog;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The dashboard's summary: one {@code size: 0} search of the log's months with an aggregation per
 * figure (a date histogram per day, {@code terms} of the folded query text, of the recognised
 * countries and services and of the partner), so the log's documents are never read one by one.
 */
@Component
class SearchLogReports {

  static final int TOP = 20;
  static final int PARTNERS = 100;

  private final ElasticsearchGateway elasticsearch;
  private final Taxonomies taxonomies;
  private final SearchLog searchLog;

  SearchLogReports(ElasticsearchGateway elasticsearch, Taxonomies taxonomies, SearchLog searchLog) {
    this.elasticsearch = elasticsearch;
    this.taxonomies = taxonomies;
    this.searchLog = searchLog;
  }

  Mono<Summary> summary(LogFilter filter, Lang lang) {
    return elasticsearch
        .search(SearchLog.INDEX.pattern(), b -> request(b, filter), Void.class)
        .map(r -> summary(filter.range(), r.hits().total().value(), r.aggregations(), lang));
  }

  static SearchRequest.Builder request(SearchRequest.Builder b, LogFilter filter) {
    Query zero = Query.of(q -> q.term(t -> t.field("zeroResult").value(true)));
    Query relaxed = Query.of(q -> q.term(t -> t.field("relaxed").value(true)));
    return b.size(0)
        .trackTotalHits(t -> t.enabled(true))
        .query(filter.query())
        .aggregations(
            "days",
            a ->
                a.dateHistogram(
                        h ->
                            h.field("at")
                                .calendarInterval(CalendarInterval.Day)
                                .format("yyyy-MM-dd")
                                .timeZone("UTC"))
                    .aggregations("zero", z -> z.filter(zero))
                    .aggregations("relaxed", z -> z.filter(relaxed)))
        .aggregations("queries", a -> a.terms(t -> t.field("queryKey").size(TOP)))
        .aggregations(
            "zero",
            a ->
                a.filter(zero)
                    .aggregations("queries", q -> q.terms(t -> t.field("queryKey").size(TOP))))
        .aggregations(
            "relaxed",
            a ->
                a.filter(relaxed)
                    .aggregations("queries", q -> q.terms(t -> t.field("queryKey").size(TOP))))
        .aggregations("countries", a -> a.terms(t -> t.field("understood.country").size(TOP)))
        .aggregations("services", a -> a.terms(t -> t.field("understood.service").size(TOP)))
        .aggregations("partners", a -> a.terms(t -> t.field("partnerId").size(PARTNERS)))
        .aggregations("withoutPartner", a -> a.missing(m -> m.field("partnerId")));
  }

  private Summary summary(DateRange range, long searches, Map<String, Aggregate> aggs, Lang lang) {
    Map<LocalDate, Summary.Day> perDay = new HashMap<>();
    if (aggs.get("days") != null) {
      aggs.get("days")
          .dateHistogram()
          .buckets()
          .array()
          .forEach(
              d -> {
                LocalDate date = LocalDate.parse(d.keyAsString());
                perDay.put(
                    date,
                    new Summary.Day(
                        date,
                        d.docCount(),
                        d.aggregations().get("zero").filter().docCount(),
                        d.aggregations().get("relaxed").filter().docCount()));
              });
    }
    List<Summary.Day> days =
        range.days().stream()
            .map(d -> perDay.getOrDefault(d, new Summary.Day(d, 0, 0, 0)))
            .toList();
    Map<String, Aggregate> zero = sub(aggs, "zero");
    Map<String, Aggregate> relaxed = sub(aggs, "relaxed");
    List<Summary.PartnerCount> partners =
        new java.util.ArrayList<>(
            buckets(aggs, "partners").stream()
                .map(b -> new Summary.PartnerCount(b.key().stringValue(), b.docCount()))
                .toList());
    long withoutPartner =
        aggs.get("withoutPartner") == null ? 0 : aggs.get("withoutPartner").missing().docCount();
    if (withoutPartner > 0) {
      partners.add(new Summary.PartnerCount(null, withoutPartner));
      partners.sort((x, y) -> Long.compare(y.count(), x.count()));
    }
    return new Summary(
        range.from(),
        range.to(),
        searches,
        count(aggs, "zero"),
        count(aggs, "relaxed"),
        days,
        queries(aggs),
        queries(zero),
        queries(relaxed),
        terms(aggs, "countries", code -> Labels.country(taxonomies, code, lang)),
        terms(aggs, "services", code -> taxonomies.services().label(code, lang)),
        partners,
        searchLog.stats());
  }

  private static Map<String, Aggregate> sub(Map<String, Aggregate> aggs, String name) {
    return aggs.get(name) == null ? Map.of() : aggs.get(name).filter().aggregations();
  }

  private static long count(Map<String, Aggregate> aggs, String name) {
    return aggs.get(name) == null ? 0 : aggs.get(name).filter().docCount();
  }

  static List<StringTermsBucket> buckets(Map<String, Aggregate> aggs, String name) {
    Aggregate a = aggs.get(name);
    return a == null || !a.isSterms() ? List.of() : a.sterms().buckets().array();
  }

  private static List<Summary.QueryCount> queries(Map<String, Aggregate> aggs) {
    return buckets(aggs, "queries").stream()
        .map(b -> new Summary.QueryCount(b.key().stringValue(), b.docCount()))
        .toList();
  }

  private static List<Summary.TermCount> terms(
      Map<String, Aggregate> aggs, String name, java.util.function.UnaryOperator<String> label) {
    return buckets(aggs, name).stream()
        .map(
            b ->
                new Summary.TermCount(
                    b.key().stringValue(), label.apply(b.key().stringValue()), b.docCount()))
        .toList();
  }
}
