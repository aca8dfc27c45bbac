package org.ipnetwork.directory.taxonomy;

import java.util.List;

/**
 * A piece of jargon exporters use for their problem (抢注, Section 337, 店铺冻结) and what it means for a
 * search: the services that answer it and, where the term implies one, a country or region.
 *
 * @param services codes of {@code services.csv}, the main one first (e.g. opposition for 抢注, then
 *     trademark)
 * @param country an ISO 3166-1 alpha-2 code of the world table or a region code, or {@code null}
 * @param noteEn why, in one line
 * @param noteZh why, in one line
 */
public record GlossaryEntry(
    String id,
    List<String> termsZh,
    List<String> termsEn,
    List<String> services,
    String country,
    String noteEn,
    String noteZh) {

  public GlossaryEntry {
    termsZh = List.copyOf(termsZh);
    termsEn = List.copyOf(termsEn);
    services = List.copyOf(services);
  }

  public String note(Lang lang) {
    return lang == Lang.ZH ? noteZh : noteEn;
  }

  /** Every term of both languages. */
  public List<String> terms() {
    return java.util.stream.Stream.concat(termsZh.stream(), termsEn.stream()).toList();
  }
}
