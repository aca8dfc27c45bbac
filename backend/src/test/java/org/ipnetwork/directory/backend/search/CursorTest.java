package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.index.ChineseSortKey;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsEveryKindOfSortValue() {
    Cursor c = new Cursor("relevance", Arrays.asList(12.5d, Long.MIN_VALUE, "fx-01"), 20);
    Cursor back = Cursor.decode(c.encode(), SearchSort.RELEVANCE, "relevance");
    assertThat(back).isEqualTo(c);
    assertThat(back.fieldValues())
        .extracting(FieldValue::_kind, FieldValue::_get)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.Double, 12.5d),
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.Long, Long.MIN_VALUE),
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.String, "fx-01"));
    assertThat(c.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void nullsSurvive() {
    Cursor c = new Cursor("name:zh", Arrays.asList(null, "fx-14"), 12);
    assertThat(Cursor.decode(c.encode(), SearchSort.NAME, "name:zh").after())
        .containsExactly(null, "fx-14");
  }

  @Test
  void aCursorWithTheLongestChineseNameKeyAndIdStaysWithinTheLimit() {
    String key = ChineseSortKey.of("阿".repeat(1000));
    String id = "x".repeat(128);
    String sortKey = SearchSort.NAME.cursorKey(Lang.ZH);
    String raw = new Cursor(sortKey, List.of(key, id), Long.MAX_VALUE).encode();
    assertThat(raw.length()).isLessThanOrEqualTo(Cursor.MAX_LENGTH);
    assertThat(Cursor.decode(raw, SearchSort.NAME, sortKey).after()).containsExactly(key, id);
  }

  @Test
  void refusesWhatItDidNotMake() {
    String otherSort = new Cursor("name:en", List.of("berlin", "fx-02"), 1).encode();
    for (String raw :
        List.of(
            "not base64!",
            b64("not json"),
            b64("[1,2]"),
            b64("{\"s\":\"name:zh\",\"n\":1}"),
            b64("{\"s\":\"name:zh\",\"n\":-1,\"a\":[\"x\",\"y\"]}"),
            b64("{\"s\":\"name:zh\",\"n\":1,\"a\":[\"x\"]}"),
            b64("{\"s\":\"name:zh\",\"n\":1,\"a\":[{\"x\":1},\"y\"]}"),
            otherSort,
            "A".repeat(Cursor.MAX_LENGTH + 1))) {
      assertThatThrownBy(() -> Cursor.decode(raw, SearchSort.NAME, "name:zh"))
          .as(raw)
          .isInstanceOfSatisfying(
              InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
