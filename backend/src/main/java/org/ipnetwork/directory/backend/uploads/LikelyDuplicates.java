package org.ipnetwork.directory.backend.uploads;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipnetwork.directory.backend.duplicates.DuplicateKeys;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * Finds the published listing an uploaded row likely repeats under another id: the same website
 * domain ({@code www.} ignored) or the same e-mail address. Websites are stored as normalised URLs
 * in a keyword field, so the domain is matched with prefix queries on the four forms of its start
 * and checked again here (a prefix {@code https://ab.de} would also find {@code https://ab.del}).
 */
@Component
class LikelyDuplicates {

  /** The listing found and what it shares with the row. */
  record Found(String id, String reason) {}

  private final ElasticsearchClient client;

  LikelyDuplicates(ElasticsearchClient client) {
    this.client = client;
  }

  Optional<Found> of(Listing row) throws IOException {
    Contacts contacts = row.contacts();
    if (contacts == null) {
      return Optional.empty();
    }
    String domain = DuplicateKeys.domain(contacts.website());
    String email = DuplicateKeys.email(contacts.email());
    List<Query> should = new ArrayList<>();
    if (domain != null) {
      for (String start : List.of("https://", "http://", "https://www.", "http://www.")) {
        should.add(Query.of(q -> q.prefix(p -> p.field("contacts.website").value(start + domain))));
      }
    }
    if (contacts.email() != null) {
      should.add(Query.of(q -> q.term(t -> t.field("contacts.email").value(contacts.email()))));
    }
    if (should.isEmpty()) {
      return Optional.empty();
    }
    List<Listing> hits =
        client
            .search(
                s ->
                    s.index(ListingIndex.ALIAS)
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.should(should)
                                            .minimumShouldMatch("1")
                                            .mustNot(m -> m.ids(i -> i.values(row.id())))))
                        .size(10),
                Listing.class)
            .hits()
            .hits()
            .stream()
            .map(h -> h.source())
            .toList();
    for (Listing hit : hits) {
      Contacts other = hit.contacts();
      if (other == null) {
        continue;
      }
      if (domain != null && domain.equals(DuplicateKeys.domain(other.website()))) {
        return Optional.of(new Found(hit.id(), "same website domain " + domain));
      }
      if (email != null && email.equals(DuplicateKeys.email(other.email()))) {
        return Optional.of(new Found(hit.id(), "same e-mail " + contacts.email()));
      }
    }
    return Optional.empty();
  }
}
