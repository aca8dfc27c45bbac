package org.ipnetwork.directory.backend.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.junit.jupiter.api.Test;

class FieldChoicesTest {

  private static final Listing KEPT =
      Listing.builder()
          .id("a")
          .name(new Names("甲", "Seidel Hartmann", null, null))
          .location(new Location("DE", "Wiesbaden", null, null, null))
          .contacts(new Contacts(null, "old@a.example", "+496115550100"))
          .build();
  private static final Listing GONE =
      Listing.builder()
          .id("b")
          .name(new Names("乙", "Seidel Hartman", null, null))
          .location(new Location("DE", "Wiesbaden", null, null, null))
          .contacts(new Contacts("https://b.example", null, "+496115550200"))
          .build();

  @Test
  void theChosenFieldsComeFromTheMergedListingTheOthersStay() {
    Listing out =
        FieldChoices.apply(
            KEPT,
            GONE,
            Map.of(
                "contacts.phone", "merged",
                "contacts.website", "merged",
                "contacts.email", "merged",
                "name.en", "survivor"));
    assertThat(out.id()).isEqualTo("a");
    assertThat(out.contacts().phone()).isEqualTo("+496115550200");
    assertThat(out.contacts().website()).isEqualTo("https://b.example");
    assertThat(out.contacts().email()).as("the merged listing has none").isNull();
    assertThat(out.name().en()).isEqualTo("Seidel Hartmann");
    assertThat(out.name().zh()).isEqualTo("甲");
  }

  @Test
  void aFieldThatDoesNotDifferOrAnUnknownChoiceIsRefused() {
    assertThatThrownBy(() -> FieldChoices.apply(KEPT, GONE, Map.of("location.city", "merged")))
        .isInstanceOf(InvalidFieldsException.class);
    assertThatThrownBy(() -> FieldChoices.apply(KEPT, GONE, Map.of("name.en", "both")))
        .isInstanceOf(InvalidFieldsException.class);
    assertThatThrownBy(() -> FieldChoices.apply(KEPT, GONE, Map.of("id", "merged")))
        .as("the survivor keeps its id")
        .isInstanceOf(InvalidFieldsException.class);
    assertThat(FieldChoices.choosable(KEPT, GONE))
        .extracting(d -> d.field())
        .containsExactlyInAnyOrder(
            "name.zh", "name.en", "contacts.website", "contacts.email", "contacts.phone");
  }
}
