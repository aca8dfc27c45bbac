package org.ipnetwork.directory.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.ipnetwork.directory.validation.SourceRow;
import tools.jackson.core.JacksonException;

/** One JSON object per line; a bad line is a rejected row, the next line is read as usual. */
final class NdjsonRows implements RowReader {

  @Override
  public void read(InputStream in, String file, Consumer<SourceRow> sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      try {
        sink.accept(JsonRows.row(file, line, JsonRows.MAPPER.readTree(text)));
      } catch (JacksonException e) {
        sink.accept(SourceRow.unreadable(file, line, "invalid JSON: " + e.getOriginalMessage()));
      }
    }
  }
}
