package org.ipnetwork.directory.backend.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** One listing's page: labels, and 404 for drafts and unknown ids. */
class ListingApiIT extends FixtureApi {

  @Test
  void aPublishedListingComesWithLabels() {
    ListingView l =
        http()
            .get()
            .uri("/api/v1/listings/fx-12?lang=zh")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(ListingView.class)
            .returnResult()
            .getResponseBody();
    assertThat(l.country().label()).isEqualTo("德国");
    assertThat(l.continent().code()).isEqualTo("EU");
    assertThat(l.kind().code()).isEqualTo("workstation");
    assertThat(l.city()).isEqualTo("法兰克福");
    assertThat(l.services()).extracting(ListingView.Labeled::label).containsExactly("培训", "诉讼与维权");
    assertThat(l.workstation().coveredCountries())
        .extracting(ListingView.Labeled::code)
        .containsExactly("DE", "FR", "PL");
    assertThat(l.lastVerified()).isEqualTo("2026-05-05");
    assertThat(l.contacts().website()).isEqualTo("https://fx-12.example");
    assertThat(l.contacts().phone()).isEqualTo("+4930123456");
    assertThat(l.contacts().phoneDisplay()).isEqualTo("+49 30 123456");
  }

  @Test
  void searchHitsCarryTheContactsWithThePhonesDisplayForm() {
    http()
        .get()
        .uri("/api/v1/search?lang=en&size=50")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hits[?(@.id == 'fx-12')].contacts.phone")
        .isEqualTo(List.of("+4930123456"))
        .jsonPath("$.hits[?(@.id == 'fx-12')].contacts.phoneDisplay")
        .isEqualTo(List.of("+49 30 123456"))
        .jsonPath("$.hits[?(@.id == 'fx-12')].contacts.email")
        .isEqualTo(List.of("office@fx-12.example"));
  }

  @Test
  void draftsAndUnknownIdsAreNotFound() {
    for (String id : new String[] {"fx-11", "fx-99"}) {
      http()
          .get()
          .uri("/api/v1/listings/" + id)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("https://ip-directory.example/problems/not-found");
    }
  }

  @Test
  void aMalformedIdIsABadRequest() {
    http()
        .get()
        .uri("/api/v1/listings/{id}", "a b*c")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("id");
  }
}
