package org.ipnetwork.directory.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.text.Typos;

/**
 * The tolerant Latin entries by their words, for typo correction. A typed word is compared only
 * with entry words whose length is within the edits it may carry, that share a letter with it among
 * the first two ({@link #sameHead}), and whose letter set differs by at most two letters per edit
 * (a cheap necessary condition: one edit adds or removes at most one letter on each side), then by
 * the bounded distance; multi-word entries then compare word by word.
 */
final class TypoIndex<T> {

  /** A tolerant entry split into its words. */
  private record Candidate<T>(String[] words, TermMatcher.Form<T> form, int order) {}

  private final Map<String, List<Candidate<T>>> byFirstWord = new HashMap<>();
  private final String[][] wordsByLength;
  private final int[][] masksByLength;
  private final int maxWords;

  TypoIndex(List<TermMatcher.Form<T>> forms) {
    Map<Integer, List<String>> byLength = new HashMap<>();
    int most = 0;
    int order = 0;
    for (TermMatcher.Form<T> form : forms) {
      order++;
      if (form.via() != Via.EXACT || form.caseSensitive() || !form.entry().tolerant()) {
        continue;
      }
      String[] words = form.key().split(" ");
      if (!plainWords(form.key(), words) || maxLength(words) < Typos.ONE_TYPO_FROM) {
        continue;
      }
      List<Candidate<T>> list = byFirstWord.get(words[0]);
      if (list == null) {
        list = new ArrayList<>();
        byFirstWord.put(words[0], list);
        byLength.computeIfAbsent(words[0].length(), l -> new ArrayList<>()).add(words[0]);
      }
      list.add(new Candidate<>(words, form, order));
      most = Math.max(most, words.length);
    }
    int longest = byLength.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    wordsByLength = new String[longest + 1][];
    masksByLength = new int[longest + 1][];
    for (int len = 0; len <= longest; len++) {
      List<String> words = byLength.getOrDefault(len, List.of());
      wordsByLength[len] = words.toArray(new String[0]);
      masksByLength[len] = words.stream().mapToInt(TypoIndex::letters).toArray();
    }
    maxWords = most;
  }

  /** Words of letters and digits separated by single spaces, nothing else. */
  private static boolean plainWords(String key, String[] words) {
    for (String w : words) {
      if (w.isEmpty() || !w.chars().allMatch(c -> FoldedText.wordChar((char) c))) {
        return false;
      }
    }
    return key.length() == String.join(" ", words).length();
  }

  private static int maxLength(String[] words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    return max;
  }

  /**
   * Adds the best corrected entry starting with the word at {@code i} (most words, then fewest
   * edits, then first added); returns the end of the words it covers, or -1.
   */
  int correct(FoldedText text, int i, FillerWords filler, List<Match<T>> out) {
    if (maxWords == 0) {
      return -1;
    }
    List<int[]> spans = words(text.lower, i, maxWords);
    String first = text.lower.substring(spans.get(0)[0], spans.get(0)[1]);
    if (filler.english().contains(first) || TermMatcher.KNOWN_WORDS.contains(first)) {
      return -1;
    }
    Candidate<T> best = null;
    int bestEdits = Integer.MAX_VALUE;
    for (Map.Entry<String, Integer> head : firstWords(first).entrySet()) {
      for (Candidate<T> c : byFirstWord.get(head.getKey())) {
        int edits = rest(c.words(), text.lower, spans, head.getValue(), filler);
        if (edits <= 0) {
          continue; // no match, or no typo at all (the exact index had its chance)
        }
        if (best == null
            || c.words().length > best.words().length
            || (c.words().length == best.words().length
                && (edits < bestEdits || (edits == bestEdits && c.order() < best.order())))) {
          best = c;
          bestEdits = edits;
        }
      }
    }
    if (best == null) {
      return -1;
    }
    int end = spans.get(best.words().length - 1)[1];
    out.add(TermMatcher.match(text, i, end, best.form(), Via.TYPO));
    return end;
  }

  /** Entry first words equal to or within the allowed edits of {@code typed}, with the edits. */
  private Map<String, Integer> firstWords(String typed) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (byFirstWord.containsKey(typed)) {
      out.put(typed, 0);
    }
    int len = typed.length();
    int most = Typos.allowedEdits(len);
    if (most == 0) {
      return out;
    }
    int mask = letters(typed);
    for (int l = Math.max(Typos.ONE_TYPO_FROM, len - most);
        l <= Math.min(len + most, wordsByLength.length - 1);
        l++) {
      int allowed = Typos.allowedEdits(Math.min(len, l));
      if (Math.abs(len - l) > allowed) {
        continue;
      }
      String[] words = wordsByLength[l];
      int[] masks = masksByLength[l];
      for (int k = 0; k < words.length; k++) {
        if (!sameHead(typed, words[k])
            || Integer.bitCount(masks[k] ^ mask) > 2 * allowed
            || words[k].equals(typed)) {
          continue;
        }
        int d = Typos.distance(typed, words[k], allowed);
        if (d <= allowed) {
          out.put(words[k], d);
        }
      }
    }
    return out;
  }

  /**
   * Whether the two words can be a typo apart at their start: a first or second letter in common,
   * or one of them where the other has the other (a letter dropped, added or swapped at the start).
   * Two typos among the first two letters are not looked for: that is where people rarely err, and
   * the filter spares most distance computations.
   */
  private static boolean sameHead(String typed, String word) {
    char t0 = typed.charAt(0);
    char t1 = typed.charAt(1);
    char w0 = word.charAt(0);
    char w1 = word.charAt(1);
    return t0 == w0 || t1 == w1 || t0 == w1 || t1 == w0;
  }

  /** Total edits of the entry's words against the typed ones, or -1 when they do not match. */
  private static int rest(
      String[] entry, String s, List<int[]> spans, int firstEdits, FillerWords filler) {
    if (entry.length > spans.size()) {
      return -1;
    }
    int edits = firstEdits;
    for (int j = 1; j < entry.length; j++) {
      String typed = s.substring(spans.get(j)[0], spans.get(j)[1]);
      if (typed.equals(entry[j])) {
        continue;
      }
      int allowed = Typos.allowedEdits(Math.min(typed.length(), entry[j].length()));
      if (allowed == 0
          || filler.english().contains(typed)
          || TermMatcher.KNOWN_WORDS.contains(typed)) {
        return -1;
      }
      int d = Typos.distance(typed, entry[j], allowed);
      if (d > allowed) {
        return -1;
      }
      edits += d;
    }
    return edits;
  }

  /** Spans of up to {@code max} words from {@code i}, separated by single spaces. */
  private static List<int[]> words(String s, int i, int max) {
    List<int[]> out = new ArrayList<>(max);
    int start = i;
    while (out.size() < max && start < s.length() && FoldedText.wordChar(s.charAt(start))) {
      int end = start;
      while (end < s.length() && FoldedText.wordChar(s.charAt(end))) {
        end++;
      }
      out.add(new int[] {start, end});
      if (end + 1 >= s.length() || s.charAt(end) != ' ') {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  /** Bit set of the letters a–z in the word; bit 26 for anything else. */
  private static int letters(String word) {
    int mask = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      mask |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
    }
    return mask;
  }
}
