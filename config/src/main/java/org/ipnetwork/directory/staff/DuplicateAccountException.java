package org.ipnetwork.directory.staff;

/** An account with this email exists already (the API answers 409). */
public final class DuplicateAccountException extends StaffInputException {

  public DuplicateAccountException(String email) {
    super("email", "an account for " + email + " exists");
  }
}
