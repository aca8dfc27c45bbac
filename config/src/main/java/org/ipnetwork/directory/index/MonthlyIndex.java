package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A log kept in one index per UTC month ({@code search-log-2026.11}), all sharing one index
 * template (a classpath JSON file, read with the client's {@code withJson}) that gives each new
 * month's index its settings, mapping and the alias readers may use. Retention then drops whole
 * indices, which costs nothing, instead of deleting documents (the core distribution has neither
 * ILM nor delete-by-query).
 *
 * @param alias the alias every month's index joins; month indices are named {@code alias-yyyy.MM}
 * @param template the index template's name
 * @param definition classpath resource with the composable index template
 */
public record MonthlyIndex(String alias, String template, String definition) {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");

  /** The pattern that matches every month's index (for reads and retention). */
  public String pattern() {
    return alias + "-*";
  }

  /** The index a record made at {@code at} belongs to. */
  public String indexFor(Instant at) {
    return alias + "-" + MONTH.format(YearMonth.from(at.atZone(ZoneOffset.UTC)));
  }

  /** The month of one of these indices, or empty for a name of another shape. */
  public Optional<YearMonth> monthOf(String index) {
    String prefix = alias + "-";
    if (!index.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(index.substring(prefix.length()), MONTH));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every record an index can hold is older than {@code cutoff}: its month ended before it.
   */
  public boolean expired(String index, Instant cutoff) {
    return monthOf(index)
        .map(
            m -> !m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(cutoff))
        .orElse(false);
  }

  /** A put-index-template request from the definition. */
  public PutIndexTemplateRequest templateRequest() {
    try (InputStream in = ManagedIndex.class.getClassLoader().getResourceAsStream(definition)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + definition);
      }
      return new PutIndexTemplateRequest.Builder().name(template).withJson(in).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
