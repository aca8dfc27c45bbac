package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.partner.DuplicatePartnerException;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerChanges;
import org.ipnetwork.directory.partner.PartnerInputException;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link PartnerAdmin} (blocking, shared with the indexer) for the workplace's partner API: every
 * call runs on the bounded elastic scheduler, never on the event loop, and its failures become the
 * API's errors (400 naming the field, 404, 409, 503). Every change also clears what this backend's
 * {@link PartnerLookup} cached about the partner, so that it applies to the next request here.
 */
@Component
class Partners {

  private final PartnerAdmin admin;
  private final PartnerLookup lookup;

  Partners(PartnerAdmin admin, PartnerLookup lookup) {
    this.admin = admin;
    this.lookup = lookup;
  }

  Mono<List<Partner>> list() {
    return call(admin::list);
  }

  Mono<Map<String, Long>> recentRequests(int days) {
    return call(() -> admin.recentRequests(days));
  }

  Mono<Partner> get(String id) {
    return call(() -> admin.get(id));
  }

  Mono<IssuedKey> add(NewPartner partner) {
    return call(() -> admin.add(partner));
  }

  Mono<Partner> update(String id, PartnerChanges changes) {
    return change(id, () -> admin.update(id, changes));
  }

  Mono<IssuedKey> rotate(String id, Duration grace) {
    return call(
        () -> {
          Partner before = admin.get(id);
          IssuedKey issued = admin.rotate(id, grace);
          lookup.forget(before, issued.partner());
          return issued;
        });
  }

  Mono<Partner> revoke(String id) {
    return change(id, () -> admin.revoke(id));
  }

  Mono<Partner> setEnabled(String id, boolean enabled) {
    return change(id, () -> admin.setEnabled(id, enabled));
  }

  Mono<List<PartnerUsage>> usage(String id, int days) {
    return call(() -> admin.usage(id, days));
  }

  private Mono<Partner> change(String id, Callable<Partner> work) {
    return call(
        () -> {
          Partner before = admin.get(id);
          Partner after = work.call();
          lookup.forget(before, after);
          return after;
        });
  }

  /** Runs blocking work (Elasticsearch) off the event loop. */
  private static <T> Mono<T> call(Callable<T> work) {
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(
            DuplicatePartnerException.class, e -> new ConflictException(e.field(), e.getMessage()))
        .onErrorMap(
            e -> e instanceof PartnerInputException && !(e instanceof DuplicatePartnerException),
            e -> new InvalidParameterException(((PartnerInputException) e).field(), e.getMessage()))
        .onErrorMap(NoSuchElementException.class, e -> new NotFoundException(e.getMessage()))
        .onErrorMap(
            e -> e instanceof UncheckedIOException || e instanceof ElasticsearchException,
            e -> new ServiceUnavailableException("Partners cannot be reached right now.", e));
  }
}
