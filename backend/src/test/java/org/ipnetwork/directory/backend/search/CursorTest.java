package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipnetwork.directory.backend.search.TestSearch.SEAL;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.index.ChineseSortKey;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CursorTest {

  private static final String NAME_ZH = SearchSort.NAME.cursorKey(Lang.ZH);

  @Test
  void roundTripsEveryKindOfSortValue() {
    Cursor c = new Cursor("relevance", Arrays.asList(12.5d, Long.MIN_VALUE, "fx-01"), 20);
    Cursor back = Cursor.decode(c.encode(SEAL), SearchSort.RELEVANCE, "relevance", SEAL);
    assertThat(back).isEqualTo(c);
    assertThat(back.fieldValues())
        .extracting(FieldValue::_kind, FieldValue::_get)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.Double, 12.5d),
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.Long, Long.MIN_VALUE),
            org.assertj.core.groups.Tuple.tuple(FieldValue.Kind.String, "fx-01"));
    assertThat(c.encode(SEAL)).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
  }

  @Test
  void nullsSurviveWhereTheSortHasMissingValues() {
    Cursor c = new Cursor(NAME_ZH, Arrays.asList(null, "fx-14"), 12);
    assertThat(Cursor.decode(c.encode(SEAL), SearchSort.NAME, NAME_ZH, SEAL).after())
        .containsExactly(null, "fx-14");
  }

  @Test
  void aCursorWithTheLongestChineseNameKeyAndIdStaysWithinTheLimit() {
    String key = ChineseSortKey.of("阿".repeat(1000));
    String id = "x".repeat(128);
    String raw = new Cursor(NAME_ZH, List.of(key, id), Long.MAX_VALUE).encode(SEAL);
    assertThat(raw.length()).isLessThanOrEqualTo(Cursor.MAX_LENGTH);
    assertThat(Cursor.decode(raw, SearchSort.NAME, NAME_ZH, SEAL).after()).containsExactly(key, id);
  }

  @Test
  void aCursorSignedWithAnotherKeyIsRefused() {
    CursorSeal other = new CursorSeal("another secret, also 32 characters".getBytes());
    String raw = new Cursor("distance", List.of(1.5d, "fx-01"), 2).encode(other);
    assertRefused(raw, SearchSort.DISTANCE, "distance");
    assertThat(Cursor.decode(raw, SearchSort.DISTANCE, "distance", other).after())
        .containsExactly(1.5d, "fx-01");
  }

  @Test
  void changingAnyCharacterBreaksTheSignature() {
    String raw = new Cursor("distance", List.of(1.5d, "fx-01"), 2).encode(SEAL);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      char changed = c == 'A' ? 'B' : 'A';
      if (c == '.') {
        continue;
      }
      String forged = raw.substring(0, i) + changed + raw.substring(i + 1);
      assertRefused(forged, SearchSort.DISTANCE, "distance");
    }
  }

  /**
   * Properly signed cursors whose values do not fit the sort they are sent with: what a leaked key,
   * or a cursor made before a change of the sort, would look like. Each is refused before
   * Elasticsearch sees it.
   */
  @Test
  void signedValuesOfTheWrongCountOrTypeAreRefused() {
    List<Object[]> wrong =
        List.of(
            new Object[] {SearchSort.RELEVANCE, "relevance", List.of(1.5d, 17L)},
            new Object[] {SearchSort.RELEVANCE, "relevance", List.of(1.5d, 17L, "a", "b")},
            new Object[] {SearchSort.RELEVANCE, "relevance", List.of("1.5", 17L, "fx")},
            new Object[] {SearchSort.RELEVANCE, "relevance", List.of(1.5d, 17.5d, "fx")},
            new Object[] {SearchSort.RELEVANCE, "relevance", List.of(1.5d, "yesterday", "fx")},
            new Object[] {SearchSort.RELEVANCE, "relevance", Arrays.asList(1.5d, 17L, null)},
            new Object[] {SearchSort.VERIFIED, "verified", List.of(1.5d, 17L, "fx")},
            new Object[] {SearchSort.VERIFIED, "verified", List.of(17L, true, "fx")},
            new Object[] {SearchSort.DISTANCE, "distance", List.of("far", "fx")},
            new Object[] {SearchSort.DISTANCE, "distance", List.of(3L, 4L)},
            new Object[] {SearchSort.NAME, NAME_ZH, List.of(42L, "fx")},
            new Object[] {SearchSort.NAME, NAME_ZH, Arrays.asList("key", null)});
    for (Object[] w : wrong) {
      @SuppressWarnings("unchecked")
      String raw = new Cursor((String) w[1], (List<Object>) w[2], 3).encode(SEAL);
      assertRefused(raw, (SearchSort) w[0], (String) w[1]);
    }
  }

  @Test
  void theValuesEachSortProducesAreAccepted() {
    assertThat(
            Cursor.decode(
                    new Cursor("verified", List.of(Long.MIN_VALUE, 0L, "fx"), 1).encode(SEAL),
                    SearchSort.VERIFIED,
                    "verified",
                    SEAL)
                .after())
        .containsExactly(Long.MIN_VALUE, 0L, "fx");
    assertThat(
            Cursor.decode(
                    new Cursor("distance", List.of("Infinity", "fx"), 1).encode(SEAL),
                    SearchSort.DISTANCE,
                    "distance",
                    SEAL)
                .after())
        .containsExactly("Infinity", "fx");
  }

  @Test
  void refusesWhatItDidNotMake() {
    String otherSort = new Cursor("name:en", List.of("berlin", "fx-02"), 1).encode(SEAL);
    String good = new Cursor(NAME_ZH, List.of("k", "fx-02"), 1).encode(SEAL);
    for (String raw :
        List.of(
            "not base64!",
            b64("not json"),
            b64("{\"s\":\"" + NAME_ZH + "\",\"n\":1,\"a\":[\"x\",\"y\"]}"),
            // the payload of a real one, signature dropped or truncated
            good.substring(0, good.indexOf('.')),
            good.substring(0, good.length() - 3),
            good + "A",
            // a real payload re-encoded with other values under the old signature
            b64("{\"s\":\"" + NAME_ZH + "\",\"n\":1,\"a\":[\"k\",\"fx-99\"]}")
                + good.substring(good.indexOf('.')),
            sealed("[1,2]"),
            sealed("{\"s\":\"" + NAME_ZH + "\",\"n\":1}"),
            sealed("{\"s\":\"" + NAME_ZH + "\",\"n\":-1,\"a\":[\"x\",\"y\"]}"),
            sealed("{\"s\":\"" + NAME_ZH + "\",\"n\":1,\"a\":[{\"x\":1},\"y\"]}"),
            otherSort,
            "A".repeat(Cursor.MAX_LENGTH + 1))) {
      assertRefused(raw, SearchSort.NAME, NAME_ZH);
    }
  }

  @Test
  void aGeneratedKeyIsKeptAndReadBackAfterARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/cursor.key");
    byte[] first = CursorSeal.stored(file);
    assertThat(first).hasSize(32);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(CursorSeal.stored(file)).isEqualTo(first);
    String raw = new Cursor("distance", List.of(1.5d, "fx-01"), 2).encode(new CursorSeal(first));
    CursorSeal afterRestart = new CursorSeal(new CursorProperties(null, file));
    assertThat(Cursor.decode(raw, SearchSort.DISTANCE, "distance", afterRestart).seen())
        .isEqualTo(2);
    assertThat(CursorSeal.stored(dir.resolve("other.key"))).isNotEqualTo(first);
  }

  @Test
  void aConfiguredKeyMustBeLongEnough() {
    assertThatThrownBy(() -> new CursorProperties("short", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directory.cursor-key");
    assertThat(new CursorProperties("a".repeat(32), null).toString()).doesNotContain("aaaa");
  }

  private static void assertRefused(String raw, SearchSort sort, String key) {
    assertThatThrownBy(() -> Cursor.decode(raw, sort, key, SEAL))
        .as(raw)
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String sealed(String json) {
    return SEAL.seal(b64(json));
  }
}
