package org.ipnetwork.directory.backend.staff;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.ipnetwork.directory.staff.NewStaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffInputException;
import org.ipnetwork.directory.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up: creates the {@code staff} index when missing and, when no enabled admin exists, the
 * first admin from {@link FirstAdminProperties} — or says in one WARN line how to create one. The
 * password is never logged; the messages of refused input never contain it.
 */
@Component
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final StaffAdmin admin;
  private final FirstAdminProperties first;

  FirstAdmin(StaffAdmin admin, FirstAdminProperties first) {
    this.admin = admin;
    this.first = first;
  }

  /** Neither an unreachable cluster nor a bad setting stops the public directory from starting. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      admin.ensureIndex();
      if (admin.hasAdmin()) {
        return;
      }
      if (!first.given()) {
        log.warn(
            "No staff admin exists: set DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD and"
                + " restart, or run `indexer staff add --email … --name … --role ADMIN`");
        return;
      }
      admin.add(
          new NewStaffAccount(
              first.email(), first.name(), StaffRole.ADMIN, Map.of(), first.password()));
      log.info("Created the first staff admin {}", StaffAdmin.normalize(first.email()));
    } catch (StaffInputException e) {
      log.error(
          "The first staff admin was not created from DIRECTORY_ADMIN_EMAIL and"
              + " DIRECTORY_ADMIN_PASSWORD: {}",
          e.getMessage());
    } catch (UncheckedIOException | ElasticsearchException e) {
      log.error("The staff index could not be checked at start-up", e);
    }
  }
}
