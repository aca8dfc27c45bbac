package org.ipnetwork.directory.backend.web;

/** The signed-in staff member may not do this (role, scope); answered with 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
