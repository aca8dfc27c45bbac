package org.ipnetwork.directory.indexer.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.indexer.columns.CsvLine;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.json.JsonMapper;

/** Writes listings in an export format. */
interface ListingOutput {

  void write(Listing listing);

  static ListingOutput ndjson(Writer out) {
    JsonMapper mapper = JsonMapper.builder().build();
    return listing -> {
      try {
        out.write(mapper.writeValueAsString(listing));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * Flat columns with the English header; cells a spreadsheet would run as formulas get a leading
   * apostrophe, which import removes again.
   */
  static ListingOutput csv(Writer out) throws IOException {
    List<String> header = new ArrayList<>();
    for (Column c : Column.values()) {
      header.add(c.header());
    }
    out.write(CsvLine.format(header, false));
    return listing -> {
      Map<Column, String> cells = FlatListing.cells(listing);
      List<String> row = new ArrayList<>();
      for (Column c : Column.values()) {
        row.add(cells.get(c));
      }
      try {
        out.write(CsvLine.format(row, true));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
