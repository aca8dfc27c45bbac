package org.ipnetwork.directory.backend.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/** Autocomplete over the fixture's names and the taxonomies. */
class SuggestApiIT extends FixtureApi {

  private SuggestResponse suggest(String query) {
    return http()
        .get()
        .uri("/api/v1/suggest?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SuggestResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void englishNamesCompleteFromAnyWord() {
    assertThat(suggest("q=Mül&lang=en").suggestions())
        .extracting(
            SuggestResponse.Suggestion::type,
            SuggestResponse.Suggestion::id,
            SuggestResponse.Suggestion::text)
        .containsExactly(tuple("listing", "fx-01", "Müller & Partner Rechtsanwälte"));
    assertThat(suggest("q=partner&lang=en").suggestions())
        .extracting(SuggestResponse.Suggestion::id)
        .containsExactly("fx-01");
  }

  @Test
  void chineseNamesAndTermsComplete() {
    assertThat(suggest("q=慕尼&lang=zh").suggestions())
        .extracting(SuggestResponse.Suggestion::id, SuggestResponse.Suggestion::text)
        .containsExactly(tuple("fx-01", "慕尼黑穆勒律师事务所"));
    assertThat(suggest("q=德&lang=zh").suggestions())
        .extracting(
            SuggestResponse.Suggestion::type,
            SuggestResponse.Suggestion::code,
            SuggestResponse.Suggestion::text)
        .containsExactly(tuple("country", "DE", "德国"));
  }

  /** The pinyin is only an input: what is shown is the listing's name in the asked language. */
  @Test
  void chineseNamesCompleteFromTheirPinyinJoinedOrSpaced() {
    assertThat(suggest("q=munihei&lang=zh").suggestions())
        .extracting(
            SuggestResponse.Suggestion::type,
            SuggestResponse.Suggestion::id,
            SuggestResponse.Suggestion::text)
        .containsExactly(tuple("listing", "fx-01", "慕尼黑穆勒律师事务所"));
    assertThat(suggest("q=mu+ni+hei+mu&lang=zh").suggestions())
        .extracting(SuggestResponse.Suggestion::id, SuggestResponse.Suggestion::text)
        .containsExactly(tuple("fx-01", "慕尼黑穆勒律师事务所"));
    assertThat(suggest("q=bolinzhuan&lang=en").suggestions())
        .extracting(SuggestResponse.Suggestion::id, SuggestResponse.Suggestion::text)
        .containsExactly(tuple("fx-02", "Berlin Patent Attorneys"));
    assertThat(suggest("q=kelong&lang=zh").suggestions()).as("a draft").isEmpty();
  }

  @Test
  void termsCompleteFromSynonymsInTheOtherLanguage() {
    assertThat(suggest("q=viet&lang=zh").suggestions())
        .extracting(SuggestResponse.Suggestion::type, SuggestResponse.Suggestion::text)
        .containsExactly(tuple("country", "越南"));
  }

  @Test
  void draftsAreNeverSuggested() {
    assertThat(suggest("q=Draft&lang=en").suggestions()).isEmpty();
    assertThat(suggest("q=").suggestions()).isEmpty();
  }

  @Test
  void tooLongTextIsNamed() {
    http()
        .get()
        .uri("/api/v1/suggest?q=" + "x".repeat(51))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("q");
  }
}
