package org.ipnetwork.directory.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.ipnetwork.directory.testsupport.FaultyProxy;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external-cluster settings against a secured front (HTTPS with a private CA, and an {@code
 * Authorization} header required): what a production cluster asks of the client. The embedded
 * distribution has no security module, so a proxy in front of the test node plays the secured
 * cluster; the certificate is made here with the JDK's keytool.
 */
class SecuredClusterIT {

  private static final String API_KEY =
      "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";
  private static final String PASS = "changeit";

  @TempDir static Path dir;
  private static Path caPem;
  private static SSLContext serverTls;

  @BeforeAll
  static void makeCertificate() throws Exception {
    Path keystore = dir.resolve("node.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "node",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASS);
    caPem = dir.resolve("ca.pem");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "node",
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASS,
        "-file",
        caPem.toString());
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, PASS.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASS.toCharArray());
    serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
  }

  @Test
  void apiKeyOverTlsWithAPrivateCa() throws Exception {
    try (FaultyProxy cluster =
            FaultyProxy.securedInFrontOf(TestElasticsearch.uri(), serverTls, "ApiKey " + API_KEY);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(
                new ConnectionSettings(
                    List.of(cluster.uri()), API_KEY, null, null, caPem, null, null))) {
      assertThat(cluster.uri().getScheme()).isEqualTo("https");
      assertThat(clients.client().cluster().health().status()).isNotEqualTo(HealthStatus.Red);
    }
  }

  @Test
  void basicAuthOverTlsWithAPrivateCa() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("indexer:s3cret".getBytes(StandardCharsets.UTF_8));
    try (FaultyProxy cluster =
            FaultyProxy.securedInFrontOf(TestElasticsearch.uri(), serverTls, basic);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(
                new ConnectionSettings(
                    List.of(cluster.uri()), null, "indexer", "s3cret", caPem, null, null))) {
      assertThat(clients.client().cluster().health().numberOfNodes()).isPositive();
    }
  }

  @Test
  void aWrongKeyIsRefusedWith401() {
    try (FaultyProxy cluster =
            FaultyProxy.securedInFrontOf(TestElasticsearch.uri(), serverTls, "ApiKey " + API_KEY);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(
                new ConnectionSettings(
                    List.of(cluster.uri()), "bm90LXRoZS1rZXk=", null, null, caPem, null, null))) {
      assertThatThrownBy(() -> clients.client().cluster().health())
          .isInstanceOf(ElasticsearchException.class)
          .satisfies(e -> assertThat(((ElasticsearchException) e).status()).isEqualTo(401));
    }
  }

  @Test
  void withoutTheCaTheCertificateIsNotTrusted() {
    try (FaultyProxy cluster =
            FaultyProxy.securedInFrontOf(TestElasticsearch.uri(), serverTls, "ApiKey " + API_KEY);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(
                new ConnectionSettings(
                    List.of(cluster.uri()),
                    API_KEY,
                    null,
                    null,
                    null,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(5)))) {
      assertThatThrownBy(() -> clients.client().cluster().health())
          .hasStackTraceContaining("PKIX path building failed");
    }
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
