package org.ipnetwork.directory.backend.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.resilience.SearchBulkhead;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.search.SearchEvent;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public page's first search, answered by the server while it writes the page: the answer
 * travels inside the HTML (as JSON for the scripts, and as rendered cards, chips and count for the
 * first paint), so a visitor on a slow link sees results as soon as the page itself has arrived,
 * with no request after it. The search is the API's ({@link DirectorySearch}, same parameters as
 * {@link FirstSearch#path} names) and counts against the visitor's anonymous rate limit like the
 * request it replaces, and takes one of the visitor's concurrent searches ({@link SearchBulkhead}).
 * When it cannot be answered (a bad parameter, the limit reached, no search slot free,
 * Elasticsearch slow or down) the page goes out as before and its scripts ask the API themselves,
 * which then says what went wrong.
 */
@Component
class FirstAnswer {

  private static final Logger log = LoggerFactory.getLogger(FirstAnswer.class);

  private static final Set<String> FACETS = Set.copyOf(Facet.parameters());

  private final DirectorySearch search;
  private final UiStrings strings;
  private final JsonMapper json;
  private final RateLimiter limiter;
  private final boolean trustForwardedFor;
  private final FirstAnswerProperties properties;
  private final SearchBulkhead bulkhead;

  FirstAnswer(
      DirectorySearch search,
      UiStrings strings,
      JsonMapper json,
      RateLimiter limiter,
      RateLimitProperties rateLimits,
      FirstAnswerProperties properties,
      SearchBulkhead bulkhead) {
    this.search = search;
    this.strings = strings;
    this.json = json;
    this.limiter = limiter;
    this.trustForwardedFor = rateLimits.trustForwardedFor();
    this.properties = properties;
    this.bulkhead = bulkhead;
  }

  /**
   * What the page writes in: the search's path (the scripts compare it with their own), its answer
   * as JSON, and the rendered parts.
   */
  record Rendered(
      String path,
      String json,
      String status,
      boolean empty,
      String filtersDone,
      String list,
      String chips,
      String title) {}

  /** The page's first answer, or empty when the page goes out without one. */
  Mono<Rendered> render(ServerRequest request, String acceptLanguage, Lang lang) {
    List<String[]> parameters = FirstSearch.parameters(request.queryParams(), acceptLanguage);
    if (parameters == null || !properties.enabled()) {
      return Mono.empty();
    }
    String address = ClientAddress.of(request.exchange().getRequest(), trustForwardedFor);
    if (!limiter.anonymous(address).allowed()) {
      return Mono.empty();
    }
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    parameters.forEach(kv -> params.add(kv[0], kv[1]));
    Optional<Runnable> slot =
        bulkhead.slotForPage(request.exchange().getRequest(), params.getFirst("q"));
    if (slot.isEmpty()) {
      return Mono.empty();
    }
    String path = FirstSearch.path(parameters);
    return search
        .search(params, lang, Scope.NONE, Caller.ANONYMOUS, SearchEvent.Channel.PAGE)
        .timeout(properties.timeout())
        .doFinally(s -> slot.get().run())
        .map(answer -> rendered(path, params, answer, lang))
        .onErrorResume(
            e -> {
              log.debug("page written without its first answer: {}", e.toString());
              return Mono.empty();
            });
  }

  private Rendered rendered(
      String path, MultiValueMap<String, String> params, SearchResponse answer, Lang lang) {
    FirstResults results = new FirstResults(strings, lang);
    Map<String, String> labels = FirstResults.labels(answer);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          if (FACETS.contains(name)) {
            filters.put(name, List.of(values.get(0).split(",")));
          }
        });
    boolean verified = params.containsKey("verified");
    long total = answer.total();
    String status =
        total > 0
            ? strings.text(lang, "results", Map.of("n", total))
            : strings.text(lang, "resultsNone");
    return new Rendered(
        path,
        // Inside <script type="application/json">: no "</script>" or "<!--" can end it early.
        json.writeValueAsString(answer).replace("<", "\\u003c"),
        status,
        total == 0,
        strings.text(lang, "showResults", Map.of("n", total)),
        results.list(answer.hits()),
        results.chips(answer, labels, filters, verified),
        title(params, answer, labels, filters, lang));
  }

  /**
   * The tab's title as main.js's {@code titleOf} writes it: what was searched, how many were found,
   * the page, then the directory's name.
   */
  private String title(
      MultiValueMap<String, String> params,
      SearchResponse answer,
      Map<String, String> labels,
      Map<String, List<String>> filters,
      Lang lang) {
    StringBuilder searched =
        new StringBuilder(params.getFirst("q") == null ? "" : params.getFirst("q"));
    filters.forEach(
        (facet, codes) ->
            codes.forEach(
                code ->
                    searched
                        .append(searched.isEmpty() ? "" : " ")
                        .append(labels.getOrDefault(facet + ":" + code, code))));
    if (params.containsKey("cursor")) {
      return null; // a deep page's number is not among the search's parameters: main.js writes it
    }
    String page = params.getFirst("page");
    if (searched.isEmpty() && page == null) {
      return strings.text(lang, "title");
    }
    long total = answer.total();
    String found =
        total > 0
            ? strings.text(lang, "results", Map.of("n", total))
            : strings.text(lang, "resultsNone").split("[。.]")[0];
    String pageText =
        page == null
            ? ""
            : " (" + strings.text(lang, "page", Map.of("n", Long.parseLong(page))) + ")";
    return (searched.isEmpty() ? "" : searched + " – ")
        + found
        + pageText
        + " · "
        + strings.text(lang, "title");
  }
}
