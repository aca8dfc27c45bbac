package org.ipnetwork.directory.backend.page;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.ListingView;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * What {@code templates/embed/frame-shortlist.mustache} shows: the visitor's shortlist in the
 * frame, without JavaScript. Each listing with its place and contact links, a link that takes it
 * off; the list as CSV (the API's download, with the partner's key), on the directory's own page
 * (where it can be shared and printed) and emptied; a Back link to the search as it was.
 *
 * @param count "候选名单中有 2 家机构", or the empty list's hint
 * @param gone how many starred listings are no longer in the directory (or the scope), as text, or
 *     {@code null}
 */
record FrameShortlistView(
    String htmlLang,
    Map<String, String> t,
    String count,
    String gone,
    List<Item> items,
    String backHref,
    String csvHref,
    String directoryHref,
    String clearHref) {

  boolean hasItems() {
    return !items.isEmpty();
  }

  /**
   * @param removeHref this view without the listing
   */
  record Item(
      String id,
      String name,
      String other,
      String place,
      String href,
      List<FrameListingView.Contact> contacts,
      String removeHref,
      String removeLabel) {}

  /** {@code listings}: the shortlist's published listings in the scope, in the order starred. */
  static FrameShortlistView of(FrameRequest r, List<ListingView> listings, UiStrings strings) {
    Lang lang = r.zh() ? Lang.ZH : Lang.EN;
    List<Item> items =
        listings.stream()
            .map(
                l -> {
                  String name = FrameListingView.name(l, r);
                  return new Item(
                      l.id(),
                      name,
                      FrameListingView.otherName(l, r, name),
                      Stream.of(l.country() == null ? null : l.country().label(), l.city())
                          .filter(s -> s != null && !s.isEmpty())
                          .collect(Collectors.joining(" · ")),
                      FrameView.listingHref(l.id(), r),
                      FrameListingView.contacts(l.contacts(), name, lang, strings),
                      FrameView.shortlistHref(r.toggled(l.id())),
                      strings.text(lang, "shortlistRemoveLabel", Map.of("name", name)));
                })
            .toList();
    int n = r.shortlist().size();
    int gone = n - items.size();
    String ids = FrameView.url(String.join(",", r.shortlist()));
    String key = r.key().isEmpty() ? "" : "&key=" + FrameView.url(r.key());
    return new FrameShortlistView(
        r.zh() ? "zh-CN" : "en",
        strings.plain(lang),
        n == 0
            ? strings.text(lang, "shortlistEmpty")
            : strings.text(lang, "shortlistCount", Map.of("n", n)),
        gone > 0 ? strings.text(lang, "shortlistGone", Map.of("n", gone)) : null,
        items,
        FrameView.searchHref(r),
        "/api/v1/listings.csv?ids=" + ids + "&lang=" + r.lang() + key,
        "/?view=shortlist&shortlist=" + ids + "&lang=" + r.lang(),
        FrameView.shortlistHref(r.withShortlist(List.of())));
  }
}
