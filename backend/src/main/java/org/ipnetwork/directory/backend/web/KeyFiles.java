package org.ipnetwork.directory.backend.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signing key kept in a file when none is configured (search cursors, verification links): made
 * on the first start and read on every later one, so that what was signed still opens after a
 * restart.
 */
public final class KeyFiles {

  private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFiles() {}

  /**
   * The key kept in {@code file}, made (32 random bytes, readable by the owner only) if absent.
   *
   * @param what what the key signs, for the log and errors: "cursor key"
   */
  public static byte[] stored(Path file, String what) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
          Files.write(
              file,
              (Base64.getUrlEncoder().withoutPadding().encodeToString(fresh) + "\n")
                  .getBytes(StandardCharsets.US_ASCII),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          restrict(file);
          log.info("Made a new {} in {}", what, file);
        } catch (FileAlreadyExistsException raced) {
          // Another backend on this machine made it first: use theirs.
        }
      }
      byte[] key =
          Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      if (key.length < 32) {
        throw new IllegalStateException(file + " holds no " + what + " of 32 bytes");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make the " + what + " " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the folder's own permissions protect it.
    }
  }
}
