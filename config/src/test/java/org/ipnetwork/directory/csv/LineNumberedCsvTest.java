package org.ipnetwork.directory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineNumberedCsvTest {

  private static List<LineNumberedCsv.Row> rows(String text) {
    LineNumberedCsv reader = new LineNumberedCsv(new StringReader(text));
    List<LineNumberedCsv.Row> rows = new ArrayList<>();
    for (LineNumberedCsv.Row r = reader.next(); r != null; r = reader.next()) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  void quotedFieldsMaySpanLinesAndLineNumbersFollowTheFile() {
    List<LineNumberedCsv.Row> rows = rows("\uFEFFa,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\n\nlast,\n");
    assertThat(rows).extracting(LineNumberedCsv.Row::line).containsExactly(1L, 2L, 5L);
    assertThat(rows.get(0).cells()).containsExactly("a", "b");
    assertThat(rows.get(1).cells()).containsExactly("x\ny", "say \"hi\"");
    assertThat(rows.get(2).cells()).containsExactly("last", "");
  }

  @Test
  void blankLinesCountAsLinesAndCrlfOrCrEndsOneLine() {
    List<LineNumberedCsv.Row> rows = rows("\n\r\na\r\n\r\n\"b\r\nc\"\rd\n\n\ne,f");
    assertThat(rows).extracting(LineNumberedCsv.Row::line).containsExactly(3L, 5L, 7L, 10L);
    assertThat(rows)
        .extracting(LineNumberedCsv.Row::cells)
        .containsExactly(List.of("a"), List.of("b\r\nc"), List.of("d"), List.of("e", "f"));
  }

  @Test
  void aLineHoldingAnEmptyQuotedCellIsARowUnlikeABlankLine() {
    assertThat(rows("a\n\n\"\"\nb\n"))
        .extracting(LineNumberedCsv.Row::line, LineNumberedCsv.Row::cells)
        .containsExactly(tuple(1L, List.of("a")), tuple(3L, List.of("")), tuple(4L, List.of("b")));
  }

  @Test
  void aCarriageReturnAloneInsideAQuotedCellStaysOnItsLine() {
    // As an editor shows a file with LF line ends: the CR inside the cell breaks no line.
    assertThat(rows("\"a\rb\",c\nd\n\"e\r\"\nf\n"))
        .extracting(LineNumberedCsv.Row::line)
        .containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void onlyALeadingByteOrderMarkIsDroppedAndCellsKeepTheirSpaces() {
    assertThat(rows("\uFEFF\uFEFFx, y ,\"z\"w\n"))
        .singleElement()
        .extracting(LineNumberedCsv.Row::cells)
        .isEqualTo(List.of("\uFEFFx", " y ", "zw"));
  }

  @Test
  void anEmptyInputHasNoRows() {
    assertThat(rows("")).isEmpty();
    assertThat(rows("\uFEFF\n\n")).isEmpty();
  }

  @Test
  void anUnterminatedQuoteNamesItsLine() {
    assertThatThrownBy(() -> rows("a\n\"open,b\n"))
        .isInstanceOf(LineNumberedCsv.MalformedCsvException.class)
        .hasMessage("line 2: unterminated quoted field")
        .extracting(e -> ((LineNumberedCsv.MalformedCsvException) e).line())
        .isEqualTo(2L);
  }

  @Test
  void anUnterminatedQuoteAfterBlankLinesAndAMultiLineRecordNamesTheRecordsFirstLine() {
    LineNumberedCsv csv = new LineNumberedCsv(new StringReader("\"a\nb\",c\n\n\nd,\"open\n"));
    assertThat(csv.next().line()).isEqualTo(1L);
    assertThatThrownBy(csv::next).hasMessage("line 5: unterminated quoted field");
  }
}
