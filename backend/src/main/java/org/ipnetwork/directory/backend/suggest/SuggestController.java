package org.ipnetwork.directory.backend.suggest;

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

/** {@code GET /api/v1/suggest}: autocomplete for the search box. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search")
class SuggestController {

  static final int MAX_Q = 50;

  private final SuggestService service;

  SuggestController(SuggestService service) {
    this.service = service;
  }

  @GetMapping("/suggest")
  @Operation(
      operationId = "suggest",
      summary = "Autocomplete",
      description =
          "Up to 10 suggestions: up to 5 taxonomy terms (countries, continents, services,"
              + " industries, org types) whose zh or en label or synonym starts with q, then"
              + " published listing names (completion suggester; any word start of an English"
              + " name). Empty q gives no suggestions.")
  @Parameter(name = "q", in = ParameterIn.QUERY, description = "Typed text, at most 50 characters.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en: language of text.")
  Mono<SuggestResponse> suggest(
      @Parameter(hidden = true) @RequestParam(name = "q", required = false) String q,
      Lang lang,
      Scope scope) {
    return Mono.defer(
        () -> {
          String text = TextNormalizer.clean(q);
          if (text != null && text.codePointCount(0, text.length()) > MAX_Q) {
            throw new InvalidParameterException("q", "q is longer than " + MAX_Q + " characters.");
          }
          return service.suggest(text, lang, scope);
        });
  }
}
