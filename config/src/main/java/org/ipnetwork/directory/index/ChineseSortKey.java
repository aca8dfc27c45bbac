package org.ipnetwork.directory.index;

import java.text.Collator;
import java.util.Locale;
import org.ipnetwork.directory.listing.Names;

/**
 * The sort key of a name in Chinese order: the JDK's Chinese collator ({@code
 * Collator.getInstance(Locale.CHINA)}, whose rules order Han characters by pinyin: 阿里 &lt; 安徽 &lt;
 * 巴黎 &lt; 北京) turned into a {@link java.text.CollationKey} and written as lower-case hex, so that
 * the byte order Elasticsearch sorts a {@code keyword} by is the collator's order. Core
 * Elasticsearch has no ICU collation, so the key is computed here, once per write.
 *
 * <p>The collator knows one reading per character (重庆 sorts under zhòng) and puts Latin and digits
 * before Han characters, as CLDR's Chinese order does.
 */
public final class ChineseSortKey {

  /**
   * Keys are cut after this many bytes (twice as many hex digits), so that a cursor carrying one
   * stays far below the API's 2,000 characters. A key holds the primary weights of all characters
   * first (2 bytes for a Han character or a letter), then accents, then case and width, so a cut
   * drops the finest differences of long names first: names of up to 42 characters keep their whole
   * key, and only beyond about 128 characters is the base order lost. Cutting never reverses two
   * names; names whose keys become equal are ordered by id, like equal names.
   */
  static final int MAX_BYTES = 256;

  /** Never used directly: a collator is not thread-safe, so each key gets a cheap clone. */
  private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ChineseSortKey() {}

  /**
   * The key of the name a Chinese reader sees: the Chinese name, else the English one, else the
   * original (the order the search page shows them in); {@code null} when there is no name at all.
   */
  public static String of(Names name) {
    if (name == null) {
      return null;
    }
    for (String n : new String[] {name.zh(), name.en(), name.original()}) {
      String key = of(n);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /** The key of one text, or {@code null} for a blank one. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Collator collator = (Collator) CHINESE.clone();
    return hex(collator.getCollationKey(text.strip()).toByteArray());
  }

  private static String hex(byte[] bytes) {
    int n = Math.min(bytes.length, MAX_BYTES);
    char[] out = new char[2 * n];
    for (int i = 0; i < n; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
