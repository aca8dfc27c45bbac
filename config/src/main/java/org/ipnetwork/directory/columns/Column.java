package org.ipnetwork.directory.columns;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipnetwork.directory.text.TextNormalizer;
import tools.jackson.core.JsonPointer;

/**
 * The flat columns of a listing, as CSV and XLSX files and flat JSON rows name them, in English or
 * Chinese, each with its place in the canonical nested JSON. The order here is the order of an
 * exported CSV. See docs/import-format.md.
 */
public enum Column {
  ID("/id", "id", "编号", "listing id"),
  KIND("/kind", "kind", "类型", "类别"),
  NAME_ZH("/name/zh", "name_zh", "中文名称", "中文名", "名称"),
  NAME_EN("/name/en", "name_en", "英文名称", "英文名", "name"),
  NAME_ORIGINAL("/name/original", "name_original", "原文名称", "original name"),
  ORIGINAL_LANGUAGE("/name/originalLanguage", "original_language", "原文语言"),
  ORG_TYPE("/orgType", "org_type", "机构类型", "organisation type", "organization type"),
  COUNTRY("/location/country", "country", "国家", "国家/地区", "country or region"),
  CITY("/location/city", "city", "城市"),
  CITY_ZH("/location/cityZh", "city_zh", "城市中文名", "中文城市"),
  ADDRESS("/location/address", "address", "地址"),
  LAT("/location/geo/lat", "lat", "纬度", "latitude"),
  LON("/location/geo/lon", "lon", "经度", "longitude", "lng"),
  SERVICES(true, "/services", "services", "服务类型", "服务"),
  INDUSTRIES(true, "/industries", "industries", "行业", "服务行业"),
  LANGUAGES(true, "/languages", "languages", "语言", "工作语言"),
  DESCRIPTION_ZH("/description/zh", "description_zh", "中文简介", "简介"),
  DESCRIPTION_EN("/description/en", "description_en", "英文简介", "description"),
  WEBSITE("/contacts/website", "website", "网站", "网址", "url"),
  EMAIL("/contacts/email", "email", "邮箱", "电子邮件", "e-mail"),
  PHONE("/contacts/phone", "phone", "电话", "联系电话", "telephone"),
  HOST_ORGANISATION(
      "/workstation/hostOrganisation", "host_organisation", "主办机构", "依托单位", "host organization"),
  FOCUS_INDUSTRIES(true, "/workstation/focusIndustries", "focus_industries", "重点行业"),
  COVERED_COUNTRIES(true, "/workstation/coveredCountries", "covered_countries", "覆盖国家", "服务国家"),
  STATUS("/status", "status", "状态"),
  VERIFIED_BY("/verification/verifiedBy", "verified_by", "核验人", "核验机构"),
  LAST_VERIFIED("/verification/lastVerified", "last_verified", "核验日期", "最近核验"),
  CREATED_AT("/createdAt", "created_at", "创建时间"),
  UPDATED_AT("/updatedAt", "updated_at", "更新时间"),
  SOURCE("/source", "source", "来源");

  private static final Map<String, Column> BY_HEADER = new HashMap<>();

  static {
    for (Column c : values()) {
      for (String alias : c.aliases) {
        BY_HEADER.put(headerKey(alias), c);
      }
    }
  }

  private final boolean multiValued;
  private final JsonPointer pointer;
  private final List<String> aliases;

  Column(String pointer, String name, String... more) {
    this(false, pointer, name, more);
  }

  Column(boolean multiValued, String pointer, String name, String... more) {
    this.multiValued = multiValued;
    this.pointer = JsonPointer.compile(pointer);
    this.aliases = Stream.concat(Stream.of(name), Stream.of(more)).toList();
  }

  /**
   * Where the column's value sits in the canonical JSON of a listing (what export writes as
   * NDJSON): the one mapping between the flat and the nested shape, used in both directions.
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /** The same place as a dotted field path ({@code location.country}), as the API names fields. */
  public String fieldPath() {
    return pointer.toString().substring(1).replace('/', '.');
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
