package org.ipnetwork.directory.backend.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.listing.Listing;

/**
 * A listing as the flat columns {@code indexer import} reads (config's {@link Column}, English
 * headers, in the order {@code indexer export} writes them; multi-valued cells joined with {@code
 * |}), so that a file exported here imports again unchanged. See docs/import-format.md.
 */
final class ImportColumns {

  private ImportColumns() {}

  static List<String> header() {
    List<String> out = new ArrayList<>();
    for (Column c : Column.values()) {
      out.add(c.header());
    }
    return out;
  }

  /** One listing's cells, in header order; {@code null} where it has no value. */
  static List<String> row(Listing listing) {
    Map<Column, String> cells = FlatListing.cells(listing);
    List<String> out = new ArrayList<>();
    for (Column c : Column.values()) {
      out.add(cells.get(c));
    }
    return out;
  }
}
