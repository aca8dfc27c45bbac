package org.ipnetwork.directory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvReader.Row> rows(String text) {
    CsvReader reader = new CsvReader(new StringReader(text));
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row r = reader.next(); r != null; r = reader.next()) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  void quotedFieldsMaySpanLinesAndLineNumbersFollowTheFile() {
    List<CsvReader.Row> rows = rows("\uFEFFa,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\n\nlast,\n");
    assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 5L);
    assertThat(rows.get(0).cells()).containsExactly("a", "b");
    assertThat(rows.get(1).cells()).containsExactly("x\ny", "say \"hi\"");
    assertThat(rows.get(2).cells()).containsExactly("last", "");
  }

  @Test
  void anUnterminatedQuoteNamesItsLine() {
    assertThatThrownBy(() -> rows("a\n\"open,b\n"))
        .isInstanceOf(CsvReader.MalformedCsvException.class)
        .hasMessageContaining("line 2");
  }
}
