package org.ipnetwork.directory.backend.export;

import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.springframework.http.MediaType;

/** What an export is written as: its media type and its file name's extension. */
enum ExportFormat {
  /** Import columns, UTF-8 with a byte order mark so that Excel reads Chinese correctly. */
  CSV(MediaType.parseMediaType("text/csv;charset=UTF-8")),
  /** Import columns in one sheet, written by POI's streaming workbook. */
  XLSX(
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  /** One canonical listing JSON a line, as {@code indexer export} writes and import reads. */
  NDJSON(MediaType.parseMediaType("application/x-ndjson"));

  private final MediaType mediaType;

  ExportFormat(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code csv} when absent; anything else unknown is a 400 naming {@code format}. */
  static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return CSV;
    }
    for (ExportFormat f : values()) {
      if (f.extension().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new InvalidParameterException("format", "format is csv, xlsx or ndjson.");
  }
}
