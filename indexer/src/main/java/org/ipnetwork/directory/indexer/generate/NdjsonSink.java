package org.ipnetwork.directory.indexer.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes each listing as one line of JSON, with the same Jackson 3 mapper the index uses for
 * documents, so the output loads back without conversion.
 */
class NdjsonSink implements Consumer<Listing>, AutoCloseable {

  static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();
  private static final ObjectWriter WRITER = JSON.writerFor(Listing.class);

  private final OutputStream out;
  private long count;

  /** Does not close {@code target}, so that standard output can be written to. */
  NdjsonSink(OutputStream target) {
    this.out = new BufferedOutputStream(target, 1 << 16);
  }

  @Override
  public void accept(Listing listing) {
    try {
      write(out, listing);
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One listing as one line. */
  void write(OutputStream out, Listing listing) throws IOException {
    out.write(WRITER.writeValueAsBytes(listing));
    out.write('\n');
  }

  long count() {
    return count;
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
