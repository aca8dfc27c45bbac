package org.ipnetwork.directory.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.text.ChineseScript;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * Words that carry no meaning of their own in a query ("我们的", "被", "怎么办", "we need a", "our …
 * was"), from {@code taxonomy/filler-words.csv}: they are dropped from what no entry explained, so
 * that a case told in a sentence is not searched for the word "我们".
 *
 * @param english lower-case English words
 * @param chinese simplified Chinese words of one or more characters
 */
public record FillerWords(Set<String> english, Set<String> chinese) {

  public static final String RESOURCE = "taxonomy/filler-words.csv";

  public FillerWords {
    english = Set.copyOf(english);
    chinese = Set.copyOf(chinese);
  }

  private static final class Bundled {
    static final FillerWords INSTANCE = load();
  }

  public static FillerWords bundled() {
    return Bundled.INSTANCE;
  }

  /** No filler at all: every leftover word is kept. */
  public static FillerWords none() {
    return new FillerWords(Set.of(), Set.of());
  }

  /** Longest Chinese filler word, in chars. */
  int longestChinese() {
    return chinese.stream().mapToInt(String::length).max().orElse(0);
  }

  private static FillerWords load() {
    InputStream in = FillerWords.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Set<String> english = new HashSet<>();
    Set<String> chinese = new HashSet<>();
    try (LineNumberedCsv csv =
        new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      csv.next(); // lang,word
      for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
        String lang = row.cells().get(0).trim();
        String word = TextNormalizer.key(row.cells().get(1));
        switch (lang) {
          case "en" -> english.add(word);
          case "zh" -> chinese.add(ChineseScript.toSimplified(word));
          default ->
              throw new IllegalStateException(RESOURCE + " line " + row.line() + ": lang " + lang);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FillerWords(english, chinese);
  }
}
