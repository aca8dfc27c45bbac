package org.ipnetwork.directory.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes each listing as the two {@code _bulk} lines the indexer itself would send (action with the
 * external version, then the derived document), so that a raw {@code curl _bulk} of the same bytes
 * is the baseline the indexer's throughput is measured against (docs/performance.md).
 */
final class BulkSink extends NdjsonSink {

  private static final ObjectWriter DOCUMENT = JSON.writer();

  private final ListingDocuments documents;

  BulkSink(OutputStream target, ListingDocuments documents) {
    super(target);
    this.documents = documents;
  }

  @Override
  void write(OutputStream out, Listing listing) throws IOException {
    String action =
        "{\"index\":{\"_index\":\""
            + ListingIndex.ALIAS
            + "\",\"_id\":"
            + JSON.writeValueAsString(listing.id())
            + ",\"version\":"
            + listing.updatedAt().toEpochMilli()
            + ",\"version_type\":\"external\"}}\n";
    out.write(action.getBytes(StandardCharsets.UTF_8));
    // Written at generation time: what the indexer sends carries its write time too.
    out.write(DOCUMENT.writeValueAsBytes(documents.of(listing).writtenAt(Instant.now())));
    out.write('\n');
  }
}
