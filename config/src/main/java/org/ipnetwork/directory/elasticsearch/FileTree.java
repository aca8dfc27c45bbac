package org.ipnetwork.directory.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder operations the launcher needs: delete, and hand a tree to the node's uid. */
final class FileTree {

  private FileTree() {}

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Gives every file under {@code root} to {@code uid}, skipping those it already owns. */
  static void chown(Path root, int uid) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        if (!uid(p).equals(uid)) {
          Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
          Files.setAttribute(p, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  static Integer uid(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The first parent of {@code path} that another user cannot pass through, or {@code null}. An
   * unprivileged node cannot open its data under such a folder.
   */
  static Path firstUnreachableParent(Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      try {
        int mode = (Integer) Files.getAttribute(p, "unix:mode");
        if ((mode & 0001) == 0) {
          return p;
        }
      } catch (IOException | UnsupportedOperationException e) {
        return p;
      }
    }
    return null;
  }
}
