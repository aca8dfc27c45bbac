package org.ipnetwork.directory.backend.instantsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;

/**
 * The facet attributes an InstantSearch page names, derived from {@link Facet}: one flat attribute
 * per facet under its parameter name ({@code country}, {@code service}, …), and the geography
 * hierarchy as {@code geo.lvl0} (continent), {@code geo.lvl1} ({@code Continent > Country}), the
 * shape {@code hierarchicalMenu} expects. Values are labels in the answer's language, or codes with
 * {@code facetValues=code}; either is read back, as are codes and the other language's labels.
 */
final class Attributes {

  /** The prefix of the hierarchy's levels: {@code geo.lvl0}, {@code geo.lvl1}. */
  static final String HIERARCHY = "geo.lvl";

  /** Between the levels of a hierarchical value, as InstantSearch's default separator. */
  static final String SEPARATOR = " > ";

  /** How facet values are written. */
  enum Values {
    LABEL,
    CODE
  }

  /**
   * An attribute.
   *
   * @param level the depth in the hierarchy of a {@code geo.lvlN} attribute, else -1
   */
  record Attribute(String name, Facet facet, int level) {
    boolean hierarchical() {
      return level >= 0;
    }
  }

  private final Taxonomies taxonomies;
  private final Map<String, Attribute> byName = new LinkedHashMap<>();

  Attributes(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
    for (Facet facet : Facet.all()) {
      byName.put(facet.parameter(), new Attribute(facet.parameter(), facet, -1));
    }
    List<Facet> levels = Facet.CONTINENT.levels();
    for (int i = 0; i < levels.size(); i++) {
      byName.put(HIERARCHY + i, new Attribute(HIERARCHY + i, levels.get(i), i));
    }
  }

  List<Attribute> all() {
    return new ArrayList<>(byName.values());
  }

  Optional<Attribute> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The code a facet value stands for; a hierarchical value by its last level.
   *
   * @param parameter the request parameter to name when the value is unknown
   */
  String code(Attribute attribute, String value, String parameter) {
    String last = value;
    if (attribute.hierarchical()) {
      int at = value.lastIndexOf(SEPARATOR.trim());
      last = at < 0 ? value : value.substring(at + 1);
    }
    return attribute
        .facet()
        .taxonomy(taxonomies)
        .resolve(last.trim())
        .map(Term::code)
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    parameter,
                    "Unknown "
                        + attribute.name()
                        + " value '"
                        + value
                        + "'. See GET /api/v1/taxonomies."));
  }

  /** A value of {@code attribute} for {@code code}: with its ancestors for a hierarchy level. */
  String value(Attribute attribute, String code, Lang lang, Values values) {
    if (!attribute.hierarchical()) {
      return one(attribute.facet(), code, lang, values);
    }
    List<String> parts = new ArrayList<>();
    for (Facet level : attribute.facet().levels()) {
      String c = attribute.facet().ancestorCode(level, code, taxonomies);
      parts.add(one(level, c, lang, values));
      if (level == attribute.facet()) {
        break;
      }
    }
    return String.join(SEPARATOR, parts);
  }

  /** The code at {@code level} above (or at) {@code code} of {@code facet}, or {@code null}. */
  String ancestor(Facet facet, String code, Facet level) {
    return facet.ancestorCode(level, code, taxonomies);
  }

  private String one(Facet facet, String code, Lang lang, Values values) {
    return values == Values.CODE || code == null
        ? code
        : facet.taxonomy(taxonomies).label(code, lang);
  }
}
