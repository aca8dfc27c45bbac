package org.ipnetwork.directory.staff;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored document, as the client writes it, against the strict mapping; no node needed. */
class StaffAccountJsonTest {

  private static final Jackson3JsonpMapper MAPPER = ElasticsearchClients.jsonMapper();

  private static final StaffAccount ACCOUNT =
      StaffAccount.builder()
          .email("editor@ipnetwork.example")
          .name("Li Wei")
          .role(StaffRole.EDITOR)
          .scope(Map.of("country", List.of("DE"), "industry", List.of("robotics")))
          .passwordHash("$2a$10$abcdefghijklmnopqrstuuQ0o9cV3g2Zl9H9tD0wq7yXvV5yq3E6e")
          .enabled(true)
          .created(Instant.parse("2026-01-05T08:00:00Z"))
          .updated(Instant.parse("2026-01-06T08:00:00Z"))
          .passwordChanged(Instant.parse("2026-01-05T08:00:00Z"))
          .build();

  private static String write(StaffAccount account) {
    return JsonData.of(account, MAPPER).toJson(MAPPER).toString();
  }

  @Test
  void everyFieldOfTheDocumentIsInTheStrictMapping() throws Exception {
    JsonNode document = JsonMapper.builder().build().readTree(write(ACCOUNT));
    JsonNode mapping;
    try (InputStream in = StaffStore.INDEX.openDefinition()) {
      mapping = JsonMapper.builder().build().readTree(in).get("mappings");
    }
    assertThat(mapping.get("dynamic").asString()).isEqualTo("strict");
    assertThat(new TreeSet<>(document.propertyNames()))
        .isEqualTo(new TreeSet<>(mapping.get("properties").propertyNames()));
    assertThat(mapping.get("properties").get("scope").get("properties").propertyNames())
        .containsAll(document.get("scope").propertyNames());
  }

  @Test
  void theDocumentReadsBackAsTheSameAccount() {
    JsonParser parser = MAPPER.jsonProvider().createParser(new StringReader(write(ACCOUNT)));
    assertThat(MAPPER.deserialize(parser, StaffAccount.class)).isEqualTo(ACCOUNT);
  }

  @Test
  void theRoleIsStoredByNameAndTheScopeSorted() {
    String json = write(ACCOUNT);
    assertThat(json).contains("\"role\":\"EDITOR\"");
    assertThat(json.indexOf("\"country\"")).isLessThan(json.indexOf("\"industry\""));
  }
}
