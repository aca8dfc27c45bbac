package org.ipnetwork.directory.backend.sample;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Makes sure the listings index exists and, when it is empty, fills it with the bundled sample
 * network so that a fresh checkout shows a working directory. Runs before the application reports
 * ready; a non-empty index is never touched, so staff data is never overwritten.
 */
@Component
class SampleNetworkLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SampleNetworkLoader.class);

  private final ElasticsearchClient client;
  private final ElasticsearchAsyncClient asyncClient;
  private final ListingDocuments documents;
  private final SampleProperties properties;

  /**
   * Smaller requests and one at a time: the first bulk into a new index is the slowest, and the
   * start-up shares two cores with the application. Failed requests are re-sent by the writer.
   */
  private static final ListingWriter.Limits LIMITS =
      new ListingWriter.Limits(
          500,
          5L << 20,
          Duration.ofSeconds(1),
          1,
          Duration.ofMillis(200),
          8,
          5,
          Duration.ofSeconds(1));

  private final ObjectMapper json = ElasticsearchClients.jsonMapper().objectMapper();

  SampleNetworkLoader(
      ElasticsearchClient client,
      ElasticsearchAsyncClient asyncClient,
      ListingDocuments documents,
      SampleProperties properties) {
    this.client = client;
    this.asyncClient = asyncClient;
    this.documents = documents;
    this.properties = properties;
  }

  /**
   * An unreachable cluster does not stop the application: readiness reports it and searches answer
   * 503 until it is back. The embedded node, when used, is already healthy here.
   */
  @Override
  public void run(ApplicationArguments args) throws IOException {
    try {
      prepare();
    } catch (IOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      log.error("Elasticsearch is not reachable at start-up; the index was not checked", e);
    }
  }

  private void prepare() throws IOException {
    Optional<String> current = ListingIndex.INDEX.current(client);
    long count = current.isEmpty() ? 0 : client.count(c -> c.index(ListingIndex.ALIAS)).count();
    if (count > 0) {
      log.info(
          "Index {} holds {} listings; the sample network is not loaded", current.get(), count);
      return;
    }
    if (!properties.loadWhenEmpty()) {
      ListingIndex.INDEX.ensureExists(client, Clock.systemUTC());
      log.info("The listings index is empty and sample loading is off");
      return;
    }
    // Loaded into an index of its own and exposed only when complete: a start interrupted
    // half-way leaves the alias empty, so the next start loads the sample again.
    String fresh = ListingIndex.INDEX.newIndexName(Clock.systemUTC());
    client.indices().create(ListingIndex.INDEX.createRequest(fresh).build());
    List<Listing> sample = read();
    Map<ListingWriter.Outcome, Long> outcomes = load(sample, fresh);
    client.indices().refresh(r -> r.index(fresh));
    long loaded = client.count(c -> c.index(fresh)).count();
    if (loaded != sample.size()) {
      throw new IllegalStateException(
          "only "
              + loaded
              + " of "
              + sample.size()
              + " sample listings were written to "
              + fresh
              + ": "
              + outcomes);
    }
    if (current.isPresent()) {
      ListingIndex.INDEX.swap(client, current.get(), fresh);
    } else {
      ListingIndex.INDEX.attach(client, fresh);
    }
    log.info("Loaded the sample network into {}: {}", fresh, outcomes);
  }

  private Map<ListingWriter.Outcome, Long> load(List<Listing> sample, String index) {
    Map<ListingWriter.Outcome, AtomicLong> counts = new EnumMap<>(ListingWriter.Outcome.class);
    for (ListingWriter.Outcome o : ListingWriter.Outcome.values()) {
      counts.put(o, new AtomicLong());
    }
    try (ListingWriter<Listing> writer =
        new ListingWriter<>(
            asyncClient,
            documents,
            index,
            LIMITS,
            (listing, id, outcome, reason) -> {
              counts.get(outcome).incrementAndGet();
              if (reason != null && outcome != ListingWriter.Outcome.UNCHANGED) {
                log.error("sample listing {}: {}", id, reason);
              }
            })) {
      sample.forEach(listing -> writer.write(listing, listing));
    }
    Map<ListingWriter.Outcome, Long> out = new EnumMap<>(ListingWriter.Outcome.class);
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** The sample is a few MB: read whole, so that its size is known for the completeness check. */
  private List<Listing> read() throws IOException {
    InputStream in = getClass().getClassLoader().getResourceAsStream(properties.resource());
    if (in == null) {
      throw new IllegalStateException("sample network not found: " + properties.resource());
    }
    List<Listing> listings = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          listings.add(json.readValue(line, Listing.class));
        }
      }
    }
    return listings;
  }
}
