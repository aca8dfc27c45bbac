package org.ipnetwork.directory.backend.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.geo.City;
import org.junit.jupiter.api.Test;

/** The names of the bundled cities table: exact names for near=, prefixes for suggestions. */
class CityIndexTest {

  private static final CityIndex CITIES = new CityIndex();

  private static List<String> names(String text) {
    return CITIES.startingWith(text, c -> true, 8).stream().map(City::name).toList();
  }

  @Test
  void aNameInEitherScriptOrWithItsCountryFindsTheCity() {
    assertThat(CITIES.find("Munich")).get().extracting(City::country).isEqualTo("DE");
    assertThat(CITIES.find("慕尼黑")).get().extracting(City::name).isEqualTo("Munich");
    assertThat(CITIES.find(" munich , de ")).get().extracting(City::name).isEqualTo("Munich");
    assertThat(CITIES.find("Nowhere-on-Sea")).isEmpty();
  }

  @Test
  void aLatinPrefixMatchesCaseInsensitivelyMostPopulousFirst() {
    List<String> mun = names("mun");
    assertThat(mun).first().isEqualTo("Munich");
    assertThat(mun).allSatisfy(n -> assertThat(n.toLowerCase()).startsWith("mun"));
    assertThat(names("ＭＵＮＩ")).as("full-width letters fold").first().isEqualTo("Munich");
  }

  @Test
  void aChinesePrefixMatchesTheChineseName() {
    assertThat(CITIES.startingWith("慕尼", c -> true, 8))
        .extracting(City::name, City::nameZh)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("Munich", "慕尼黑"));
  }

  @Test
  void aWordInsideTheNameMatchesAfterWholeNames() {
    List<String> york = names("york");
    assertThat(york).contains("New York City");
    assertThat(york.indexOf("New York City")).isGreaterThan(york.indexOf("York"));
  }

  @Test
  void aCountryCodeAfterACommaKeepsThatCountry() {
    assertThat(CITIES.startingWith("san jose,us", c -> true, 8))
        .extracting(City::country)
        .containsOnly("US")
        .isNotEmpty();
    assertThat(names(",de")).as("no name, no guess").isEmpty();
  }

  @Test
  void theFilterAndTheLimitApply() {
    assertThat(CITIES.startingWith("s", c -> c.country().equals("VN"), 3))
        .hasSize(3)
        .extracting(City::country)
        .containsOnly("VN");
    assertThat(names("   ")).isEmpty();
  }
}
