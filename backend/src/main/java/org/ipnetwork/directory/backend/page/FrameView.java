package org.ipnetwork.directory.backend.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.search.SearchResponse;

/**
 * What {@code templates/embed/frame.mustache} shows, read from the typed search answer: the choices
 * the template cannot make (which name, which facet values, which page links) are made here, so the
 * template only prints. Absent optional parts are {@code null} (a section the template skips).
 *
 * @param t the texts of the frame's language without placeholders, by key ({@code UiStrings})
 * @param hidden the form fields that carry the request along: key, language, countries
 * @param place the place field, the radius choice and the sort by distance
 * @param problem why there are no results, or {@code null}
 * @param results the results, or {@code null} when there is a problem
 * @param directoryHref the same search on the directory's own page (opened in a new tab)
 * @param shortlistLink the link to the shortlist view: its href and "候选名单 (2)"
 */
record FrameView(
    String htmlLang,
    Map<String, String> t,
    List<Field> hidden,
    String q,
    PlaceField place,
    List<FacetGroup> facets,
    String problem,
    Results results,
    String directoryHref,
    Link shortlistLink) {

  record Link(String href, String text) {}

  /**
   * The frame's search as query parameters ({@code lang}, {@code key}, {@code q}, the filters and,
   * when above 0, {@code page}): what its paging, detail and Back links carry along.
   */
  static String query(FrameRequest r, int page) {
    StringBuilder query = new StringBuilder("lang=").append(r.lang());
    if (!r.key().isEmpty()) {
      query.append("&key=").append(url(r.key()));
    }
    query.append(searchOnly(r));
    if (page > 0) {
      query.append("&page=").append(page);
    }
    if (!r.shortlist().isEmpty()) {
      query.append("&shortlist=").append(url(String.join(",", r.shortlist())));
    }
    return query.toString();
  }

  /** The frame's search page as it is ({@code view} aside), e.g. after a star was pressed. */
  static String searchHref(FrameRequest r) {
    return "/embed/v1/frame?" + query(r, r.page());
  }

  /** The frame's shortlist view of this request's list. */
  static String shortlistHref(FrameRequest r) {
    return searchHref(r) + "&view=shortlist";
  }

  /**
   * The star of one listing: the link that puts it on the shortlist or takes it off, back to the
   * same place of the same page (its result's anchor).
   *
   * @param label the accessible name: the action with the listing's name
   */
  record Star(boolean on, String href, String label) {

    static Star of(String id, String name, FrameRequest r, Map<String, String> labels) {
      boolean on = r.starred(id);
      return new Star(
          on,
          searchHref(r.toggled(id)) + "#r-" + url(id),
          (on ? labels.get("shortlistRemoveLabel") : labels.get("shortlistAddLabel"))
              .replace("{name}", name));
    }
  }

  /** {@code &q=…&facet=code…} of the request. */
  private static String searchOnly(FrameRequest r) {
    StringBuilder query = new StringBuilder();
    if (!r.q().isEmpty()) {
      query.append("&q=").append(url(r.q()));
    }
    if (r.hasPlace()) {
      query.append("&near=").append(url(r.near())).append("&radius=").append(r.radius());
      if (r.byDistance()) {
        query.append("&sort=distance");
      }
    }
    r.filters()
        .forEach(
            (f, codes) ->
                codes.forEach(c -> query.append('&').append(f).append('=').append(url(c))));
    return query.toString();
  }

  /** The same query and filters on the directory's page (same origin as the frame, no key). */
  static String directoryHref(FrameRequest r) {
    return "/?lang=" + r.lang() + searchOnly(r);
  }

  /** The frame's detail page of a listing, keeping the search for its Back link. */
  static String listingHref(String id, FrameRequest r) {
    return FrameListingView.PATH + url(id) + "?" + query(r, r.page());
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  record Field(String name, String value) {}

  /** One facet: checkboxes when the answer has values, else its selection as hidden fields. */
  record FacetGroup(String legend, List<Option> options, List<Field> hidden) {

    boolean shown() {
      return !options.isEmpty();
    }
  }

  record Option(String id, String facet, String code, String label, long count, boolean checked) {}

  /**
   * The place text field, the radius choice and, with a place, the choice of nearest first.
   *
   * @param radii the radius options, with {@code text} such as "50 公里内" / "within 50 km"
   */
  record PlaceField(String near, List<Choice> radii, boolean hasPlace, boolean byDistance) {

    /** {@code radiusText}: the option's text with {@code {km}} where the number goes. */
    static PlaceField of(FrameRequest r, String radiusText) {
      List<Choice> radii =
          FrameRequest.RADII.stream()
              .map(
                  km ->
                      new Choice(
                          String.valueOf(km),
                          radiusText.replace("{km}", String.valueOf(km)),
                          km == r.radius()))
              .toList();
      return new PlaceField(r.near(), radii, r.hasPlace(), r.byDistance());
    }
  }

  record Choice(String value, String text, boolean selected) {}

  /**
   * @param paging the page links, or {@code null} when everything fits on one page
   */
  record Results(long total, String summary, List<HitView> hits, Paging paging) {}

  /**
   * @param marked the name with the matched words marked, or {@code null}: shown instead of {@code
   *     name}
   * @param other the name in the other language when it differs, or {@code null}
   * @param city the city, or {@code null}
   */
  record HitView(
      String name,
      Marked marked,
      boolean verified,
      String other,
      String orgType,
      String country,
      String city,
      String distance,
      List<String> services,
      String href,
      String id,
      Star star) {

    /**
     * {@code distance}: the hit's distance from the place as text, or {@code null}; {@code labels}:
     * the star's accessible names with {@code {name}}, {@code shortlistAddLabel} and {@code
     * shortlistRemoveLabel}.
     */
    static HitView of(
        SearchResponse.Hit h, FrameRequest r, String distance, Map<String, String> labels) {
      String nameZh = orEmpty(h.nameZh());
      String nameEn = orEmpty(h.nameEn());
      String name = r.zh() ? or(nameZh, nameEn) : or(nameEn, nameZh);
      String other = r.zh() ? nameEn : nameZh;
      List<String> fragments =
          h.highlight() == null
              ? List.of()
              : h.highlight().getOrDefault("name." + r.lang(), List.of());
      return new HitView(
          name,
          fragments.isEmpty() ? null : Marked.of(fragments.get(0)),
          h.verified(),
          other.isEmpty() || other.equals(name) ? null : other,
          label(h.orgType()),
          label(h.country()),
          h.city() == null || h.city().isEmpty() ? null : h.city(),
          distance,
          h.services() == null ? List.of() : h.services().stream().map(HitView::label).toList(),
          listingHref(h.id(), r),
          h.id(),
          Star.of(h.id(), name, r, labels));
    }

    private static String label(SearchResponse.Labeled labeled) {
      return labeled == null ? "" : orEmpty(labeled.label());
    }
  }

  /**
   * A search highlight, the one HTML the template prints as it is. Elasticsearch returns it
   * HTML-encoded with {@code <mark>} added; any other tag is removed here, so only text and {@code
   * <mark>} remain.
   */
  record Marked(String html) {

    private static final Pattern NOT_MARK = Pattern.compile("<(?!/?mark>)[^>]*>");

    static Marked of(String fragment) {
      return new Marked(NOT_MARK.matcher(fragment).replaceAll(""));
    }
  }

  /** Numbered links around the current page, with previous and next; {@code href} null: current. */
  record Paging(List<PageLink> links) {

    private static final int PAGE_LINKS = 7;

    static Paging of(FrameRequest r, long total, String previous, String next) {
      int pages =
          (int)
              Math.min(FrameRequest.MAX_PAGE, (total + FrameRequest.SIZE - 1) / FrameRequest.SIZE);
      if (pages <= 1) {
        return null;
      }
      int first = Math.max(1, Math.min(r.page() - PAGE_LINKS / 2, pages - PAGE_LINKS + 1));
      int last = Math.min(pages, first + PAGE_LINKS - 1);
      List<PageLink> links = new ArrayList<>();
      if (r.page() > 1) {
        links.add(new PageLink(previous, href(r, r.page() - 1)));
      }
      for (int p = first; p <= last; p++) {
        links.add(new PageLink(String.valueOf(p), p == r.page() ? null : href(r, p)));
      }
      if (r.page() < pages) {
        links.add(new PageLink(next, href(r, r.page() + 1)));
      }
      return new Paging(links);
    }

    private static String href(FrameRequest r, int page) {
      return "/embed/v1/frame?" + query(r, page);
    }
  }

  record PageLink(String text, String href) {}

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String or(String a, String b) {
    return a.isEmpty() ? b : a;
  }
}
