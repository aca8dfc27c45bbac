package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The baseline is exactly the plain query the docs describe, nothing more. */
class BaselineRankerTest {

  @Test
  void onePlainMultiMatchOverTheTextFieldsOfPublishedListings() {
    String body =
        JsonpUtils.toJsonString(
            BaselineRanker.request("德国 商标", 10), ElasticsearchClients.jsonMapper());
    JsonNode json = JsonMapper.builder().build().readTree(body);
    assertThat(json.path("size").asInt()).isEqualTo(10);
    JsonNode bool = json.path("query").path("bool");
    assertThat(bool.path("filter").get(0).path("term").path("status").path("value").asString())
        .isEqualTo("published");
    JsonNode mm = bool.path("must").get(0).path("multi_match");
    assertThat(mm.path("query").asString()).isEqualTo("德国 商标");
    assertThat(mm.path("operator").asString()).isEqualTo("or");
    assertThat(mm.has("type")).as("default type: best_fields").isFalse();
    assertThat(mm.path("fields").values().stream().map(JsonNode::asString))
        .containsExactly(
            "name.zh^3",
            "name.en^3",
            "name.original^2",
            "taxonomy.zh^1.5",
            "taxonomy.en^1.5",
            "description.zh",
            "description.en",
            "location.city.text^2",
            "location.cityZh.text^2");
    assertThat(bool.size()).isEqualTo(2);
    assertThat(json.path("sort").toString())
        .isEqualTo("[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]");
  }
}
