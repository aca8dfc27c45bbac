package org.ipnetwork.directory.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A group of countries people search by: a UN M49 sub-region (东南亚), an economic group (东盟, 海合会) or
 * the states a regional IP system covers (EPO, UPC, OAPI). From {@code taxonomy/regions.csv}.
 *
 * @param members ISO 3166-1 alpha-2 codes, each in the world table ({@code world-countries.csv}),
 *     also where the network has no listing
 * @param source short citation of the membership list
 */
public record Region(
    String code,
    String en,
    String zh,
    Kind kind,
    List<String> members,
    List<String> synonymsEn,
    List<String> synonymsZh,
    String source) {

  /** What holds the members together. */
  public enum Kind {
    /** A UN M49 geographic sub-region (or a union of them). */
    SUBREGION,
    /** A political or economic group. */
    GROUP,
    /** The states one filing or one court covers. */
    IP_SYSTEM;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromCode(String code) {
      for (Kind k : values()) {
        if (k.code().equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown region kind: " + code);
    }
  }

  public Region {
    members = List.copyOf(members);
    synonymsEn = List.copyOf(synonymsEn);
    synonymsZh = List.copyOf(synonymsZh);
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  public boolean contains(String countryCode) {
    return members.contains(countryCode);
  }

  /** Every English text that names this region: label and synonyms. */
  public List<String> englishTerms() {
    List<String> out = new ArrayList<>(synonymsEn.size() + 1);
    out.add(en);
    out.addAll(synonymsEn);
    return out;
  }

  /** Every Chinese text that names this region: label and synonyms. */
  public List<String> chineseTerms() {
    List<String> out = new ArrayList<>(synonymsZh.size() + 1);
    out.add(zh);
    out.addAll(synonymsZh);
    return out;
  }
}
