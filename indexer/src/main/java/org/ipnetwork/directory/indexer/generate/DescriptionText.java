package org.ipnetwork.directory.indexer.generate;

import java.util.List;
import java.util.Random;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Workstation;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/**
 * Chinese and English descriptions that name a listing's services and industries in words, so that
 * full-text search finds them even where a query does not map to a code.
 */
final class DescriptionText {

  private final Taxonomies taxonomies;

  DescriptionText(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  Descriptions of(Listing listing, Provenance provenance, Random rng) {
    String en;
    String zh;
    if (listing.workstation() != null) {
      Workstation w = listing.workstation();
      en =
          String.format(
              "%s is hosted by %s. It helps Guangdong companies in %s respond to IP disputes in"
                  + " %s, offering %s.",
              listing.name().en(),
              w.hostOrganisation(),
              labels(taxonomies.industries(), w.focusIndustries(), Lang.EN),
              labels(taxonomies.countries(), w.coveredCountries(), Lang.EN),
              labels(taxonomies.services(), listing.services(), Lang.EN));
      zh =
          String.format(
              "%s依托%s设立，为%s等行业的广东企业在%s应对知识产权纠纷提供%s等援助。",
              listing.name().zh(),
              w.hostOrganisation(),
              labels(taxonomies.industries(), w.focusIndustries(), Lang.ZH),
              labels(taxonomies.countries(), w.coveredCountries(), Lang.ZH),
              labels(taxonomies.services(), listing.services(), Lang.ZH));
    } else {
      String country = listing.location().country();
      String cityEn = listing.location().city();
      String cityZh = listing.location().cityZh() != null ? listing.location().cityZh() : cityEn;
      String orgEn = lowerFirst(taxonomies.orgTypes().label(listing.orgType(), Lang.EN));
      String servicesEn = labels(taxonomies.services(), listing.services(), Lang.EN);
      String servicesZh = labels(taxonomies.services(), listing.services(), Lang.ZH);
      String industriesEn = labels(taxonomies.industries(), listing.industries(), Lang.EN);
      String industriesZh = labels(taxonomies.industries(), listing.industries(), Lang.ZH);
      String countryEn = taxonomies.countries().label(country, Lang.EN);
      String countryZh = taxonomies.countries().label(country, Lang.ZH);
      // "Singapore, Singapore" and "中国香港香港" read badly: a city-state is named once.
      String whereEn = countryEn.contains(cityEn) ? countryEn : cityEn + ", " + countryEn;
      String whereZh = countryZh.contains(cityZh) ? countryZh : countryZh + cityZh;
      String orgZh = taxonomies.orgTypes().label(listing.orgType(), Lang.ZH);
      String name = listing.name().en();
      if (rng.nextBoolean()) {
        en = name + " is " + article(orgEn) + " " + orgEn + " in " + whereEn;
        en += ", serving Chinese exporters: " + servicesEn + ".";
        zh =
            listing.name().zh()
                + "是位于"
                + whereZh
                + "的"
                + orgZh
                + "，为中国出口企业提供"
                + servicesZh
                + "等服务。";
      } else {
        en =
            "Based in "
                + whereEn
                + ", "
                + name
                + " advises Chinese companies on "
                + servicesEn
                + ".";
        zh = listing.name().zh() + "总部设于" + whereZh + "，是一家" + orgZh + "，主要办理" + servicesZh + "业务。";
      }
      if (!listing.industries().isEmpty()) {
        en += " Sectors: " + industriesEn + ".";
        zh += "熟悉" + industriesZh + "等行业。";
      }
    }
    en +=
        " Working languages: " + labels(taxonomies.languages(), listing.languages(), Lang.EN) + ".";
    zh += "工作语言：" + labels(taxonomies.languages(), listing.languages(), Lang.ZH) + "。";
    return new Descriptions(zh + provenance.noteZh(), en + provenance.noteEn());
  }

  private static String labels(Taxonomy taxonomy, List<String> codes, Lang lang) {
    StringBuilder out = new StringBuilder();
    for (String code : codes) {
      if (!out.isEmpty()) {
        out.append(lang == Lang.ZH ? "、" : ", ");
      }
      out.append(taxonomy.label(code, lang));
    }
    return out.toString();
  }

  /** "an IP agency", "an investigation firm", "a law firm". */
  private static String article(String label) {
    char c = Character.toLowerCase(label.charAt(0));
    return "aeiou".indexOf(c) >= 0 ? "an" : "a";
  }

  /** "Law firm" reads "law firm" mid-sentence; "IP agency" keeps its capitals. */
  private static String lowerFirst(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
