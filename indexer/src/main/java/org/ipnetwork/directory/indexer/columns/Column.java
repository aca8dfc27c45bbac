package org.ipnetwork.directory.indexer.columns;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * The flat columns of a listing, as CSV and XLSX files and flat JSON rows name them, in English or
 * Chinese. The order here is the order of an exported CSV. See docs/import-format.md.
 */
public enum Column {
  ID("id", "编号", "listing id"),
  KIND("kind", "类型", "类别"),
  NAME_ZH("name_zh", "中文名称", "中文名", "名称"),
  NAME_EN("name_en", "英文名称", "英文名", "name"),
  NAME_ORIGINAL("name_original", "原文名称", "original name"),
  ORIGINAL_LANGUAGE("original_language", "原文语言"),
  ORG_TYPE("org_type", "机构类型", "organisation type", "organization type"),
  COUNTRY("country", "国家", "国家/地区", "country or region"),
  CITY("city", "城市"),
  CITY_ZH("city_zh", "城市中文名", "中文城市"),
  ADDRESS("address", "地址"),
  LAT("lat", "纬度", "latitude"),
  LON("lon", "经度", "longitude", "lng"),
  SERVICES(true, "services", "服务类型", "服务"),
  INDUSTRIES(true, "industries", "行业", "服务行业"),
  LANGUAGES(true, "languages", "语言", "工作语言"),
  DESCRIPTION_ZH("description_zh", "中文简介", "简介"),
  DESCRIPTION_EN("description_en", "英文简介", "description"),
  WEBSITE("website", "网站", "网址", "url"),
  EMAIL("email", "邮箱", "电子邮件", "e-mail"),
  PHONE("phone", "电话", "联系电话", "telephone"),
  HOST_ORGANISATION("host_organisation", "主办机构", "依托单位", "host organization"),
  FOCUS_INDUSTRIES(true, "focus_industries", "重点行业"),
  COVERED_COUNTRIES(true, "covered_countries", "覆盖国家", "服务国家"),
  STATUS("status", "状态"),
  VERIFIED_BY("verified_by", "核验人", "核验机构"),
  LAST_VERIFIED("last_verified", "核验日期", "最近核验"),
  CREATED_AT("created_at", "创建时间"),
  UPDATED_AT("updated_at", "更新时间"),
  SOURCE("source", "来源");

  private static final Map<String, Column> BY_HEADER = new HashMap<>();

  static {
    for (Column c : values()) {
      for (String alias : c.aliases) {
        BY_HEADER.put(headerKey(alias), c);
      }
    }
  }

  private final boolean multiValued;
  private final List<String> aliases;

  Column(String name, String... more) {
    this(false, name, more);
  }

  Column(boolean multiValued, String name, String... more) {
    this.multiValued = multiValued;
    this.aliases =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(name), List.of(more).stream())
            .toList();
  }

  /** The English column name written by export and shown in reports. */
  public String header() {
    return aliases.get(0);
  }

  /** The Chinese column name. */
  public String chineseHeader() {
    return aliases.get(1);
  }

  /** Whether the cell holds several values separated by {@code |}, {@code ;} or {@code 、}. */
  public boolean multiValued() {
    return multiValued;
  }

  /** The column a header names; case, spaces, {@code _} and {@code -} are ignored. */
  public static Optional<Column> forHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(headerKey(header)));
  }

  private static String headerKey(String header) {
    String key = TextNormalizer.key(header);
    return key == null ? "" : key.replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT);
  }
}
