package org.ipnetwork.directory.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.validation.Problem;
import org.ipnetwork.directory.validation.SourceRow;

/**
 * Cells whose bytes were not UTF-8. The readers decode text files as UTF-8 and, like every Java
 * reader, turn bytes that are not UTF-8 into U+FFFD (�); such a cell would be stored with its
 * letters lost (a file saved as GBK or Latin-1 by a spreadsheet). The row is rejected instead, a
 * line per cell, so that the file can be saved as UTF-8 and imported again. U+FFFD typed on purpose
 * is refused too: it never belongs in a listing.
 */
public final class InvalidText {

  static final char REPLACEMENT = '\uFFFD';

  private InvalidText() {}

  /** The row, with a problem for each cell that held bytes that were not UTF-8. */
  public static SourceRow checked(SourceRow row) {
    List<Problem> found = new ArrayList<>();
    for (Map.Entry<Column, String> cell : row.cells().entrySet()) {
      if (cell.getValue() != null && cell.getValue().indexOf(REPLACEMENT) >= 0) {
        found.add(
            new Problem(
                cell.getKey().header(),
                "not valid UTF-8 (bytes in another encoding, e.g. GBK or Latin-1):"
                    + " save the file as UTF-8 and import it again"));
      }
    }
    if (found.isEmpty()) {
      return row;
    }
    List<Problem> problems = new ArrayList<>(row.problems());
    problems.addAll(found);
    return new SourceRow(row.file(), row.line(), row.cells(), problems);
  }
}
