package org.ipnetwork.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

  private final Taxonomies t = Taxonomies.bundled();

  private GlossaryEntry entryOf(String term) {
    String key = TextNormalizer.key(term);
    Optional<GlossaryEntry> found =
        t.glossary().entries().stream()
            .filter(e -> e.terms().stream().anyMatch(s -> TextNormalizer.key(s).equals(key)))
            .findFirst();
    assertThat(found).as("glossary term %s", term).isPresent();
    return found.get();
  }

  private void means(List<String> terms, List<String> services, String country) {
    for (String term : terms) {
      GlossaryEntry e = entryOf(term);
      assertThat(e.services()).as(term).containsAll(services);
      assertThat(e.country()).as(term).isEqualTo(country);
    }
  }

  @Test
  void atLeastSixtyEntriesWithValidServicesAndPlaces() {
    assertThat(t.glossary().size()).isGreaterThanOrEqualTo(60);
    for (GlossaryEntry e : t.glossary().entries()) {
      assertThat(e.services()).allMatch(s -> t.services().contains(s));
      assertThat(
              e.country() == null
                  || t.world().contains(e.country())
                  || t.regions().byCode(e.country()).isPresent())
          .as(e.id())
          .isTrue();
      assertThat(e.noteEn()).as(e.id()).isNotBlank();
      assertThat(e.noteZh()).as(e.id()).isNotBlank();
      assertThat(e.termsZh()).as(e.id()).isNotEmpty();
      assertThat(e.termsEn()).as(e.id()).isNotEmpty();
    }
  }

  @Test
  void theJargonExportersUseIsThere() {
    means(
        List.of("抢注", "squatting", "bad-faith filing", "trademark hijacking"),
        List.of("opposition", "trademark"),
        null);
    means(List.of("337", "ITC", "Section 337", "337调查"), List.of("litigation"), "US");
    means(
        List.of("TRO", "Schedule A", "frozen store", "店铺冻结", "亚马逊冻结"),
        List.of("litigation", "anti_counterfeiting"),
        "US");
    means(List.of("PCT"), List.of("patent"), null);
    means(List.of("UPC", "统一专利法院"), List.of("litigation"), "upc");
    means(List.of("海关扣货", "detained at customs", "海关备案"), List.of("customs"), null);
    means(List.of("假货", "仿冒", "knock-offs", "counterfeit"), List.of("anti_counterfeiting"), null);
    means(List.of("know-how", "泄露", "poaching", "商业秘密"), List.of("trade_secret"), null);
    means(List.of("展会", "trade fair injunction", "展会侵权"), List.of("litigation"), null);
    means(List.of("FTO", "freedom to operate"), List.of("search_fto"), null);
    means(
        List.of("patent troll", "NPE", "cease and desist", "警告函", "律师函"),
        List.of("litigation"),
        null);
    means(List.of("takedown", "下架"), List.of("anti_counterfeiting"), null);
    means(List.of("domain name", "UDRP", "域名抢注"), List.of("arbitration"), null);
    means(List.of("licensing", "许可"), List.of("licensing"), null);
    means(List.of("due diligence"), List.of("investigation"), null);
    means(List.of("valuation"), List.of("valuation"), null);
    means(List.of("SEP", "FRAND"), List.of("licensing"), null);
    means(List.of("design infringement"), List.of("litigation", "design"), null);
    means(List.of("Madrid", "马德里"), List.of("trademark"), null);
    means(List.of("Hague"), List.of("design"), null);
    means(List.of("opposition", "异议"), List.of("opposition"), null);
    means(
        List.of("invalidation", "无效宣告", "cancellation", "撤销", "non-use"),
        List.of("opposition"),
        null);
    means(List.of("侵权诉讼", "应诉", "维权", "海外维权援助"), List.of("litigation"), null);
    means(List.of("商标监测", "trademark watch"), List.of("search_fto", "trademark"), null);
    means(List.of("驰名商标"), List.of("trademark"), null);
    means(List.of("parallel imports", "平行进口"), List.of("customs"), null);
    means(List.of("grey market"), List.of("anti_counterfeiting"), null);
    means(List.of("仲裁", "arbitration"), List.of("arbitration"), null);
    means(List.of("调解", "mediation"), List.of("mediation"), null);
    means(List.of("欧盟商标", "EUTM"), List.of("trademark"), "euipo");
    means(List.of("欧洲专利"), List.of("patent"), "epo");
  }

  /** A term belongs to one entry; a term that is also a service's name implies that service. */
  @Test
  void termsAreUnambiguousAndAgreeWithServiceNames() {
    Map<String, String> owner = new HashMap<>();
    for (GlossaryEntry e : t.glossary().entries()) {
      for (String term : e.terms()) {
        String previous = owner.put(TextNormalizer.key(term), e.id());
        assertThat(previous).as("%s in %s and %s", term, previous, e.id()).isNull();
      }
    }
    for (Term service : t.services().terms()) {
      for (String name :
          WorldCountriesTest.concat(service.englishTerms(), service.chineseTerms())) {
        String id = owner.get(TextNormalizer.key(name));
        if (id != null) {
          assertThat(t.glossary().byId(id).orElseThrow().services())
              .as("%s (%s) in glossary %s", name, service.code(), id)
              .contains(service.code());
        }
      }
    }
  }

  /** A term that names a place implies that place: 美国337 is US, UPC is the UPC states. */
  @Test
  void termsThatNameAPlaceImplyIt() {
    Map<String, String> countryNames = new HashMap<>();
    for (Term c : t.world().terms()) {
      WorldCountriesTest.concat(c.englishTerms(), c.chineseTerms())
          .forEach(s -> countryNames.put(TextNormalizer.key(s), c.code()));
    }
    for (GlossaryEntry e : t.glossary().entries()) {
      for (String term : e.terms()) {
        String key = TextNormalizer.key(term);
        assertThat(countryNames.get(key)).as("%s names a country", term).isNull();
        t.regions()
            .resolve(term)
            .ifPresent(r -> assertThat(e.country()).as(term).isEqualTo(r.code()));
        for (Term c : t.world().terms()) {
          if (c.zh().length() >= 2 && key.contains(c.zh())) {
            assertThat(impliesCountry(e.country(), c.code())).as("%s in %s", c.zh(), term).isTrue();
          }
        }
      }
    }
  }

  private boolean impliesCountry(String place, String country) {
    return country.equals(place)
        || (place != null && t.regions().byCode(place).map(r -> r.contains(country)).orElse(false));
  }

  @Test
  void everyEntryIsDocumentedInSearchMd() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "search.md"));
    String glossary = doc.substring(doc.indexOf("## Glossary"));
    for (GlossaryEntry e : t.glossary().entries()) {
      assertThat(glossary).as(e.id()).contains("| `" + e.id() + "` |");
    }
  }

  @Test
  void anUnknownServiceFailsTheLoad(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("glossary.csv"),
        "id,terms_zh,terms_en,services,country,note_en,note_zh\n"
            + "plumbing,管道,plumbing,plumbing,,Pipes.,管道。\n");
    assertThatThrownBy(() -> Taxonomies.load(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plumbing has unknown service plumbing");
  }
}
