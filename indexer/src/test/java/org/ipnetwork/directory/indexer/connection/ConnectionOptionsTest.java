package org.ipnetwork.directory.indexer.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ipnetwork.directory.elasticsearch.ElasticsearchSettings;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConnectionOptionsTest {

  private static ElasticsearchSettings settings(Map<String, String> env, String... args) {
    ConnectionOptions options = new ConnectionOptions();
    new CommandLine(options).parseArgs(args);
    return options.settings(env);
  }

  @Test
  void withNothingGivenItIsTheEmbeddedNodeOnItsDefaults() {
    ElasticsearchSettings s = settings(Map.of());
    assertThat(s.connection().urls()).isEmpty();
    assertThat(s.connection().socketTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(s.embedded().httpPort()).isEqualTo(9200);
    assertThat(s.embedded().home()).isEqualTo(EmbeddedSettings.defaultHome());
  }

  @Test
  void theEnvironmentGivesUrlsAndSecretsAndFlagsWinOverItsUrls() {
    Map<String, String> env =
        Map.of(
            "DIRECTORY_ELASTICSEARCH_URLS", " https://a:9200, ,https://b:9200",
            "DIRECTORY_ELASTICSEARCH_API_KEY", "secret",
            "DIRECTORY_ELASTICSEARCH_USERNAME", " ");
    ElasticsearchSettings fromEnv = settings(env);
    assertThat(fromEnv.connection().urls())
        .containsExactly(URI.create("https://a:9200"), URI.create("https://b:9200"));
    assertThat(fromEnv.connection().apiKey()).isEqualTo("secret");
    assertThat(fromEnv.connection().username()).isNull();

    ElasticsearchSettings flagged =
        settings(env, "--es-url", "http://c:9201", "--es-timeout", "PT5S");
    assertThat(flagged.connection().urls()).containsExactly(URI.create("http://c:9201"));
    assertThat(flagged.connection().socketTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void anEmbeddedHomeCarriesTheUnpackedDistributionWithIt() {
    ElasticsearchSettings s = settings(Map.of(), "--es-home", "/tmp/es-home", "--es-port", "9299");
    assertThat(s.embedded().home()).isEqualTo(Path.of("/tmp/es-home"));
    assertThat(s.embedded().installDir()).isEqualTo(Path.of("/tmp/es-home"));
    assertThat(s.embedded().httpPort()).isEqualTo(9299);
  }
}
