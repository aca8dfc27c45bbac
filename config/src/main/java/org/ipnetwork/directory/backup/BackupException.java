package org.ipnetwork.directory.backup;

/** A backup or restore that cannot be done; the message says why and what to do. */
public class BackupException extends RuntimeException {

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
