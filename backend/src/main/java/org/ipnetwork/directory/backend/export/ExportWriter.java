package org.ipnetwork.directory.backend.export;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.ipnetwork.directory.backend.export.ListingPages.Page;
import org.ipnetwork.directory.backend.listing.CsvCells;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the pages of an export into the bytes of its file, one page at a time. CSV and NDJSON are
 * text: each page becomes one buffer as it arrives (the first with the header), so nothing waits
 * for the last page. XLSX is a zip that POI writes at the end: {@link XlsxExport} fills a streaming
 * workbook (rows beyond a small window go to a temporary file) on a worker thread and writes it
 * through a pipe into buffers.
 */
final class ExportWriter {

  /** Canonical listing JSON, with the same mapper {@code indexer export} writes it with. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExportWriter() {}

  static Flux<DataBuffer> write(
      ExportFormat format, Flux<Page> pages, DataBufferFactory buffers, Executor worker) {
    return switch (format) {
      case CSV ->
          text(
              pages,
              buffers,
              CsvCells.BOM + CsvCells.line(ImportColumns.header()),
              ExportWriter::csv);
      case NDJSON -> text(pages, buffers, "", ExportWriter::ndjson);
      case XLSX ->
          Flux.from(
              DataBufferUtils.outputStreamPublisher(
                  out -> XlsxExport.write(pages, out), buffers, worker));
    };
  }

  private static Flux<DataBuffer> text(
      Flux<Page> pages, DataBufferFactory buffers, String header, Function<Listing, String> line) {
    return pages
        .index()
        .map(
            indexed -> {
              StringBuilder out = new StringBuilder(indexed.getT1() == 0 ? header : "");
              for (Listing listing : indexed.getT2().listings()) {
                out.append(line.apply(listing));
              }
              return buffers.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
            });
  }

  static String csv(Listing listing) {
    return CsvCells.line(ImportColumns.row(listing));
  }

  static String ndjson(Listing listing) {
    return JSON.writeValueAsString(listing) + "\n";
  }
}
