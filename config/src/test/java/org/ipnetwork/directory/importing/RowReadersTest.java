package org.ipnetwork.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.validation.Problem;
import org.ipnetwork.directory.validation.SourceRow;
import org.junit.jupiter.api.Test;

class RowReadersTest {

  private static final String BOM = "\uFEFF";

  private static List<SourceRow> read(Format format, byte[] bytes) throws IOException {
    List<SourceRow> rows = new ArrayList<>();
    format.reader().read(new ByteArrayInputStream(bytes), "f", rows::add);
    return rows;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void csvWithBomChineseHeadersAndMultiLineCellKeepsPhysicalLines() throws IOException {
    String csv =
        BOM + "编号,中文名称,英文名称,国家,备注\n" + "a1,甲律所,\"Alpha\nLaw\",德国,x\n" + "\n" + "a2,乙律所,Beta,FR,\n";
    List<SourceRow> rows = read(Format.CSV, utf8(csv));
    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L);
    assertThat(rows.get(0).cells())
        .containsEntry(Column.ID, "a1")
        .containsEntry(Column.NAME_ZH, "甲律所")
        .containsEntry(Column.NAME_EN, "Alpha\nLaw")
        .containsEntry(Column.COUNTRY, "德国")
        .hasSize(4);
  }

  @Test
  void csvEnglishHeadersIgnoreCaseSpacesAndUnderscores() throws IOException {
    List<SourceRow> rows = read(Format.CSV, utf8("ID,Name EN,org-type\nx,Y,law_firm\n"));
    assertThat(rows.get(0).cells())
        .isEqualTo(Map.of(Column.ID, "x", Column.NAME_EN, "Y", Column.ORG_TYPE, "law_firm"));
  }

  @Test
  void csvUnterminatedQuoteIsAReportedRow() throws IOException {
    List<SourceRow> rows = read(Format.CSV, utf8("id,name_en\na,\"open\nb,c\n"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).problems()).extracting(Problem::field).containsExactly("row");
  }

  @Test
  void ndjsonWithBomReadsBothShapesAndReportsBadLines() throws IOException {
    String ndjson =
        BOM
            + "{\"id\":\"n1\",\"name\":{\"en\":\"Nested\"},\"location\":{\"country\":\"DE\","
            + "\"geo\":{\"lat\":1.5,\"lon\":2}},\"services\":[\"patent\",\"trademark\"]}\n"
            + "\n"
            + "{not json\n"
            + "{\"编号\":\"f1\",\"英文名称\":\"Flat\",\"服务类型\":[\"专利\",\"商标\"]}\n";
    List<SourceRow> rows = read(Format.NDJSON, utf8(ndjson));
    assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 3L, 4L);
    assertThat(rows.get(0).cells())
        .containsEntry(Column.ID, "n1")
        .containsEntry(Column.NAME_EN, "Nested")
        .containsEntry(Column.COUNTRY, "DE")
        .containsEntry(Column.LAT, "1.5")
        .containsEntry(Column.LON, "2")
        .containsEntry(Column.SERVICES, "patent|trademark");
    assertThat(rows.get(1).problems()).extracting(Problem::field).containsExactly("row");
    assertThat(rows.get(2).cells())
        .containsEntry(Column.ID, "f1")
        .containsEntry(Column.SERVICES, "专利|商标");
  }

  @Test
  void jsonArrayRowsAreNumberedByElementIndex() throws IOException {
    String json = BOM + "[{\"id\":\"a\"},{\"id\":\"b\"},\n 42]";
    List<SourceRow> rows = read(Format.JSON, utf8(json));
    assertThat(rows).extracting(SourceRow::line).containsExactly(0L, 1L, 2L);
    assertThat(rows.get(1).cells()).containsEntry(Column.ID, "b");
    assertThat(rows.get(2).problems()).containsExactly(new Problem("row", "not a JSON object"));
  }

  @Test
  void jsonThatIsNotAnArrayIsOneBadRow() throws IOException {
    assertThat(read(Format.JSON, utf8("{\"id\":\"a\"}")))
        .singleElement()
        .satisfies(r -> assertThat(r.problems()).isNotEmpty());
  }

  @Test
  void xlsxRowsAreNumberedAsExcelShowsThemAndGapsKeepColumns() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet();
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("编号");
      header.createCell(1).setCellValue("英文名称");
      header.createCell(2).setCellValue("纬度");
      XSSFRow row = sheet.createRow(3);
      row.createCell(0).setCellValue("x1");
      row.createCell(2).setCellValue(48.1351);
      wb.write(out);
    }
    List<SourceRow> rows = read(Format.XLSX, out.toByteArray());
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
    assertThat(rows.get(0).cells()).isEqualTo(Map.of(Column.ID, "x1", Column.LAT, "48.1351"));
  }

  @Test
  void formatFromExtension() {
    assertThat(Format.of("a.CSV")).isEqualTo(Format.CSV);
    assertThat(Format.of("a.jsonl")).isEqualTo(Format.NDJSON);
    assertThat(Format.of("a.json")).isEqualTo(Format.JSON);
    assertThat(Format.of("a.xlsx")).isEqualTo(Format.XLSX);
    assertThat(Format.of("-")).isEqualTo(Format.NDJSON);
  }
}
