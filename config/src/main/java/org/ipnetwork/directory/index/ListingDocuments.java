package org.ipnetwork.directory.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.taxonomy.Term;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the searchable document from a listing. Every writer (indexer, sample loader, staff
 * edits) goes through here, so the index never holds two shapes of the same listing.
 */
public final class ListingDocuments {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  /** The field of {@link ListingDocument#regions()} in the index. */
  static final String REGIONS = "regions";

  private final Taxonomies taxonomies;

  public ListingDocuments(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  public ListingDocument of(Listing listing) {
    String country = Optional.ofNullable(listing.location()).map(Location::country).orElse(null);
    Set<Term> terms = new LinkedHashSet<>();
    add(terms, taxonomies.countries(), List.of(nullToEmpty(country)));
    String continent = taxonomies.continentOf(country);
    add(terms, taxonomies.continents(), List.of(nullToEmpty(continent)));
    add(terms, taxonomies.services(), listing.services());
    add(terms, taxonomies.industries(), listing.industries());
    add(terms, taxonomies.orgTypes(), List.of(nullToEmpty(listing.orgType())));
    if (listing.kind() != null) {
      add(terms, taxonomies.kinds(), List.of(listing.kind().code()));
    }
    if (listing.workstation() != null) {
      add(terms, taxonomies.industries(), listing.workstation().focusIndustries());
      add(terms, taxonomies.countries(), listing.workstation().coveredCountries());
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Term term : terms) {
      zh.addAll(term.chineseTerms());
      en.addAll(term.englishTerms());
    }
    boolean verified =
        listing.verification() != null && listing.verification().lastVerified() != null;
    return document(
        listing,
        continent,
        taxonomies.regionsOf(country),
        verified,
        new ListingDocument.TaxonomyText(zh, en));
  }

  /** The document with the given taxonomy-derived fields and those derived from the listing. */
  private static ListingDocument document(
      Listing listing,
      String continent,
      List<String> regions,
      boolean verified,
      ListingDocument.TaxonomyText taxonomy) {
    return new ListingDocument(
        listing,
        continent,
        regions,
        verified,
        taxonomy,
        listing.published() ? suggestInputs(listing.name()) : List.of(),
        ChineseSortKey.of(listing.name()),
        ChineseForms.simplified(listing),
        ChineseForms.pinyin(listing),
        null);
  }

  /** The fields derived from the listing alone, which {@link #rederiveListingFields} recomputes. */
  static final List<String> LISTING_DERIVED =
      List.of(
          REGIONS,
          ListingDocument.SUGGEST,
          ListingDocument.NAME_SORT_ZH,
          ListingDocument.SIMPLIFIED,
          ListingDocument.PINYIN);

  /**
   * Brings the fields of a stored document that derive from the listing alone ({@link
   * #LISTING_DERIVED}: regions, completion inputs, Chinese name sort key, simplified and pinyin
   * forms) up to date, for a rebuild, which copies stored documents instead of re-reading files.
   * They are computed exactly as a write computes them, from the listing read back out of the
   * document; a field that no longer applies is removed. Fields derived from the taxonomies are
   * left as stored: they depend on the taxonomy files the import used ({@code import
   * --taxonomies}), which a rebuild cannot know.
   */
  public static ObjectNode rederiveListingFields(ObjectNode source) {
    Listing listing = JSON.treeToValue(source, Listing.class);
    String country = Optional.ofNullable(listing.location()).map(Location::country).orElse(null);
    // Regions come from the bundled regions table, which a rebuild may know newer than the import.
    ObjectNode derived =
        JSON.valueToTree(
            document(listing, null, Taxonomies.bundled().regionsOf(country), false, null));
    for (String field : LISTING_DERIVED) {
      JsonNode value = derived.get(field);
      if (value == null) {
        source.remove(field);
      } else {
        source.set(field, value);
      }
    }
    return source;
  }

  /**
   * Names as completion inputs. Every word start of a multi-word English name is an input too,
   * because core {@code completion} only matches from the start of an input and the embedded
   * distribution has no edge n-grams: "Partner" then completes "Müller &amp; Partner". A Chinese
   * name adds its simplified form and its pinyin ({@link ChineseForms#suggestInputs}): "saide" and
   * "sai de" complete 赛德尔哈特曼专利事务所.
   */
  static List<String> suggestInputs(Names name) {
    if (name == null) {
      return List.of();
    }
    Set<String> inputs = new LinkedHashSet<>();
    for (String n : new String[] {name.zh(), name.en(), name.original()}) {
      if (n == null || n.isBlank()) {
        continue;
      }
      inputs.add(n);
      String[] words = WHITESPACE.split(n);
      for (int i = 1; i < words.length && i < 6; i++) {
        inputs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      }
    }
    inputs.addAll(ChineseForms.suggestInputs(name.zh()));
    return List.copyOf(inputs);
  }

  private static void add(Set<Term> into, Taxonomy taxonomy, List<String> codes) {
    for (String code : codes) {
      taxonomy.byCode(code).ifPresent(into::add);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
