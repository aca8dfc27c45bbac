package org.ipnetwork.directory.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Elasticsearch distribution that Maven provisioned, and its unpacking into the node's home.
 * The zip comes from Maven Central ({@code org.elasticsearch.distribution.integ-test-zip}), so a
 * machine with only a JDK and Maven can run the directory.
 */
final class Distribution {

  private static final String MARKER = ".unpacked";

  private Distribution() {}

  /** The version the build was made for ({@code elasticsearch.version} in the parent POM). */
  static String version() {
    return provisioned().getProperty("version");
  }

  /** The zip the build downloaded into the local Maven repository. */
  static Path provisionedZip() {
    return Path.of(provisioned().getProperty("zip"));
  }

  private static Properties provisioned() {
    try (InputStream in =
        Distribution.class
            .getClassLoader()
            .getResourceAsStream("elasticsearch-distribution.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Unpacks {@code zip} into {@code home} once (a marker file records a finished unpack, so a
   * half-unpacked folder from a killed run is redone) and returns the distribution's folder.
   */
  static Path unpack(Path zip, Path home, String version) {
    Path target = home.resolve("elasticsearch-" + version);
    if (Files.exists(target.resolve(MARKER))) {
      return target;
    }
    if (!Files.isRegularFile(zip)) {
      throw new EmbeddedElasticsearchException(
          "Elasticsearch distribution not found at "
              + zip
              + ". Build once with `mvn -DskipTests install` (it downloads"
              + " org.elasticsearch.distribution.integ-test-zip:elasticsearch:"
              + version
              + ":zip from Maven Central) or set directory.elasticsearch.embedded.distribution.");
    }
    try {
      Path staging = Files.createTempDirectory(home, "unpack-");
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          Path out = staging.resolve(entry.getName()).normalize();
          if (!out.startsWith(staging)) {
            throw new IOException("zip entry escapes the target folder: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(out);
            continue;
          }
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          // java.util.zip drops Unix modes; the launch scripts live in bin/.
          if (out.getParent().getFileName().toString().equals("bin")) {
            out.toFile().setExecutable(true, false);
          }
        }
      }
      Path unpacked = staging.resolve("elasticsearch-" + version);
      FileTree.deleteRecursively(target);
      Files.move(unpacked, target);
      FileTree.deleteRecursively(staging);
      Files.createFile(target.resolve(MARKER));
      return target;
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException("cannot unpack " + zip + " into " + home, e);
    }
  }
}
