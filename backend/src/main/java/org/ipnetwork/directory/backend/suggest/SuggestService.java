package org.ipnetwork.directory.backend.suggest;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Autocomplete: taxonomy terms whose label or synonym starts with the text (in memory), then
 * listing names (one request). Completion inputs exist only on published listings.
 *
 * <p>Without a partner scope, names come from the {@code completion} suggester, the fastest path.
 * The suggester cannot filter by facet, though, and a scope that covers a small part of the network
 * would find its few names drowned among the first matches of the whole network. Inside a scope,
 * names therefore come from a prefix search under the scope's filters: one request too, a little
 * slower, always complete.
 */
@Service
class SuggestService {

  static final int MAX = 10;
  static final int MAX_TERMS = 5;

  /** All a suggestion needs of a listing; the rest of the source is not sent. */
  private static final List<String> SHOWN_FIELDS = List.of("id", "name", "status");

  /**
   * The facets whose terms are suggested, in this order; a suggestion's {@code type} is the facet's
   * parameter, so choosing it selects that value.
   */
  static final List<Facet> FACETS =
      List.of(Facet.COUNTRY, Facet.CONTINENT, Facet.SERVICE, Facet.INDUSTRY, Facet.ORG_TYPE);

  private final ElasticsearchGateway elasticsearch;
  private final List<KeyedTerm> terms;

  SuggestService(ElasticsearchGateway elasticsearch, Taxonomies taxonomies) {
    this.elasticsearch = elasticsearch;
    this.terms = keyed(taxonomies);
  }

  /**
   * A suggested facet's term with the comparison keys of its labels and names, computed once:
   * normalising the ~700 labels and synonyms again for every keystroke was a tenth of the backend's
   * CPU per suggestion (docs/performance.md, P8).
   */
  private record KeyedTerm(
      Facet facet, Term term, Map<Lang, String> labelKeys, List<String> nameKeys) {}

  private static List<KeyedTerm> keyed(Taxonomies taxonomies) {
    List<KeyedTerm> out = new ArrayList<>();
    for (Facet facet : FACETS) {
      for (Term term : facet.taxonomy(taxonomies).terms()) {
        Map<Lang, String> labels = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
          String key = TextNormalizer.key(term.label(lang));
          if (key != null) {
            labels.put(lang, key);
          }
        }
        List<String> names =
            names(term).stream().map(TextNormalizer::key).filter(Objects::nonNull).toList();
        out.add(new KeyedTerm(facet, term, labels, names));
      }
    }
    return List.copyOf(out);
  }

  Mono<SuggestResponse> suggest(String q, Lang lang, Scope scope) {
    if (q == null) {
      return Mono.just(new SuggestResponse(List.of()));
    }
    List<SuggestResponse.Suggestion> terms = terms(q, lang, scope);
    return scope.unscoped() ? completed(q, lang, terms) : searched(q, lang, terms, scope);
  }

  private Mono<SuggestResponse> completed(
      String q, Lang lang, List<SuggestResponse.Suggestion> terms) {
    return elasticsearch
        .searchListings(
            s ->
                s.size(0)
                    .source(src -> src.filter(f -> f.includes(SHOWN_FIELDS)))
                    .suggest(
                        sg ->
                            sg.suggesters(
                                "names",
                                fs ->
                                    fs.prefix(q)
                                        .completion(
                                            c ->
                                                c.field("suggest")
                                                    .size(MAX)
                                                    .skipDuplicates(true)))),
            Listing.class)
        .map(
            body -> {
              List<SuggestResponse.Suggestion> out = new ArrayList<>(terms);
              Set<String> ids = new LinkedHashSet<>();
              for (Suggestion<Listing> s : body.suggest().getOrDefault("names", List.of())) {
                for (CompletionSuggestOption<Listing> o : s.completion().options()) {
                  Listing l = o.source();
                  if (out.size() >= MAX) {
                    break;
                  }
                  if (l != null && l.published() && ids.add(l.id())) {
                    out.add(listing(l, lang));
                  }
                }
              }
              return new SuggestResponse(out);
            });
  }

  /**
   * Names that start with the text, or have a word that does, under the scope's filters: the
   * Chinese name as a phrase prefix (it is indexed as single characters), the English and original
   * names word by word with the last word a prefix.
   */
  private Mono<SuggestResponse> searched(
      String q, Lang lang, List<SuggestResponse.Suggestion> terms, Scope scope) {
    int wanted = MAX - terms.size();
    List<Query> filters = new ArrayList<>(scope.filters());
    filters.add(Query.of(f -> f.term(t -> t.field("status").value(Status.PUBLISHED.code()))));
    Query names =
        Query.of(
            b ->
                b.bool(
                    n ->
                        n.should(s -> s.matchPhrasePrefix(m -> m.field("name.zh").query(q)))
                            .should(s -> s.matchBoolPrefix(m -> m.field("name.en.std").query(q)))
                            .should(s -> s.matchBoolPrefix(m -> m.field("name.original").query(q)))
                            .minimumShouldMatch("1")));
    return elasticsearch
        .searchListings(
            s ->
                s.size(wanted)
                    .source(src -> src.filter(f -> f.includes(SHOWN_FIELDS)))
                    .query(b -> b.bool(f -> f.filter(filters).must(names))),
            Listing.class)
        .map(
            body -> {
              List<SuggestResponse.Suggestion> out = new ArrayList<>(terms);
              for (Hit<Listing> hit : body.hits().hits()) {
                if (hit.source() != null) {
                  out.add(listing(hit.source(), lang));
                }
              }
              return new SuggestResponse(out);
            });
  }

  private static SuggestResponse.Suggestion listing(Listing l, Lang lang) {
    return new SuggestResponse.Suggestion(name(l.name(), lang), "listing", null, l.id());
  }

  /** Terms with a label or synonym starting with the text; label matches in {@code lang} first. */
  private List<SuggestResponse.Suggestion> terms(String q, Lang lang, Scope scope) {
    String key = TextNormalizer.key(q);
    if (key == null) {
      return List.of();
    }
    List<SuggestResponse.Suggestion> first = new ArrayList<>();
    List<SuggestResponse.Suggestion> rest = new ArrayList<>();
    for (KeyedTerm keyed : terms) {
      Term term = keyed.term();
      if (!scope.inside(keyed.facet(), term.code())) {
        continue;
      }
      var suggestion =
          new SuggestResponse.Suggestion(
              term.label(lang), keyed.facet().parameter(), term.code(), null);
      String label = keyed.labelKeys().get(lang);
      if (label != null && label.startsWith(key)) {
        first.add(suggestion);
      } else if (keyed.nameKeys().stream().anyMatch(n -> n.startsWith(key))) {
        rest.add(suggestion);
      }
    }
    first.addAll(rest);
    return first.subList(0, Math.min(MAX_TERMS, first.size()));
  }

  private static List<String> names(Term term) {
    List<String> out = new ArrayList<>(term.englishTerms());
    out.addAll(term.chineseTerms());
    return out;
  }

  static String name(Names n, Lang lang) {
    if (n == null) {
      return null;
    }
    String preferred = lang == Lang.ZH ? n.zh() : n.en();
    if (preferred != null && !preferred.isBlank()) {
      return preferred;
    }
    return n.en() != null ? n.en() : n.zh() != null ? n.zh() : n.original();
  }
}
