package org.ipnetwork.directory.backend.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.backend.search.SearchResponse.FacetBucket;
import org.ipnetwork.directory.backend.search.SearchResponse.Hit;
import org.ipnetwork.directory.backend.search.SearchResponse.Labeled;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Requests and typed answers of the frame, with every value that needs escaping on purpose. */
final class FrameFixtures {

  private FrameFixtures() {}

  static FrameRequest request(String query) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        params.add(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return FrameRequest.of(params);
  }

  /** Page 2 of 25 with a highlighted, verified hit, hostile names and facets beyond the top. */
  static SearchResponse results() {
    Hit highlighted =
        new Hit(
            "fx-1",
            new Labeled("provider", "Service provider"),
            "柏林专利律师事务所",
            "Berlin Patent Attorneys",
            new Labeled("law_firm", "Law firm"),
            new Labeled("DE", "Germany"),
            new Labeled("EU", "Europe"),
            "Berlin",
            List.of(new Labeled("patent", "Patent prosecution"), new Labeled("tm", "A & B <c>")),
            List.of(),
            true,
            "2026-01-02",
            Map.of(
                "name.en",
                List.of("<mark>Berlin</mark> Patent &amp; <b onclick=\"x\">Attorneys</b>"),
                "name.zh",
                List.of("<mark>柏林</mark>")),
            null,
            null);
    Hit hostile =
        new Hit(
            "fx-2",
            null,
            "<script>alert('zh')</script>",
            null,
            null,
            new Labeled("FR", "France \"quoted\""),
            null,
            null,
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            null);
    Hit sameNames =
        new Hit(
            "fx-3",
            null,
            "Same",
            "Same",
            new Labeled("agency", "Agency"),
            new Labeled("IT", "Italy"),
            null,
            "Rome & 'Roma'",
            List.of(new Labeled("x", "X")),
            List.of(),
            false,
            null,
            Map.of(),
            12.5,
            null);
    Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
    facets.put(
        "continent",
        IntStream.rangeClosed(1, 8)
            .mapToObj(i -> new FacetBucket("C" + i, "Continent <" + i + ">", 10 - i, i == 8, null))
            .toList());
    facets.put("country", List.of(new FacetBucket("DE", "Germany", 7, true, "EU")));
    facets.put(
        "service",
        IntStream.rangeClosed(1, 9)
            .mapToObj(i -> new FacetBucket("s" + i, "Service " + i, 20 - i, false, null))
            .toList());
    facets.put("kind", List.of(new FacetBucket("provider", "Provider & co", 25, false, null)));
    return new SearchResponse(
        25,
        2,
        10,
        List.of(highlighted, hostile, sameNames),
        facets,
        "cursor",
        new SearchResponse.Interpretation(List.of(), null, null),
        null);
  }

  /** Nothing found; no facet has a bucket, so selections travel as hidden fields. */
  static SearchResponse none() {
    Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
    facets.put("continent", List.of());
    facets.put("service", List.of());
    return new SearchResponse(
        0,
        1,
        10,
        List.of(),
        facets,
        null,
        new SearchResponse.Interpretation(List.of(), null, null),
        null);
  }

  /** One hit on one page. */
  static SearchResponse one() {
    Hit hit =
        new Hit(
            "fx-4",
            new Labeled("workstation", "Workstation"),
            "工作站",
            "Workstation",
            null,
            new Labeled("VN", "Vietnam"),
            null,
            "Hanoi",
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            null);
    return new SearchResponse(
        1,
        1,
        10,
        List.of(hit),
        Map.of(),
        null,
        new SearchResponse.Interpretation(List.of(), null, null),
        null);
  }

  /** Two hits near a place, nearest first, with their distances. */
  static SearchResponse near() {
    return new SearchResponse(
        2,
        1,
        10,
        List.of(nearHit("fx-01", "Munich", 0.1), nearHit("fx-12", "Frankfurt am Main", 304.04)),
        Map.of(),
        null,
        new SearchResponse.Interpretation(List.of(), null, null),
        null);
  }

  private static Hit nearHit(String id, String city, double km) {
    return new Hit(
        id,
        new Labeled("provider", "Provider"),
        city + "律所",
        city + " Law",
        null,
        new Labeled("DE", "Germany"),
        null,
        city,
        List.of(),
        List.of(),
        false,
        null,
        null,
        km,
        null);
  }

  /** More results than the frame pages through. */
  static SearchResponse many() {
    return new SearchResponse(
        5000,
        100,
        10,
        List.of(),
        Map.of(),
        null,
        new SearchResponse.Interpretation(List.of(), null, null),
        null);
  }
}
