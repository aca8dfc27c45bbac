package org.ipnetwork.directory.backend.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

  @Test
  void aWebsiteIsItsDomainWithoutSchemeWwwOrCapitals() {
    assertThat(DuplicateKeys.domain("https://www.KiwiPatent.example/about"))
        .isEqualTo("kiwipatent.example");
    assertThat(DuplicateKeys.domain("http://kiwipatent.example")).isEqualTo("kiwipatent.example");
    assertThat(DuplicateKeys.domain("kiwipatent.example:8080/x")).isEqualTo("kiwipatent.example");
    assertThat(DuplicateKeys.domain("https://patents.kiwi.example"))
        .as("another host of the same domain is another site")
        .isEqualTo("patents.kiwi.example");
    assertThat(DuplicateKeys.domain(" ")).isNull();
  }

  @Test
  void anEmailIsComparedInLowerCase() {
    assertThat(DuplicateKeys.email("Info@HARBOUR-tm.example")).isEqualTo("info@harbour-tm.example");
    assertThat(DuplicateKeys.email("mailto:a@b.example")).isEqualTo("a@b.example");
    assertThat(DuplicateKeys.email(null)).isNull();
  }

  @Test
  void aPhoneIsE164ReadAsANumberOfTheListingsCountry() {
    assertThat(DuplicateKeys.phone("(09) 555 0123", "NZ")).isEqualTo("+6495550123");
    assertThat(DuplicateKeys.phone("+64 9 555 0123", "NZ")).isEqualTo("+6495550123");
    assertThat(DuplicateKeys.phone("+6495550123", null)).isEqualTo("+6495550123");
    assertThat(DuplicateKeys.phone("0611 5550100", "DE")).isEqualTo("+496115550100");
    assertThat(DuplicateKeys.phone("n/a", "DE")).isNull();
  }

  @Test
  void independentReasonsAddUpAndAWebsiteAcrossCitiesAloneIsNotProposed() {
    Candidate.Reason website = new Candidate.Reason("website", "a.example");
    Candidate.Reason email = new Candidate.Reason("email", "x@a.example");
    assertThat(CandidateFinder.score(List.of(website), true)).isEqualTo(0.5);
    assertThat(CandidateFinder.score(List.of(website), false))
        .isLessThan(CandidateFinder.THRESHOLD);
    assertThat(CandidateFinder.score(List.of(website, email), true)).isEqualTo(0.8);
  }
}
