package org.ipnetwork.directory.backend.sample;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
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
    String index = ListingIndex.ensureExists(client, Clock.systemUTC());
    long count = client.count(c -> c.index(ListingIndex.ALIAS)).count();
    if (count > 0) {
      log.info("Index {} holds {} listings; the sample network is not loaded", index, count);
      return;
    }
    if (!properties.loadWhenEmpty()) {
      log.info("Index {} is empty and sample loading is off", index);
      return;
    }
    Map<ListingWriter.Outcome, Long> outcomes = load();
    client.indices().refresh(r -> r.index(ListingIndex.ALIAS));
    log.info("Loaded the sample network into {}: {}", index, outcomes);
    long bad =
        outcomes.getOrDefault(ListingWriter.Outcome.REJECTED, 0L)
            + outcomes.getOrDefault(ListingWriter.Outcome.FAILED, 0L);
    if (bad > 0) {
      throw new IllegalStateException(bad + " sample listings could not be written: " + outcomes);
    }
  }

  private Map<ListingWriter.Outcome, Long> load() throws IOException {
    Map<ListingWriter.Outcome, AtomicLong> counts = new EnumMap<>(ListingWriter.Outcome.class);
    for (ListingWriter.Outcome o : ListingWriter.Outcome.values()) {
      counts.put(o, new AtomicLong());
    }
    InputStream in = getClass().getClassLoader().getResourceAsStream(properties.resource());
    if (in == null) {
      throw new IllegalStateException("sample network not found: " + properties.resource());
    }
    try (BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        ListingWriter<Long> writer =
            new ListingWriter<>(
                asyncClient,
                documents,
                ListingIndex.ALIAS,
                ListingWriter.Limits.defaults(),
                (line, id, outcome, reason) -> {
                  counts.get(outcome).incrementAndGet();
                  if (reason != null && outcome != ListingWriter.Outcome.UNCHANGED) {
                    log.error("sample line {} ({}): {}", line, id, reason);
                  }
                })) {
      long lineNo = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          writer.write(json.readValue(line, Listing.class), lineNo);
        }
      }
    }
    Map<ListingWriter.Outcome, Long> out = new EnumMap<>(ListingWriter.Outcome.class);
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
