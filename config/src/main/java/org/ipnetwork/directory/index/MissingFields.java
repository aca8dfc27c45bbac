package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexSettingsAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Adds to an existing index the top-level fields of its definition that its mapping lacks ({@link
 * ManagedIndex#addMissingFields}).
 *
 * <p>A field can need an analyzer (or normalizer) that the index was created without, such as
 * {@code pinyin.*} and the {@code pinyin} analyzer. Analysis settings cannot change on an open
 * index (<a
 * href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/indices-update-settings.html#update-settings-analysis">only
 * closed indices take new analyzers</a>), and closing the live index would fail every search
 * meanwhile. Such a field is therefore added as a stand-in that only keeps the value in {@code
 * _source} (a disabled object, or an unindexed keyword): current documents can be written, a query
 * naming the field finds nothing there, and {@code indexer rebuild}, which creates a new index from
 * the definition and recomputes the derived fields, makes it searchable.
 */
final class MissingFields {

  private static final Logger log = LoggerFactory.getLogger(MissingFields.class);

  private static final Set<String> ANALYZER_KEYS =
      Set.of("analyzer", "search_analyzer", "search_quote_analyzer");

  private MissingFields() {}

  static List<String> add(ManagedIndex managed, ElasticsearchClient client, String index)
      throws IOException {
    Map<String, Property> defined = managed.createRequest(index).build().mappings().properties();
    Map<String, Property> present =
        client.indices().getMapping(g -> g.index(index)).get(index).mappings().properties();
    Map<String, Property> missing = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    defined.forEach(
        (field, property) -> {
          Property there = present.get(field);
          if (there == null) {
            missing.put(field, property);
            names.add(field);
          } else if (property.isObject()
              && there.isObject()
              && !Boolean.FALSE.equals(there.object().enabled())) {
            // An object that gained a sub-field (a scope's new facet): only the sub-fields it
            // lacks are sent, since resending the others could conflict with how they were made.
            // A disabled object is a stand-in (below) and stays one until a rebuild.
            Map<String, Property> subs = new LinkedHashMap<>(property.object().properties());
            subs.keySet().removeAll(there.object().properties().keySet());
            if (!subs.isEmpty()) {
              missing.put(field, Property.of(p -> p.object(o -> o.properties(subs))));
              subs.keySet().forEach(sub -> names.add(field + "." + sub));
            }
          }
        });
    if (missing.isEmpty()) {
      return List.of();
    }
    JsonNode definition = definition(managed);
    Analysis lacking = Analysis.of(definition).minus(analysisOf(client, index));
    List<String> standIns = new ArrayList<>();
    Map<String, Property> added = new LinkedHashMap<>();
    missing.forEach(
        (field, property) -> {
          if (lacking.usedBy(definition.path("mappings").path("properties").path(field))) {
            standIns.add(field);
            added.put(field, standIn(property));
          } else {
            added.put(field, property);
          }
        });
    client.indices().putMapping(p -> p.index(index).properties(added));
    if (!standIns.isEmpty()) {
      log.warn(
          "{}: fields {} need analysis settings the index was created without; they are kept but"
              + " not searchable until `indexer rebuild` creates a new index",
          index,
          standIns);
    }
    return List.copyOf(names);
  }

  /** A mapping that accepts the field's values and only keeps them in {@code _source}. */
  private static Property standIn(Property property) {
    return property.isObject()
        ? Property.of(p -> p.object(o -> o.enabled(false)))
        : Property.of(p -> p.keyword(k -> k.index(false).docValues(false)));
  }

  private static JsonNode definition(ManagedIndex managed) throws IOException {
    try (InputStream in = managed.openDefinition()) {
      return ElasticsearchClients.jsonMapper().objectMapper().readTree(in);
    }
  }

  private static Analysis analysisOf(ElasticsearchClient client, String index) throws IOException {
    IndexSettings settings =
        client.indices().getSettings(g -> g.index(index)).get(index).settings();
    IndexSettings nested = settings.index() != null ? settings.index() : settings;
    IndexSettingsAnalysis analysis = nested.analysis();
    return analysis == null
        ? new Analysis(Set.of(), Set.of())
        : new Analysis(analysis.analyzer().keySet(), analysis.normalizer().keySet());
  }

  /** Names of custom analyzers and normalizers. */
  record Analysis(Set<String> analyzers, Set<String> normalizers) {

    static Analysis of(JsonNode definition) {
      JsonNode analysis = definition.path("settings").path("index").path("analysis");
      return new Analysis(
          Set.copyOf(analysis.path("analyzer").propertyNames()),
          Set.copyOf(analysis.path("normalizer").propertyNames()));
    }

    Analysis minus(Analysis other) {
      Set<String> a = new HashSet<>(analyzers);
      a.removeAll(other.analyzers);
      Set<String> n = new HashSet<>(normalizers);
      n.removeAll(other.normalizers);
      return new Analysis(a, n);
    }

    /** Whether the mapping of a field, its sub-fields or properties names one of these. */
    boolean usedBy(JsonNode mapping) {
      for (Map.Entry<String, JsonNode> e : mapping.properties()) {
        JsonNode value = e.getValue();
        if (value.isString()
            && (ANALYZER_KEYS.contains(e.getKey()) && analyzers.contains(value.asString())
                || "normalizer".equals(e.getKey()) && normalizers.contains(value.asString()))) {
          return true;
        }
        if (value.isObject() && usedBy(value)) {
          return true;
        }
      }
      return false;
    }
  }
}
