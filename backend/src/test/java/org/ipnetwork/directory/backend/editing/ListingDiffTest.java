package org.ipnetwork.directory.backend.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.backend.editing.ListingDiff.FieldChange;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.junit.jupiter.api.Test;

/** The field-level changes between two versions of a listing. */
class ListingDiffTest {

  private static final Listing BEFORE =
      Listing.builder()
          .id("l-1")
          .kind(Kind.PROVIDER)
          .name(new Names("示例律所", "Example Law", null, null))
          .orgType("law_firm")
          .location(new Location("DE", "Berlin", null, null, new GeoPoint(52.5, 13.4)))
          .services(List.of("patent", "trademark"))
          .contacts(new Contacts("https://law.example", null, null))
          .status(Status.PUBLISHED)
          .updatedAt(Instant.parse("2026-01-01T00:00:00Z"))
          .build();

  @Test
  void theSameListingHasNoChanges() {
    assertThat(ListingDiff.between(BEFORE, BEFORE)).isEmpty();
  }

  @Test
  void leafFieldsAreNamedByTheirDottedPath() {
    Listing after =
        BEFORE
            .withName(new Names("示例律所", "Example Law LLP", null, null))
            .withLocation(new Location("DE", "Munich", null, null, new GeoPoint(48.1, 11.6)));
    assertThat(ListingDiff.between(BEFORE, after))
        .extracting(FieldChange::field, c -> c.before().asString(), c -> c.after().asString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name.en", "Example Law", "Example Law LLP"),
            org.assertj.core.groups.Tuple.tuple("location.city", "Berlin", "Munich"),
            org.assertj.core.groups.Tuple.tuple("location.geo.lat", "52.5", "48.1"),
            org.assertj.core.groups.Tuple.tuple("location.geo.lon", "13.4", "11.6"));
  }

  @Test
  void listsAreComparedAsAWhole() {
    Listing after = BEFORE.withServices(List.of("patent", "litigation"));
    List<FieldChange> changes = ListingDiff.between(BEFORE, after);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).field()).isEqualTo("services");
    assertThat(changes.get(0).before().toString()).isEqualTo("[\"patent\",\"trademark\"]");
    assertThat(changes.get(0).after().toString()).isEqualTo("[\"patent\",\"litigation\"]");
  }

  @Test
  void addedAndRemovedFieldsHaveNoValueOnOneSide() {
    Listing after =
        BEFORE.withContacts(new Contacts(null, "info@law.example", null)).withServices(List.of());
    assertThat(ListingDiff.between(BEFORE, after))
        .extracting(FieldChange::field, c -> c.before() == null, c -> c.after() == null)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("services", false, true),
            org.assertj.core.groups.Tuple.tuple("contacts.website", false, true),
            org.assertj.core.groups.Tuple.tuple("contacts.email", true, false));
  }

  @Test
  void aNewListingChangesEveryFieldItHas() {
    assertThat(ListingDiff.between(null, BEFORE))
        .extracting(FieldChange::field)
        .contains("id", "kind", "name.zh", "name.en", "location.country", "services")
        .allSatisfy(field -> assertThat(field).isNotIn("status", "updatedAt"));
    assertThat(ListingDiff.between(null, BEFORE)).allMatch(c -> c.before() == null);
  }

  @Test
  void statusAndUpdateTimeAreTheActionsNotTheContents() {
    Listing after =
        BEFORE.withStatus(Status.SUSPENDED).withUpdatedAt(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(ListingDiff.between(BEFORE, after)).isEmpty();
  }
}
