package org.ipnetwork.directory.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.ipnetwork.directory.validation.SourceRow;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A JSON array of objects, read element by element; rows are numbered by their 0-based index in the
 * array. A syntax error ends the file, since the parser cannot find the next element.
 */
final class JsonArrayRows implements RowReader {

  @Override
  public void read(InputStream in, String file, Consumer<SourceRow> sink) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    skipBom(buffered);
    long index = 0;
    try (JsonParser parser = JsonRows.MAPPER.createParser(buffered)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        sink.accept(SourceRow.unreadable(file, 0, "a JSON file must hold an array of listings"));
        return;
      }
      for (JsonToken t = parser.nextToken();
          t != null && t != JsonToken.END_ARRAY;
          t = parser.nextToken()) {
        JsonNode node = parser.readValueAsTree();
        sink.accept(JsonRows.row(file, index++, node));
      }
    } catch (tools.jackson.core.JacksonException e) {
      sink.accept(SourceRow.unreadable(file, index, "invalid JSON: " + e.getOriginalMessage()));
    }
  }

  static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (!(head.length == 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF)) {
      in.reset();
    }
  }
}
