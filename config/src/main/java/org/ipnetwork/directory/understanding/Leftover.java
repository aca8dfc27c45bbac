package org.ipnetwork.directory.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a query that no entry explained, without filler, as the user typed them.
 *
 * <p>Latin words are dropped when they are English filler ("we", "need", "the"). Chinese has no
 * spaces, so a run of Chinese characters between matches is cut at its filler words of two or more
 * characters (我们的, 怎么办, 找一个), leftmost-longest; a piece left over is dropped only when it is made
 * of one-character filler alone (在, 被, 了, 的). A one-character filler inside other text is kept,
 * because it is then usually part of a word: 所在地 stays 所在地 (not 所 + 地), 在线 stays 在线. Entries were
 * matched before any of this, so filler never breaks an entry (被抢注 is an entry).
 */
final class Leftover {

  private Leftover() {}

  static List<String> words(FoldedText text, boolean[] covered, FillerWords filler) {
    List<String> out = new ArrayList<>();
    String s = text.lower;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (covered[i]) {
        i++;
        continue;
      }
      char c = s.charAt(i);
      if (FoldedText.wordChar(c)) {
        int end = i;
        while (end < n && !covered[end] && FoldedText.wordChar(s.charAt(end))) {
          end++;
        }
        if (!filler.english().contains(s.substring(i, end))) {
          out.add(text.typed(i, end));
        }
        i = end;
      } else if (han(s, i)) {
        int end = i;
        while (end < n && !covered[end] && han(s, end)) {
          end++;
        }
        chinese(text, i, end, filler, out);
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean han(String s, int i) {
    return Character.isIdeographic(s.codePointAt(i))
        || (Character.isLowSurrogate(s.charAt(i))
            && i > 0
            && Character.isIdeographic(s.codePointAt(i - 1)));
  }

  /** Cuts the Chinese run {@code [start, end)} at multi-character filler; keeps the pieces. */
  private static void chinese(
      FoldedText text, int start, int end, FillerWords filler, List<String> out) {
    String s = text.lower;
    int longest = filler.longestChinese();
    int piece = start;
    int i = start;
    while (i < end) {
      int len = fillerAt(s, i, end, longest, filler);
      if (len >= 2) {
        keep(text, piece, i, filler, out);
        i += len;
        piece = i;
      } else {
        i++;
      }
    }
    keep(text, piece, end, filler, out);
  }

  private static int fillerAt(String s, int i, int end, int longest, FillerWords filler) {
    for (int len = Math.min(longest, end - i); len >= 1; len--) {
      if (filler.chinese().contains(s.substring(i, i + len))) {
        return len;
      }
    }
    return 0;
  }

  /** Keeps a piece unless it is nothing but one-character filler words. */
  private static void keep(
      FoldedText text, int start, int end, FillerWords filler, List<String> out) {
    if (start >= end) {
      return;
    }
    String s = text.lower;
    for (int i = start; i < end; i++) {
      if (!filler.chinese().contains(s.substring(i, i + 1))) {
        out.add(text.typed(start, end));
        return;
      }
    }
  }
}
