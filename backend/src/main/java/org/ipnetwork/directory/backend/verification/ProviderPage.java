package org.ipnetwork.directory.backend.verification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Component;

/**
 * The provider's page ({@code templates/verify/page.mustache}): the listing with a "confirm" form
 * and a form of the fields it may change, the outcome after either, or why the link cannot be used.
 * Plain HTML forms, no script; Chinese or English ({@code lang}) with a switch to the other.
 * Mustache escapes every value.
 */
@Component
class ProviderPage {

  /** One labelled value of the listing. */
  record Fact(String label, String value) {}

  /** One field of the change form, with its refusal when the rules refused it. */
  record Field(
      String name, String label, String value, boolean multiline, boolean invalid, String error) {}

  /** What the page shows. */
  enum State {
    FORM,
    CONFIRMED,
    PROPOSED,
    PROBLEM
  }

  private static final List<String> FIELDS =
      List.of(
          "nameZh",
          "nameEn",
          "city",
          "address",
          "phone",
          "email",
          "website",
          "descriptionZh",
          "descriptionEn");

  /** The listing's field path (as the rules name it) of each form field. */
  private static final Map<String, String> PATHS =
      Map.of(
          "name.zh", "nameZh",
          "name.en", "nameEn",
          "location.city", "city",
          "location.address", "address",
          "contacts.phone", "phone",
          "contacts.email", "email",
          "contacts.website", "website",
          "description.zh", "descriptionZh",
          "description.en", "descriptionEn");

  private final Template template;
  private final UiStrings strings;
  private final Taxonomies taxonomies;

  ProviderPage(Mustache.Compiler compiler, UiStrings strings, Taxonomies taxonomies) {
    this.template = compiler.loadTemplate("verify/page");
    this.strings = strings;
    this.taxonomies = taxonomies;
  }

  String form(
      Lang lang,
      ProviderVerification.Opened opened,
      Proposal values,
      InvalidFieldsException refused) {
    Map<String, Object> model = base(lang, opened.token(), State.FORM);
    Listing l = opened.listing();
    model.put("facts", facts(lang, l));
    model.put(
        "expires",
        strings.text(
            lang,
            "verifyExpires",
            Map.of("date", LocalDate.ofInstant(opened.expires(), ZoneOffset.UTC).toString())));
    Map<String, String> errors = new HashMap<>();
    if (refused != null) {
      refused
          .errors()
          .forEach(e -> errors.put(PATHS.getOrDefault(e.field(), "nameEn"), e.message()));
      model.put("errorSummary", strings.text(lang, "verifyErrors"));
    }
    Proposal v = values == null ? Proposal.from(l) : values;
    List<String> given =
        List.of(
            n(v.nameZh()),
            n(v.nameEn()),
            n(v.city()),
            n(v.address()),
            n(v.phone()),
            n(v.email()),
            n(v.website()),
            n(v.descriptionZh()),
            n(v.descriptionEn()));
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      String name = FIELDS.get(i);
      fields.add(
          new Field(
              name,
              strings.text(lang, "verifyField_" + name),
              given.get(i),
              name.startsWith("description"),
              errors.containsKey(name),
              errors.getOrDefault(name, "")));
    }
    model.put("fields", fields);
    return template.execute(model);
  }

  String outcome(Lang lang, String token, State state) {
    Map<String, Object> model = base(lang, token, state);
    String key = state == State.CONFIRMED ? "verifyConfirmed" : "verifyProposed";
    model.put("title", strings.text(lang, key + "Title"));
    model.put("message", strings.text(lang, key));
    return template.execute(model);
  }

  /** Why the link cannot be used: {@code reason} is invalid, expired, used, busy or limited. */
  String problem(Lang lang, String token, String reason) {
    Map<String, Object> model = base(lang, token, State.PROBLEM);
    model.put("reason", reason);
    model.put("title", strings.text(lang, "verifyProblemTitle_" + reason));
    model.put("message", strings.text(lang, "verifyProblem_" + reason));
    return template.execute(model);
  }

  private Map<String, Object> base(Lang lang, String token, State state) {
    Map<String, Object> model = new HashMap<>();
    Lang other = lang == Lang.ZH ? Lang.EN : Lang.ZH;
    String path =
        "/verify/" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    model.put("t", strings.plain(lang));
    model.put("htmlLang", lang == Lang.ZH ? "zh-CN" : "en");
    model.put("lang", lang.code());
    model.put("action", path);
    model.put("otherHref", path + "?lang=" + other.code());
    model.put("otherLang", other == Lang.ZH ? "zh-CN" : "en");
    model.put("otherLabel", other == Lang.ZH ? "中文" : "English");
    model.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
    model.put("form", state == State.FORM);
    model.put("done", state == State.CONFIRMED || state == State.PROPOSED);
    model.put("problem", state == State.PROBLEM);
    return model;
  }

  private List<Fact> facts(Lang lang, Listing l) {
    List<Fact> out = new ArrayList<>();
    if (l.name() != null) {
      add(out, strings.text(lang, "verifyField_nameZh"), l.name().zh());
      add(out, strings.text(lang, "verifyField_nameEn"), l.name().en());
    }
    if (l.location() != null) {
      add(
          out,
          strings.text(lang, "verifyCountry"),
          taxonomies.countries().label(l.location().country(), lang));
      add(out, strings.text(lang, "verifyField_city"), l.location().city());
      add(out, strings.text(lang, "verifyField_address"), l.location().address());
    }
    if (l.contacts() != null) {
      add(out, strings.text(lang, "verifyField_phone"), l.contacts().phone());
      add(out, strings.text(lang, "verifyField_email"), l.contacts().email());
      add(out, strings.text(lang, "verifyField_website"), l.contacts().website());
    }
    add(
        out,
        strings.text(lang, "verifyServices"),
        String.join(
            lang == Lang.ZH ? "、" : ", ",
            l.services().stream().map(s -> taxonomies.services().label(s, lang)).toList()));
    if (l.description() != null) {
      add(
          out,
          strings.text(lang, "verifyField_description" + (lang == Lang.ZH ? "Zh" : "En")),
          lang == Lang.ZH ? l.description().zh() : l.description().en());
    }
    add(
        out,
        strings.text(lang, "verifyLastVerified"),
        l.verification() == null || l.verification().lastVerified() == null
            ? strings.text(lang, "verifyNever")
            : l.verification().lastVerified().toString());
    return out;
  }

  private static void add(List<Fact> out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Fact(label, value));
    }
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }
}
