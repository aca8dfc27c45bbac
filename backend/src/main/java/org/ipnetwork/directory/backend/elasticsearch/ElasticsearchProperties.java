package org.ipnetwork.directory.backend.elasticsearch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchSettings;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the directory's data lives. With no {@code urls} the backend runs its own node.
 *
 * @param urls nodes of an external cluster; empty means embedded
 * @param apiKey encoded API key; set it through DIRECTORY_ELASTICSEARCH_API_KEY only
 * @param username basic-auth user (DIRECTORY_ELASTICSEARCH_USERNAME)
 * @param password basic-auth password; DIRECTORY_ELASTICSEARCH_PASSWORD only
 * @param caCertificate PEM of a private CA for TLS
 * @param connectTimeout time to open a connection to a node
 * @param socketTimeout time to wait on an open connection
 * @param requestTimeout longest a search may take end to end before the API answers 503
 * @param embedded the embedded node
 */
@Validated
@ConfigurationProperties("directory.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue List<URI> urls,
    String apiKey,
    String username,
    String password,
    Path caCertificate,
    @DefaultValue("2s") @NotNull Duration connectTimeout,
    @DefaultValue("10s") @NotNull Duration socketTimeout,
    @DefaultValue("5s") @NotNull Duration requestTimeout,
    @Valid @DefaultValue Embedded embedded) {

  /**
   * The embedded node.
   *
   * @param home data, configuration and logs; empty picks /var/lib/ip-directory/elasticsearch as
   *     root, else ~/.local/share/ip-directory/elasticsearch
   * @param installDir where the distribution is unpacked; empty means {@code home}
   * @param httpPort port on 127.0.0.1; 0 picks a free one
   * @param heap the node's JVM heap
   * @param startupTimeout how long to wait for the node to become healthy
   * @param distribution the Elasticsearch zip; empty takes the one the build provisioned
   * @param maxRestarts how many times a node that exited unexpectedly is started again (1 s, 2 s, 4
   *     s … at most 30 s apart) before liveness reports it failed; 0 never restarts
   * @param snapshots the node's {@code path.repo}, where {@code indexer snapshot} writes backups;
   *     empty means a {@code snapshots} folder next to {@code home}
   */
  public record Embedded(
      Path home,
      Path installDir,
      @DefaultValue("9200") @Min(0) @Max(65535) int httpPort,
      @DefaultValue("512m") String heap,
      @DefaultValue("120s") Duration startupTimeout,
      Path distribution,
      @DefaultValue("5") @Min(0) int maxRestarts,
      Path snapshots) {

    EmbeddedSettings toSettings() {
      return new EmbeddedSettings(
          home,
          installDir,
          httpPort,
          heap,
          startupTimeout,
          distribution,
          0,
          maxRestarts,
          snapshots);
    }
  }

  /** The directory's connection model, shared with the indexer's command-line options. */
  ElasticsearchSettings toSettings() {
    return new ElasticsearchSettings(
        new ConnectionSettings(
            urls, apiKey, username, password, caCertificate, connectTimeout, socketTimeout),
        embedded.toSettings());
  }

  /** Never prints secrets. */
  @Override
  public String toString() {
    return toSettings().connection().toString();
  }
}
