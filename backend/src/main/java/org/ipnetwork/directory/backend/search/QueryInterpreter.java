package org.ipnetwork.directory.backend.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.taxonomy.GlossaryEntry;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.ipnetwork.directory.understanding.Matching;
import org.ipnetwork.directory.understanding.TermMatcher;
import org.ipnetwork.directory.understanding.Via;

/**
 * Query understanding: what the words of {@code q} name — taxonomy terms of every facet, regions
 * and groups, every country of the world (also where the network has nobody), IP jargon from the
 * glossary and well-known cities — found by {@link TermMatcher} (leftmost-longest, traditional
 * characters, pinyin, typos; see docs/search.md, "Query understanding").
 *
 * <p>A glossary term stands for its services and, where it implies one, a place ("Section 337":
 * litigation in the US): its main service like a named one, the others ({@link Match#ranksOnly})
 * only to rank, since a leak of know-how is a trade-secret case that litigation and investigation
 * may serve, not one needing a firm that does all three. A city stands for its country, and ranks
 * by distance from it.
 */
final class QueryInterpreter {

  /** The facets whose names are looked for, in the order their matches are reported. */
  static final List<Facet> FACETS =
      List.of(
          Facet.COUNTRY,
          Facet.REGION,
          Facet.CONTINENT,
          Facet.SERVICE,
          Facet.INDUSTRY,
          Facet.ORG_TYPE,
          Facet.KIND);

  /**
   * Country abbreviations that are no English word, understood in lower case too ("copyright uk");
   * other short Latin entries match only as written, so that "can" is not Canada.
   */
  private static final Pattern ABBREVIATIONS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:usa|uk|uae)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

  /** Where a recognised term came from. */
  enum Source {
    TAXONOMY,
    GLOSSARY,
    CITY
  }

  /**
   * A recognised term.
   *
   * @param text the query's own words that named it
   * @param corrected the entry's text when {@code text} was a typo of it, else {@code null}
   * @param city the city that named this country, or {@code null}
   * @param ranksOnly a service a glossary term relates to besides its main one: it never filters
   */
  record Match(
      Facet facet,
      String code,
      String text,
      String corrected,
      Via via,
      Source source,
      City city,
      boolean ranksOnly) {

    Match(Facet facet, String code, String text) {
      this(facet, code, text, null, Via.EXACT, Source.TAXONOMY, null, false);
    }

    boolean geographic() {
      return facet.root() == Facet.COUNTRY.root() || facet == Facet.REGION;
    }
  }

  /**
   * What was understood of a query.
   *
   * @param remainingText the words that named no term, filler dropped; {@code null} when none
   */
  record Result(List<Match> matches, String remainingText) {

    static final Result NONE = new Result(List.of(), null);

    /** Every meaningful word of the query named a term. */
    boolean fullyUnderstood() {
      return !matches.isEmpty() && remainingText == null;
    }

    /** The first city named, or {@code null}. */
    City city() {
      return matches.stream().map(Match::city).filter(c -> c != null).findFirst().orElse(null);
    }

    /** The query with each typo replaced by the entry it was taken for; {@code null} if none. */
    String correctedQuery(String q) {
      if (q == null || matches.stream().noneMatch(m -> m.corrected() != null)) {
        return null;
      }
      String out = q;
      for (Match m : matches) {
        if (m.corrected() != null) {
          out = out.replace(m.text(), m.corrected());
        }
      }
      return out;
    }
  }

  /** What an entry stands for. */
  private sealed interface Meaning {}

  private record FacetTerm(Facet facet, String code) implements Meaning {}

  private record Jargon(GlossaryEntry entry) implements Meaning {}

  private record Place(City city) implements Meaning {}

  private final TermMatcher<Meaning> matcher;
  private final Taxonomies taxonomies;

  QueryInterpreter(Taxonomies taxonomies) {
    this(taxonomies, Cities.bundled());
  }

  QueryInterpreter(Taxonomies taxonomies, List<City> cities) {
    this.taxonomies = taxonomies;
    TermMatcher.Builder<Meaning> b = TermMatcher.builder();
    for (Facet facet : FACETS) {
      for (Term term : facet.taxonomy(taxonomies).terms()) {
        addTerm(b, term, new FacetTerm(facet, term.code()));
        if (facet != Facet.COUNTRY && facet != Facet.REGION && term.code().matches("[a-z]{4,}")) {
          b.add(term.code(), new FacetTerm(facet, term.code()));
        }
      }
    }
    // Every country of the world, so that one where the network has nobody is understood too.
    for (Term term : taxonomies.world().terms()) {
      if (!taxonomies.countries().contains(term.code())) {
        addTerm(b, term, new FacetTerm(Facet.COUNTRY, term.code()));
      }
    }
    for (GlossaryEntry entry : taxonomies.glossary().entries()) {
      entry.terms().forEach(t -> b.add(t, new Jargon(entry)));
    }
    // Only the cities Chinese users know by name: the full table holds English words ("Split",
    // "Mobile", "Reading") that would turn ordinary queries into places.
    for (City city : cities) {
      if (city.nameZh() != null) {
        b.addExact(city.nameZh(), new Place(city));
        if (city.name().length() >= 4) {
          b.addExact(city.name(), new Place(city));
        }
      }
    }
    this.matcher = b.build();
  }

  private static void addTerm(TermMatcher.Builder<Meaning> b, Term term, Meaning meaning) {
    term.englishTerms().forEach(s -> b.add(s, meaning));
    term.chineseTerms().forEach(s -> b.add(s, meaning));
  }

  /** Interprets cleaned query text; {@code null} gives nothing. */
  Result interpret(String q) {
    if (q == null) {
      return Result.NONE;
    }
    Matching<Meaning> found =
        matcher.match(ABBREVIATIONS.matcher(q).replaceAll(r -> r.group().toUpperCase(Locale.ROOT)));
    Set<Match> matches = new LinkedHashSet<>();
    boolean namesPlace = found.matches().stream().anyMatch(m -> placeOf(m.payload()));
    for (var m : found.matches()) {
      String corrected = m.corrected() ? m.entry() : null;
      if (m.payload() instanceof FacetTerm t) {
        matches.add(
            new Match(
                t.facet(), t.code(), m.typed(), corrected, m.via(), Source.TAXONOMY, null, false));
      } else if (m.payload() instanceof Jargon j && !namesTerm(found, m)) {
        List<String> services = j.entry().services();
        for (int i = 0; i < services.size(); i++) {
          matches.add(
              new Match(
                  Facet.SERVICE,
                  services.get(i),
                  m.typed(),
                  corrected,
                  m.via(),
                  Source.GLOSSARY,
                  null,
                  i > 0));
        }
        // The place a term implies ("Section 337": the US) counts only when the query names none.
        String place = j.entry().country();
        if (place != null && !namesPlace) {
          Facet facet =
              taxonomies.regions().byCode(place).isPresent() ? Facet.REGION : Facet.COUNTRY;
          matches.add(
              new Match(facet, place, m.typed(), corrected, m.via(), Source.GLOSSARY, null, false));
        }
      } else if (m.payload() instanceof Place p && !alsoCountry(found, m.start())) {
        // A city that is also a country's name (Singapore, Luxembourg) is the country.
        City city = p.city();
        matches.add(
            new Match(
                Facet.COUNTRY,
                city.country(),
                m.typed(),
                corrected,
                m.via(),
                Source.CITY,
                city,
                false));
      }
    }
    List<Match> ordered = new ArrayList<>(dropShadowed(matches));
    ordered.sort(Comparator.comparingInt(m -> FACETS.indexOf(m.facet())));
    return new Result(List.copyOf(ordered), found.leftoverText());
  }

  /**
   * A value is understood once: a country named by a city is also named by the glossary or another
   * term only once, the city's match (with its point) winning over a plain country match of the
   * same code; a service both named (or a jargon term's main one) and related to another term is
   * named.
   */
  private static List<Match> dropShadowed(Set<Match> matches) {
    List<Match> out = new ArrayList<>();
    for (Match m : matches) {
      boolean shadowed =
          m.source() != Source.CITY
                  && m.facet() == Facet.COUNTRY
                  && matches.stream()
                      .anyMatch(
                          o -> o.source() == Source.CITY && o.code().equals(m.code()) && o != m)
              || m.ranksOnly()
                  && matches.stream()
                      .anyMatch(
                          o ->
                              !o.ranksOnly()
                                  && o.facet() == m.facet()
                                  && o.code().equals(m.code()));
      boolean duplicate =
          out.stream().anyMatch(o -> o.facet() == m.facet() && o.code().equals(m.code()));
      if (!shadowed && !duplicate) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean placeOf(Meaning meaning) {
    return meaning instanceof Place
        || (meaning instanceof FacetTerm t
            && (t.facet().root() == Facet.COUNTRY.root() || t.facet() == Facet.REGION));
  }

  /** Words that are a taxonomy term and a glossary term ("trade secret") mean the term. */
  private static boolean namesTerm(
      Matching<Meaning> found, org.ipnetwork.directory.understanding.Match<Meaning> m) {
    return found.matches().stream()
        .anyMatch(
            o -> o.start() == m.start() && o.end() == m.end() && o.payload() instanceof FacetTerm);
  }

  private static boolean alsoCountry(Matching<Meaning> found, int start) {
    return found.matches().stream()
        .anyMatch(
            o ->
                o.start() == start
                    && o.payload() instanceof FacetTerm t
                    && t.facet() == Facet.COUNTRY);
  }
}
