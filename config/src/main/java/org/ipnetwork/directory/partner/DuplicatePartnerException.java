package org.ipnetwork.directory.partner;

/** A partner with this id exists already (the API answers 409). */
public final class DuplicatePartnerException extends PartnerInputException {

  public DuplicatePartnerException(String id) {
    super("id", "a partner with id '" + id + "' exists");
  }
}
