package org.ipnetwork.directory.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who this JVM runs as, read from {@code /proc} (Linux) without native code. */
final class ProcessUser {

  private ProcessUser() {}

  static int uid() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return -1;
    }
  }

  static boolean isRoot() {
    return uid() == 0;
  }
}
