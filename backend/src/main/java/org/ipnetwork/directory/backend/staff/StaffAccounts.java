package org.ipnetwork.directory.backend.staff;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.staff.DuplicateAccountException;
import org.ipnetwork.directory.staff.NewStaffAccount;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffChanges;
import org.ipnetwork.directory.staff.StaffInputException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link StaffAdmin} (blocking, shared with the indexer) for the request path: every call runs on
 * the bounded elastic scheduler, never on the event loop, and its failures become the API's errors
 * (400 naming the field, 404, 409, 503).
 */
@Component
class StaffAccounts {

  private final StaffAdmin admin;

  StaffAccounts(StaffAdmin admin) {
    this.admin = admin;
  }

  Mono<Optional<StaffAccount>> find(String email) {
    return call(() -> admin.find(email));
  }

  Mono<List<StaffAccount>> list() {
    return call(admin::list);
  }

  Mono<StaffAccount> add(NewStaffAccount account) {
    return call(() -> admin.add(account));
  }

  Mono<StaffAccount> update(String email, StaffChanges changes) {
    return call(() -> admin.update(email, changes));
  }

  /** Runs blocking work (Elasticsearch, BCrypt) off the event loop. */
  static <T> Mono<T> call(Callable<T> work) {
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(
            DuplicateAccountException.class, e -> new ConflictException(e.field(), e.getMessage()))
        .onErrorMap(
            e -> e instanceof StaffInputException && !(e instanceof DuplicateAccountException),
            e -> new InvalidParameterException(((StaffInputException) e).field(), e.getMessage()))
        .onErrorMap(NoSuchElementException.class, e -> new NotFoundException(e.getMessage()))
        .onErrorMap(
            e -> e instanceof UncheckedIOException || e instanceof ElasticsearchException,
            e -> new ServiceUnavailableException("Staff accounts cannot be reached right now.", e));
  }
}
