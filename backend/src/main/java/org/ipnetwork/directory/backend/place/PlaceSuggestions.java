package org.ipnetwork.directory.backend.place;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Service;

/**
 * The cities offered for {@code near} while a visitor types a place. In memory: the table is small
 * (under 7,000 cities) and already loaded for the search's own {@code near}.
 */
@Service
class PlaceSuggestions {

  static final int MAX = 8;

  private final CityIndex cities;
  private final Taxonomies taxonomies;

  PlaceSuggestions(CityIndex cities, Taxonomies taxonomies) {
    this.cities = cities;
    this.taxonomies = taxonomies;
  }

  /**
   * Cities matching {@code text}; inside a partner scope only those of countries it shows (a scope
   * on Asia offers Hanoi, not Munich), so that no suggestion leads to an empty search.
   */
  PlacesResponse suggest(String text, Lang lang, Scope scope) {
    if (text == null) {
      return new PlacesResponse(List.of());
    }
    return new PlacesResponse(
        cities.startingWith(text, c -> scope.inside(Facet.COUNTRY, c.country()), MAX).stream()
            .map(c -> place(c, lang))
            .toList());
  }

  private PlacesResponse.Place place(City city, Lang lang) {
    String name = lang == Lang.ZH && city.nameZh() != null ? city.nameZh() : city.name();
    return new PlacesResponse.Place(
        name,
        city.nameZh(),
        city.name(),
        new PlacesResponse.Country(city.country(), countryLabel(city.country(), lang)),
        city.lat(),
        city.lon(),
        value(city));
  }

  /**
   * "Munich,DE" reads well in a URL and survives a change of the table's coordinates; a smaller
   * namesake in the same country would be taken for the larger one, so it gets its coordinates.
   */
  private String value(City city) {
    String named = city.name() + "," + city.country();
    if (cities.find(named).filter(city::equals).isPresent()) {
      return named;
    }
    return String.format(Locale.ROOT, "%.4f,%.4f", city.lat(), city.lon());
  }

  private String countryLabel(String code, Lang lang) {
    return taxonomies.countries().contains(code)
        ? taxonomies.countries().label(code, lang)
        : taxonomies.world().label(code, lang);
  }
}
