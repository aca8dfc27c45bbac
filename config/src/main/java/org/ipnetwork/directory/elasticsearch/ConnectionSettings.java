package org.ipnetwork.directory.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lombok.With;

/**
 * How to reach Elasticsearch. No URLs means "embedded": the directory runs its own node (see {@link
 * ElasticsearchConnection}).
 *
 * @param urls one or more node URLs of an external cluster, e.g. {@code https://es1:9200}
 * @param apiKey encoded API key (the {@code encoded} value Elasticsearch returns); from the
 *     environment only
 * @param username basic-auth user, when no API key is given
 * @param password basic-auth password; from the environment only
 * @param caCertificate PEM file of the CA that signed the cluster's certificate, for TLS with a
 *     private CA
 * @param connectTimeout time to open a connection
 * @param socketTimeout time to wait for an answer; each search also carries its own timeout
 */
@With
public record ConnectionSettings(
    List<URI> urls,
    String apiKey,
    String username,
    String password,
    Path caCertificate,
    Duration connectTimeout,
    Duration socketTimeout) {

  public ConnectionSettings {
    urls = urls == null ? List.of() : List.copyOf(urls);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
  }

  public static ConnectionSettings to(URI url) {
    return new ConnectionSettings(List.of(url), null, null, null, null, null, null);
  }

  /** Never prints secrets: this record ends up in logs and error messages. */
  @Override
  public String toString() {
    return "ConnectionSettings[urls="
        + urls
        + ", auth="
        + (apiKey != null ? "api-key" : username != null ? "basic(" + username + ")" : "none")
        + ", ca="
        + caCertificate
        + "]";
  }
}
