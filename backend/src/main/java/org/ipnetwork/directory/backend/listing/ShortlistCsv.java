package org.ipnetwork.directory.backend.listing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * A shortlist as a CSV file for Excel: one line per listing, columns named in the request's
 * language (from the UI string table). The caller sends {@link #BOM} first, so that Excel reads the
 * file as UTF-8 and Chinese names arrive intact. Every cell goes through {@link CsvCells} and is
 * quoted.
 */
final class ShortlistCsv {

  /** The byte order mark: without it Excel opens a UTF-8 file as the system code page. */
  static final String BOM = CsvCells.BOM;

  private static final List<String> COLUMNS =
      List.of(
          "csvNameZh",
          "csvNameEn",
          "kind",
          "country",
          "csvCity",
          "address",
          "phone",
          "email",
          "website",
          "services",
          "industries",
          "csvVerified",
          "csvLink");

  private final Lang lang;
  private final URI base;

  /**
   * @param base the directory's address ({@code https://host[:port]}), for each listing's link
   */
  ShortlistCsv(Lang lang, URI base) {
    this.lang = lang;
    this.base = base;
  }

  /** The header line in the request's language. */
  String header(UiStrings strings) {
    return line(COLUMNS.stream().map(key -> strings.text(lang, key)));
  }

  /** One listing's line. */
  String row(ListingView l) {
    ContactsView c = l.contacts() == null ? new ContactsView(null, null, null, null) : l.contacts();
    String link =
        base.resolve("/?listing=" + URLEncoder.encode(l.id(), StandardCharsets.UTF_8))
            + "&lang="
            + lang.code();
    return line(
        Stream.of(
            l.name() == null ? null : l.name().zh(),
            l.name() == null ? null : l.name().en(),
            label(l.kind()),
            label(l.country()),
            l.city(),
            l.address(),
            c.phoneDisplay(),
            c.email(),
            c.website(),
            labels(l.services()),
            labels(l.industries()),
            l.lastVerified(),
            link));
  }

  private String labels(List<ListingView.Labeled> values) {
    return values == null
        ? null
        : values.stream()
            .map(ShortlistCsv::label)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(lang == Lang.ZH ? "、" : "; "));
  }

  private static String label(ListingView.Labeled value) {
    return value == null ? null : value.label();
  }

  private static String line(Stream<String> cells) {
    return CsvCells.line(cells.toList());
  }
}
