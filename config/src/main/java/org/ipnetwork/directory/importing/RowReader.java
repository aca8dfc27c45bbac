package org.ipnetwork.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.ipnetwork.directory.validation.SourceRow;

/**
 * Reads the rows of one file and hands them on one by one, so that a large file is never held in
 * memory. A row that cannot be read becomes a row with a problem; a file that cannot be read at all
 * throws.
 */
public interface RowReader {
  void read(InputStream in, String file, Consumer<SourceRow> sink) throws IOException;
}
