package org.ipnetwork.directory.backend.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads exported files back the way {@code indexer import} does (its readers live in the indexer,
 * which the backend does not depend on): headers through config's {@link Column#forHeader}, the
 * apostrophe before a cell starting with {@code = + - @}, tab or CR removed again, empty cells
 * absent; NDJSON lines as canonical listings.
 */
public final class ExportedFiles {

  private ExportedFiles() {}

  /** The rows of a CSV export: column → cell; fails without the byte order mark. */
  public static List<Map<Column, String>> csv(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    if (!text.startsWith("\uFEFF")) {
      throw new AssertionError("no byte order mark");
    }
    List<CSVRecord> records =
        CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    List<Column> header = columns(records.get(0).toList());
    List<Map<Column, String>> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      rows.add(row(header, record.toList(), true));
    }
    return rows;
  }

  /** The raw cells of a CSV export's data lines, apostrophes kept. */
  static List<List<String>> rawCsv(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    return records.stream().skip(1).map(CSVRecord::toList).toList();
  }

  /** The rows of an XLSX export; fails on a cell that is not text. */
  static List<Map<Column, String>> xlsx(byte[] body) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<Column> header = columns(cells(sheet.getRow(0), -1));
      List<Map<Column, String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        rows.add(row(header, cells(sheet.getRow(r), header.size()), false));
      }
      return rows;
    }
  }

  static List<Listing> ndjson(byte[] body) {
    JsonMapper json = JsonMapper.builder().build();
    return new String(body, StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> json.readValue(l, Listing.class))
        .toList();
  }

  private static List<String> cells(Row row, int width) {
    List<String> out = new ArrayList<>();
    int n = width < 0 ? row.getLastCellNum() : width;
    for (int c = 0; c < n; c++) {
      Cell cell = row.getCell(c);
      if (cell == null) {
        out.add("");
        continue;
      }
      if (cell.getCellType() != CellType.STRING) {
        throw new AssertionError("cell " + cell.getAddress() + " is " + cell.getCellType());
      }
      out.add(cell.getStringCellValue());
    }
    return out;
  }

  private static List<Column> columns(List<String> headers) {
    return headers.stream()
        .map(h -> Column.forHeader(h).orElseThrow(() -> new AssertionError("no column " + h)))
        .toList();
  }

  private static Map<Column, String> row(List<Column> header, List<String> cells, boolean csv) {
    Map<Column, String> out = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String value = cells.get(i);
      if (csv
          && value.length() > 1
          && value.charAt(0) == '\''
          && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
        value = value.substring(1);
      }
      if (!value.isEmpty()) {
        out.put(header.get(i), value);
      }
    }
    return out;
  }
}
