package org.ipnetwork.directory.backend.staff;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.staff.NewStaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffChanges;
import org.ipnetwork.directory.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/** Staff accounts, for admins: list, add, change (role, scope, switch, password reset). */
@RestController
@RequestMapping("/api/v1/admin/staff")
class StaffAccountsController {

  private static final Logger log = LoggerFactory.getLogger(StaffAccountsController.class);

  /**
   * A new account.
   *
   * @param email sign-in address
   * @param name display name
   * @param role EDITOR, REVIEWER or ADMIN
   * @param scope facet parameter → codes (not for ADMIN); empty or left out for all
   * @param password the first password, at least 12 characters
   */
  record NewAccount(
      String email, String name, StaffRole role, Map<String, List<String>> scope, String password) {
    @Override
    public String toString() {
      return "NewAccount[email=" + email + ", role=" + role + "]";
    }
  }

  /**
   * A change; every field left out stays as it is.
   *
   * @param name new display name
   * @param role new role
   * @param scope replaces the scope ({} for all)
   * @param enabled switches the account on or off; off ends its sessions (never one's own: 409)
   * @param password resets the password; sessions signed in before end
   */
  record Change(
      String name,
      StaffRole role,
      Map<String, List<String>> scope,
      Boolean enabled,
      String password) {
    @Override
    public String toString() {
      return new StaffChanges(name, role, scope, enabled, password).toString();
    }
  }

  private final StaffAccounts accounts;

  StaffAccountsController(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Operation(operationId = "listStaff", summary = "Every staff account (ADMIN)")
  @GetMapping
  Mono<List<StaffView>> list(@Needs(StaffPermission.MANAGE_STAFF) StaffPrincipal admin) {
    return accounts.list().map(all -> all.stream().map(StaffView::of).toList());
  }

  @Operation(operationId = "addStaff", summary = "Add an account (ADMIN)")
  @PostMapping
  Mono<ResponseEntity<StaffView>> add(
      @Needs(StaffPermission.MANAGE_STAFF) StaffPrincipal admin, @RequestBody NewAccount body) {
    return accounts
        .add(
            new NewStaffAccount(
                body.email(), body.name(), body.role(), body.scope(), body.password()))
        .map(
            added -> {
              log.info("Staff account {} added by {}", added.email(), admin.email());
              URI location =
                  URI.create(
                      "/api/v1/admin/staff/"
                          + UriUtils.encodePathSegment(added.email(), StandardCharsets.UTF_8));
              return ResponseEntity.created(location).body(StaffView.of(added));
            });
  }

  @Operation(operationId = "changeStaff", summary = "Change an account (ADMIN)")
  @PatchMapping("/{email}")
  Mono<StaffView> change(
      @Needs(StaffPermission.MANAGE_STAFF) StaffPrincipal admin,
      @PathVariable String email,
      @RequestBody Change body) {
    if (Boolean.FALSE.equals(body.enabled()) && StaffAdmin.normalize(email).equals(admin.email())) {
      // Disabling oneself would end one's own session at the next request; another admin may.
      return Mono.error(
          new ConflictException(
              "enabled", "You cannot disable your own account; another admin can disable it."));
    }
    StaffChanges changes =
        new StaffChanges(body.name(), body.role(), body.scope(), body.enabled(), body.password());
    return accounts
        .update(email, changes)
        .map(
            changed -> {
              log.info(
                  "Staff account {} changed by {}: {}", changed.email(), admin.email(), changes);
              return StaffView.of(changed);
            });
  }
}
