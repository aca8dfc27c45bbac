package org.ipnetwork.directory.backend.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin created at start-up when the staff index has none ({@code DIRECTORY_ADMIN_EMAIL},
 * {@code DIRECTORY_ADMIN_PASSWORD}); there is no default password. Set the password only in the
 * environment, and remove both once the admin exists.
 *
 * @param email sign-in address of the first admin
 * @param password its first password (at least 12 characters)
 * @param name its display name
 */
@ConfigurationProperties("directory.admin")
record FirstAdminProperties(String email, String password, @DefaultValue("Admin") String name) {

  boolean given() {
    return email != null && !email.isBlank() && password != null && !password.isEmpty();
  }

  /** Never shows the password (records print every component otherwise). */
  @Override
  public String toString() {
    return "FirstAdminProperties[email=" + email + ", name=" + name + "]";
  }
}
