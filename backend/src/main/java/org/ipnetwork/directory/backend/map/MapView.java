package org.ipnetwork.directory.backend.map;

import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.search.SearchCriteria;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Counts for the map: per country and per geo tile, under the same text, filters and scope as a
 * search, in one request of two aggregations and no hits. Here the selections are plain query
 * filters: the map shows what the result list shows.
 */
@Service
class MapView {

  static final int DEFAULT_PRECISION = 3;
  static final int MAX_PRECISION = 10;

  /**
   * The map's counts.
   *
   * @param countries listing count per country, at the country's approximate centre
   * @param tiles listing count per {@code zoom/x/y} web-map tile, at the centroid of its listings
   */
  record Response(List<CountryCount> countries, List<Tile> tiles) {}

  record CountryCount(String code, String label, long count, Double lat, Double lon) {}

  /**
   * A tile's count at the centroid of its listings.
   *
   * @param name the city nearest the centroid (see {@link TileNames}), else absent
   * @param nameZh that city's Chinese name, where it has a well-known one
   */
  record Tile(
      String key,
      double lat,
      double lon,
      long count,
      @JsonInclude(JsonInclude.Include.NON_NULL) String name,
      @JsonInclude(JsonInclude.Include.NON_NULL) String nameZh) {}

  private final ElasticsearchGateway elasticsearch;
  private final Taxonomies taxonomies;
  private final TileNames names;

  MapView(ElasticsearchGateway elasticsearch, Taxonomies taxonomies, TileNames names) {
    this.elasticsearch = elasticsearch;
    this.taxonomies = taxonomies;
    this.names = names;
  }

  Mono<Response> counts(SearchCriteria criteria, int precision) {
    return elasticsearch
        .searchListings(
            r ->
                r.size(0)
                    .query(criteria.query())
                    .aggregations(
                        "countries",
                        a ->
                            a.terms(
                                t ->
                                    t.field(Facet.COUNTRY.field())
                                        .size(Math.max(10, taxonomies.countries().size()))))
                    .aggregations(
                        "tiles",
                        a ->
                            a.geotileGrid(g -> g.field("location.geo").precision(precision))
                                .aggregations(
                                    "centre", c -> c.geoCentroid(gc -> gc.field("location.geo")))),
            Void.class)
        .map(
            body -> {
              List<CountryCount> countries = new ArrayList<>();
              for (StringTermsBucket b :
                  body.aggregations().get("countries").sterms().buckets().array()) {
                String code = b.key().stringValue();
                Term term = taxonomies.countries().byCode(code).orElse(null);
                countries.add(
                    new CountryCount(
                        code,
                        taxonomies.countries().label(code, criteria.lang()),
                        b.docCount(),
                        term == null ? null : number(term.attribute("latitude")),
                        term == null ? null : number(term.attribute("longitude"))));
              }
              List<Tile> tiles = new ArrayList<>();
              for (GeoTileGridBucket b :
                  body.aggregations().get("tiles").geotileGrid().buckets().array()) {
                var centre = b.aggregations().get("centre").geoCentroid().location().latlon();
                City city = names.name(precision, centre.lat(), centre.lon()).orElse(null);
                tiles.add(
                    new Tile(
                        b.key(),
                        centre.lat(),
                        centre.lon(),
                        b.docCount(),
                        city == null ? null : city.name(),
                        city == null ? null : city.nameZh()));
              }
              return new Response(countries, tiles);
            });
  }

  private static Double number(String s) {
    try {
      return s == null || s.isBlank() ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
