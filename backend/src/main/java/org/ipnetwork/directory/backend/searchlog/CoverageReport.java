package org.ipnetwork.directory.backend.searchlog;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The coverage heatmap: published listings per country and service (a {@code terms} aggregation of
 * the countries with one of the services under each, on the listings inside the member's scope),
 * beside the searches of the range that found nothing, counted the same way on the log. Two {@code
 * size: 0} searches, run at once.
 */
@Component
class CoverageReport {

  /** More than the world has countries, so that no row is cut off. */
  static final int COUNTRIES = 300;

  static final int SERVICES = 200;

  private final ElasticsearchGateway elasticsearch;
  private final Taxonomies taxonomies;

  CoverageReport(ElasticsearchGateway elasticsearch, Taxonomies taxonomies) {
    this.elasticsearch = elasticsearch;
    this.taxonomies = taxonomies;
  }

  Mono<Coverage> coverage(LogFilter filter, Scope scope, Lang lang) {
    Mono<Map<String, Aggregate>> listings =
        elasticsearch
            .searchListings(b -> listingsRequest(b, scope), Void.class)
            .map(r -> r.aggregations());
    Mono<Map<String, Aggregate>> searches =
        elasticsearch
            .search(SearchLog.INDEX.pattern(), b -> searchesRequest(b, filter), Void.class)
            .map(r -> r.aggregations());
    return Mono.zip(listings, searches)
        .map(t -> coverage(filter.range(), t.getT1(), t.getT2(), lang));
  }

  static SearchRequest.Builder listingsRequest(SearchRequest.Builder b, Scope scope) {
    List<Query> filters = new ArrayList<>();
    filters.add(Query.of(q -> q.term(t -> t.field("status").value(Status.PUBLISHED.code()))));
    filters.addAll(scope.filters());
    return b.size(0)
        .query(q -> q.bool(x -> x.filter(filters)))
        .aggregations(
            "countries", byCountryAndService(Facet.COUNTRY.field(), Facet.SERVICE.field()));
  }

  static SearchRequest.Builder searchesRequest(SearchRequest.Builder b, LogFilter filter) {
    return b.size(0)
        .query(filter.zeroResults())
        .aggregations("countries", byCountryAndService("selected.country", "selected.service"));
  }

  private static co.elastic.clients.elasticsearch._types.aggregations.Aggregation
      byCountryAndService(String country, String service) {
    return co.elastic.clients.elasticsearch._types.aggregations.Aggregation.of(
        a ->
            a.terms(t -> t.field(country).size(COUNTRIES))
                .aggregations("services", s -> s.terms(t -> t.field(service).size(SERVICES))));
  }

  /** country → (service → count), and country → count under the {@code ""} service. */
  private static Map<String, Map<String, Long>> cells(Map<String, Aggregate> aggs) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (StringTermsBucket c : SearchLogReports.buckets(aggs, "countries")) {
      Map<String, Long> row = new HashMap<>();
      row.put("", c.docCount());
      for (StringTermsBucket s : SearchLogReports.buckets(c.aggregations(), "services")) {
        row.put(s.key().stringValue(), s.docCount());
      }
      out.put(c.key().stringValue(), row);
    }
    return out;
  }

  private Coverage coverage(
      DateRange range,
      Map<String, Aggregate> listingAggs,
      Map<String, Aggregate> searchAggs,
      Lang lang) {
    Map<String, Map<String, Long>> listings = cells(listingAggs);
    Map<String, Map<String, Long>> searches = cells(searchAggs);
    List<Coverage.Column> columns =
        taxonomies.services().terms().stream()
            .map(t -> new Coverage.Column(t.code(), t.label(lang)))
            .toList();
    Set<String> codes = new LinkedHashSet<>();
    taxonomies.countries().terms().stream()
        .map(Term::code)
        .filter(c -> listings.containsKey(c) || searches.containsKey(c))
        .forEach(codes::add);
    searches.keySet().stream()
        .filter(c -> !taxonomies.countries().contains(c))
        .sorted(Comparator.naturalOrder())
        .forEach(codes::add);
    long max = 0;
    List<Coverage.Row> rows = new ArrayList<>();
    for (String code : codes) {
      Map<String, Long> listed = listings.getOrDefault(code, Map.of());
      Map<String, Long> missed = searches.getOrDefault(code, Map.of());
      List<Coverage.Cell> cells = new ArrayList<>();
      for (Coverage.Column column : columns) {
        long n = listed.getOrDefault(column.code(), 0L);
        max = Math.max(max, n);
        cells.add(new Coverage.Cell(column.code(), n, missed.getOrDefault(column.code(), 0L)));
      }
      rows.add(
          new Coverage.Row(
              code,
              Labels.country(taxonomies, code, lang),
              taxonomies.countries().contains(code),
              listed.getOrDefault("", 0L),
              missed.getOrDefault("", 0L),
              cells));
    }
    return new Coverage(range.from(), range.to(), columns, rows, max);
  }
}
