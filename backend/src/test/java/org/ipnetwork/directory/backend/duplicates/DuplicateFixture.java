package org.ipnetwork.directory.backend.duplicates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listings with known duplicate pairs and known non-pairs, written through the workplace (so their
 * contacts are normalised by the listing rules, as an import would). Ids start with {@code dup-}.
 */
public final class DuplicateFixture {

  /** The pairs that are one firm, as {@link Candidate#key}s. */
  public static final Set<String> PAIRS =
      Set.of(
          "dup-a1|dup-a2", // the same website domain (scheme, www. and case differ)
          "dup-b1|dup-b2", // the same e-mail address (case differs)
          "dup-c1|dup-c2", // the same phone, written internationally and nationally
          "dup-d1|dup-d2", // a very similar Chinese name in the same city
          "dup-e1|dup-e2"); // a very similar English name (typos) in the same city

  private DuplicateFixture() {}

  /** Every listing of the fixture, in the order to publish them. */
  public static List<Map<String, Object>> listings() {
    return List.of(
        listing(
            "dup-a1",
            "Kiwi Patent Partners",
            "奇异专利合伙",
            "NZ",
            "Auckland",
            contacts("https://www.KiwiPatent.example/about", "desk@kiwipatent.example", null)),
        listing(
            "dup-a2",
            "KPP Intellectual Property",
            "KPP知识产权",
            "NZ",
            "Auckland",
            contacts("http://kiwipatent.example", null, "+64 9 555 0101")),
        listing(
            "dup-b1",
            "Harbour Trademark Agency",
            "港湾商标代理",
            "NZ",
            "Wellington",
            contacts(null, "Info@harbour-tm.example", null)),
        listing(
            "dup-b2",
            "Harbour TM Services",
            "港湾商标服务",
            "NZ",
            "Wellington",
            contacts(null, "info@HARBOUR-TM.example", "+64 4 555 0199")),
        listing(
            "dup-c1",
            "Southern Cross IP Law",
            "南十字知识产权律所",
            "NZ",
            "Auckland",
            contacts(null, null, "+64 9 555 0123")),
        listing(
            "dup-c2", "SX Legal", "南十字法律", "NZ", "Auckland", contacts(null, null, "(09) 555 0123")),
        listing(
            "dup-d1",
            "Huaxin IP Agency Co Ltd",
            "北京华信知识产权代理有限公司",
            "MY",
            "Kuala Lumpur",
            contacts(null, null, null)),
        listing(
            "dup-d2",
            "Beijing Hua Xin Intellectual Property",
            "北京华信知识产权代理公司",
            "MY",
            "Kuala Lumpur",
            contacts(null, null, null)),
        listing(
            "dup-e1",
            "Seidel Hartmann Patent Office",
            "赛德尔专利事务所",
            "DE",
            "Wiesbaden",
            contacts(null, null, "+49 611 555 0100")),
        listing(
            "dup-e2",
            "Seidel Hartman Patent Ofice",
            "哈特曼专利",
            "DE",
            "Wiesbaden",
            contacts(null, "mail@seidel-hartman.example", "+49 611 555 0200")),
        // Not pairs: the same name in another city.
        listing(
            "dup-f1",
            "Aurora Trademark Attorneys",
            "极光商标律师",
            "NZ",
            "Auckland",
            contacts(null, null, null)),
        listing(
            "dup-f2",
            "Aurora Trademark Attorneys",
            "极光商标律师",
            "NZ",
            "Wellington",
            contacts(null, null, null)),
        // A branch office in another city, on the firm's website.
        listing(
            "dup-g1",
            "Pacific IP Law",
            "太平洋知识产权律所",
            "NZ",
            "Auckland",
            contacts("https://pacificip.example", "auckland@pacificip.example", null)),
        listing(
            "dup-g2",
            "Pacific IP Law Wellington Branch",
            "太平洋知识产权律所惠灵顿分所",
            "NZ",
            "Wellington",
            contacts("https://pacificip.example/wellington", "wellington@pacificip.example", null)),
        // A branch office in the same city, its name containing the firm's.
        listing(
            "dup-h1",
            "Tasman Patent Group",
            "塔斯曼专利集团",
            "NZ",
            "Auckland",
            contacts(null, null, null)),
        listing(
            "dup-h2",
            "Tasman Patent Group North Shore Branch Office",
            "塔斯曼专利集团北岸分公司",
            "NZ",
            "Auckland",
            contacts(null, null, null)),
        // Generic names that share most words in the same city.
        listing(
            "dup-i1",
            "Auckland Patent Attorneys",
            "奥克兰专利律师",
            "NZ",
            "Auckland",
            contacts(null, null, null)),
        listing(
            "dup-i2",
            "Auckland Trademark Attorneys",
            "奥克兰商标律师",
            "NZ",
            "Auckland",
            contacts(null, null, null)),
        // The Chinese name of d1 in another city.
        listing(
            "dup-j1",
            "Shanghai Huaxin IP Agency",
            "上海华信知识产权代理有限公司",
            "MY",
            "Penang",
            contacts(null, null, null)));
  }

  private static Map<String, Object> listing(
      String id, String en, String zh, String country, String city, Map<String, String> contacts) {
    Map<String, Object> listing = new LinkedHashMap<>();
    listing.put("id", id);
    listing.put("kind", "provider");
    listing.put("name", Map.of("en", en, "zh", zh));
    listing.put("orgType", "law_firm");
    listing.put("location", Map.of("country", country, "city", city));
    listing.put("services", List.of("trademark"));
    if (!contacts.isEmpty()) {
      listing.put("contacts", contacts);
    }
    return listing;
  }

  private static Map<String, String> contacts(String website, String email, String phone) {
    Map<String, String> c = new LinkedHashMap<>();
    if (website != null) {
      c.put("website", website);
    }
    if (email != null) {
      c.put("email", email);
    }
    if (phone != null) {
      c.put("phone", phone);
    }
    return c;
  }
}
