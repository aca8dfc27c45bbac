package org.ipnetwork.directory.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of a taxonomy: a stable code with its labels.
 *
 * @param attributes the file's extra columns (a country's continent and coordinates, an industry's
 *     group)
 */
public record Term(
    String code,
    String en,
    String zh,
    List<String> synonymsEn,
    List<String> synonymsZh,
    Map<String, String> attributes) {

  public Term {
    synonymsEn = List.copyOf(synonymsEn);
    synonymsZh = List.copyOf(synonymsZh);
    attributes = Map.copyOf(attributes);
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  public String attribute(String name) {
    return attributes.get(name);
  }

  /** Every English text that names this term: label and synonyms. */
  public List<String> englishTerms() {
    return withLabel(en, synonymsEn);
  }

  /** Every Chinese text that names this term: label and synonyms. */
  public List<String> chineseTerms() {
    return withLabel(zh, synonymsZh);
  }

  /** Called for every code of every listing written, so no streams here. */
  private static List<String> withLabel(String label, List<String> synonyms) {
    List<String> out = new ArrayList<>(synonyms.size() + 1);
    out.add(label);
    out.addAll(synonyms);
    return out;
  }
}
