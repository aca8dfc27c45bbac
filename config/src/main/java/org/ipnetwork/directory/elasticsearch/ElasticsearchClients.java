package org.ipnetwork.directory.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one transport every part of the directory talks through: the low-level REST client
 * with auth, TLS and timeouts, and Jackson 3 for JSON (Spring Boot 4 is on Jackson 3).
 */
public final class ElasticsearchClients implements AutoCloseable {

  /** Connections to one node: far above what two exchanges per search keep busy. */
  static final int MAX_CONNECTIONS_PER_NODE = 100;

  static final int MAX_CONNECTIONS = 300;

  private final ElasticsearchTransport transport;

  private ElasticsearchClients(ElasticsearchTransport transport) {
    this.transport = transport;
  }

  public static ElasticsearchClients connect(ConnectionSettings settings) {
    if (settings.urls().isEmpty()) {
      throw new IllegalArgumentException("no Elasticsearch URL to connect to");
    }
    HttpHost[] hosts =
        settings.urls().stream()
            .map(u -> new HttpHost(u.getHost(), port(u), u.getScheme()))
            .toArray(HttpHost[]::new);
    RestClientBuilder builder =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                rc ->
                    rc.setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setSocketTimeout((int) settings.socketTimeout().toMillis())
                        // Waiting for a pooled connection is bounded too: unbounded (the
                        // default), a request can wait forever and stall a bulk load.
                        .setConnectionRequestTimeout((int) settings.socketTimeout().toMillis()));
    Header auth = authHeader(settings);
    if (auth != null) {
      builder.setDefaultHeaders(new Header[] {auth});
    }
    SSLContext ssl = settings.caCertificate() == null ? null : sslContext(settings);
    builder.setHttpClientConfigCallback(
        http -> {
          // Callers give up on an exchange at their deadline without aborting it (aborting races
          // with the pool, see the backend's ElasticsearchGateway), so while a node is stalled
          // the abandoned exchanges hold their connections until the socket timeout. The client's
          // defaults (10 per node, 30 in all) would let them take every connection, readiness
          // probes included, and queue every new request behind them.
          http.setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE).setMaxConnTotal(MAX_CONNECTIONS);
          return ssl == null ? http : http.setSSLContext(ssl);
        });
    return new ElasticsearchClients(new RestClientTransport(builder.build(), jsonMapper()));
  }

  /** The JSON mapper for documents: Jackson 3 defaults write dates as ISO-8601 strings. */
  public static Jackson3JsonpMapper jsonMapper() {
    return new Jackson3JsonpMapper(JsonMapper.builder().build());
  }

  public ElasticsearchClient client() {
    return new ElasticsearchClient(transport);
  }

  public ElasticsearchAsyncClient asyncClient() {
    return new ElasticsearchAsyncClient(transport);
  }

  public ElasticsearchTransport transport() {
    return transport;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 9200;
  }

  private static Header authHeader(ConnectionSettings s) {
    if (s.apiKey() != null && !s.apiKey().isBlank()) {
      return new BasicHeader("Authorization", "ApiKey " + s.apiKey());
    }
    if (s.username() != null && !s.username().isBlank()) {
      String pair = s.username() + ":" + (s.password() == null ? "" : s.password());
      return new BasicHeader(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return null;
  }

  private static SSLContext sslContext(ConnectionSettings s) {
    try (InputStream in = Files.newInputStream(s.caCertificate())) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int i = 0;
      for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trust.setCertificateEntry("ca-" + i++, ca);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load CA certificate " + s.caCertificate(), e);
    }
  }
}
