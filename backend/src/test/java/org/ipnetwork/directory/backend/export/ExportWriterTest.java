package org.ipnetwork.directory.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.export.ListingPages.Page;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

/** What a listing that carries formulas becomes in each format. */
class ExportWriterTest {

  private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";

  private static final Listing BAIT =
      Listing.builder()
          .id("bait-1")
          .name(new Names("@SUM(A1:A9)", FORMULA, null, null))
          .status(Status.PUBLISHED)
          .source("-1+1")
          .build();

  private static byte[] write(ExportFormat format) {
    Flux<Page> pages = Flux.just(new Page(List.of(BAIT), "pit", null));
    return DataBufferUtils.join(
            ExportWriter.write(
                format, pages, DefaultDataBufferFactory.sharedInstance, Runnable::run))
        .map(
            b -> {
              byte[] bytes = new byte[b.readableByteCount()];
              b.read(bytes);
              return bytes;
            })
        .block();
  }

  @Test
  void csvCellsThatWouldRunAsFormulasStartWithAnApostropheWhichImportRemoves() throws IOException {
    byte[] csv = write(ExportFormat.CSV);

    List<String> raw = ExportedFiles.rawCsv(csv).get(0);
    assertThat(raw.get(Column.NAME_ZH.ordinal())).isEqualTo("'@SUM(A1:A9)");
    assertThat(raw.get(Column.NAME_EN.ordinal())).isEqualTo("'" + FORMULA);
    assertThat(raw.get(Column.SOURCE.ordinal())).isEqualTo("'-1+1");
    Map<Column, String> read = ExportedFiles.csv(csv).get(0);
    assertThat(read).containsEntry(Column.NAME_EN, FORMULA).containsEntry(Column.SOURCE, "-1+1");
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF\"id\",\"kind\",");
  }

  @Test
  void xlsxCellsAreTextNeverFormulas() throws IOException {
    Map<Column, String> read = ExportedFiles.xlsx(write(ExportFormat.XLSX)).get(0);

    assertThat(read)
        .containsEntry(Column.NAME_EN, FORMULA)
        .containsEntry(Column.NAME_ZH, "@SUM(A1:A9)");
  }

  @Test
  void ndjsonIsTheListingAsItIs() {
    assertThat(ExportedFiles.ndjson(write(ExportFormat.NDJSON))).containsExactly(BAIT);
  }
}
