package org.ipnetwork.directory.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ipnetwork.directory.partner.PartnerScopes;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Admin operations on staff accounts, for {@code indexer staff …}, the backend's first admin and
 * its accounts API. Every method validates its input and throws {@link StaffInputException} naming
 * the field, with a message fit to print, or {@link NoSuchElementException} for an unknown email.
 *
 * <p>Two rules keep the workplace usable: an admin is never scoped (accounts and the whole
 * directory are theirs), and the last enabled admin cannot be disabled or given another role.
 */
public final class StaffAdmin {

  /** Enough to catch typing mistakes; whether the address works is the mail server's business. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private static final int MAX_EMAIL = 254;
  private static final int MAX_NAME = 200;

  private final StaffStore store;
  private final Passwords passwords;
  private final Taxonomies taxonomies;
  private final Clock clock;

  public StaffAdmin(StaffStore store, Passwords passwords, Taxonomies taxonomies, Clock clock) {
    this.store = store;
    this.passwords = passwords;
    this.taxonomies = taxonomies;
    this.clock = clock;
  }

  /** Creates the {@code staff} index when missing. */
  public void ensureIndex() {
    store.ensureIndex(clock);
  }

  /** Adds an enabled account. */
  public StaffAccount add(NewStaffAccount request) {
    StaffRole role = role(request.role());
    Instant now = clock.instant();
    StaffAccount account =
        StaffAccount.builder()
            .email(email(request.email()))
            .name(name(request.name()))
            .role(role)
            .scope(scope(role, request.scope()))
            .passwordHash(passwords.hash(request.password()))
            .enabled(true)
            .created(now)
            .updated(now)
            .passwordChanged(now)
            .build();
    store.create(account);
    return account;
  }

  public List<StaffAccount> list() {
    return store.list();
  }

  /** Whether some enabled admin exists. */
  public boolean hasAdmin() {
    return store.enabledAdmins() > 0;
  }

  public StaffAccount get(String email) {
    String normalized = normalize(email);
    return store
        .find(normalized)
        .orElseThrow(() -> new NoSuchElementException("no staff account " + normalized));
  }

  /** The account signing in with {@code email}, if there is one (any case, blanks ignored). */
  public Optional<StaffAccount> find(String email) {
    return email == null ? Optional.empty() : store.find(normalize(email));
  }

  /** Changes name, role, scope, the switch or the password; {@code null} fields stay. */
  public StaffAccount update(String email, StaffChanges changes) {
    StaffAccount before = get(email);
    StaffAccount changed = before;
    Instant now = clock.instant();
    if (changes.name() != null) {
      changed = changed.withName(name(changes.name()));
    }
    if (changes.role() != null) {
      changed = changed.withRole(changes.role());
    }
    if (changes.scope() != null) {
      changed = changed.withScope(scope(changed.role(), changes.scope()));
    } else if (changed.role() == StaffRole.ADMIN && changed.scoped()) {
      throw new StaffInputException("scope", "an admin has no scope; give an empty scope");
    }
    if (changes.enabled() != null) {
      changed = changed.withEnabled(changes.enabled());
    }
    if (changes.password() != null) {
      changed =
          changed.withPasswordHash(passwords.hash(changes.password())).withPasswordChanged(now);
    }
    keepAnAdmin(before, changed);
    changed = changed.withUpdated(now);
    store.save(changed);
    return changed;
  }

  /** Switches an account on or off. */
  public StaffAccount setEnabled(String email, boolean enabled) {
    return update(email, new StaffChanges(null, null, null, enabled, null));
  }

  private void keepAnAdmin(StaffAccount before, StaffAccount after) {
    boolean wasAdmin = before.enabled() && before.role() == StaffRole.ADMIN;
    boolean isAdmin = after.enabled() && after.role() == StaffRole.ADMIN;
    if (wasAdmin && !isAdmin && store.enabledAdmins() <= 1) {
      throw new StaffInputException(
          after.enabled() ? "role" : "enabled",
          "the last enabled admin cannot be disabled or given another role; add another admin"
              + " first");
    }
  }

  /** Lower case, surrounding blanks removed, as stored and looked up. */
  public static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static String email(String email) {
    String normalized = normalize(email);
    if (normalized.isEmpty()) {
      throw new StaffInputException("email", "an email is required");
    }
    if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
      throw new StaffInputException("email", "not an email address: " + normalized);
    }
    return normalized;
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new StaffInputException("name", "a display name is required");
    }
    if (name.strip().length() > MAX_NAME) {
      throw new StaffInputException("name", "the name is longer than " + MAX_NAME + " characters");
    }
    return name.strip();
  }

  private static StaffRole role(StaffRole role) {
    if (role == null) {
      throw new StaffInputException("role", "a role is required: EDITOR, REVIEWER or ADMIN");
    }
    return role;
  }

  private Map<String, List<String>> scope(
      StaffRole role, Map<String, ? extends Collection<String>> scope) {
    Map<String, List<String>> valid;
    try {
      valid = PartnerScopes.validate(scope, taxonomies);
    } catch (IllegalArgumentException e) {
      throw new StaffInputException("scope", e.getMessage());
    }
    if (role == StaffRole.ADMIN && !valid.isEmpty()) {
      throw new StaffInputException(
          "scope", "an admin works on the whole directory and has no scope");
    }
    return valid;
  }
}
