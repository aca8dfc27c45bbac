package org.ipnetwork.directory.backend.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The quality the API must keep, from {@code src/test/resources/relevance/floors.properties}: a
 * minimum mean nDCG@10 overall and per category, and a maximum number of queries that show nothing.
 */
record Floors(Properties values) {

  static final String RESOURCE = "relevance/floors.properties";

  static Floors load() {
    try (InputStream in = Floors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties p = new Properties();
      p.load(in);
      return new Floors(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every floor the report falls below, in words; empty when the API holds them all. */
  List<String> violations(Report report) {
    List<String> out = new ArrayList<>();
    check(out, report.overall());
    report.byCategory().forEach(s -> check(out, s));
    int maxEmpty = Integer.parseInt(required("api.nothing-shown.max"));
    if (report.overall().apiEmpty() > maxEmpty) {
      out.add(
          "queries showing nothing: "
              + report.overall().apiEmpty()
              + " > api.nothing-shown.max="
              + maxEmpty);
    }
    return out;
  }

  private void check(List<String> out, Report.Summary s) {
    String key = "ndcg." + s.name();
    double floor = Double.parseDouble(required(key));
    if (s.apiNdcg() < floor) {
      out.add(
          String.format(
              Locale.ROOT, "%s: API nDCG %.3f < %s=%.2f", s.name(), s.apiNdcg(), key, floor));
    }
  }

  /** A category without a floor is an error, not a pass: a new category must be given one. */
  private String required(String key) {
    String v = values.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(RESOURCE + " has no " + key);
    }
    return v.trim();
  }
}
