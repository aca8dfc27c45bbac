package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.indexer.IndexerFixtures.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped sample network imported from NDJSON, CSV, a JSON array and XLSX gives the same index.
 * The flat files are made the way staff would make them: CSV by {@code export}, JSON and XLSX from
 * that CSV's columns.
 */
class SampleFormatsIT {

  @TempDir Path dir;

  @Test
  void theSampleInAllFourFormatsGivesTheSameIndex() throws IOException {
    Path ndjson = dir.resolve("sample.ndjson");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("sample/sample-network.ndjson")) {
      Files.copy(in, ndjson);
    }
    List<Listing> reference = importAndRead(ndjson);
    assertThat(reference).hasSize(3000);

    Path csv = dir.resolve("sample.csv");
    IndexerFixtures.Run export =
        run("export", "--format", "csv", "-o", csv.toString(), "--es-url", IndexerFixtures.url());
    assertThat(export.exitCode()).as(export.err()).isZero();
    List<List<String>> table = read(csv);

    assertThat(importAndRead(csv)).isEqualTo(reference);
    assertThat(importAndRead(jsonArray(table))).isEqualTo(reference);
    assertThat(importAndRead(xlsx(table))).isEqualTo(reference);
  }

  private List<Listing> importAndRead(Path file) throws IOException {
    return IndexerFixtures.importIntoEmptyIndex(file, dir);
  }

  private static List<List<String>> read(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(csv)) {
      LineNumberedCsv in = new LineNumberedCsv(reader);
      for (LineNumberedCsv.Row row = in.next(); row != null; row = in.next()) {
        rows.add(row.cells());
      }
    }
    return rows;
  }

  private Path jsonArray(List<List<String>> table) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> header = table.get(0);
    var array = mapper.createArrayNode();
    for (List<String> row : table.subList(1, table.size())) {
      ObjectNode node = array.addObject();
      for (int i = 0; i < header.size(); i++) {
        node.put(header.get(i), i < row.size() ? row.get(i) : "");
      }
    }
    Path file = dir.resolve("sample.json");
    mapper.writeValue(file.toFile(), array);
    return file;
  }

  private Path xlsx(List<List<String>> table) throws IOException {
    Path file = dir.resolve("sample.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("listings");
      for (int r = 0; r < table.size(); r++) {
        var row = sheet.createRow(r);
        List<String> cells = table.get(r);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      wb.write(out);
      wb.dispose();
    }
    return file;
  }
}
