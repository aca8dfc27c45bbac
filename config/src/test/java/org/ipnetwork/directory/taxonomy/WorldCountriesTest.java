package org.ipnetwork.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.text.ChineseScript;
import org.ipnetwork.directory.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class WorldCountriesTest {

  private final Taxonomies t = Taxonomies.bundled();

  @Test
  void everyCountryAndTerritoryIsThere() {
    assertThat(t.world().size()).isEqualTo(250);
    assertThat(t.world().terms()).extracting(Term::code).allMatch(c -> c.matches("[A-Z]{2}"));
    for (Term network : t.countries().terms()) {
      assertThat(t.world().contains(network.code())).as(network.code()).isTrue();
    }
  }

  @Test
  void countriesWithoutListingsAreResolved() {
    assertThat(t.world().resolve("文莱")).map(Term::code).contains("BN");
    assertThat(t.world().resolve("Brunei Darussalam")).map(Term::code).contains("BN");
    assertThat(t.world().resolve("老挝")).map(Term::code).contains("LA");
    assertThat(t.world().resolve("Ivory Coast")).map(Term::code).contains("CI");
    assertThat(t.world().resolve("多米尼克")).map(Term::code).contains("DM");
    assertThat(t.world().resolve("多米尼加")).map(Term::code).contains("DO");
    assertThat(t.countries().resolve("文莱")).isEmpty();
  }

  @Test
  void networkCountriesKeepTheirLabelsAndSynonymsAndGainTheWorldFilesExtras() {
    Term de = t.world().byCode("DE").orElseThrow();
    Term networkDe = t.countries().byCode("DE").orElseThrow();
    assertThat(de.en()).isEqualTo(networkDe.en());
    assertThat(de.synonymsEn()).containsAll(networkDe.synonymsEn());
    assertThat(t.world().byCode("HK").orElseThrow().zh()).isEqualTo("中国香港");
    assertThat(t.world().byCode("VN").orElseThrow().synonymsEn()).contains("Viet Nam");
    assertThat(t.world().byCode("CN").orElseThrow().synonymsZh()).contains("中国大陆");
  }

  /**
   * The file itself says the same as countries.csv for the network's countries, not only the merge.
   */
  @Test
  void theFilesLabelsAgreeWithTheNetworkFile() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream("taxonomy/world-countries.csv");
        LineNumberedCsv csv =
            new LineNumberedCsv(
                new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      List<Term> rows = Taxonomies.parse("world-countries.csv", csv);
      for (Term row : rows) {
        t.countries()
            .byCode(row.code())
            .ifPresent(
                n -> {
                  assertThat(row.en()).as(row.code()).isEqualTo(n.en());
                  assertThat(row.zh()).as(row.code()).isEqualTo(n.zh());
                  assertThat(row.attribute("continent"))
                      .as(row.code())
                      .isEqualTo(n.attribute("continent"));
                });
      }
    }
  }

  @Test
  void continentsAreTheDirectorysOrNoneForAntarctica() {
    for (Term c : t.world().terms()) {
      String continent = c.attribute("continent");
      if (List.of("AQ", "BV", "GS", "HM", "TF").contains(c.code())) {
        assertThat(continent).as(c.code()).isEmpty();
      } else {
        assertThat(t.continents().contains(continent)).as(c.code() + " " + continent).isTrue();
      }
    }
    assertThat(t.world().byCode("MX").orElseThrow().attribute("continent")).isEqualTo("NA");
    assertThat(t.world().byCode("BO").orElseThrow().attribute("continent")).isEqualTo("SA");
  }

  @Test
  void chineseLabelsAreInSimplifiedCharacters() {
    for (Term c : t.world().terms()) {
      assertThat(ChineseScript.toSimplified(c.zh())).as(c.code()).isEqualTo(c.zh());
    }
  }

  /** A label or synonym names one place only, so that a query is never ambiguous about it. */
  @Test
  void noTextNamesTwoPlaces() {
    Map<String, String> owner = new HashMap<>();
    for (Term c : t.world().terms()) {
      for (String text : concat(c.englishTerms(), c.chineseTerms())) {
        String previous = owner.put(TextNormalizer.key(text), c.code());
        assertThat(previous == null || previous.equals(c.code()))
            .as("%s names %s and %s", text, previous, c.code())
            .isTrue();
      }
    }
  }

  static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
