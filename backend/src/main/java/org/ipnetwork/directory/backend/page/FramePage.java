package org.ipnetwork.directory.backend.page;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.ListingView;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.stereotype.Component;

/**
 * The HTML of the no-JS frame: {@code templates/embed/frame.mustache} filled with a {@link
 * FrameView} of the typed search answer and the texts of {@link UiStrings}.
 */
@Component
class FramePage {

  /** Why a frame has no results. */
  enum Problem {
    INVALID_FILTER("invalidFilter"),
    UNKNOWN_PLACE("placeUnknown"),
    UNAVAILABLE("searchUnavailable"),
    LISTING_NOT_FOUND("listingNotFound");

    private final String text;

    Problem(String text) {
      this.text = text;
    }
  }

  /** The facets offered as checkboxes, with how many values each shows (more when selected). */
  private record Checkboxes(String facet, int top) {}

  private static final List<Checkboxes> CHECKBOXES =
      List.of(
          new Checkboxes("continent", 6), new Checkboxes("service", 8), new Checkboxes("kind", 4));

  /**
   * Escapes what HTML text and quoted attribute values need, as the frame always did (jmustache's
   * default also encodes {@code =} and {@code `}, which only unquoted attributes would need).
   */
  private static final Mustache.Escaper HTML =
      Escapers.simple(
          new String[][] {
            {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}
          });

  private final Template template;
  private final Template listingTemplate;
  private final Template shortlistTemplate;
  private final UiStrings strings;

  /** {@code compiler}: Spring Boot's, which loads {@code classpath:/templates/*.mustache}. */
  FramePage(Mustache.Compiler compiler, UiStrings strings) {
    this.template = compiler.withEscaper(HTML).loadTemplate("embed/frame");
    this.listingTemplate = compiler.withEscaper(HTML).loadTemplate("embed/frame-listing");
    this.shortlistTemplate = compiler.withEscaper(HTML).loadTemplate("embed/frame-shortlist");
    this.strings = strings;
  }

  String render(FrameRequest r, SearchResponse response) {
    Lang lang = lang(r);
    long total = response.total();
    String summary =
        total == 0
            ? strings.text(lang, "resultsNone")
            : strings.text(lang, "results", Map.of("n", total));
    FrameView.Paging paging =
        FrameView.Paging.of(r, total, strings.text(lang, "previous"), strings.text(lang, "next"));
    // The star's names with {name} left in: filled in per hit.
    Map<String, String> starLabels =
        Map.of(
            "shortlistAddLabel",
            strings.text(lang, "shortlistAddLabel", Map.of("name", "{name}")),
            "shortlistRemoveLabel",
            strings.text(lang, "shortlistRemoveLabel", Map.of("name", "{name}")));
    List<FrameView.HitView> hits =
        response.hits().stream()
            .map(h -> FrameView.HitView.of(h, r, distance(h.distanceKm(), lang), starLabels))
            .toList();
    return template.execute(
        view(
            r,
            response.facets() == null ? Map.of() : response.facets(),
            null,
            new FrameView.Results(total, summary, hits, paging)));
  }

  /** The frame's shortlist view: {@code listings} are its listings found, in the order starred. */
  String renderShortlist(FrameRequest r, List<ListingView> listings) {
    return shortlistTemplate.execute(FrameShortlistView.of(r, listings, strings));
  }

  /** The frame's detail page of one listing. */
  String render(FrameRequest r, ListingView listing) {
    return listingTemplate.execute(FrameListingView.of(listing, r, strings));
  }

  /** "约 12 公里" / "12 km": whole kilometres, tenths under one (as the page shows it). */
  private String distance(Double km, Lang lang) {
    if (km == null) {
      return null;
    }
    Object shown = km < 1 ? String.format(Locale.ROOT, "%.1f", km) : Math.round(km);
    return strings.text(lang, "distanceKm", Map.of("km", shown));
  }

  String render(FrameRequest r, Problem problem) {
    return template.execute(view(r, Map.of(), strings.text(lang(r), problem.text), null));
  }

  private FrameView view(
      FrameRequest r,
      Map<String, List<SearchResponse.FacetBucket>> facets,
      String problem,
      FrameView.Results results) {
    Lang lang = lang(r);
    List<FrameView.Field> hidden = new ArrayList<>();
    addHidden(hidden, "key", r.key());
    addHidden(hidden, "lang", r.lang());
    addHidden(hidden, "shortlist", String.join(",", r.shortlist()));
    r.filters().getOrDefault("country", List.of()).forEach(c -> addHidden(hidden, "country", c));
    List<FrameView.FacetGroup> groups =
        CHECKBOXES.stream()
            .map(c -> group(r, c, facets.getOrDefault(c.facet(), List.of()), lang))
            .toList();
    return new FrameView(
        r.zh() ? "zh-CN" : "en",
        strings.plain(lang),
        hidden,
        r.q(),
        FrameView.PlaceField.of(r, strings.text(lang, "radiusOption", Map.of("km", "{km}"))),
        groups,
        problem,
        results,
        FrameView.directoryHref(r),
        new FrameView.Link(
            FrameView.shortlistHref(r),
            strings.text(lang, "shortlistButton", Map.of("n", r.shortlist().size()))));
  }

  /** Checkboxes for the top values and the selected ones; without values, the selection hidden. */
  private FrameView.FacetGroup group(
      FrameRequest r, Checkboxes c, List<SearchResponse.FacetBucket> buckets, Lang lang) {
    List<FrameView.Field> hidden = new ArrayList<>();
    if (buckets.isEmpty()) {
      r.filters().getOrDefault(c.facet(), List.of()).forEach(v -> addHidden(hidden, c.facet(), v));
    }
    List<FrameView.Option> options = new ArrayList<>();
    int i = 0;
    for (SearchResponse.FacetBucket b : buckets) {
      boolean checked = r.selected(c.facet(), b.code());
      if (i++ >= c.top() && !checked) {
        continue;
      }
      options.add(
          new FrameView.Option(
              "f-" + c.facet() + "-" + b.code(),
              c.facet(),
              b.code(),
              b.label() == null ? "" : b.label(),
              b.count(),
              checked));
    }
    return new FrameView.FacetGroup(strings.text(lang, c.facet()), options, hidden);
  }

  private static void addHidden(List<FrameView.Field> fields, String name, String value) {
    if (!value.isEmpty()) {
      fields.add(new FrameView.Field(name, value));
    }
  }

  private static Lang lang(FrameRequest r) {
    return r.zh() ? Lang.ZH : Lang.EN;
  }
}
