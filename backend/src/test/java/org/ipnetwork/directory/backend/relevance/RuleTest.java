package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

/** The judging rules: one test per condition, and the first matching rule wins. */
class RuleTest {

  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();

  private static final Listing MUNICH_PATENT_FIRM =
      listing(
          "DE",
          "Munich",
          "慕尼黑",
          new GeoPoint(48.13743, 11.57549),
          List.of("patent", "design"),
          "patent_agency",
          new Names("慕尼黑专利事务所", "Isar Patent Office", "Isar Patentbüro", "de"));

  private static Listing listing(
      String country,
      String city,
      String cityZh,
      GeoPoint geo,
      List<String> services,
      String orgType,
      Names name) {
    return new Listing(
        "t-1",
        Kind.PROVIDER,
        name,
        orgType,
        new Location(country, city, cityZh, null, geo),
        services,
        List.of("automotive"),
        List.of("de"),
        null,
        null,
        null,
        Status.PUBLISHED,
        null,
        null,
        null,
        "test");
  }

  private static Rule rule(String json) {
    return QuerySet.parse(
            ("{\"about\":\"t\",\"queries\":[{\"id\":\"t\",\"category\":\"zh\",\"q\":\"t\",\"rules\":["
                    + json
                    + "]}]}")
                .getBytes(StandardCharsets.UTF_8))
        .queries()
        .get(0)
        .rules()
        .get(0);
  }

  private static boolean matches(String json) {
    return rule(json).matches(MUNICH_PATENT_FIRM, TAXONOMIES);
  }

  @Test
  void countryIsAnyOf() {
    assertThat(matches("{\"grade\":1,\"country\":[\"FR\",\"DE\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"country\":[\"FR\"]}")).isFalse();
  }

  @Test
  void continentIsTheCountrysContinent() {
    assertThat(matches("{\"grade\":1,\"continent\":[\"EU\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"continent\":[\"AS\"]}")).isFalse();
  }

  @Test
  void serviceAllNeedsEveryServiceAndServiceAnyOne() {
    assertThat(matches("{\"grade\":1,\"serviceAll\":[\"patent\",\"design\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"serviceAll\":[\"patent\",\"trademark\"]}")).isFalse();
    assertThat(matches("{\"grade\":1,\"serviceAny\":[\"patent\",\"trademark\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"serviceAny\":[\"customs\",\"trademark\"]}")).isFalse();
  }

  @Test
  void industryKindAndOrgTypeAreAnyOf() {
    assertThat(matches("{\"grade\":1,\"industry\":[\"automotive\",\"software\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"industry\":[\"software\"]}")).isFalse();
    assertThat(matches("{\"grade\":1,\"kind\":[\"provider\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"kind\":[\"workstation\"]}")).isFalse();
    assertThat(matches("{\"grade\":1,\"orgType\":[\"patent_agency\",\"ip_agency\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"orgType\":[\"law_firm\"]}")).isFalse();
  }

  @Test
  void cityIsTheLatinOrChineseNameIgnoringCase() {
    assertThat(matches("{\"grade\":1,\"city\":[\"munich\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"city\":[\"慕尼黑\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"city\":[\"Munich-Pasing\"]}")).isFalse();
  }

  @Test
  void nearIsAGreatCircleDistance() {
    // Augsburg is 57 km from Munich.
    assertThat(matches("{\"grade\":1,\"near\":{\"lat\":48.37154,\"lon\":10.89851,\"km\":60}}"))
        .isTrue();
    assertThat(matches("{\"grade\":1,\"near\":{\"lat\":48.37154,\"lon\":10.89851,\"km\":50}}"))
        .isFalse();
  }

  @Test
  void textIsContainedInAnyName() {
    assertThat(matches("{\"grade\":1,\"text\":[\"isar patent\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"text\":[\"Patentbüro\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"text\":[\"专利事务所\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"text\":[\"Müller\"]}")).isFalse();
  }

  @Test
  void everyConditionOfARuleMustHold() {
    assertThat(matches("{\"grade\":1,\"country\":[\"DE\"],\"serviceAll\":[\"patent\"]}")).isTrue();
    assertThat(matches("{\"grade\":1,\"country\":[\"DE\"],\"serviceAll\":[\"trademark\"]}"))
        .isFalse();
  }

  @Test
  void theFirstMatchingRuleGivesTheGrade() {
    JudgedQuery q =
        QuerySet.parse(
                """
                {"about":"t","queries":[{"id":"t","category":"en","q":"t","rules":[
                  {"grade":2,"country":["DE"],"serviceAll":["trademark"]},
                  {"grade":1,"country":["DE"]},
                  {"grade":3,"serviceAll":["patent"]}]}]}
                """
                    .getBytes(StandardCharsets.UTF_8))
            .queries()
            .get(0);
    assertThat(q.grade(MUNICH_PATENT_FIRM, TAXONOMIES)).isEqualTo(1);
    Listing french = listing("FR", "Paris", "巴黎", null, List.of("trademark"), "law_firm", null);
    assertThat(q.grade(french, TAXONOMIES)).isZero();
  }

  @Test
  void aMisspeltConditionIsAnErrorNotAWiderRule() {
    assertThatThrownBy(() -> rule("{\"grade\":1,\"services\":[\"patent\"]}"))
        .hasMessageContaining("services");
    assertThatThrownBy(() -> rule("{\"grade\":0,\"country\":[\"DE\"]}"))
        .hasStackTraceContaining("grades a listing 1 or more");
  }
}
