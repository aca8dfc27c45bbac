package org.ipnetwork.directory.staff;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ipnetwork.directory.index.DocumentStore;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * The {@code staff} index, shared by the indexer's CLI and the backend (which calls it off the
 * event loop: sign-ins are rare, and BCrypt blocks anyway). Writes wait for a refresh, so that an
 * account just added, disabled or given a new password is what the next sign-in sees.
 */
public final class StaffStore {

  public static final ManagedIndex INDEX =
      new ManagedIndex("staff", 1, "elasticsearch/staff-index.json");

  private static final Query ENABLED_ADMINS =
      Query.of(
          q ->
              q.bool(
                  b ->
                      b.filter(f -> f.term(t -> t.field("role").value(StaffRole.ADMIN.name())))
                          .filter(f -> f.term(t -> t.field("enabled").value(true)))));

  private final DocumentStore<StaffAccount> store;

  public StaffStore(ElasticsearchClient client) {
    this.store =
        new DocumentStore<>(client, INDEX, StaffAccount.class, StaffAccount::email, "email");
  }

  /** Creates the index and alias when they are missing. */
  public void ensureIndex(Clock clock) {
    store.ensureIndex(clock);
  }

  /**
   * Stores a new account.
   *
   * @throws DuplicateAccountException when an account with that email exists
   */
  public void create(StaffAccount account) {
    if (!store.create(account)) {
      throw new DuplicateAccountException(account.email());
    }
  }

  /** Replaces a stored account (last writer wins; accounts are changed by a few admins). */
  public void save(StaffAccount account) {
    store.save(account);
  }

  /** The account of a normalised (lower-case) email. */
  public Optional<StaffAccount> find(String email) {
    return store.find(email);
  }

  /** Every account, by email. */
  public List<StaffAccount> list() {
    return store.list();
  }

  /** How many enabled accounts have the ADMIN role. */
  public long enabledAdmins() {
    return store.count(ENABLED_ADMINS);
  }
}
