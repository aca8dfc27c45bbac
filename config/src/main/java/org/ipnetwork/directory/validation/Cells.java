package org.ipnetwork.directory.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.taxonomy.Term;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * Reads the cells of one row, collecting a {@link Problem} for each bad cell instead of stopping at
 * the first, so that a row with several errors is reported once with all of them.
 */
final class Cells {

  private static final Pattern DATE_PARTS = Pattern.compile("[-/.]");

  private static final Pattern SEPARATORS = Pattern.compile("[|;、]");
  private static final Pattern QUALIFIER = Pattern.compile("\\s*[(（][^)）]*[)）]");

  private final Map<Column, String> raw;
  private final List<Problem> problems;

  Cells(Map<Column, String> raw, List<Problem> problems) {
    this.raw = raw;
    this.problems = problems;
  }

  List<Problem> problems() {
    return problems;
  }

  void problem(Column column, String reason) {
    problems.add(new Problem(column.header(), reason));
  }

  /** The cleaned text ({@link TextNormalizer#clean}), or {@code null} when empty. */
  String text(Column column) {
    return TextNormalizer.clean(raw.get(column));
  }

  /** Reports a cell longer than {@code max} characters (code points, after cleaning). */
  void atMost(Column column, int max) {
    String value = text(column);
    int length = value == null ? 0 : value.codePointCount(0, value.length());
    if (length > max) {
      problem(column, "longer than " + max + " characters (" + length + ")");
    }
  }

  String required(Column column) {
    String value = text(column);
    if (value == null) {
      problem(column, "required");
    }
    return value;
  }

  /** Each value of a multi-valued cell, cleaned, empty ones dropped. */
  List<String> values(Column column) {
    String value = text(column);
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(value)) {
      String cleaned = TextNormalizer.clean(part);
      if (cleaned != null) {
        out.add(cleaned);
      }
    }
    return out;
  }

  /** The code for a label, synonym or code in either language; a problem when none matches. */
  String code(Column column, Taxonomy taxonomy, String text) {
    Optional<Term> term = taxonomy.resolve(text);
    if (term.isEmpty()) {
      term = withoutQualifier(taxonomy, text);
    }
    if (term.isEmpty()) {
      problem(column, "unknown " + taxonomy.name() + " value: " + text);
      return null;
    }
    return term.get().code();
  }

  /**
   * Matches labels without their parenthesised qualifier, so that "Trademark registration" finds
   * "Trademark registration (incl. Madrid)" and "商标注册" finds "商标注册（含马德里）".
   */
  private static Optional<Term> withoutQualifier(Taxonomy taxonomy, String text) {
    String key = TextNormalizer.key(text);
    for (Term term : taxonomy.terms()) {
      for (String label : new String[] {term.en(), term.zh()}) {
        String bare =
            label == null ? null : TextNormalizer.key(QUALIFIER.matcher(label).replaceAll(""));
        if (key.equals(bare)) {
          return Optional.of(term);
        }
      }
    }
    return Optional.empty();
  }

  /** The codes of every value, de-duplicated in order; unknown values are each a problem. */
  List<String> codes(Column column, Taxonomy taxonomy) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String value : values(column)) {
      String code = code(column, taxonomy, value);
      if (code != null) {
        out.add(code);
      }
    }
    return List.copyOf(out);
  }

  /** Applies {@code rule} to the cleaned cell; its exception message becomes the problem. */
  <T> T parse(Column column, Function<String, T> rule) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return rule.apply(value);
    } catch (RuntimeException e) {
      problem(column, e.getMessage() == null ? "invalid: " + value : e.getMessage());
      return null;
    }
  }

  static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + text);
    }
  }

  /** ISO-8601 instant, offset date-time, local date-time or date (the last two read as UTC). */
  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
          return date(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
      }
    }
  }

  /** ISO date; {@code 2024/3/5} and {@code 2024.03.05} are accepted too. */
  static LocalDate date(String text) {
    String[] parts = DATE_PARTS.split(text);
    try {
      if (parts.length == 3 && parts[0].length() == 4) {
        return LocalDate.of(
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
    } catch (RuntimeException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + text);
  }
}
