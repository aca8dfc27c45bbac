package org.ipnetwork.directory.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.text.Pinyin;

/**
 * Finds known texts ("entries": taxonomy labels and synonyms, regions, glossary terms, cities) in
 * what a user typed, leftmost-longest, and says what was left over. It knows nothing of facets:
 * each entry carries a payload of the caller's choosing.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Both sides are folded ({@link FoldedText}): case, width (NFKC), accents, traditional →
 *       simplified Chinese, hyphens as spaces.
 *   <li>At each position the longest entry wins ("马德里商标" is one entry, not 马德里 + 商标); one text
 *       naming several payloads ("专利代理": a service and an organisation type) yields each.
 *   <li>Latin entries start and end at word boundaries ("patently" is not "patent"); Chinese
 *       entries match anywhere. Latin entries of at most 3 chars ("US", "TM", "CAN") match only as
 *       written, case included. Entries shorter than 2 chars are ignored.
 *   <li>Pinyin: a Chinese entry of 2 or more characters is also found by its pinyin, spaced or
 *       joined, with or without tones, at word boundaries ("deguo", "de guo", "déguó" for 德国), when
 *       the joined pinyin has 4 or more letters and is not an English word listed in {@code
 *       text/known-words.csv} ("angela" is not 安哥拉); the spaced form only when no syllable is a
 *       single letter ("a man" is not 阿曼). Pinyin is never typo-corrected.
 *   <li>Typos: where no entry starts, a Latin word (or the words of a multi-word entry, each on its
 *       own) may differ from a tolerant entry by {@link org.ipnetwork.directory.text.Typos} edits:
 *       none under 5 letters, one for 5–8, two from 9; filler words and the known words of {@code
 *       text/known-words.csv} ("brand" is not FRAND, "parent" is not patent) are never corrected.
 *   <li>The leftover, what no entry explained, comes back as words without {@link FillerWords}.
 * </ul>
 *
 * <p>Immutable and thread-safe once built. Cost: one hash lookup per position on an index by the
 * first two folded chars, and for typos a scan of the entry words of similar length, filtered by
 * their letter sets ({@code TermMatcherTest} measures it).
 */
public final class TermMatcher<T> {

  /**
   * One text to look for and what it stands for.
   *
   * @param tolerant whether typos and pinyin may find it too
   */
  public record Entry<T>(String text, T payload, boolean tolerant) {}

  /**
   * A folded text the matcher looks for: an entry's own text or its pinyin.
   *
   * @param key folded text (lower-cased unless {@code caseSensitive})
   */
  public record Form<T>(String key, Via via, boolean caseSensitive, Entry<T> entry) {}

  /** The forms sharing one key, longest keys first in the index. */
  record Group<T>(String key, List<Form<T>> forms) {}

  private final List<Entry<T>> entries;
  private final List<Form<T>> forms;
  private final Map<Integer, Group<T>[]> folded;
  private final Map<Integer, Group<T>[]> cased;
  private final TypoIndex<T> typos;
  private final FillerWords filler;

  private TermMatcher(List<Entry<T>> entries, FillerWords filler) {
    this.entries = List.copyOf(entries);
    this.filler = filler;
    List<Form<T>> all = new ArrayList<>();
    for (Entry<T> entry : entries) {
      exactForm(entry, all);
    }
    for (Entry<T> entry : entries) {
      if (entry.tolerant()) {
        pinyinForms(entry, all);
      }
    }
    this.forms = List.copyOf(all);
    this.folded = index(all, false);
    this.cased = index(all, true);
    this.typos = new TypoIndex<>(all);
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every entry, in the order added. */
  public List<Entry<T>> entries() {
    return entries;
  }

  /** Every text looked for (entries and their pinyin), in the order built. */
  public List<Form<T>> forms() {
    return forms;
  }

  /** What {@code query} names; {@code null} or blank gives nothing. */
  public Matching<T> match(String query) {
    if (query == null || query.isBlank()) {
      return new Matching<>(List.of(), List.of());
    }
    FoldedText text = FoldedText.of(query);
    String s = text.lower;
    int n = s.length();
    boolean[] covered = new boolean[n];
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || (FoldedText.wordChar(c) && i > 0 && FoldedText.wordChar(s.charAt(i - 1)))) {
        i++; // no entry starts inside a Latin word
        continue;
      }
      int end = exactAt(text, i, out);
      if (end < 0 && FoldedText.wordChar(c)) {
        end = typos.correct(text, i, filler, out);
      }
      if (end < 0) {
        i++;
        continue;
      }
      Arrays.fill(covered, i, end, true);
      i = end;
    }
    return new Matching<>(out, Leftover.words(text, covered, filler));
  }

  /** Adds the longest entry starting at {@code i}; returns its end, or -1. */
  private int exactAt(FoldedText text, int i, List<Match<T>> out) {
    Group<T> any = longest(folded, text.lower, i);
    Group<T> asWritten = longest(cased, text.cased, i);
    int lenAny = any == null ? 0 : any.key().length();
    int lenWritten = asWritten == null ? 0 : asWritten.key().length();
    int len = Math.max(lenAny, lenWritten);
    if (len == 0) {
      return -1;
    }
    List<Object> seen = new ArrayList<>();
    for (Group<T> group :
        Arrays.asList(lenAny == len ? any : null, lenWritten == len ? asWritten : null)) {
      if (group == null) {
        continue;
      }
      for (Form<T> form : group.forms()) {
        if (!seen.contains(form.entry().payload())) {
          seen.add(form.entry().payload());
          out.add(match(text, i, i + len, form, form.via()));
        }
      }
    }
    return i + len;
  }

  static <T> Match<T> match(FoldedText text, int start, int end, Form<T> form, Via via) {
    return new Match<>(
        text.originalStart(start),
        text.originalEnd(end),
        text.typed(start, end),
        form.entry().text(),
        form.entry().payload(),
        via);
  }

  private static <T> Group<T> longest(Map<Integer, Group<T>[]> index, String s, int i) {
    if (i + 1 >= s.length()) {
      return null;
    }
    Group<T>[] candidates = index.get(prefix(s, i));
    if (candidates == null) {
      return null;
    }
    for (Group<T> g : candidates) {
      int end = i + g.key().length();
      if (end <= s.length() && s.startsWith(g.key(), i) && boundaries(s, i, end)) {
        return g;
      }
    }
    return null;
  }

  /** A Latin entry must start and end at word boundaries; a CJK character is always one. */
  static boolean boundaries(String s, int start, int end) {
    if (FoldedText.wordChar(s.charAt(start))
        && start > 0
        && FoldedText.wordChar(s.charAt(start - 1))) {
      return false;
    }
    return !(FoldedText.wordChar(s.charAt(end - 1))
        && end < s.length()
        && FoldedText.wordChar(s.charAt(end)));
  }

  private static int prefix(String s, int i) {
    return (s.charAt(i) << 16) | s.charAt(i + 1);
  }

  private static <T> void exactForm(Entry<T> entry, List<Form<T>> into) {
    FoldedText f = FoldedText.of(entry.text());
    if (f.lower.codePointCount(0, f.length()) < 2) {
      return;
    }
    boolean han = f.lower.codePoints().anyMatch(Character::isIdeographic);
    boolean asWritten = !han && f.length() <= 3;
    into.add(new Form<>(asWritten ? f.cased : f.lower, Via.EXACT, asWritten, entry));
  }

  /** Minimum letters of a joined pinyin form: shorter ones ("an", "eer") are English words too. */
  static final int MIN_PINYIN_LETTERS = 4;

  /**
   * Latin words typed on purpose that typos or pinyin would take for an entry ("brand" is one edit
   * from FRAND, "angela" is the pinyin of 安哥拉): {@code text/known-words.csv}. They are never
   * corrected and never read as pinyin.
   */
  static final Set<String> KNOWN_WORDS = knownWords();

  /**
   * The joined form ("deguo"), and the spaced one ("de guo") unless a syllable is a single letter:
   * "a man" (阿曼, Oman) is English; "aman" is still found.
   */
  private static <T> void pinyinForms(Entry<T> entry, List<Form<T>> into) {
    String text = entry.text();
    if (text.codePoints().filter(Character::isIdeographic).count() < 2) {
      return;
    }
    List<String> syllables = Pinyin.syllables(text);
    String joined = String.join("", syllables);
    if (joined.length() < MIN_PINYIN_LETTERS || KNOWN_WORDS.contains(joined)) {
      return;
    }
    if (syllables.stream().allMatch(s -> s.length() >= 2)) {
      String spaced = String.join(" ", syllables);
      into.add(new Form<>(FoldedText.of(spaced).lower, Via.PINYIN, false, entry));
    }
    into.add(new Form<>(FoldedText.of(joined).lower, Via.PINYIN, false, entry));
  }

  private static Set<String> knownWords() {
    String resource = "text/known-words.csv";
    InputStream in = TermMatcher.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Set<String> out = new HashSet<>();
    try (LineNumberedCsv csv =
        new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      csv.next(); // word,taken_for,why
      for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
        out.add(row.cells().get(0).trim().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<Integer, Group<T>[]> index(List<Form<T>> forms, boolean caseSensitive) {
    Map<String, List<Form<T>>> byKey = new LinkedHashMap<>();
    for (Form<T> form : forms) {
      if (form.caseSensitive() == caseSensitive) {
        byKey.computeIfAbsent(form.key(), k -> new ArrayList<>()).add(form);
      }
    }
    Map<Integer, List<Group<T>>> byPrefix = new HashMap<>();
    byKey.forEach(
        (key, list) ->
            byPrefix
                .computeIfAbsent(prefix(key, 0), p -> new ArrayList<>())
                .add(new Group<>(key, List.copyOf(list))));
    Map<Integer, Group<T>[]> out = new HashMap<>();
    byPrefix.forEach(
        (p, list) -> {
          list.sort(Comparator.comparingInt((Group<T> g) -> g.key().length()).reversed());
          out.put(p, list.toArray(new Group[0]));
        });
    return out;
  }

  /** Collects entries; {@link #build} computes pinyin and the indexes once. */
  public static final class Builder<T> {
    private final List<Entry<T>> entries = new ArrayList<>();
    private FillerWords filler = FillerWords.bundled();

    private Builder() {}

    /** An entry that typos and pinyin may find too. */
    public Builder<T> add(String text, T payload) {
      return add(text, payload, true);
    }

    /** An entry found only as written (folded): no typo, no pinyin (city names, codes). */
    public Builder<T> addExact(String text, T payload) {
      return add(text, payload, false);
    }

    private Builder<T> add(String text, T payload, boolean tolerant) {
      if (text != null && !text.isBlank()) {
        entries.add(new Entry<>(text.trim(), Objects.requireNonNull(payload), tolerant));
      }
      return this;
    }

    /** Filler words dropped from the leftover (default: the bundled ones). */
    public Builder<T> filler(FillerWords filler) {
      this.filler = Objects.requireNonNull(filler);
      return this;
    }

    public TermMatcher<T> build() {
      return new TermMatcher<>(entries, filler);
    }
  }
}
