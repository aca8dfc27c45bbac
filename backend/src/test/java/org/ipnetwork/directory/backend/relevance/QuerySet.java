package org.ipnetwork.directory.backend.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The judged queries of {@code src/test/resources/relevance/queries.json}. */
public record QuerySet(String about, List<JudgedQuery> queries) {

  static final String RESOURCE = "relevance/queries.json";

  /** Strict: a misspelt field name in a rule would otherwise silently widen it. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  public QuerySet {
    queries = List.copyOf(queries);
  }

  public static QuerySet load() {
    try (InputStream in = QuerySet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static QuerySet parse(byte[] json) {
    return MAPPER.readValue(json, QuerySet.class);
  }
}
