package org.ipnetwork.directory.backend.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;

/** Cells of the shortlist's CSV cannot start a formula in a spreadsheet (OWASP's rule). */
class CsvCellsTest {

  @Test
  void aCellThatCouldStartAFormulaGetsALeadingQuote() {
    assertThat(CsvCells.safe("=HYPERLINK(\"https://evil.example\",\"click\")"))
        .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"click\")");
    assertThat(CsvCells.safe("+1")).isEqualTo("'+1");
    assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
    assertThat(CsvCells.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(CsvCells.safe("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(CsvCells.safe("\r=1+1")).isEqualTo("'\r=1+1");
  }

  @Test
  void otherCellsStayAsTheyAre() {
    assertThat(CsvCells.safe("Müller & Partner")).isEqualTo("Müller & Partner");
    assertThat(CsvCells.safe("慕尼黑穆勒律师事务所")).isEqualTo("慕尼黑穆勒律师事务所");
    assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.safe(null)).isEmpty();
    assertThat(CsvCells.safe("")).isEmpty();
  }

  @Test
  void aRowIsQuotedNeutralisedAndReadsBackCellByCell() throws IOException {
    ListingView l =
        new ListingView(
            "fx-1",
            new ListingView.Labeled("provider", "Service provider"),
            new Names("示例, \"引号\"", "=HYPERLINK(\"https://evil.example\")", null, null),
            null,
            new ListingView.Labeled("DE", "Germany"),
            null,
            "Berlin",
            "Line one\nLine two, -3rd floor",
            null,
            List.of(new ListingView.Labeled("patent", "Patents")),
            List.of(),
            List.of(),
            null,
            new ContactsView("https://fx-1.example", "@office", "+4930123456", "+49 30 123456"),
            null,
            true,
            "2026-05-05",
            null);
    String line = new ShortlistCsv(Lang.EN, URI.create("http://localhost:8080")).row(l);
    assertThat(line).startsWith("\"").endsWith("\r\n");
    CSVRecord r = CSVFormat.EXCEL.parse(new StringReader(line)).getRecords().get(0);
    assertThat(r.values())
        .containsExactly(
            "示例, \"引号\"",
            "'=HYPERLINK(\"https://evil.example\")",
            "Service provider",
            "Germany",
            "Berlin",
            "Line one\nLine two, -3rd floor",
            "'+49 30 123456",
            "'@office",
            "https://fx-1.example",
            "Patents",
            "",
            "2026-05-05",
            "http://localhost:8080/?listing=fx-1&lang=en");
  }
}
