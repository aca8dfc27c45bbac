package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The judged set is sound: big enough, every category covered, every code one the directory knows,
 * and every query answerable on the sample network (a query nothing could answer measures nothing).
 */
class QuerySetTest {

  private static final QuerySet SET = QuerySet.load();
  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();

  @Test
  void atLeastNinetyQueriesAndEightPerCategory() {
    assertThat(SET.queries()).hasSizeGreaterThanOrEqualTo(90);
    Map<Category, Long> perCategory =
        SET.queries().stream()
            .collect(Collectors.groupingBy(JudgedQuery::category, Collectors.counting()));
    assertThat(perCategory.keySet()).containsExactlyInAnyOrder(Category.values());
    assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
    assertThat(SET.queries().stream().map(JudgedQuery::id)).doesNotHaveDuplicates();
    assertThat(SET.queries().stream().map(JudgedQuery::q)).doesNotHaveDuplicates();
  }

  /** What a new user tried and got nothing or the wrong countries for: the set must keep them. */
  @Test
  void everyQueryOfTheOriginalComplaintIsJudged() {
    assertThat(SET.queries().stream().map(JudgedQuery::q))
        .contains(
            "trademark squatting Indonesia",
            "Section 337 lawyer",
            "Benelux trademark",
            "trademakr france",
            "pattent korea",
            "美國 專利",
            "riben zhuanli",
            "东盟 商标",
            "海湾国家 商标",
            "北欧 专利",
            "大湾区 调解",
            "我们的空调外观设计在印度被仿冒了",
            "Munich patent attorney",
            "汉诺威 展会 侵权",
            "德国 商标 诉讼 调解 培训 海关",
            "澳门 专利",
            "文莱 商标");
  }

  @Test
  void everyCodeIsOneTheDirectoryKnows() {
    Set<String> iso = Set.of(Locale.getISOCountries());
    List<Rule> rules = SET.queries().stream().flatMap(q -> q.rules().stream()).toList();
    // Countries may lie outside the network (Brunei): that is the point of the sparse queries.
    assertThat(codes(rules, Rule::country)).allSatisfy(c -> assertThat(iso).contains(c));
    assertThat(codes(rules, Rule::continent)).allSatisfy(c -> known(TAXONOMIES.continents(), c));
    assertThat(codes(rules, Rule::serviceAll)).allSatisfy(c -> known(TAXONOMIES.services(), c));
    assertThat(codes(rules, Rule::serviceAny)).allSatisfy(c -> known(TAXONOMIES.services(), c));
    assertThat(codes(rules, Rule::industry)).allSatisfy(c -> known(TAXONOMIES.industries(), c));
    assertThat(codes(rules, Rule::kind)).allSatisfy(c -> known(TAXONOMIES.kinds(), c));
    assertThat(codes(rules, Rule::orgType)).allSatisfy(c -> known(TAXONOMIES.orgTypes(), c));
  }

  private static Set<String> codes(List<Rule> rules, Function<Rule, List<String>> field) {
    return rules.stream()
        .map(field)
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .collect(Collectors.toSet());
  }

  private static void known(Taxonomy taxonomy, String code) {
    assertThat(taxonomy.contains(code)).as(code).isTrue();
  }

  @Test
  void everyQueryHasRelevantListingsOnTheSample() {
    Judge judge = new Judge(SampleNetwork.load(), TAXONOMIES, 10);
    assertThat(SET.queries())
        .allSatisfy(
            q ->
                assertThat(judge.allGrades(q).stream().filter(g -> g > 0).count())
                    .as(q.id() + " " + q.q())
                    .isPositive());
  }

  /** The first matching rule wins, so a later rule with a higher grade is a judging mistake. */
  @Test
  void gradesNeverRiseDownTheRules() {
    assertThat(SET.queries())
        .allSatisfy(
            q -> {
              List<Integer> grades = q.rules().stream().map(Rule::grade).toList();
              assertThat(grades).as(q.id()).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            });
  }

  @Test
  void everyQueryNamesItsLanguage() {
    Set<String> languages = Stream.of("zh", "en").collect(Collectors.toSet());
    assertThat(SET.queries())
        .allSatisfy(q -> assertThat(languages).as(q.id()).contains(q.params().get("lang")));
    assertThat(Arrays.stream(Category.values()).map(Category::key))
        .contains("zh_traditional", "sparse");
  }
}
