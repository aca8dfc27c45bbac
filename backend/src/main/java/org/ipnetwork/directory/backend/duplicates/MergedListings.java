package org.ipnetwork.directory.backend.duplicates;

import java.util.Optional;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where a listing merged into another one lives now: the public listing route answers its old id
 * with a redirect to the survivor (one real-time GET by id, through the gateway).
 */
@Component
public class MergedListings {

  private final ElasticsearchGateway elasticsearch;

  MergedListings(ElasticsearchGateway elasticsearch) {
    this.elasticsearch = elasticsearch;
  }

  /** The id of the listing {@code id} was merged into; empty when it was not merged. */
  public Mono<Optional<String>> survivorOf(String id) {
    return elasticsearch
        .call(
            c ->
                c.get(
                    g -> g.index(DuplicateIndexes.INDEX.alias()).id(Decision.mergedId(id)),
                    Decision.class))
        .map(
            r ->
                r.found() && r.source() != null
                    ? Optional.ofNullable(r.source().survivorId())
                    : Optional.<String>empty());
  }
}
