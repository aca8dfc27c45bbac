package org.ipnetwork.directory.understanding;

import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.taxonomy.GlossaryEntry;
import org.ipnetwork.directory.taxonomy.Region;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.taxonomy.Term;

/**
 * Every text the directory knows, in one matcher, the way the search could build it: taxonomy
 * labels and synonyms, all countries of the world, regions, glossary terms (tolerant), city names
 * (exact only). For tests of the bundled data and for measuring the matcher at full size.
 */
final class BundledVocabulary {

  /** What an entry stands for: {@code kind} is country, service, region, glossary, city, … */
  record Meaning(String kind, String code) {
    @Override
    public String toString() {
      return kind + ":" + code;
    }
  }

  private BundledVocabulary() {}

  static TermMatcher<Meaning> matcher() {
    Taxonomies t = Taxonomies.bundled();
    TermMatcher.Builder<Meaning> b = TermMatcher.builder();
    terms(b, "country", t.world());
    terms(b, "continent", t.continents());
    terms(b, "service", t.services());
    terms(b, "industry", t.industries());
    terms(b, "orgType", t.orgTypes());
    terms(b, "kind", t.kinds());
    for (Region r : t.regions().all()) {
      Meaning m = new Meaning("region", r.code());
      r.englishTerms().forEach(s -> b.add(s, m));
      r.chineseTerms().forEach(s -> b.add(s, m));
    }
    for (GlossaryEntry g : t.glossary().entries()) {
      Meaning m = new Meaning("glossary", g.id());
      g.terms().forEach(s -> b.add(s, m));
    }
    for (City c : Cities.bundled()) {
      Meaning m = new Meaning("city", c.name() + "," + c.country());
      b.addExact(c.name(), m);
      if (c.nameZh() != null) {
        b.addExact(c.nameZh(), m);
      }
    }
    return b.build();
  }

  private static void terms(TermMatcher.Builder<Meaning> b, String kind, Taxonomy taxonomy) {
    for (Term term : taxonomy.terms()) {
      Meaning m = new Meaning(kind, term.code());
      term.englishTerms().forEach(s -> b.add(s, m));
      term.chineseTerms().forEach(s -> b.add(s, m));
      if (!kind.equals("country")
          && !kind.equals("continent")
          && term.code().matches("[a-z]{4,}")) {
        b.add(term.code(), m);
      }
    }
  }
}
