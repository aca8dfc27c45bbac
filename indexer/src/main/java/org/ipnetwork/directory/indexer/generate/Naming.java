package org.ipnetwork.directory.indexer.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * Composes names, web addresses and street addresses from word lists. Domains end in {@code
 * .example} (RFC 2606), so that no generated listing points at a real organisation.
 */
final class Naming {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final int MAX_LABEL = 48;
  private static final List<String> MAILBOXES = List.of("info", "contact", "office", "ip");
  private static final List<String> STREETS_EN =
      List.of("Harbour Road", "Market Street", "Station Road", "Garden Avenue", "River Street");
  private static final List<String> STREETS_DE =
      List.of("Lindenstraße", "Marktstraße", "Bahnhofstraße", "Hafenstraße", "Gartenstraße");
  private static final List<String> STREETS_FR =
      List.of("rue du Marché", "rue de la Gare", "rue des Jardins", "quai du Port");
  private static final List<String> STREETS_ES =
      List.of("Calle del Mercado", "Avenida del Puerto", "Calle Mayor");
  private static final List<String> STREETS_PT =
      List.of("Rua do Mercado", "Avenida do Porto", "Rua das Flores");
  private static final List<String> STREETS_IT = List.of("Via del Mercato", "Corso del Porto");

  private final ReferenceData data;

  Naming(ReferenceData data) {
    this.data = data;
  }

  /**
   * A name in English, Chinese and, where there are templates for it, the country's own language.
   *
   * @param industry industry code that associations are named after
   * @param marker appended to every form of the name, e.g. to flag sample data; may be empty
   */
  Names names(
      String orgType,
      CountryProfile country,
      City city,
      String industry,
      Marker marker,
      Random rng) {
    List<Surname> surnames = country.surnames();
    Surname a = surnames.get(rng.nextInt(surnames.size()));
    Surname b = surnames.get(rng.nextInt(surnames.size()));
    if (a.equals(b)) {
      b = surnames.get((surnames.indexOf(a) + 1) % surnames.size());
    }
    int variant = rng.nextInt(1 << 16);
    String placeZh = city.nameZh() != null ? city.nameZh() : country.zh() + city.name();
    String industryEn = data.taxonomies().industries().label(industry, Lang.EN);
    String industryZh = data.taxonomies().industries().label(industry, Lang.ZH);
    String en = fill(orgType, "en", variant, a.latin(), b.latin(), city.name(), industryEn);
    String zh = fill(orgType, "zh", variant, a.zh(), b.zh(), placeZh, industryZh);
    String local = country.languages().get(0);
    List<String> localTemplates = data.nameTemplates(orgType, local);
    if (local.equals("zh")) {
      return new Names(zh + marker.zh(), en + marker.en(), zh + marker.zh(), "zh");
    }
    if (localTemplates.isEmpty()) {
      return new Names(zh + marker.zh(), en + marker.en(), en + marker.en(), "en");
    }
    String original = fill(orgType, local, variant, a.latin(), b.latin(), city.name(), industryEn);
    return new Names(zh + marker.zh(), en + marker.en(), original + marker.en(), local);
  }

  private String fill(
      String orgType, String lang, int variant, String a, String b, String place, String industry) {
    List<String> templates = data.nameTemplates(orgType, lang);
    if (templates.isEmpty()) {
      throw new IllegalStateException("no " + lang + " name template for " + orgType);
    }
    return templates
        .get(variant % templates.size())
        .replace("{A}", a)
        .replace("{B}", b)
        .replace("{place}", place)
        .replace("{industry}", industry);
  }

  /** {@code https://mueller-weber-law-firm.example} for "Müller &amp; Weber Law Firm". */
  static String domain(String englishName) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(englishName.replace("ß", "ss"), Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("ı", "i")
            .replace("ł", "l");
    String slug = EDGE_DASHES.matcher(NON_ALNUM.matcher(folded).replaceAll("-")).replaceAll("");
    if (slug.length() > MAX_LABEL) {
      // Cut at a word boundary: "...-mediation.example", not "...-mediat.example".
      int cut = slug.lastIndexOf('-', MAX_LABEL);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LABEL);
    }
    return slug + ".example";
  }

  static String email(String domain, Random rng) {
    return MAILBOXES.get(rng.nextInt(MAILBOXES.size())) + "@" + domain;
  }

  /** A street address in the country's usual form; the streets are generic, not looked up. */
  static String address(CountryProfile country, City city, Random rng) {
    int number = 1 + rng.nextInt(180);
    String lang = country.languages().get(0);
    String street =
        switch (lang) {
          case "de" -> pick(STREETS_DE, rng) + " " + number;
          case "fr" -> number + " " + pick(STREETS_FR, rng);
          case "es" -> pick(STREETS_ES, rng) + " " + number;
          case "pt" -> pick(STREETS_PT, rng) + ", " + number;
          case "it" -> pick(STREETS_IT, rng) + " " + number;
          default -> number + " " + pick(STREETS_EN, rng);
        };
    return street + ", " + city.name();
  }

  private static String pick(List<String> list, Random rng) {
    return list.get(rng.nextInt(list.size()));
  }

  /** Text appended to names, e.g. " (sample)" and "（示例）"; {@link #NONE} for plain output. */
  record Marker(String en, String zh) {
    static final Marker NONE = new Marker("", "");
  }
}
