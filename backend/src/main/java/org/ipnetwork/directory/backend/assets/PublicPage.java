package org.ipnetwork.directory.backend.assets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The public search page at {@code /}, with its asset links versioned, its first search preloaded
 * ({@link FirstSearch}) and its texts ({@code data-i18n}) already in the visitor's language, so
 * that the page's first paint has its header and nothing moves when the scripts fill them in again.
 */
@Configuration(proxyBeanMethods = false)
class PublicPage {

  static final String RESOURCE = "static/index.html";

  /** An empty element whose text is a key of the string table. */
  private static final Pattern TEXT =
      Pattern.compile("(<(\\w+)\\b[^>]*\\bdata-i18n=\"(\\w+)\"[^>]*>)(</\\2>)");

  @Bean
  RouterFunction<ServerResponse> publicPageRoutes(
      Pages pages, UiStrings strings, FirstAnswer firstAnswer) {
    // HEAD as GET: a router function's GET predicate does not take HEAD, unlike @GetMapping.
    return route(GET("/").or(HEAD("/")), r -> serve(pages, strings, firstAnswer, r))
        .andRoute(
            GET("/index.html").or(HEAD("/index.html")), r -> serve(pages, strings, firstAnswer, r));
  }

  private static Mono<ServerResponse> serve(
      Pages pages, UiStrings strings, FirstAnswer firstAnswer, ServerRequest request) {
    String acceptLanguage = request.headers().firstHeader(HttpHeaders.ACCEPT_LANGUAGE);
    Lang lang =
        "en".equals(FirstSearch.lang(request.queryParams(), acceptLanguage)) ? Lang.EN : Lang.ZH;
    return firstAnswer
        .render(request, acceptLanguage, lang)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            answer ->
                pages.serveEdited(
                    request,
                    RESOURCE,
                    html -> {
                      String page =
                          InlineStyle.insert(
                              SearchFields.write(
                                  shortlistLink(
                                      texts(html, strings, lang),
                                      strings,
                                      lang,
                                      request.queryParams()),
                                  strings,
                                  lang,
                                  request.queryParams()));
                      if (answer.isPresent()) {
                        return FirstAnswerPage.write(page, answer.get());
                      }
                      // Without an answer the scripts ask for it: fetched with the modules.
                      String path = FirstSearch.path(request.queryParams(), acceptLanguage);
                      return path == null ? page : preload(page, path);
                    }));
  }

  /** The texts of the page's {@code data-i18n} elements, and its {@code lang}, in {@code lang}. */
  static String texts(String html, UiStrings strings, Lang lang) {
    Matcher m = TEXT.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String text = HtmlUtils.htmlEscape(strings.text(lang, m.group(3)), "UTF-8");
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + text + m.group(4)));
    }
    m.appendTail(out);
    return out.toString()
        .replaceFirst("<html lang=\"zh-CN\"", lang == Lang.EN ? "<html lang=\"en\"" : "$0");
  }

  /** The header's link to the shortlist, whose text main.js writes from the same count. */
  static final String SHORTLIST_LINK =
      "<a id=\"shortlist-link\" class=\"shortlist-link\" href=\"?view=shortlist\"></a>";

  /** A listing id of a shortlist (shortlist.js's {@code ID}). */
  private static final Pattern SHORTLIST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  /**
   * The shortlist link's text, "候选名单 (2)", with the count of the URL's {@code shortlist} (as
   * shortlist.js's {@code parseIds} counts it): an empty link would grow when the script fills it
   * and move the page under it. A list kept only in the browser changes the number, not the width.
   */
  static String shortlistLink(
      String html, UiStrings strings, Lang lang, MultiValueMap<String, String> params) {
    Set<String> ids = new LinkedHashSet<>();
    String list = params.getFirst("shortlist");
    for (String id : (list == null ? "" : list).split(",")) {
      if (SHORTLIST_ID.matcher(id.strip()).matches() && ids.size() < 50) {
        ids.add(id.strip());
      }
    }
    String text = strings.text(lang, "shortlistButton", Map.of("n", ids.size()));
    return html.replace(
        SHORTLIST_LINK,
        SHORTLIST_LINK.replace("></a>", ">" + HtmlUtils.htmlEscape(text, "UTF-8") + "</a>"));
  }

  /** A {@code <link rel="preload" as="fetch">} of {@code path} ahead of the page's other links. */
  static String preload(String html, String path) {
    String link =
        "<link rel=\"preload\" href=\""
            + HtmlUtils.htmlEscape(path, StandardCharsets.UTF_8.name())
            + "\" as=\"fetch\" crossorigin>\n  ";
    int at = html.indexOf("<link ");
    return html.substring(0, at) + link + html.substring(at);
  }
}
