package org.ipnetwork.directory.backend.assets;

import java.util.regex.Matcher;

/**
 * Writes a {@link FirstAnswer.Rendered} into the page's HTML: the count, the chips and the result
 * cards where main.js puts them, the tab's title, and the answer's JSON (with the path it answers)
 * at the end of the body, where main.js takes it instead of asking the API. Each place is an exact
 * piece of index.html; one that is missing fails loudly (PublicPageTest) rather than leaving the
 * answer out unnoticed.
 */
final class FirstAnswerPage {

  static final String STATUS =
      "<p id=\"result-status\" class=\"result-status\" role=\"status\" aria-live=\"polite\""
          + " aria-atomic=\"true\" elementtiming=\"results\"></p>";
  static final String FILTERS_DONE =
      "<button type=\"button\" id=\"filters-done\" class=\"primary\"></button>";
  static final String CHIPS = "<ipd-chips hidden></ipd-chips>";
  static final String RESULTS = "<ipd-results></ipd-results>";
  static final String END = "</body>";

  private FirstAnswerPage() {}

  static String write(String html, FirstAnswer.Rendered answer) {
    String page =
        replace(
            html,
            STATUS,
            "<p id=\"result-status\" class=\"result-status"
                + (answer.empty() ? " empty" : "")
                // No data-total: main.js adds it once the scripts have taken over (tests wait for
                // it before they click).
                + "\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\""
                + " elementtiming=\"results\">"
                + Html.escape(answer.status())
                + "</p>");
    page =
        replace(
            page,
            FILTERS_DONE,
            FILTERS_DONE.replace(
                "></button>", ">" + Html.escape(answer.filtersDone()) + "</button>"));
    if (answer.chips() != null) {
      page = replace(page, CHIPS, "<ipd-chips>" + answer.chips() + "</ipd-chips>");
    }
    page = replace(page, RESULTS, "<ipd-results>" + answer.list() + "</ipd-results>");
    if (answer.title() != null) {
      page =
          page.replaceFirst(
              "<title>[^<]*</title>",
              Matcher.quoteReplacement("<title>" + Html.escape(answer.title()) + "</title>"));
    }
    return replace(
        page,
        END,
        "<script type=\"application/json\" id=\"first-answer\" data-path=\""
            + Html.escape(answer.path())
            + "\">"
            + answer.json()
            + "</script>\n"
            + END);
  }

  /** {@code html} with its one {@code piece} replaced; a piece that is missing fails loudly. */
  static String replace(String html, String piece, String with) {
    int at = html.indexOf(piece);
    if (at < 0) {
      throw new IllegalStateException("index.html has no " + piece);
    }
    return html.substring(0, at) + with + html.substring(at + piece.length());
  }
}
