package org.ipnetwork.directory.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.junit.jupiter.api.Test;

class FillerWordsTest {

  private final FillerWords filler = FillerWords.bundled();

  @Test
  void theWordsOfCasesToldInSentencesAreFiller() {
    assertThat(filler.chinese())
        .contains(
            "我们", "我们的", "我", "的", "被", "了", "怎么办", "需要", "找", "找一个", "一个", "一家", "请问", "如何", "哪里",
            "有没有", "推荐", "帮忙", "在", "和", "与", "及", "或", "吗", "呢");
    assertThat(filler.english())
        .contains(
            "we", "our", "need", "a", "an", "the", "in", "for", "of", "to", "was", "were", "is",
            "are", "has", "have", "been", "help", "find", "looking", "who", "can", "with", "near",
            "on", "at", "and", "or", "my", "me", "i", "please");
  }

  /** Chinese filler is never the name of something the directory knows. */
  @Test
  void noChineseFillerIsATaxonomyTerm() {
    Taxonomies t = Taxonomies.bundled();
    for (var taxonomy :
        List.of(t.world(), t.continents(), t.services(), t.industries(), t.orgTypes(), t.kinds())) {
      for (Term term : taxonomy.terms()) {
        assertThat(term.chineseTerms()).doesNotContainAnyElementsOf(filler.chinese());
      }
    }
    t.glossary()
        .entries()
        .forEach(e -> assertThat(e.termsZh()).doesNotContainAnyElementsOf(filler.chinese()));
  }

  @Test
  void noneMeansEveryWordIsKept() {
    TermMatcher<String> m =
        TermMatcher.<String>builder().add("德国", "DE").filler(FillerWords.none()).build();
    assertThat(m.match("我们的 德国 the").leftover()).containsExactly("我们的", "the");
  }
}
