package org.ipnetwork.directory.backend.duplicates;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * Finds the pairs of published listings (inside a scope, optionally of one country) that may be one
 * firm. One pass reads the listings' ids, names, places and contacts in pages ({@code search_after}
 * on the id); pairs sharing a normalised contact ({@link DuplicateKeys}) are grouped from it, and
 * the name pairs come from Elasticsearch: one {@link NameQuery} per listing, sent in {@code
 * _msearch} batches, a pair counting when each finds the other. Dismissed pairs are left out.
 * Scores: {@link #score}.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class CandidateFinder {

  static final int PAGE = 1000;
  static final int BATCH = 200;

  /**
   * A value shared by more listings than this (a platform's website, a group's switchboard) says
   * nothing about any two of them.
   */
  static final int MAX_GROUP = 10;

  /** How much each reason says on its own; a website counts fully only within one city. */
  static final Map<String, Double> WEIGHTS =
      Map.of("email", 0.6, "phone", 0.6, "name", 0.5, "website", 0.5, "website_other_city", 0.2);

  /** Pairs scoring less are not proposed (a shared website across cities: branch offices). */
  static final double THRESHOLD = 0.5;

  private final ElasticsearchClient client;

  CandidateFinder(ElasticsearchClient client) {
    this.client = client;
  }

  /** Every candidate, best first (score, then ids). */
  List<Candidate> find(Scope scope, String country, Set<String> dismissed) throws IOException {
    List<Query> inside = scope.filters();
    Map<String, Listing> listings = scan(inside, country);
    Map<String, Map<String, Candidate.Reason>> reasons = new LinkedHashMap<>();
    keyPairs(listings, reasons);
    namePairs(listings, inside, reasons);
    List<Candidate> out = new ArrayList<>();
    reasons.forEach(
        (key, found) -> {
          if (dismissed.contains(key)) {
            return;
          }
          String[] ids = key.split("\\|", 2);
          Listing a = listings.get(ids[0]);
          Listing b = listings.get(ids[1]);
          List<Candidate.Reason> why = List.copyOf(found.values());
          double score = score(why, sameCity(a, b));
          if (score >= THRESHOLD) {
            out.add(new Candidate(Candidate.Summary.of(a), Candidate.Summary.of(b), why, score));
          }
        });
    out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.key()));
    return out;
  }

  /** 1 − Π(1 − weight): independent signals add up, none alone reaches 1. */
  static double score(List<Candidate.Reason> reasons, boolean sameCity) {
    double none = 1;
    for (Candidate.Reason r : reasons) {
      String weight = r.code().equals("website") && !sameCity ? "website_other_city" : r.code();
      none *= 1 - WEIGHTS.get(weight);
    }
    return Math.round((1 - none) * 100) / 100.0;
  }

  private Map<String, Listing> scan(List<Query> inside, String country) throws IOException {
    List<Query> filters = new ArrayList<>(inside);
    filters.add(Query.of(q -> q.term(t -> t.field("status").value(Status.PUBLISHED.code()))));
    if (country != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("location.country").value(country))));
    }
    Map<String, Listing> out = new LinkedHashMap<>();
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<Listing> r =
          client.search(
              s -> {
                s.index(ListingIndex.ALIAS)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .source(
                        src -> src.filter(f -> f.includes("id", "name", "location", "contacts")))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                    .size(PAGE);
                if (from != null) {
                  s.searchAfter(from);
                }
                return s;
              },
              Listing.class);
      List<Hit<Listing>> hits = r.hits().hits();
      hits.forEach(h -> out.put(h.id(), h.source().withId(h.id())));
      if (hits.size() < PAGE) {
        return out;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private static void keyPairs(
      Map<String, Listing> listings, Map<String, Map<String, Candidate.Reason>> reasons) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Listing l : listings.values()) {
      if (l.contacts() == null) {
        continue;
      }
      String country = l.location() == null ? null : l.location().country();
      add(groups, "website", DuplicateKeys.domain(l.contacts().website()), l.id());
      add(groups, "email", DuplicateKeys.email(l.contacts().email()), l.id());
      add(groups, "phone", DuplicateKeys.phone(l.contacts().phone(), country), l.id());
    }
    groups.forEach(
        (key, ids) -> {
          if (ids.size() < 2 || ids.size() > MAX_GROUP) {
            return;
          }
          String[] kv = key.split(" ", 2);
          for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
              reasons
                  .computeIfAbsent(
                      Candidate.key(ids.get(i), ids.get(j)), k -> new LinkedHashMap<>())
                  .put(kv[0], new Candidate.Reason(kv[0], kv[1]));
            }
          }
        });
  }

  private static void add(Map<String, List<String>> groups, String code, String value, String id) {
    if (value != null) {
      groups.computeIfAbsent(code + " " + value, k -> new ArrayList<>()).add(id);
    }
  }

  private void namePairs(
      Map<String, Listing> listings,
      List<Query> inside,
      Map<String, Map<String, Candidate.Reason>> reasons)
      throws IOException {
    Set<String> found = new HashSet<>();
    List<Listing> batch = new ArrayList<>();
    List<RequestItem> searches = new ArrayList<>();
    for (Listing l : listings.values()) {
      Query q = NameQuery.of(l, inside);
      if (q == null) {
        continue;
      }
      batch.add(l);
      searches.add(
          RequestItem.of(
              r ->
                  r.header(h -> h.index(ListingIndex.ALIAS))
                      .body(b -> b.query(q).size(MAX_GROUP).source(src -> src.fetch(false)))));
      if (searches.size() == BATCH) {
        send(batch, searches, found);
        batch.clear();
        searches.clear();
      }
    }
    if (!searches.isEmpty()) {
      send(batch, searches, found);
    }
    for (String directed : found) {
      String[] ids = directed.split(">", 2);
      if (ids[0].compareTo(ids[1]) < 0 && found.contains(ids[1] + ">" + ids[0])) {
        Listing l = listings.get(ids[0]);
        reasons
            .computeIfAbsent(Candidate.key(ids[0], ids[1]), k -> new LinkedHashMap<>())
            .put("name", new Candidate.Reason("name", l.location().city()));
      }
    }
  }

  private void send(List<Listing> batch, List<RequestItem> searches, Set<String> found)
      throws IOException {
    MsearchResponse<Void> r = client.msearch(m -> m.searches(searches), Void.class);
    List<MultiSearchResponseItem<Void>> answers = r.responses();
    for (int i = 0; i < answers.size(); i++) {
      MultiSearchResponseItem<Void> a = answers.get(i);
      if (!a.isResult()) {
        throw new IOException("a name search failed: " + a.failure().error().reason());
      }
      String from = batch.get(i).id();
      a.result().hits().hits().stream()
          .map(Hit::id)
          .filter(Objects::nonNull)
          .forEach(to -> found.add(from + ">" + to));
    }
  }

  private static boolean sameCity(Listing a, Listing b) {
    return a.location() != null
        && b.location() != null
        && Objects.equals(a.location().country(), b.location().country())
        && a.location().city() != null
        && a.location()
            .city()
            .equalsIgnoreCase(b.location().city() == null ? "" : b.location().city());
  }
}
