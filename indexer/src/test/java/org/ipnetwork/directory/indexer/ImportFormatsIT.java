package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same listings, in each format the importer reads, must end up the same in the index. */
class ImportFormatsIT {

  private static final List<String> HEADER =
      List.of(
          "编号",
          "类型",
          "中文名称",
          "英文名称",
          "机构类型",
          "国家",
          "城市",
          "服务类型",
          "语言",
          "网站",
          "电话",
          "纬度",
          "经度",
          "host_organisation",
          "covered_countries",
          "updated_at",
          "source");

  private static final List<List<String>> ROWS =
      List.of(
          List.of(
              "de-1",
              "服务机构",
              "慕尼黑知识产权律所",
              "Munich IP Partners",
              "律师事务所",
              "德国",
              "Munich",
              "商标注册|Patent prosecution",
              "德语|en",
              "munich-ip.example.de",
              "089 1234 5678",
              "48.1351",
              "11.582",
              "",
              "",
              "2026-03-01T10:00:00Z",
              "fixture"),
          List.of(
              "fr-ws",
              "工作站",
              "巴黎工作站",
              "Paris Workstation",
              "chamber_of_commerce",
              "France",
              "Paris",
              "trademarks;诉讼",
              "fr",
              "",
              "+33 1 23 45 67 89",
              "",
              "",
              "CCI Paris",
              "FR、BE",
              "2026-03-02T11:30:00.123Z",
              "fixture"));

  @TempDir Path dir;

  @Test
  void csvJsonNdjsonAndXlsxGiveIdenticalListings() throws IOException {
    List<Listing> csv = importAndRead(csvFile());
    assertThat(csv).hasSize(2);
    assertThat(csv.get(0).services()).containsExactly("trademark", "patent");
    assertThat(csv.get(1).workstation().coveredCountries()).containsExactly("FR", "BE");
    assertThat(importAndRead(jsonFile())).isEqualTo(csv);
    assertThat(importAndRead(ndjsonFile())).isEqualTo(csv);
    assertThat(importAndRead(xlsxFile())).isEqualTo(csv);
  }

  private List<Listing> importAndRead(Path file) throws IOException {
    return IndexerFixtures.importIntoEmptyIndex(file, dir);
  }

  private Path csvFile() throws IOException {
    StringBuilder out = new StringBuilder("\uFEFF").append(csvLine(HEADER));
    ROWS.forEach(row -> out.append(csvLine(row)));
    return IndexerFixtures.write(dir, "fixture.csv", out.toString());
  }

  private static String csvLine(List<String> cells) {
    return org.ipnetwork.directory.indexer.columns.CsvLine.format(cells, false);
  }

  private Path jsonFile() throws IOException {
    return IndexerFixtures.write(dir, "fixture.json", "[" + String.join(",", jsonObjects()) + "]");
  }

  private Path ndjsonFile() throws IOException {
    return IndexerFixtures.write(dir, "fixture.ndjson", String.join("\n", jsonObjects()) + "\n");
  }

  /** Flat JSON objects with the same (Chinese and English) keys as the CSV header. */
  private static List<String> jsonObjects() {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    return ROWS.stream()
        .map(
            row -> {
              var node = mapper.createObjectNode();
              for (int i = 0; i < HEADER.size(); i++) {
                node.put(HEADER.get(i), row.get(i));
              }
              return mapper.writeValueAsString(node);
            })
        .toList();
  }

  private Path xlsxFile() throws IOException {
    Path file = dir.resolve("fixture.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("listings");
      writeRow(sheet.createRow(0), HEADER);
      for (int i = 0; i < ROWS.size(); i++) {
        writeRow(sheet.createRow(i + 1), ROWS.get(i));
      }
      wb.write(out);
    }
    return file;
  }

  private static void writeRow(XSSFRow row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        row.createCell(i).setCellValue(cells.get(i));
      }
    }
  }
}
