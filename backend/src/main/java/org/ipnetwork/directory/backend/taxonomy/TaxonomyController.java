package org.ipnetwork.directory.backend.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ipnetwork.directory.backend.search.RequestContext;
import org.ipnetwork.directory.backend.search.ScopeRules;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.taxonomy.Term;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/taxonomies}: the code lists, from memory. Inside a partner scope only the
 * values the partner's directory can show are listed, so that the page never offers a value that
 * would be refused.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "taxonomies")
class TaxonomyController {

  private final Taxonomies taxonomies;

  TaxonomyController(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  @GetMapping("/taxonomies")
  @Operation(
      operationId = "taxonomies",
      summary = "Code lists with zh and en labels",
      description =
          "Continents with their countries, services, industries, org types, kinds and"
              + " languages, in file order. Limited to the partner scope when there is one.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en: language of label.")
  TaxonomiesView taxonomies(ServerWebExchange exchange) {
    Lang lang = RequestContext.lang(exchange);
    ScopeRules scope = new ScopeRules(RequestContext.scope(exchange), taxonomies);
    List<TaxonomiesView.Entry> continents =
        taxonomies.continents().terms().stream()
            .filter(c -> scope.allows("continent", c.code()))
            .map(
                c ->
                    entry(
                        c,
                        lang,
                        taxonomies.countriesByContinent().get(c.code()).stream()
                            .filter(k -> scope.allows("country", k.code()))
                            .map(k -> entry(k, lang, null))
                            .toList()))
            .toList();
    return new TaxonomiesView(
        continents,
        list(taxonomies.services(), "service", lang, scope),
        list(taxonomies.industries(), "industry", lang, scope),
        list(taxonomies.orgTypes(), "orgType", lang, scope),
        list(taxonomies.kinds(), "kind", lang, scope),
        list(taxonomies.languages(), "language", lang, scope));
  }

  private static List<TaxonomiesView.Entry> list(
      Taxonomy taxonomy, String parameter, Lang lang, ScopeRules scope) {
    return taxonomy.terms().stream()
        .filter(t -> scope.allows(parameter, t.code()))
        .map(t -> entry(t, lang, null))
        .toList();
  }

  private static TaxonomiesView.Entry entry(
      Term t, Lang lang, List<TaxonomiesView.Entry> countries) {
    return new TaxonomiesView.Entry(t.code(), t.label(lang), t.zh(), t.en(), countries);
  }
}
