package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.text.ChineseScript;

/**
 * The scoring part of a search: how the text of {@code q} and the terms understood in it rank
 * listings. Filters (published, scope, selections) are the caller's.
 *
 * <p>The text is compared in simplified characters (the index holds simplified copies of
 * traditional text), by pinyin against Chinese names, and with typos against English text. It must
 * match only when nothing in the query was understood; once a term is recognised, the rest of the
 * words can only add to the score, so the filler of a sentence never blocks a result.
 */
final class RelevanceQuery {

  /** Unigram fields: CJK text is one token per character with the standard tokenizer. */
  static final List<String> TEXT_FIELDS =
      List.of(
          "name.zh^3",
          "name.en^3",
          "name.original^2",
          "simplified.name^3",
          "taxonomy.zh^1.5",
          "taxonomy.en^1.5",
          "description.zh",
          "description.en",
          "simplified.description",
          "location.city.text^2",
          "location.cityZh.text^2",
          "simplified.city^2",
          "location.address",
          "workstation.hostOrganisation");

  /** CJK bigrams: reward adjacent characters ("商标" over "商" … "标"), i.e. words. */
  static final List<String> BIGRAM_FIELDS =
      List.of(
          "name.zh.bigram^4",
          "simplified.name.bigram^4",
          "taxonomy.zh.bigram^2",
          "description.zh.bigram",
          "simplified.description.bigram");

  /** English text that a mistyped word may still find ("Hartman" for Hartmann). */
  static final List<String> TYPO_FIELDS =
      List.of("name.en^3", "name.original^2", "description.en", "location.city.text^2");

  /** Chinese names and cities by their pinyin ("huaxin", "hua xin"). */
  static final List<String> PINYIN_FIELDS = List.of("pinyin.name^3", "pinyin.city^2");

  /**
   * Typo tolerance of the text, as Elasticsearch's {@code AUTO:low,high}: no edit below 5 letters,
   * one up to 8, two from 9 — the thresholds of query understanding ({@code Typos}).
   */
  static final String FUZZINESS = "AUTO:5,9";

  /**
   * Boosts of a recognised term, as constant scores. Places and services usually filter (then the
   * boost only matters when the caller's own choice kept them from filtering). Industries,
   * organisation types and kinds only rank, so their boosts lie far above what text alone scores on
   * these short documents (a strong name match reaches about 100–150 on the sample network): a
   * listing matching every named term comes before one matching fewer, whatever the other words.
   */
  static final Map<Facet, Float> RECOGNISED_BOOST =
      Map.of(
          Facet.COUNTRY, 200f,
          Facet.REGION, 150f,
          Facet.CONTINENT, 100f,
          Facet.SERVICE, 150f,
          Facet.INDUSTRY, 1000f,
          Facet.ORG_TYPE, 800f,
          Facet.KIND, 800f);

  /**
   * A service a jargon term only relates to ({@code ranksOnly}): a third of a named service, so
   * that among listings with the named services, those that also offer the related ones come first.
   */
  static final float RELATED_SERVICE_BOOST = 50f;

  /** The listing's own text, without the taxonomy labels: for the words no term explained. */
  static final List<String> OWN_TEXT_FIELDS =
      List.of(
          "name.zh.bigram^2",
          "name.zh",
          "simplified.name.bigram^2",
          "name.en^2",
          "name.original^2",
          "description.zh.bigram",
          "simplified.description.bigram",
          "description.en",
          "location.city.text",
          "location.cityZh.text");

  static final float REMAINING_BOOST = 3f;

  /** Closeness to a city named in the query: full boost there, half at 25 km. */
  static final float CITY_BOOST = 300f;

  static final String CITY_PIVOT = "25km";

  /** Closeness to the country a related answer widened from: half the boost at 500 km. */
  static final String ORIGIN_PIVOT = "500km";

  private RelevanceQuery() {}

  static Query of(SearchParameters p, List<Query> fixed) {
    List<Query> mustNot = exclusions(p);
    if (p.q() == null) {
      List<Query> should = new ArrayList<>();
      closeness(p, should);
      return Query.of(
          q ->
              q.bool(
                  b -> {
                    b.filter(fixed);
                    // Empty clauses are left out, so that a plain filter stays a plain filter.
                    if (!should.isEmpty()) {
                      b.should(should);
                    }
                    return mustNot.isEmpty() ? b : b.mustNot(mustNot);
                  }));
    }
    String text = ChineseScript.toSimplified(p.q());
    Query textMatch = textMatch(text, msm(p));
    List<Query> should = new ArrayList<>();
    should.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(BIGRAM_FIELDS))));
    should.add(
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(text)
                            .fields("name.en^2", "name.original", "name.zh.bigram^2")
                            .type(TextQueryType.Phrase))));
    for (QueryInterpreter.Match m : p.interpretation().matches()) {
      float boost = m.ranksOnly() ? RELATED_SERVICE_BOOST : RECOGNISED_BOOST.get(m.facet());
      Query term = Queries.terms(m.facet().field(), List.of(m.code()));
      should.add(Query.of(q -> q.constantScore(c -> c.filter(term).boost(boost))));
    }
    String remaining = p.interpretation().remainingText();
    if (!p.interpretation().matches().isEmpty() && remaining != null) {
      // The words that named no term are what sets these listings apart ("德国 商标 Müller"):
      // reward them on the listing's own text, so they are not drowned by the named terms.
      String rest = ChineseScript.toSimplified(remaining);
      should.add(
          Query.of(
              q ->
                  q.multiMatch(m -> m.query(rest).fields(OWN_TEXT_FIELDS).boost(REMAINING_BOOST))));
    }
    closeness(p, should);
    boolean required = p.interpretation().matches().isEmpty();
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(fixed).should(should);
                  if (!mustNot.isEmpty()) {
                    b.mustNot(mustNot);
                  }
                  return required ? b.must(textMatch) : b.should(textMatch);
                }));
  }

  /**
   * The listings {@link #of} finds, without ranking them: what the facets of a search count. Only
   * the clauses that decide whether a listing is found are kept (the text only when nothing in it
   * was understood), so that every search with the same filters and understood terms sends the same
   * request, which the node's request cache answers until the index changes.
   */
  static Query matching(SearchParameters p, List<Query> fixed) {
    List<Query> filter = new ArrayList<>(fixed);
    if (p.q() != null && p.interpretation().matches().isEmpty()) {
      filter.add(textMatch(ChineseScript.toSimplified(p.q()), msm(p)));
    }
    List<Query> mustNot = exclusions(p);
    return Query.of(
        q -> q.bool(b -> mustNot.isEmpty() ? b.filter(filter) : b.filter(filter).mustNot(mustNot)));
  }

  private static String msm(SearchParameters p) {
    return p.relaxed().anyWord() ? "1" : "3<75%";
  }

  /** The words, by any of: their text, their pinyin (Chinese names), or with typos (English). */
  private static Query textMatch(String text, String msm) {
    List<Query> ways = new ArrayList<>();
    ways.add(
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(text)
                            .fields(TEXT_FIELDS)
                            .type(TextQueryType.CrossFields)
                            .operator(Operator.Or)
                            .minimumShouldMatch(msm))));
    if (text.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
      ways.add(
          Query.of(
              q ->
                  q.multiMatch(
                      m ->
                          m.query(text)
                              .fields(TYPO_FIELDS)
                              .fuzziness(FUZZINESS)
                              .prefixLength(1)
                              .minimumShouldMatch(msm))));
      String ascii = ascii(text);
      ways.add(
          Query.of(
              q ->
                  q.multiMatch(m -> m.query(ascii).fields(PINYIN_FIELDS).minimumShouldMatch(msm))));
    }
    return Query.of(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1")));
  }

  /** Nearer first: to a city named in the query, or to the place a related answer widened from. */
  private static void closeness(SearchParameters p, List<Query> should) {
    City city = p.interpretation().city();
    if (city != null) {
      should.add(near(new GeoPoint(city.lat(), city.lon()), CITY_PIVOT, CITY_BOOST));
    }
    GeoPoint origin = p.relaxed().origin();
    if (origin != null) {
      should.add(near(origin, ORIGIN_PIVOT, CITY_BOOST));
    }
  }

  private static Query near(GeoPoint at, String pivot, float boost) {
    return Query.of(
        q ->
            q.distanceFeature(
                d ->
                    d.geo(
                        g ->
                            g.field("location.geo")
                                .origin(
                                    GeoLocation.of(
                                        o -> o.latlon(ll -> ll.lat(at.lat()).lon(at.lon()))))
                                .pivot(pivot)
                                .boost(boost))));
  }

  private static List<Query> exclusions(SearchParameters p) {
    if (p.relaxed().exclude().isEmpty()) {
      return List.of();
    }
    List<String> ids = List.copyOf(p.relaxed().exclude());
    return List.of(Query.of(q -> q.ids(i -> i.values(ids))));
  }

  /** Pinyin as people type it: tone marks and accents dropped, lower case. */
  static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
