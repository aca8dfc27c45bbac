package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.editing.EditingSearch.Found;
import org.ipnetwork.directory.backend.editing.EditingSearch.OpenDraft;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.index.ListingIndex;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff search's hits: the copies of the listings a page found, read by id in one request over
 * both indices, each listing shown as its published copy with the open draft beside it, or as its
 * draft when it was never published.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class ListingCopies {

  private final ElasticsearchClient client;

  ListingCopies(ElasticsearchClient client) {
    this.client = client;
  }

  /** Both copies of each listing found, inside the scope, in the order found. */
  List<Found> of(StaffPrincipal staff, List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Query> filters = new ArrayList<>(staff.scope().filters());
    filters.add(Queries.terms("id", ids));
    SearchResponse<ObjectNode> r =
        client.search(
            s ->
                s.index(ListingIndex.ALIAS, DraftStore.ALIAS)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .size(ids.size() * 2)
                    .seqNoPrimaryTerm(true),
            ObjectNode.class);
    Map<String, Draft> published = new HashMap<>();
    Map<String, Draft> drafts = new HashMap<>();
    for (Hit<ObjectNode> hit : r.hits().hits()) {
      Draft copy = DraftStore.read(hit.source(), hit.seqNo(), hit.primaryTerm());
      (hit.index().startsWith(DraftStore.ALIAS) ? drafts : published).put(hit.id(), copy);
    }
    List<Found> out = new ArrayList<>();
    for (String id : ids) {
      Draft live = published.get(id);
      Draft draft = drafts.get(id);
      if (live != null) {
        OpenDraft open =
            draft == null
                ? null
                : new OpenDraft(draft.listing().status(), draft.workflow(), draft.version().etag());
        out.add(
            new Found(
                id,
                "published",
                live.listing().status(),
                live.listing(),
                null,
                live.version().etag(),
                open));
      } else if (draft != null) {
        out.add(
            new Found(
                id,
                "draft",
                draft.listing().status(),
                draft.listing(),
                draft.workflow(),
                draft.version().etag(),
                null));
      }
    }
    return out;
  }
}
