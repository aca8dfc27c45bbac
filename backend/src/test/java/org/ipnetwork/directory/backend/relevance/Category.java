package org.ipnetwork.directory.backend.relevance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of input the judged set covers, in report order. */
public enum Category {
  /** Simplified Chinese, facet-like words: 德国 商标. */
  @JsonProperty("zh")
  ZH,
  /** Traditional characters, as written in Hong Kong, Macao and Taiwan: 美國 專利. */
  @JsonProperty("zh_traditional")
  ZH_TRADITIONAL,
  /** Chinese typed as pinyin, with or without spaces and tones: riben zhuanli. */
  @JsonProperty("pinyin")
  PINYIN,
  /** Structured English: patent litigation United States. */
  @JsonProperty("en")
  EN,
  /** English with a typing mistake: trademakr france. */
  @JsonProperty("typo")
  TYPO,
  /** A case told in a sentence: 我们的商标在越南被人抢注了. */
  @JsonProperty("sentence")
  SENTENCE,
  /** A region or group of countries: 东盟 商标, Benelux trademark. */
  @JsonProperty("region")
  REGION,
  /** IP jargon that implies a service (and a country): Section 337, 抢注, TRO. */
  @JsonProperty("jargon")
  JARGON,
  /** A city instead of a country: Munich patent attorney. */
  @JsonProperty("city")
  CITY,
  /** A place where the network has (almost) nobody: the nearest providers are the answer. */
  @JsonProperty("sparse")
  SPARSE;

  /** The name used in queries.json, floors.properties and the reports. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
