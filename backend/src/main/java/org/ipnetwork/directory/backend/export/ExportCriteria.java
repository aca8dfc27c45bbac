package org.ipnetwork.directory.backend.export;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.util.MultiValueMap;

/**
 * Which listings an export holds: facet codes as in the public search (repeated or comma-separated,
 * any of them within a facet), statuses of published copies, and a lower bound on {@code
 * updatedAt}. Drafts are not exported: they live in their own index and are no listing yet.
 *
 * @param facets facet → codes, facets without a choice left out
 * @param statuses any of these; never empty (all of {@link #EXPORTABLE} when none was asked for)
 * @param updatedSince only listings updated at or after this; {@code null} for any
 */
record ExportCriteria(
    Map<Facet, List<String>> facets, List<Status> statuses, Instant updatedSince) {

  /** The statuses a published copy can have, as the editing workflow moves it. */
  static final List<Status> EXPORTABLE =
      List.of(Status.PUBLISHED, Status.SUSPENDED, Status.ARCHIVED);

  /** The request's parameters; an unusable value is a 400 naming its parameter. */
  static ExportCriteria parse(MultiValueMap<String, String> params, Taxonomies taxonomies) {
    Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.all()) {
      List<String> codes = values(params, facet.parameter());
      for (String code : codes) {
        if (!facet.taxonomy(taxonomies).contains(code)) {
          throw new InvalidParameterException(
              facet.parameter(),
              "Unknown " + facet.parameter() + " code '" + code + "'. See GET /api/v1/taxonomies.");
        }
      }
      if (!codes.isEmpty()) {
        facets.put(facet, codes);
      }
    }
    List<Status> statuses = new ArrayList<>();
    for (String code : values(params, "status")) {
      Status status =
          EXPORTABLE.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
      if (status == null) {
        throw new InvalidParameterException(
            "status", "status is published, suspended or archived (drafts are not exported).");
      }
      statuses.add(status);
    }
    return new ExportCriteria(
        facets, statuses.isEmpty() ? EXPORTABLE : statuses, since(params.getFirst("updatedSince")));
  }

  /**
   * Every condition as one filter, inside the member's scope: the scope's filters are added to the
   * chosen ones, so a choice outside the scope finds nothing rather than widening it.
   */
  Query query(Scope scope) {
    List<Query> filters = new ArrayList<>(scope.filters());
    facets.forEach((facet, codes) -> filters.add(Queries.terms(facet.field(), codes)));
    filters.add(Queries.terms("status", statuses.stream().map(Status::code).toList()));
    if (updatedSince != null) {
      filters.add(
          Query.of(
              q -> q.range(r -> r.date(d -> d.field("updatedAt").gte(updatedSince.toString())))));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /** What the file name says of the choice: {@code country-DE-FR_status-published_since-…}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    facets.forEach((facet, codes) -> parts.add(facet.parameter() + "-" + String.join("-", codes)));
    if (!statuses.equals(EXPORTABLE)) {
      parts.add("status-" + String.join("-", statuses.stream().map(Status::code).toList()));
    }
    if (updatedSince != null) {
      parts.add("since-" + updatedSince.toString().replace(":", ""));
    }
    return String.join("_", parts);
  }

  private static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeException e) {
      throw new InvalidParameterException(
          "updatedSince",
          "updatedSince is a date (2026-06-01) or an instant (2026-06-01T08:00:00Z).");
    }
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : params.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return List.copyOf(out);
  }
}
