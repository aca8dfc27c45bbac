package org.ipnetwork.directory.index;

import java.util.List;
import org.ipnetwork.directory.index.ListingDocument.PinyinText;
import org.ipnetwork.directory.index.ListingDocument.SimplifiedText;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.text.ChineseScript;
import org.ipnetwork.directory.text.Pinyin;

/**
 * The forms of a listing's Chinese text that queries are compared in: simplified characters (a
 * query is simplified before matching, so 專利 must be found as 专利) and toneless pinyin ("zhuanli").
 * Both come from ICU4J ({@link ChineseScript}, {@link Pinyin}), never from a table of our own.
 *
 * <p>Conversion goes through {@link ChineseScript#toSimplifiedAligned}, which gives the same text
 * as {@link ChineseScript#toSimplified} ({@code ChineseScriptTest} checks every phrase rule of
 * ICU's) but reads each character from a cache: the transliterator itself costs tens of
 * microseconds per name, as much as the node spends indexing a whole listing.
 */
final class ChineseForms {

  private ChineseForms() {}

  /** The simplified copies of the listing's Chinese text that differ from it, or {@code null}. */
  static SimplifiedText simplified(Listing listing) {
    String name = simplifiedIfChanged(nameZh(listing));
    Descriptions description = listing.description();
    String text = simplifiedIfChanged(description == null ? null : description.zh());
    String city = simplifiedIfChanged(cityZh(listing));
    return name == null && text == null && city == null
        ? null
        : new SimplifiedText(name, text, city);
  }

  /** Pinyin of the Chinese name and city, or {@code null} when neither has a Han character. */
  static PinyinText pinyin(Listing listing) {
    String name = spacedPinyin(nameZh(listing));
    String city = spacedPinyin(cityZh(listing));
    return name == null && city == null ? null : new PinyinText(name, city);
  }

  /**
   * Completion inputs for a Chinese name: its simplified form when it is written in traditional
   * characters, and its pinyin joined ("saideer…") and spaced ("sai de er …"), so that a typed
   * prefix in either script or in pinyin completes the name.
   */
  static List<String> suggestInputs(String nameZh) {
    String spaced = spacedPinyin(nameZh);
    if (spaced == null) {
      return List.of();
    }
    String simplified = simplifiedIfChanged(nameZh);
    String joined = spaced.replace(" ", "");
    return simplified == null ? List.of(joined, spaced) : List.of(simplified, joined, spaced);
  }

  /** The text in simplified characters, or {@code null} when it already is (or is null). */
  static String simplifiedIfChanged(String text) {
    if (text == null) {
      return null;
    }
    String simplified = ChineseScript.toSimplifiedAligned(text);
    return simplified.equals(text) ? null : simplified;
  }

  /** Spaced pinyin of text holding Han characters; {@code null} otherwise (Latin stays Latin). */
  private static String spacedPinyin(String text) {
    if (text == null || !ChineseScript.hasHan(text)) {
      return null;
    }
    String spaced = Pinyin.spaced(text);
    return spaced.isEmpty() ? null : spaced;
  }

  private static String nameZh(Listing listing) {
    Names name = listing.name();
    return name == null ? null : name.zh();
  }

  private static String cityZh(Listing listing) {
    Location location = listing.location();
    return location == null ? null : location.cityZh();
  }
}
