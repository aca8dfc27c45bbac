package org.ipnetwork.directory.indexer.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.ipnetwork.directory.columns.Column;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreNeutralised() {
    assertThat(CsvLine.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvLine.neutralise("+SUM(1,2)")).isEqualTo("'+SUM(1,2)");
    assertThat(CsvLine.neutralise("-1+cmd|' /C calc'!A0")).isEqualTo("'-1+cmd|' /C calc'!A0");
    // Plain numbers cannot run: coordinates and E.164 phones stay readable.
    assertThat(CsvLine.neutralise("+4989123")).isEqualTo("+4989123");
    assertThat(CsvLine.neutralise("-118.01506")).isEqualTo("-118.01506");
    assertThat(CsvLine.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvLine.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvLine.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvLine.neutralise("Müller & Partner")).isEqualTo("Müller & Partner");
    assertThat(CsvLine.neutralise("")).isEmpty();
  }

  @Test
  void formatQuotesWhereNeededAndNeutralisesOnlyWhenAsked() {
    List<String> cells = Arrays.asList("a,b", "say \"hi\"", null, "=1+1", "line\nbreak");
    assertThat(CsvLine.format(cells, true))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,'=1+1,\"line\nbreak\"\r\n");
    assertThat(CsvLine.format(List.of("=1+1"), false)).isEqualTo("=1+1\r\n");
  }

  @Test
  void headersMatchEnglishAndChineseNames() {
    for (Column c : Column.values()) {
      assertThat(Column.forHeader(c.header())).contains(c);
      assertThat(Column.forHeader(c.chineseHeader())).contains(c);
    }
    assertThat(Column.forHeader("Name_ZH")).contains(Column.NAME_ZH);
    assertThat(Column.forHeader("notes")).isEmpty();
  }
}
