package org.ipnetwork.directory.indexer.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.elasticsearch.ElasticsearchSettings;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import picocli.CommandLine.Option;

/**
 * How every command reaches Elasticsearch: the command line's side of the directory's one
 * connection model ({@link ElasticsearchSettings}), which the backend's properties also produce.
 * Secrets come only from the environment, so that they never show in a shell history or a process
 * list.
 */
public final class ConnectionOptions {

  static final String URLS_ENV = "DIRECTORY_ELASTICSEARCH_URLS";
  static final String API_KEY_ENV = "DIRECTORY_ELASTICSEARCH_API_KEY";
  static final String USERNAME_ENV = "DIRECTORY_ELASTICSEARCH_USERNAME";
  static final String PASSWORD_ENV = "DIRECTORY_ELASTICSEARCH_PASSWORD";

  @Option(
      names = "--es-url",
      paramLabel = "URL",
      description =
          "Elasticsearch node URL (repeatable). Default: $"
              + URLS_ENV
              + " (comma-separated); none means the embedded node. Credentials only from $"
              + API_KEY_ENV
              + " or $"
              + USERNAME_ENV
              + "/$"
              + PASSWORD_ENV
              + ".")
  List<URI> urls = new ArrayList<>();

  @Option(
      names = "--es-ca",
      paramLabel = "PEM",
      description = "CA certificate(s) that signed the cluster's TLS certificate.")
  Path caCertificate;

  @Option(
      names = "--es-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT2M",
      description =
          "Socket timeout per request (ISO-8601, default ${DEFAULT-VALUE}); a rebuild's reindex"
              + " runs within one request.")
  Duration socketTimeout;

  @Option(
      names = "--es-home",
      paramLabel = "DIR",
      description = "Embedded mode: data folder of the node (default: the directory's own).")
  Path embeddedHome;

  @Option(
      names = "--es-snapshots",
      paramLabel = "DIR",
      description =
          "Embedded mode: the node's path.repo, where snapshots are kept (default: `snapshots`"
              + " next to the node's home).")
  Path embeddedSnapshots;

  @Option(
      names = "--es-port",
      paramLabel = "PORT",
      defaultValue = "9200",
      description = "Embedded mode: HTTP port (default ${DEFAULT-VALUE}).")
  int embeddedPort;

  /** The cluster, or the embedded node, as configured here and in the environment. */
  public ElasticsearchConnection open() {
    return ElasticsearchConnection.open(settings(System.getenv()));
  }

  /** The settings given here, with the environment filling in what was not given. */
  ElasticsearchSettings settings(Map<String, String> env) {
    List<URI> resolved = new ArrayList<>(urls);
    String fromEnv = env.get(URLS_ENV);
    if (resolved.isEmpty() && fromEnv != null && !fromEnv.isBlank()) {
      Arrays.stream(fromEnv.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(URI::create)
          .forEach(resolved::add);
    }
    ConnectionSettings connection =
        new ConnectionSettings(
            resolved,
            blankToNull(env.get(API_KEY_ENV)),
            blankToNull(env.get(USERNAME_ENV)),
            blankToNull(env.get(PASSWORD_ENV)),
            caCertificate,
            null,
            socketTimeout);
    EmbeddedSettings embedded = EmbeddedSettings.defaults().withHttpPort(embeddedPort);
    if (embeddedHome != null) {
      // Through the constructor again, so that the default snapshots folder follows the home.
      embedded = embedded.withHome(embeddedHome).withSnapshots(null);
    }
    return new ElasticsearchSettings(
        connection,
        embeddedSnapshots == null ? embedded : embedded.withSnapshots(embeddedSnapshots));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
