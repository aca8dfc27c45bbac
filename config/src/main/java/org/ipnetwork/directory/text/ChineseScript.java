package org.ipnetwork.directory.text;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional → simplified Chinese with ICU4J's {@code Traditional-Simplified} transliterator, so
 * that 美國 專利 (Hong Kong, Macao, Taiwan) and 美国 专利 compare equal. Never a hand-made table.
 *
 * <p>ICU does not document its transliterators as thread-safe, so each thread gets its own copy
 * (creating one costs about 50 µs of CPU). Converting costs about 1–3 µs per character (ICU4J 78.1,
 * CPU time: 18 µs for a 16-character simplified sentence, 43 µs for the same in traditional
 * characters), hence the fast path for text without Han characters.
 *
 * <p>Most of ICU's rules map one character to one character, but about 980 map phrases, in which a
 * character keeps its form or takes another: 著作 stays 著作 although 著 alone becomes 着. {@link
 * #toSimplifiedAligned} gives the same text as the transliterator for about 1 µs per sentence: a
 * run of Han characters goes through ICU only when it holds one of the few characters whose form
 * depends on a phrase (derived from ICU's own rules at start-up), otherwise through a per-character
 * cache ({@code ChineseScriptTest} checks every phrase rule).
 */
public final class ChineseScript {

  private ChineseScript() {}

  private static final ThreadLocal<Transliterator> TRADITIONAL_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  /** Ideographs seen so far and their simplified form; bounded by the ideographs Unicode has. */
  private static final ConcurrentMap<Integer, Integer> SIMPLIFIED = new ConcurrentHashMap<>();

  /** The text in simplified characters; text without CJK comes back as it is (same instance). */
  public static String toSimplified(String text) {
    if (text == null || !hasHan(text)) {
      return text;
    }
    return TRADITIONAL_SIMPLIFIED.get().transliterate(text);
  }

  /**
   * Like {@link #toSimplified}, char for char: the result has the same length and each char is the
   * simplified form of the char at the same index (ICU's phrase rules never change a length), which
   * lets query understanding map what it finds back to what was typed.
   */
  public static String toSimplifiedAligned(String text) {
    if (text == null || !hasHan(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isIdeographic(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int end = i;
      boolean phrase = false;
      while (end < text.length() && Character.isIdeographic(text.codePointAt(end))) {
        phrase |= Phrases.CHARACTERS.contains(text.codePointAt(end));
        end += Character.charCount(text.codePointAt(end));
      }
      String run = text.substring(i, end);
      String converted = phrase ? TRADITIONAL_SIMPLIFIED.get().transliterate(run) : null;
      out.replace(
          i,
          end,
          converted != null && converted.length() == run.length() ? converted : byCharacter(run));
      i = end;
    }
    return out.toString();
  }

  private static String byCharacter(String run) {
    StringBuilder out = new StringBuilder(run.length());
    run.codePoints()
        .forEach(
            cp -> {
              int s = simplify(cp);
              out.appendCodePoint(Character.charCount(s) == Character.charCount(cp) ? s : cp);
            });
    return out.toString();
  }

  /** Characters whose simplified form depends on the phrase they are in, from ICU's rules. */
  static final class Phrases {
    static final Set<Integer> CHARACTERS = load();

    private static Set<Integer> load() {
      Set<Integer> out = new HashSet<>();
      Pattern rule = Pattern.compile("^(\\S+)\\s*>\\s*(\\S+?)\\s*;$");
      String rules = Transliterator.getInstance("Traditional-Simplified").toRules(false);
      for (String line : rules.split("\\R")) {
        Matcher m = rule.matcher(line.trim());
        if (!m.matches()) {
          continue;
        }
        int[] from = m.group(1).codePoints().toArray();
        int[] to = m.group(2).codePoints().toArray();
        if (from.length < 2 || from.length != to.length) {
          continue;
        }
        for (int k = 0; k < from.length; k++) {
          if (Character.isIdeographic(from[k]) && simplify(from[k]) != to[k]) {
            out.add(from[k]);
          }
        }
      }
      return Set.copyOf(out);
    }
  }

  /**
   * The simplified form of one ideograph as ICU converts it alone (著 → 着); any other code point
   * comes back unchanged. Text should go through {@link #toSimplifiedAligned}, which knows phrases.
   */
  public static int simplify(int codePoint) {
    if (!Character.isIdeographic(codePoint)) {
      return codePoint;
    }
    return SIMPLIFIED.computeIfAbsent(codePoint, ChineseScript::transliterateOne);
  }

  private static int transliterateOne(int codePoint) {
    String out = TRADITIONAL_SIMPLIFIED.get().transliterate(Character.toString(codePoint));
    return out.codePointCount(0, out.length()) == 1 ? out.codePointAt(0) : codePoint;
  }

  /** Whether the text holds a Han ideograph. */
  public static boolean hasHan(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isIdeographic(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
