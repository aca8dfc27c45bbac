package org.ipnetwork.directory.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ipnetwork.directory.csv.LineNumberedCsv;

/**
 * Toneless, lower-case pinyin of Chinese text from ICU4J's {@code Han-Latin; Latin-ASCII}: 德国 →
 * {@code [de, guo]}, spaced "de guo", joined "deguo". Latin words and digits in mixed text stay
 * words of their own ("德国GmbH" → {@code [de, guo, gmbh]}); traditional characters read like their
 * simplified form.
 *
 * <p>ICU reads each character on its own, with one reading per character (verified: converting a
 * word gives the readings of its characters), and that reading is sometimes not the one of names: 地
 * "de", 勒 "lei", 都 "dou" (奥地利 would be "ao de li"). {@code text/pinyin-readings.csv} corrects those
 * characters and a few polyphonic words (调解 tiao jie, 行业 hang ye); each correction says why.
 * Readings are cached per character: ICU costs tens of µs per character, the cache a few µs for a
 * four-character word.
 */
public final class Pinyin {

  private Pinyin() {}

  static final String READINGS = "text/pinyin-readings.csv";

  private static final ThreadLocal<Transliterator> HAN_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  private static final ThreadLocal<Transliterator> LATIN_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private static final ConcurrentMap<Integer, String> READING = new ConcurrentHashMap<>();

  private static final Corrections CORRECTIONS = Corrections.load();

  /** Syllables and words of the text, in order; empty for text without letters or digits. */
  public static List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    // Once for the whole text, char for char: the corrections are keyed by simplified words, and
    // converting each candidate substring on its own cost ICU calls at every character.
    String simplified = ChineseScript.toSimplifiedAligned(text);
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isIdeographic(cp)) {
        flush(word, out);
        i = readHan(simplified, i, out);
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, out);
      }
      i += Character.charCount(cp);
    }
    flush(word, out);
    return out;
  }

  /** The syllables separated by one space: 德国 → "de guo". */
  public static String spaced(String text) {
    return String.join(" ", syllables(text));
  }

  /** The syllables run together: 德国 → "deguo". */
  public static String joined(String text) {
    return String.join("", syllables(text));
  }

  /**
   * Reads the Han character or corrected word at {@code i} of the simplified text; returns the
   * index after it.
   */
  private static int readHan(String text, int i, List<String> out) {
    List<String> corrected = CORRECTIONS.longestAt(text, i);
    if (corrected != null) {
      out.addAll(corrected.subList(1, corrected.size()));
      return i + corrected.get(0).length();
    }
    int cp = text.codePointAt(i);
    String reading = READING.computeIfAbsent(cp, Pinyin::icuReading);
    if (!reading.isEmpty()) {
      out.add(reading);
    }
    return i + Character.charCount(cp);
  }

  private static String icuReading(int codePoint) {
    String latin = HAN_LATIN.get().transliterate(Character.toString(codePoint)).trim();
    // A character ICU cannot read comes back as it is: it has no pinyin then.
    return latin.chars().allMatch(c -> c < 0x80) ? latin.toLowerCase(Locale.ROOT) : "";
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.isEmpty()) {
      return;
    }
    String w = word.toString();
    boolean ascii = w.chars().allMatch(c -> c < 0x80);
    out.add((ascii ? w : LATIN_ASCII.get().transliterate(w)).toLowerCase(Locale.ROOT));
    word.setLength(0);
  }

  /** Corrected readings by text (one character or a word), from {@link #READINGS}. */
  private record Corrections(Map<String, List<String>> byText, int longest) {

    /** The (simplified) text matched at {@code i} followed by its syllables, or {@code null}. */
    List<String> longestAt(String text, int i) {
      for (int len = Math.min(longest, text.length() - i); len >= 1; len--) {
        String key = ChineseScript.toSimplifiedAligned(text.substring(i, i + len));
        List<String> reading = byText.get(key);
        if (reading != null) {
          List<String> out = new ArrayList<>(reading.size() + 1);
          out.add(text.substring(i, i + len));
          out.addAll(reading);
          return out;
        }
      }
      return null;
    }

    static Corrections load() {
      InputStream in = Pinyin.class.getClassLoader().getResourceAsStream(READINGS);
      if (in == null) {
        throw new IllegalStateException("missing resource " + READINGS);
      }
      Map<String, List<String>> byText = new HashMap<>();
      int longest = 0;
      try (LineNumberedCsv csv =
          new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        csv.next(); // text,reading,why
        for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
          String text = row.cells().get(0).trim();
          List<String> reading = List.of(row.cells().get(1).trim().split("\\s+"));
          if (reading.size() != text.codePointCount(0, text.length())) {
            throw new IllegalStateException(
                READINGS + " line " + row.line() + ": one syllable per character");
          }
          byText.put(text, reading);
          longest = Math.max(longest, text.length());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Corrections(Map.copyOf(byText), longest);
    }
  }
}
