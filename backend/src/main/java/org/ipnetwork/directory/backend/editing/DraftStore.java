package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import java.io.IOException;
import java.util.Optional;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drafts index ({@code listing-drafts}): one open working copy per listing id, stored like a
 * listing (the same derived fields, so staff search filters and counts it the same way) plus its
 * {@code workflow} object. Versions are Elasticsearch's own ({@code _seq_no}, {@code
 * _primary_term}): every change names the version it was made on and fails when another landed
 * first. Writes refresh the index, so that the staff search shows a change as soon as it is
 * answered; drafts change seldom, a refresh per change costs nothing worth saving.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class DraftStore {

  static final String ALIAS = ListingIndex.DRAFTS.alias();

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  private final ElasticsearchClient client;
  private final ListingDocuments documents;

  DraftStore(ElasticsearchClient client, ListingDocuments documents) {
    this.client = client;
    this.documents = documents;
  }

  Optional<Draft> find(String id) throws IOException {
    GetResponse<ObjectNode> r = client.get(g -> g.index(ALIAS).id(id), ObjectNode.class);
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(read(r.source(), r.seqNo(), r.primaryTerm()));
  }

  /**
   * Stores a new draft; only one can be open per listing.
   *
   * @throws ConflictException when a draft of the listing is open already (also one that another
   *     member opened a moment ago)
   */
  Draft create(Listing listing, WorkflowState workflow) throws IOException {
    try {
      IndexResponse r =
          client.index(
              i ->
                  i.index(ALIAS)
                      .id(listing.id())
                      .document(document(listing, workflow))
                      .opType(OpType.Create)
                      .refresh(Refresh.True));
      return new Draft(listing, workflow, r.seqNo(), r.primaryTerm());
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        throw new ConflictException("id", "A draft of listing " + listing.id() + " is open.");
      }
      throw e;
    }
  }

  /**
   * Replaces the draft if it is still at {@code expected} (compare and set).
   *
   * @return the stored draft, or empty when another change landed first
   */
  Optional<Draft> replace(DraftVersion expected, Listing listing, WorkflowState workflow)
      throws IOException {
    try {
      IndexResponse r =
          client.index(
              i ->
                  i.index(ALIAS)
                      .id(listing.id())
                      .document(document(listing, workflow))
                      .ifSeqNo(expected.seqNo())
                      .ifPrimaryTerm(expected.primaryTerm())
                      .refresh(Refresh.True));
      return Optional.of(new Draft(listing, workflow, r.seqNo(), r.primaryTerm()));
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Removes the draft if it is still at {@code expected}; whether it did. */
  boolean delete(String id, DraftVersion expected) throws IOException {
    try {
      client.delete(
          d ->
              d.index(ALIAS)
                  .id(id)
                  .ifSeqNo(expected.seqNo())
                  .ifPrimaryTerm(expected.primaryTerm())
                  .refresh(Refresh.True));
      return true;
    } catch (ElasticsearchException | IOException e) {
      int status = ElasticsearchStatus.find(e);
      if (status == 409 || status == 404) {
        return false;
      }
      throw e;
    }
  }

  private ObjectNode document(Listing listing, WorkflowState workflow) {
    ObjectNode doc = JSON.valueToTree(documents.of(listing));
    doc.set("workflow", JSON.valueToTree(workflow));
    return doc;
  }

  static Draft read(ObjectNode source, Long seqNo, Long primaryTerm) {
    Listing listing = JSON.treeToValue(source, Listing.class);
    WorkflowState workflow =
        source.hasNonNull("workflow")
            ? JSON.treeToValue(source.get("workflow"), WorkflowState.class)
            : null;
    return new Draft(
        listing, workflow, seqNo == null ? -1 : seqNo, primaryTerm == null ? -1 : primaryTerm);
  }
}
