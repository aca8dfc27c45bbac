package org.ipnetwork.directory.backend.listing;

import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reads one listing by id through the alias (a real-time GET, one round trip). Drafts, listings in
 * review or suspended, and listings outside the partner scope are answered exactly like missing
 * ones, so that their existence does not leak.
 */
@Service
public class ListingService {

  private final ElasticsearchGateway elasticsearch;
  private final Taxonomies taxonomies;

  ListingService(ElasticsearchGateway elasticsearch, Taxonomies taxonomies) {
    this.elasticsearch = elasticsearch;
    this.taxonomies = taxonomies;
  }

  /** The listing, or {@link NotFoundException} when it is missing, unpublished or out of scope. */
  public Mono<ListingView> find(String id, Lang lang, Scope scope) {
    return elasticsearch
        .getListing(id, Listing.class)
        .flatMap(
            r ->
                r.found()
                        && r.source() != null
                        && r.source().published()
                        && scope.admits(r.source())
                    ? Mono.just(view(r.source(), lang))
                    : Mono.error(new NotFoundException("There is no listing " + id + ".")));
  }

  /**
   * The published listings in scope among {@code ids}, in the order given, in one multi-get (a
   * real-time read of each id, as {@link #find} does). The others are left out without a word: a
   * shortlist outlives listings that are withdrawn later.
   */
  public Mono<List<ListingView>> findAll(List<String> ids, Lang lang, Scope scope) {
    return elasticsearch
        .call(c -> c.mget(m -> m.index(ListingIndex.ALIAS).ids(ids), Listing.class))
        .map(
            r ->
                r.docs().stream()
                    .filter(MultiGetResponseItem::isResult)
                    .map(MultiGetResponseItem::result)
                    .filter(g -> g.found() && g.source() != null)
                    .map(g -> g.source())
                    .filter(l -> l.published() && scope.admits(l))
                    .map(l -> view(l, lang))
                    .toList());
  }

  private ListingView view(Listing l, Lang lang) {
    Location loc = l.location();
    String country = loc == null ? null : loc.country();
    String city =
        loc == null ? null : lang == Lang.ZH && loc.cityZh() != null ? loc.cityZh() : loc.city();
    var ws = l.workstation();
    return new ListingView(
        l.id(),
        labeled(taxonomies.kinds(), l.kind() == null ? null : l.kind().code(), lang),
        l.name(),
        labeled(taxonomies.orgTypes(), l.orgType(), lang),
        labeled(taxonomies.countries(), country, lang),
        labeled(taxonomies.continents(), taxonomies.continentOf(country), lang),
        city,
        loc == null ? null : loc.address(),
        loc == null || loc.geo() == null
            ? null
            : new ListingView.Geo(loc.geo().lat(), loc.geo().lon()),
        labels(taxonomies.services(), l.services(), lang),
        labels(taxonomies.industries(), l.industries(), lang),
        labels(taxonomies.languages(), l.languages(), lang),
        l.description(),
        ContactsView.of(l.contacts()),
        ws == null
            ? null
            : new ListingView.WorkstationView(
                ws.hostOrganisation(),
                labels(taxonomies.industries(), ws.focusIndustries(), lang),
                labels(taxonomies.countries(), ws.coveredCountries(), lang)),
        l.verification() != null && l.verification().lastVerified() != null,
        l.verification() == null || l.verification().lastVerified() == null
            ? null
            : l.verification().lastVerified().toString(),
        l.updatedAt() == null ? null : l.updatedAt().toString());
  }

  private static List<ListingView.Labeled> labels(Taxonomy t, List<String> codes, Lang lang) {
    return codes.stream().map(c -> labeled(t, c, lang)).toList();
  }

  private static ListingView.Labeled labeled(Taxonomy t, String code, Lang lang) {
    return code == null ? null : new ListingView.Labeled(code, t.label(code, lang));
  }
}
