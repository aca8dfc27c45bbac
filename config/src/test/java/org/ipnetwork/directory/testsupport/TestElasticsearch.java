package org.ipnetwork.directory.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;

/**
 * The Elasticsearch of the integration tests, started once per JVM: the embedded node on a free
 * port with a fresh data folder, or an external cluster when {@code -Dtests.elasticsearch.url} is
 * set. The JVM's shutdown hook stops it.
 */
public final class TestElasticsearch {

  private static final String EXTERNAL_URL = System.getProperty("tests.elasticsearch.url");

  /**
   * Under the system temp folder, not the checkout: the unprivileged node must reach every parent
   * folder, and CI may clone under /root (mode 700).
   */
  private static final Path ROOT =
      Path.of(System.getProperty("java.io.tmpdir"), "ip-directory-test-es");

  private static URI uri;
  private static ElasticsearchClients clients;

  private TestElasticsearch() {}

  /** The node's URL, starting it on first use. */
  public static synchronized URI uri() {
    if (uri == null) {
      uri =
          EXTERNAL_URL != null && !EXTERNAL_URL.isBlank()
              ? URI.create(EXTERNAL_URL)
              : EmbeddedElasticsearch.start(settings("shared")).uri();
    }
    return uri;
  }

  /** Clients over the shared node; shared too, do not close them. */
  public static synchronized ElasticsearchClients clients() {
    if (clients == null) {
      clients = ElasticsearchClients.connect(ConnectionSettings.to(uri()));
    }
    return clients;
  }

  /**
   * Settings for a node of its own: a new, empty home and a free port; the unpacked distribution is
   * shared by every test node.
   */
  public static EmbeddedSettings settings(String name) {
    try {
      Files.createDirectories(ROOT);
      Files.setPosixFilePermissions(ROOT, PosixFilePermissions.fromString("rwxr-xr-x"));
      deleteHomesOfFinishedJvms();
      Path home = ROOT.resolve("node-" + name + "-" + ProcessHandle.current().pid());
      delete(home);
      // One snapshot folder per test JVM, shared by its nodes: a backup taken on one node can be
      // restored on a fresh one. Named like a home, so it is deleted with the JVM's homes.
      Path snapshots = ROOT.resolve("node-snapshots-" + ProcessHandle.current().pid());
      return EmbeddedSettings.defaults()
          .withHome(home)
          .withInstallDir(ROOT)
          .withHttpPort(0)
          .withSnapshots(snapshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteHomesOfFinishedJvms() throws IOException {
    try (Stream<Path> homes = Files.list(ROOT)) {
      for (Path home : homes.filter(h -> h.getFileName().toString().startsWith("node-")).toList()) {
        String name = home.getFileName().toString();
        try {
          long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
          if (ProcessHandle.of(pid).isEmpty()) {
            delete(home);
          }
        } catch (NumberFormatException ignored) {
          // not named by this class
        }
      }
    }
  }

  /**
   * Deletes a folder tree; missing is fine, also when it goes missing meanwhile: another test JVM
   * on the machine may be deleting the same home of a finished JVM at the same time.
   */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (NoSuchFileException e) {
      // deleted by someone else while walking
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof NoSuchFileException)) {
        throw e;
      }
    }
  }
}
