package org.ipnetwork.directory.backend.uploads;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipnetwork.directory.backend.uploads.Upload.State;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.springframework.stereotype.Component;

/**
 * The uploads in {@code uploads}, through the blocking client (called off the event loop, from the
 * jobs' threads or the bounded elastic scheduler). Writes wait for the refresh, so that the list
 * shows an upload as soon as its answer is sent.
 */
@Component
class UploadStore {

  /** An upload with the version it was read at. */
  record Stored(Upload upload, long seqNo, long primaryTerm) {}

  private static final String ALIAS = UploadIndexes.INDEX.alias();

  private final ElasticsearchClient client;

  UploadStore(ElasticsearchClient client) {
    this.client = client;
  }

  void save(Upload upload) throws IOException {
    client.index(i -> i.index(ALIAS).id(upload.id()).refresh(Refresh.WaitFor).document(upload));
  }

  Optional<Stored> find(String id) throws IOException {
    GetResponse<Upload> r = client.get(g -> g.index(ALIAS).id(id), Upload.class);
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new Stored(r.source(), r.seqNo(), r.primaryTerm()));
  }

  /**
   * Replaces the upload if it is still at the version it was read at.
   *
   * @return {@code false} when it changed meanwhile (nothing is written)
   */
  boolean replace(Stored read, Upload changed) throws IOException {
    try {
      client.index(
          i ->
              i.index(ALIAS)
                  .id(changed.id())
                  .ifSeqNo(read.seqNo())
                  .ifPrimaryTerm(read.primaryTerm())
                  .refresh(Refresh.WaitFor)
                  .document(changed));
      return true;
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The latest uploads, newest first, without their report rows.
   *
   * @param uploadedBy only this member's, or {@code null} for everyone's
   */
  List<Upload> latest(String uploadedBy, int size) throws IOException {
    Query filter =
        uploadedBy == null
            ? Query.of(q -> q.matchAll(m -> m))
            : Query.of(q -> q.term(t -> t.field("uploadedBy").value(uploadedBy)));
    List<Upload> out = new ArrayList<>();
    client
        .search(
            s ->
                s.index(ALIAS)
                    .query(filter)
                    .source(
                        src ->
                            src.filter(f -> f.excludes("errors", "changes", "warnings", "pending")))
                    .sort(o -> o.field(f -> f.field("uploadedAt").order(SortOrder.Desc)))
                    .size(size),
            Upload.class)
        .hits()
        .hits()
        .forEach(h -> out.add(h.source().summary()));
    return out;
  }

  /** Marks failed the uploads left checking or applying by a stop: nothing runs them any more. */
  void failInterrupted() throws IOException {
    List<FieldValue> running = List.of(FieldValue.of("checking"), FieldValue.of("applying"));
    client
        .search(
            s ->
                s.index(ALIAS)
                    .query(q -> q.terms(t -> t.field("state").terms(v -> v.value(running))))
                    .seqNoPrimaryTerm(true)
                    .size(100),
            Upload.class)
        .hits()
        .hits()
        .forEach(
            h -> {
              try {
                replace(
                    new Stored(h.source(), h.seqNo(), h.primaryTerm()),
                    h.source()
                        .withState(State.FAILED)
                        .withUpdatedAt(Instant.now())
                        .withFailure(
                            "interrupted by a restart of the server; upload the file again"));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }
}
