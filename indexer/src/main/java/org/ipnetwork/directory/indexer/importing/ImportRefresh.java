package org.ipnetwork.directory.indexer.importing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The listings index refreshed less often while an import writes into it, and as it was after.
 *
 * <p>Each refresh makes the searches that follow rebuild what the facet counts read (the global
 * ordinals of every facet field, over the new segments) and start their caches again. Once a
 * second, during an import of only 300 listings a second, that made the searches on the same
 * machine ten times slower at the 99th percentile; every 30 seconds, 1.1 times
 * (docs/performance.md, P5). The import refreshes the index itself when it has written everything,
 * so nothing waits for the interval at the end; staff edits made meanwhile (which wait for a
 * refresh) wait longer.
 *
 * <p>An import that is killed cannot put the interval back. An index whose own interval is the very
 * one the import sets is therefore taken for one a stopped import left behind, and gets the node's
 * default back at the end of the next import; an operator who wants that interval for good imports
 * with {@code --refresh-interval keep}.
 */
final class ImportRefresh implements AutoCloseable {

  /** What {@code --refresh-interval} takes: a time of Elasticsearch's, or "keep". */
  static final Pattern INTERVAL = Pattern.compile("keep|[1-9]\\d{0,5}(ms|s|m)");

  private final ElasticsearchClient client;
  private final PrintWriter err;

  /** Each index behind the alias, with its own interval ({@code null}: the node's default). */
  private final Map<String, String> before;

  private ImportRefresh(ElasticsearchClient client, PrintWriter err, Map<String, String> before) {
    this.client = client;
    this.err = err;
    this.before = before;
  }

  /**
   * Sets {@code interval} (one {@link #INTERVAL} matches, as ImportCommand checks) on the indices
   * behind {@code alias} until {@link #close}; {@code keep} leaves them as they are.
   */
  static ImportRefresh during(
      ElasticsearchClient client, String alias, String interval, PrintWriter err)
      throws IOException {
    Map<String, String> before = new LinkedHashMap<>();
    if (!interval.equals("keep")) {
      client
          .indices()
          .getSettings(g -> g.index(alias))
          .result()
          .forEach(
              (index, state) -> {
                String own = own(state.settings());
                before.put(index, interval.equals(own) ? null : own);
              });
      for (String index : before.keySet()) {
        put(client, index, interval);
      }
    }
    return new ImportRefresh(client, err, before);
  }

  private static String own(IndexSettings settings) {
    IndexSettings index =
        settings != null && settings.index() != null ? settings.index() : settings;
    Time time = index == null ? null : index.refreshInterval();
    if (time == null) {
      return null;
    }
    return time.isTime() ? time.time() : String.valueOf(time.offset());
  }

  private static void put(ElasticsearchClient client, String index, String interval)
      throws IOException {
    // A JSON null puts the node's default back: an index without an interval of its own skips
    // refreshes while no one searches it, one set to "1s" would not.
    JsonData value = JsonData.of(interval == null ? JsonValue.NULL : interval);
    client
        .indices()
        .putSettings(
            p -> p.index(index).settings(s -> s.otherSettings("index.refresh_interval", value)));
  }

  /** Puts each index's own interval back. */
  @Override
  public void close() {
    before.forEach(
        (index, interval) -> {
          try {
            put(client, index, interval);
          } catch (IOException | RuntimeException e) {
            err.printf(
                "warning: the refresh interval of %s could not be set back to %s: %s%n",
                index, interval == null ? "the default" : interval, e);
          }
        });
  }
}
