package org.ipnetwork.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TyposTest {

  @Test
  void shortWordsGetNoTypoLongerOnesOneOrTwo() {
    assertThat(Typos.allowedEdits(1)).isZero();
    assertThat(Typos.allowedEdits(4)).isZero();
    assertThat(Typos.allowedEdits(5)).isEqualTo(1);
    assertThat(Typos.allowedEdits(8)).isEqualTo(1);
    assertThat(Typos.allowedEdits(9)).isEqualTo(2);
    assertThat(Typos.allowedEdits(20)).isEqualTo(2);
  }

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(Typos.distance("germnay", "germany", 2)).isEqualTo(1);
    assertThat(Typos.distance("trademakr", "trademark", 2)).isEqualTo(1);
    assertThat(Typos.distance("pattent", "patent", 2)).isEqualTo(1);
    assertThat(Typos.distance("patnet", "patent", 2)).isEqualTo(1);
    assertThat(Typos.distance("patent", "patent", 0)).isZero();
    assertThat(Typos.distance("trademrak", "trademark", 2)).isEqualTo(1);
    assertThat(Typos.distance("oppositoin", "opposition", 2)).isEqualTo(1);
    assertThat(Typos.distance("", "abc", 3)).isEqualTo(3);
  }

  @Test
  void distanceStopsBeyondTheBound() {
    assertThat(Typos.distance("litigation", "arbitration", 2)).isEqualTo(3);
    assertThat(Typos.distance("a", "abcdef", 1)).isEqualTo(2);
    assertThat(Typos.distance("india", "indxy", 1)).isEqualTo(2);
  }

  /** The banded, early-exit version agrees with the textbook table on random words. */
  @Test
  void agreesWithTheFullTable() {
    Random random = new Random(42);
    for (int n = 0; n < 5_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? mutate(a, random) : word(random);
      int full = full(a, b);
      for (int max = 0; max <= 3; max++) {
        assertThat(Typos.distance(a, b, max))
            .as("%s %s max %d", a, b, max)
            .isEqualTo(Math.min(full, max + 1));
      }
    }
  }

  private static String word(Random r) {
    StringBuilder sb = new StringBuilder();
    int len = 1 + r.nextInt(10);
    for (int i = 0; i < len; i++) {
      sb.append((char) ('a' + r.nextInt(5)));
    }
    return sb.toString();
  }

  private static String mutate(String s, Random r) {
    StringBuilder sb = new StringBuilder(s);
    for (int k = r.nextInt(4); k > 0 && sb.length() > 1; k--) {
      int i = r.nextInt(sb.length() - 1);
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(i);
        case 1 -> sb.insert(i, (char) ('a' + r.nextInt(5)));
        case 2 -> sb.setCharAt(i, (char) ('a' + r.nextInt(5)));
        default -> {
          char c = sb.charAt(i);
          sb.setCharAt(i, sb.charAt(i + 1));
          sb.setCharAt(i + 1, c);
        }
      }
    }
    return sb.toString();
  }

  /** Optimal string alignment distance, full table. */
  private static int full(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
