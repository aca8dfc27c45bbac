package org.ipnetwork.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ipnetwork.directory.validation.SourceRow;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming (SAX) API so that a sheet of
 * hundreds of thousands of rows never becomes an object model in memory. The first non-empty row is
 * the header; rows are numbered as Excel shows them.
 */
final class XlsxRows implements RowReader {

  @Override
  public void read(InputStream in, String file, Consumer<SourceRow> sink) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(in)) {
      XSSFReader workbook = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                workbook.getStylesTable(),
                strings,
                new Rows(file, sink),
                new DataFormatter(java.util.Locale.ROOT),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("cannot read " + file + " as XLSX: " + e.getMessage(), e);
    }
  }

  /** Collects the cells of each row by column index (empty cells are not reported by POI). */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String file;
    private final Consumer<SourceRow> sink;
    private final List<String> current = new ArrayList<>();
    private Headers headers;
    private int rowNumber;

    Rows(String file, Consumer<SourceRow> sink) {
      this.file = file;
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      current.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (current.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (headers == null) {
        headers = new Headers(file, List.copyOf(current));
        return;
      }
      sink.accept(new SourceRow(file, rowNumber, headers.cells(current), List.of()));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
      while (current.size() <= column) {
        current.add(null);
      }
      current.set(column, formattedValue);
    }
  }
}
