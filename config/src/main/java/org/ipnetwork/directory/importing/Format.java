package org.ipnetwork.directory.importing;

import java.util.Locale;

/** The file formats the importer reads. */
public enum Format {
  CSV,
  JSON,
  NDJSON,
  XLSX;

  /** From the file name's extension; {@code -} (stdin) is NDJSON. */
  public static Format of(String fileName) {
    if (fileName.equals("-")) {
      return NDJSON;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return CSV;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of " + fileName + " from its extension; use --format");
  }

  public RowReader reader() {
    return switch (this) {
      case CSV -> new CsvRows();
      case JSON -> new JsonArrayRows();
      case NDJSON -> new NdjsonRows();
      case XLSX -> new XlsxRows();
    };
  }
}
