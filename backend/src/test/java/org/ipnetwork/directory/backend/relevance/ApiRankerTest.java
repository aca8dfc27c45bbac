package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the user sees is read from the answer: hits, then related hits when hits are few. */
class ApiRankerTest {

  private static JsonNode json(String s) {
    return JsonMapper.builder().build().readTree(s);
  }

  @Test
  void hitsInTheirOrder() {
    Ranking r =
        ApiRanker.fromResponse(
            json(
                """
                {"total":74,"hits":[{"id":"b"},{"id":"a"},{"id":"c"}],
                 "interpretation":{"recognized":[
                   {"facet":"country","code":"DE","filtered":true},
                   {"facet":"service","code":"trademark","filtered":false}],
                  "remainingText":"Müller"}}
                """),
            10);
    assertThat(r.ids()).containsExactly("b", "a", "c");
    assertThat(r.total()).isEqualTo(74);
    assertThat(r.fromRelated()).isZero();
    assertThat(r.understood()).isEqualTo("country:DE! service:trademark rest=\"Müller\"");
  }

  @Test
  void relatedHitsFillThePageAfterTheStrictOnesWithoutRepeats() {
    Ranking r =
        ApiRanker.fromResponse(
            json(
                """
                {"total":1,"hits":[{"id":"mo-1"}],
                 "related":{"relaxation":{"code":"region"},
                            "hits":[{"id":"hk-1"},{"id":"mo-1"},{"id":"hk-2"},{"id":"hk-3"}]}}
                """),
            3);
    assertThat(r.ids()).containsExactly("mo-1", "hk-1", "hk-2");
    assertThat(r.fromRelated()).isEqualTo(2);
    assertThat(r.empty()).isFalse();
  }

  @Test
  void aFullPageLeavesRelatedUnread() {
    Ranking r =
        ApiRanker.fromResponse(
            json(
                "{\"hits\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"related\":{\"hits\":[{\"id\":\"x\"}]}}"),
            2);
    assertThat(r.ids()).containsExactly("a", "b");
  }

  @Test
  void noHitsAndNoRelatedBlockShowNothing() {
    Ranking r = ApiRanker.fromResponse(json("{\"total\":0,\"hits\":[]}"), 10);
    assertThat(r.empty()).isTrue();
    assertThat(r.understood()).isEmpty();
  }

  @Test
  void theQueryIsPercentEncodedWithItsParameters() {
    JudgedQuery q =
        new JudgedQuery(
            "t",
            Category.ZH,
            "美國 專利&x=1",
            Map.of("lang", "zh"),
            null,
            List.of(
                new Rule(1, List.of("US"), null, null, null, null, null, null, null, null, null)));
    assertThat(ApiRanker.pathAndQuery(q, 10))
        .isEqualTo(
            "/api/v1/search?q=%E7%BE%8E%E5%9C%8B%20%E5%B0%88%E5%88%A9%26x%3D1&size=10&lang=zh");
  }
}
