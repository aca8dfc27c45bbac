package org.ipnetwork.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomiesTest {

  private final Taxonomies t = Taxonomies.bundled();

  @Test
  void theNetworkHas63CountriesOnSixContinents() {
    assertThat(t.countries().size()).isEqualTo(63);
    assertThat(t.continents().size()).isEqualTo(6);
    assertThat(t.countriesByContinent().values()).allMatch(list -> !list.isEmpty());
  }

  @Test
  void labelsAndSynonymsInEitherLanguageResolveToTheSameCode() {
    for (String text : List.of("商标注册", "Trademark", "trademark", "商标", "ＴＲＡＤＥＭＡＲＫ")) {
      assertThat(t.services().resolve(text)).as(text).map(Term::code).contains("trademark");
    }
    assertThat(t.countries().resolve("德国")).map(Term::code).contains("DE");
    assertThat(t.countries().resolve("germany")).map(Term::code).contains("DE");
    assertThat(t.countries().resolve("DE")).map(Term::code).contains("DE");
  }

  @Test
  void unknownTextResolvesToNothing() {
    assertThat(t.services().resolve("plumbing")).isEmpty();
    assertThat(t.services().resolve("  ")).isEmpty();
  }

  @Test
  void industriesAreGuangdongsTwentyClusters() {
    assertThat(t.industries().size()).isEqualTo(20);
    assertThat(t.industries().terms())
        .extracting(term -> term.attribute("group"))
        .containsOnly("pillar", "emerging");
  }
}
