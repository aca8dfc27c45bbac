package org.ipnetwork.directory.backend.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * The city names of the shared {@link Cities} table (GeoNames, CC BY 4.0): cities of 50,000 people
 * or more in the network's countries, by Latin name and, for the well-known ones, Chinese name. One
 * index for both uses: {@code near=Munich} or {@code near=慕尼黑} in the search ({@link #find}), and
 * the place suggestions of {@code GET /api/v1/places} ({@link #startingWith}).
 *
 * <p>A name shared by several cities means the most populous; {@code San Jose,US} or {@code 圣何塞,US}
 * picks the country.
 */
@Component
public class CityIndex {

  /** Keyed by folded name, and by folded name + "," + lower-case country code. */
  private final Map<String, City> byName = new HashMap<>();

  /** Every name of every city, folded, for prefix matching; most populous first. */
  private final List<Name> names = new ArrayList<>();

  /** One name of a city, folded with {@link TextNormalizer#key}. */
  private record Name(String key, City city) {}

  public CityIndex() {
    for (City city : Cities.bundled()) {
      add(city.name(), city);
      if (city.nameZh() != null) {
        add(city.nameZh(), city);
      }
    }
    names.sort(Comparator.comparingLong((Name n) -> n.city().population()).reversed());
  }

  private void add(String name, City city) {
    String key = TextNormalizer.key(name);
    byName.merge(key, city, (a, b) -> a.population() >= b.population() ? a : b);
    byName.merge(key + "," + city.country().toLowerCase(Locale.ROOT), city, (a, b) -> a);
    names.add(new Name(key, city));
  }

  /** The city {@code name} means; it may end with ",CC" (ISO country code). */
  public Optional<City> find(String name) {
    String key = TextNormalizer.key(name);
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byName.get(key.replaceAll("\\s*,\\s*", ",")));
  }

  /**
   * Cities one of whose names starts with {@code text} (folded), or has a word starting with it
   * ("york" → New York City), that {@code admitted} lets through: whole-name matches first, then
   * word matches, each most populous first. {@code text} may end with ",CC" to keep one country.
   */
  public List<City> startingWith(String text, Predicate<City> admitted, int limit) {
    String key = TextNormalizer.key(text);
    if (key == null) {
      return List.of();
    }
    String country = null;
    int comma = key.indexOf(',');
    if (comma >= 0) {
      country = key.substring(comma + 1).trim().toUpperCase(Locale.ROOT);
      key = key.substring(0, comma).trim();
    }
    if (key.isEmpty()) {
      return List.of();
    }
    List<City> whole = new ArrayList<>();
    List<City> word = new ArrayList<>();
    for (Name n : names) {
      City city = n.city();
      if ((country != null && !city.country().startsWith(country)) || !admitted.test(city)) {
        continue;
      }
      if (n.key().startsWith(key)) {
        addOnce(whole, city);
      } else if (word.size() < limit && startsAWord(n.key(), key)) {
        addOnce(word, city);
      }
      if (whole.size() >= limit) {
        break;
      }
    }
    word.removeAll(whole);
    whole.addAll(word);
    return whole.size() > limit ? List.copyOf(whole.subList(0, limit)) : whole;
  }

  /** Both names of a city may match; it is listed once. */
  private static void addOnce(List<City> list, City city) {
    if (!list.contains(city)) {
      list.add(city);
    }
  }

  /** Whether a word after the first (after a space or a hyphen) starts with {@code prefix}. */
  private static boolean startsAWord(String name, String prefix) {
    for (int i = name.indexOf(prefix, 1); i > 0; i = name.indexOf(prefix, i + 1)) {
      char before = name.charAt(i - 1);
      if (before == ' ' || before == '-') {
        return true;
      }
    }
    return false;
  }
}
