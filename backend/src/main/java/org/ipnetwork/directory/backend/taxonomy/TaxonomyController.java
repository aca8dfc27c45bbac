package org.ipnetwork.directory.backend.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/taxonomies}: the code lists, from memory. Inside a partner scope only the
 * values the partner's directory can show are listed, so that the page never offers a value that
 * would be refused.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "taxonomies")
class TaxonomyController {

  private static final List<TaxonomiesView.FacetEntry> FACETS =
      Facet.all().stream()
          .map(
              f ->
                  new TaxonomiesView.FacetEntry(
                      f.parameter(), f.parent().map(Facet::parameter).orElse(null)))
          .toList();

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
              + " languages, in file order, and the facets (parameter and parent facet) in"
              + " display order. Limited to the partner scope when there is one.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en: language of label.")
  TaxonomiesView taxonomies(Lang lang, Scope scope) {
    List<TaxonomiesView.Entry> continents =
        taxonomies.continents().terms().stream()
            .filter(c -> scope.inside(Facet.CONTINENT, c.code()))
            .map(
                c ->
                    entry(
                        c,
                        lang,
                        taxonomies.countriesByContinent().get(c.code()).stream()
                            .filter(k -> scope.inside(Facet.COUNTRY, k.code()))
                            .map(k -> entry(k, lang, null))
                            .toList()))
            .toList();
    return new TaxonomiesView(
        continents,
        list(Facet.SERVICE, lang, scope),
        list(Facet.INDUSTRY, lang, scope),
        list(Facet.ORG_TYPE, lang, scope),
        list(Facet.KIND, lang, scope),
        list(Facet.LANGUAGE, lang, scope),
        FACETS);
  }

  private List<TaxonomiesView.Entry> list(Facet facet, Lang lang, Scope scope) {
    return facet.taxonomy(taxonomies).terms().stream()
        .filter(t -> scope.inside(facet, t.code()))
        .map(t -> entry(t, lang, null))
        .toList();
  }

  private static TaxonomiesView.Entry entry(
      Term t, Lang lang, List<TaxonomiesView.Entry> countries) {
    return new TaxonomiesView.Entry(t.code(), t.label(lang), t.zh(), t.en(), countries);
  }
}
