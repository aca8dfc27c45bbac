package org.ipnetwork.directory.indexer.importing;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.index.ListingWriter.Outcome;
import org.ipnetwork.directory.indexer.importing.ImportReport.Item;
import org.ipnetwork.directory.indexer.progress.Tally;

/**
 * Sends valid listings through {@link ListingWriter} (which re-sends failed requests itself) and
 * turns each final outcome into the tally and, for refused listings, a report line.
 */
final class ListingSink implements AutoCloseable {

  private final ListingWriter<Item> writer;
  private final Tally tally;
  private final ImportReport report;

  ListingSink(
      ElasticsearchAsyncClient client,
      ListingDocuments documents,
      String target,
      ListingWriter.Limits limits,
      Tally tally,
      ImportReport report) {
    this.tally = tally;
    this.report = report;
    this.writer = new ListingWriter<>(client, documents, target, limits, this::onOutcome);
  }

  void write(Item item) {
    writer.write(item.listing(), item);
  }

  private void onOutcome(Item item, String id, Outcome outcome, String reason) {
    switch (outcome) {
      case CREATED -> tally.created.incrementAndGet();
      case UPDATED -> tally.updated.incrementAndGet();
      case UNCHANGED -> tally.unchanged.incrementAndGet();
      case REJECTED -> {
        tally.rejected.incrementAndGet();
        report.refused(item, "rejected", reason);
      }
      case FAILED -> {
        tally.failed.incrementAndGet();
        report.refused(item, "failed", reason);
      }
    }
  }

  /** Waits until every listing has its final outcome. */
  @Override
  public void close() {
    writer.close();
  }
}
