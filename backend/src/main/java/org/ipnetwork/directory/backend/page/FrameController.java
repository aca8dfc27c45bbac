package org.ipnetwork.directory.backend.page;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.RequestLanguage;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.listing.ListingService;
import org.ipnetwork.directory.backend.listing.ListingView;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.search.SearchEvent;
import org.ipnetwork.directory.backend.web.InternalErrorException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /embed/v1/frame?key=…&lang=zh}: the search as a server-rendered page without any
 * JavaScript, for partner sites (CMSs) that allow an iframe but no scripts. A GET form (q and a few
 * facet checkboxes), the results and paging links. It runs the same search as the public API in
 * this process, so the partner's scope and limits apply exactly as for the widget.
 */
@Hidden // an HTML page for iframes, not part of the JSON API
@RestController
class FrameController {

  private static final Logger log = LoggerFactory.getLogger(FrameController.class);

  /** The facets the frame's form offers: the compact ones. */
  static final List<String> FACETS =
      Facet.all().stream().filter(Facet::compact).map(Facet::parameter).toList();

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final DirectorySearch search;
  private final FramePage page;
  private final ListingService listings;

  FrameController(DirectorySearch search, FramePage page, ListingService listings) {
    this.search = search;
    this.page = page;
    this.listings = listings;
  }

  /**
   * The frame's detail page of one listing, in the partner's scope like the API's listing: the
   * search's parameters ride along for the Back link. Missing, unpublished or out of scope → 404
   * with the frame's search form and a message.
   */
  @GetMapping(value = "/embed/v1/frame/listing/{id}", produces = MediaType.TEXT_HTML_VALUE)
  Mono<ResponseEntity<String>> listing(
      @PathVariable("id") String id,
      @RequestParam MultiValueMap<String, String> params,
      Scope scope) {
    FrameRequest request = FrameRequest.of(params);
    return orProblemPage(
        listings
            .find(id, request.zh() ? Lang.ZH : Lang.EN, scope)
            .map(l -> html(HttpStatus.OK, page.render(request, l)))
            .onErrorResume(
                NotFoundException.class,
                e ->
                    Mono.just(
                        html(
                            HttpStatus.NOT_FOUND,
                            page.render(request, FramePage.Problem.LISTING_NOT_FOUND)))),
        request,
        "listing");
  }

  /**
   * A page of listings read by id (detail, shortlist) that could not be read: the frame's form with
   * "unavailable", 503 when the node is away, 500 (logged) for our own defect.
   */
  private Mono<ResponseEntity<String>> orProblemPage(
      Mono<ResponseEntity<String>> page, FrameRequest request, String what) {
    return page.onErrorResume(
            ServiceUnavailableException.class,
            e ->
                Mono.just(
                    html(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        this.page.render(request, FramePage.Problem.UNAVAILABLE))))
        .onErrorResume(
            InternalErrorException.class,
            e -> {
              log.error("Frame {} failed: {}", what, e.getMessage(), e.getCause());
              return Mono.just(
                  html(
                      HttpStatus.INTERNAL_SERVER_ERROR,
                      this.page.render(request, FramePage.Problem.UNAVAILABLE)));
            });
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  @GetMapping(value = "/embed/v1/frame", produces = MediaType.TEXT_HTML_VALUE)
  Mono<ResponseEntity<String>> frame(
      @RequestParam MultiValueMap<String, String> params,
      Scope scope,
      Caller caller,
      ServerWebExchange exchange) {
    FrameRequest request = FrameRequest.of(params);
    if (request.shortlistView()) {
      return shortlist(request, scope);
    }
    // The answer's language is read as for every endpoint, lazily, so that a bad one is shown
    // as the frame's own 400 page rather than a JSON problem.
    return Mono.defer(
            () ->
                search.search(
                    searchParameters(request),
                    RequestLanguage.of(exchange),
                    scope,
                    caller,
                    SearchEvent.Channel.FRAME))
        // The frame renders the API's own answer, so it shows exactly what the widget shows.
        .map(r -> page.render(request, r))
        .onErrorResume(
            InvalidParameterException.class,
            e ->
                Mono.just(
                    page.render(
                        request,
                        "near".equals(e.parameter())
                            ? FramePage.Problem.UNKNOWN_PLACE
                            : FramePage.Problem.INVALID_FILTER)))
        .onErrorResume(
            ServiceUnavailableException.class,
            e -> Mono.just(page.render(request, FramePage.Problem.UNAVAILABLE)))
        .onErrorResume(
            InternalErrorException.class,
            e -> {
              log.error("Frame search failed: {}", e.getMessage(), e.getCause());
              return Mono.just(page.render(request, FramePage.Problem.UNAVAILABLE));
            })
        .map(
            html ->
                ResponseEntity.ok()
                    .contentType(HTML)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(html));
  }

  /**
   * The shortlist view: the listings of the frame's {@code shortlist}, in the partner's scope as
   * the API's {@code GET /listings?ids=} finds them (unknown, unpublished and out-of-scope ids left
   * out and counted).
   */
  private Mono<ResponseEntity<String>> shortlist(FrameRequest request, Scope scope) {
    Mono<List<ListingView>> found =
        request.shortlist().isEmpty()
            ? Mono.just(List.of())
            : Mono.defer(
                () ->
                    listings.findAll(request.shortlist(), request.zh() ? Lang.ZH : Lang.EN, scope));
    return orProblemPage(
        found.map(l -> html(HttpStatus.OK, page.renderShortlist(request, l))),
        request,
        "shortlist");
  }

  private static MultiValueMap<String, String> searchParameters(FrameRequest request) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    if (!request.q().isEmpty()) {
      query.add("q", request.q());
    }
    request.filters().forEach((facet, codes) -> codes.forEach(c -> query.add(facet, c)));
    if (request.hasPlace()) {
      query.add("near", request.near());
      query.add("radius", request.radius() + "km");
      if (request.byDistance()) {
        query.add("sort", "distance");
      }
    }
    query.add("lang", request.lang());
    query.add("page", String.valueOf(request.page()));
    query.add("size", String.valueOf(FrameRequest.SIZE));
    return query;
  }
}
