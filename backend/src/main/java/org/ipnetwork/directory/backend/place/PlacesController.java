package org.ipnetwork.directory.backend.place;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/places}: cities to search near, while a visitor types a place. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search")
class PlacesController {

  static final int MAX_Q = 50;

  private final PlaceSuggestions suggestions;

  PlacesController(PlaceSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/places")
  @Operation(
      operationId = "places",
      summary = "Place suggestions for near",
      description =
          "Up to 8 cities of 50,000 people or more in the network's countries (GeoNames, CC BY"
              + " 4.0) whose Latin or Chinese name, or a later word of it, starts with q: whole-name"
              + " matches first, each group most populous first. q may end with ,CC to keep one"
              + " country. Each place's value is what to send as near to /search. With a partner"
              + " key only cities of the countries the partner shows. Empty q gives no places.")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      description = "Typed text (Munich, mun, 慕尼, san jose,us), at most 50 characters.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en: language of name.")
  Mono<PlacesResponse> places(
      @Parameter(hidden = true) @RequestParam(name = "q", required = false) String q,
      Lang lang,
      Scope scope) {
    return Mono.fromSupplier(
        () -> {
          String text = TextNormalizer.clean(q);
          if (text != null && text.codePointCount(0, text.length()) > MAX_Q) {
            throw new InvalidParameterException("q", "q is longer than " + MAX_Q + " characters.");
          }
          return suggestions.suggest(text, lang, scope);
        });
  }
}
