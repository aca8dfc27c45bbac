package org.ipnetwork.directory.staff;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.elasticsearch.client.ResponseException;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * The {@code staff} index through the blocking client, shared by the indexer's CLI and the backend
 * (which calls it off the event loop: sign-ins are rare, and BCrypt blocks anyway). Writes wait for
 * a refresh, so that an account just added, disabled or given a new password is what the next
 * sign-in sees.
 */
public final class StaffStore {

  public static final ManagedIndex INDEX =
      new ManagedIndex("staff", 1, "elasticsearch/staff-index.json");

  /** Staff are few (dozens); one page lists them all. */
  private static final int MAX_LIST = 10_000;

  private final ElasticsearchClient client;

  public StaffStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** Creates the index and alias when they are missing. */
  public void ensureIndex(Clock clock) {
    try {
      INDEX.ensureExists(client, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores a new account.
   *
   * @throws StaffInputException naming {@code email} when an account with that email exists
   */
  public void create(StaffAccount account) {
    try {
      client.index(
          i ->
              i.index(INDEX.alias())
                  .id(account.email())
                  .opType(OpType.Create)
                  .refresh(Refresh.WaitFor)
                  .document(account));
    } catch (ElasticsearchException e) {
      if (e.status() == 409) {
        throw new DuplicateAccountException(account.email());
      }
      throw e;
    } catch (ResponseException e) {
      // A refused create can also arrive as the low-level client's ResponseException (an
      // IOException) rather than as an ElasticsearchException.
      if (e.getResponse().getStatusLine().getStatusCode() == 409) {
        throw new DuplicateAccountException(account.email());
      }
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a stored account (last writer wins; accounts are changed by a few admins). */
  public void save(StaffAccount account) {
    try {
      client.index(
          i ->
              i.index(INDEX.alias())
                  .id(account.email())
                  .refresh(Refresh.WaitFor)
                  .document(account));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The account of a normalised (lower-case) email. */
  public Optional<StaffAccount> find(String email) {
    try {
      return Optional.ofNullable(
          client.get(g -> g.index(INDEX.alias()).id(email), StaffAccount.class).source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every account, by email. */
  public List<StaffAccount> list() {
    try {
      return client
          .search(
              s ->
                  s.index(INDEX.alias())
                      .size(MAX_LIST)
                      .sort(o -> o.field(f -> f.field("email").order(SortOrder.Asc))),
              StaffAccount.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many enabled accounts have the ADMIN role. */
  public long enabledAdmins() {
    try {
      return client
          .count(
              c ->
                  c.index(INDEX.alias())
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.filter(
                                              f ->
                                                  f.term(
                                                      t ->
                                                          t.field("role")
                                                              .value(StaffRole.ADMIN.name())))
                                          .filter(
                                              f -> f.term(t -> t.field("enabled").value(true))))))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
