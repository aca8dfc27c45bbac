package org.ipnetwork.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionsTest {

  private final Taxonomies t = Taxonomies.bundled();

  private Set<String> members(String code) {
    return new HashSet<>(t.regions().byCode(code).orElseThrow().members());
  }

  @Test
  void subregionsGroupsAndIpSystemsAreLoaded() {
    assertThat(t.regions().size()).isEqualTo(41);
    Map<Region.Kind, Integer> byKind = new HashMap<>();
    t.regions().all().forEach(r -> byKind.merge(r.kind(), 1, Integer::sum));
    assertThat(byKind)
        .containsEntry(Region.Kind.SUBREGION, 21)
        .containsEntry(Region.Kind.GROUP, 12)
        .containsEntry(Region.Kind.IP_SYSTEM, 8);
    assertThat(t.regions().all()).allMatch(r -> !r.source().isBlank());
  }

  @Test
  void membershipsAreTheResearchedOnes() {
    assertThat(members("asean")).hasSize(11).contains("TL", "BN", "VN");
    assertThat(members("eu")).hasSize(27).doesNotContain("GB", "CH", "NO");
    assertThat(members("euipo")).isEqualTo(members("eu"));
    assertThat(members("upc"))
        .hasSize(18)
        .contains("RO", "DE", "FR", "IT")
        .doesNotContain("ES", "PL", "IE");
    assertThat(members("eu")).containsAll(members("upc"));
    assertThat(members("epo"))
        .hasSize(39)
        .containsAll(members("eu"))
        .contains("GB", "CH", "TR", "NO");
    assertThat(members("gcc")).containsExactlyInAnyOrder("AE", "BH", "KW", "OM", "QA", "SA");
    assertThat(members("gccpo")).isEqualTo(members("gcc"));
    assertThat(members("benelux")).containsExactlyInAnyOrder("BE", "NL", "LU");
    assertThat(members("boip")).isEqualTo(members("benelux"));
    assertThat(members("oapi")).hasSize(17).contains("CM", "SN", "KM");
    assertThat(members("aripo")).hasSize(22).contains("KE", "GH", "SC", "CV");
    assertThat(members("oapi")).doesNotContainAnyElementsOf(members("aripo"));
    assertThat(members("eapo"))
        .containsExactlyInAnyOrder("AM", "AZ", "BY", "KG", "KZ", "RU", "TJ", "TM");
    assertThat(members("gba")).containsExactlyInAnyOrder("CN", "HK", "MO");
    assertThat(members("nordic")).contains("DK", "FI", "IS", "NO", "SE");
    Set<String> rcep = new HashSet<>(members("asean"));
    rcep.remove("TL");
    rcep.addAll(List.of("AU", "CN", "JP", "KR", "NZ"));
    assertThat(members("rcep")).isEqualTo(rcep);
    assertThat(members("mercosur")).containsExactlyInAnyOrder("AR", "BR", "PY", "UY", "BO");
  }

  /** The M49 sub-regions used for browsing do not overlap and cover the world but South America. */
  @Test
  void subregionsPartitionTheWorld() {
    List<String> base =
        List.of(
            "northern_africa",
            "eastern_africa",
            "middle_africa",
            "southern_africa",
            "western_africa",
            "caribbean",
            "central_america",
            "northern_america",
            "central_asia",
            "eastern_asia",
            "south_eastern_asia",
            "southern_asia",
            "western_asia",
            "eastern_europe",
            "northern_europe",
            "southern_europe",
            "western_europe",
            "australia_new_zealand",
            "pacific_islands");
    List<String> all = new ArrayList<>();
    base.forEach(code -> all.addAll(members(code)));
    assertThat(all).doesNotHaveDuplicates();
    Set<String> uncovered = new HashSet<>();
    t.world().terms().forEach(c -> uncovered.add(c.code()));
    all.forEach(uncovered::remove);
    Set<String> southAmerica = new HashSet<>();
    t.world().terms().stream()
        .filter(c -> "SA".equals(c.attribute("continent")))
        .forEach(c -> southAmerica.add(c.code()));
    uncovered.removeAll(southAmerica);
    assertThat(uncovered).containsExactlyInAnyOrder("AQ", "GS", "BV", "XK");

    Set<String> subSaharan = new HashSet<>();
    List.of("eastern_africa", "middle_africa", "southern_africa", "western_africa")
        .forEach(c -> subSaharan.addAll(members(c)));
    assertThat(members("sub_saharan_africa")).isEqualTo(subSaharan);
    Set<String> latinAmerica = new HashSet<>(members("caribbean"));
    latinAmerica.addAll(members("central_america"));
    latinAmerica.addAll(southAmerica);
    latinAmerica.addAll(List.of("BV", "GS")); // M49 South America, no continent in the directory
    assertThat(members("latin_america_caribbean")).isEqualTo(latinAmerica);
  }

  @Test
  void regionsAreFoundByTheirNames() {
    assertThat(t.regions().resolve("东盟")).map(Region::code).contains("asean");
    assertThat(t.regions().resolve("海湾国家")).map(Region::code).contains("gcc");
    assertThat(t.regions().resolve("北欧")).map(Region::code).contains("nordic");
    assertThat(t.regions().resolve("大湾区")).map(Region::code).contains("gba");
    assertThat(t.regions().resolve("southeast asia"))
        .map(Region::code)
        .contains("south_eastern_asia");
    assertThat(t.regions().resolve("统一专利法院")).map(Region::code).contains("upc");
    assertThat(t.regions().containing("DE"))
        .extracting(Region::code)
        .contains("western_europe", "eu", "epo", "euipo", "upc");
  }

  /** A region's name is never a country's or a continent's name, nor another region's. */
  @Test
  void regionNamesAreUnambiguous() {
    Map<String, String> owner = new HashMap<>();
    for (Term c : t.world().terms()) {
      WorldCountriesTest.concat(c.englishTerms(), c.chineseTerms())
          .forEach(s -> owner.put(TextNormalizer.key(s), "country " + c.code()));
    }
    for (Term c : t.continents().terms()) {
      WorldCountriesTest.concat(c.englishTerms(), c.chineseTerms())
          .forEach(s -> owner.put(TextNormalizer.key(s), "continent " + c.code()));
    }
    for (Region r : t.regions().all()) {
      for (String s : WorldCountriesTest.concat(r.englishTerms(), r.chineseTerms())) {
        String previous = owner.put(TextNormalizer.key(s), "region " + r.code());
        assertThat(previous == null || previous.equals("region " + r.code()))
            .as("%s names %s and region %s", s, previous, r.code())
            .isTrue();
      }
    }
  }

  @Test
  void anUnknownMemberFailsTheLoad(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("regions.csv"),
        "code,en,zh,kind,members,synonyms_en,synonyms_zh,source\n"
            + "atlantis,Atlantis,亚特兰蒂斯,group,DE|XX,,,legend\n");
    assertThatThrownBy(() -> Taxonomies.load(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("atlantis has unknown member XX");
  }
}
