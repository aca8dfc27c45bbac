package org.ipnetwork.directory.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The flat shape and the nested one, through the one mapping in {@link Column#pointer()}. */
class FlatListingTest {

  private static List<Listing> sample;
  private final RowValidator validator = new RowValidator(Taxonomies.bundled());

  @BeforeAll
  static void read() throws IOException {
    JsonMapper mapper = ElasticsearchClients.jsonMapper().objectMapper();
    try (InputStream in =
        FlatListingTest.class
            .getClassLoader()
            .getResourceAsStream("sample/sample-network.ndjson")) {
      sample =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(line -> mapper.readValue(line, Listing.class))
              .toList();
    }
  }

  @Test
  void everyColumnPointsAtAFieldTheSampleFills() {
    Set<Column> filled = EnumSet.noneOf(Column.class);
    sample.forEach(listing -> filled.addAll(FlatListing.cells(listing).keySet()));
    assertThat(filled).containsExactlyInAnyOrder(Column.values());
  }

  @Test
  void flatCellsOfEverySampleListingValidateBackToTheSameListing() {
    for (Listing listing : sample) {
      Map<Column, String> cells = FlatListing.cells(listing);
      RowValidator.Result result =
          validator.validate(
              new SourceRow("sample", 1, cells, List.of()),
              new RowValidator.Defaults(listing.updatedAt(), listing.source(), null));
      assertThat(result.problems()).as(listing.id()).isEmpty();
      assertThat(result.listing()).as(listing.id()).isEqualTo(listing);
    }
  }

  @Test
  void multiValuedCellsAreJoinedAndEmptyListsLeftOut() {
    Listing first = sample.get(0);
    Map<Column, String> cells = FlatListing.cells(first);
    assertThat(cells.get(Column.SERVICES))
        .isEqualTo(String.join(FlatListing.SEPARATOR, first.services()));
    assertThat(cells.get(Column.LAT)).isEqualTo(Double.toString(first.location().geo().lat()));
    assertThat(cells.get(Column.UPDATED_AT)).isEqualTo(first.updatedAt().toString());
  }
}
