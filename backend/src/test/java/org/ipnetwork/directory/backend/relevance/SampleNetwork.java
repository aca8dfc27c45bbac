package org.ipnetwork.directory.backend.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;

/**
 * The bundled sample network as the judge sees it: read from the same file the application loads at
 * start-up, so the ideal ranking and the index hold the same listings.
 */
public record SampleNetwork(Map<String, Listing> byId) {

  static final String RESOURCE = "sample/sample-network.ndjson";

  public SampleNetwork {
    byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  public static SampleNetwork load() {
    var mapper = ElasticsearchClients.jsonMapper().objectMapper();
    try (InputStream in = SampleNetwork.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Listing> byId = new LinkedHashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .map(line -> mapper.readValue(line, Listing.class))
          .forEach(l -> byId.put(l.id(), l));
      return new SampleNetwork(byId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the public search can return: the ideal ranking is built from these only. */
  public List<Listing> published() {
    return byId.values().stream().filter(Listing::published).toList();
  }

  public Listing get(String id) {
    return byId.get(id);
  }
}
