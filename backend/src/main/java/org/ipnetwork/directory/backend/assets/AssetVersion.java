package org.ipnetwork.directory.backend.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The version of the page's static assets: a hash of every file under {@code static/assets/} and of
 * the UI strings, computed once at start-up. The pages link their assets under {@code
 * /assets/v/VERSION/…}, which browsers may keep for a year without asking again: a release that
 * changes any asset changes the version, hence every URL. ES modules import each other with
 * relative paths, so one versioned prefix covers the whole module graph without rewriting the
 * scripts.
 */
@Component
public final class AssetVersion {

  /** The prefix of versioned asset URLs; the version and the asset's path follow. */
  public static final String PREFIX = "/assets/v/";

  private static final String ASSETS = "classpath:/static/assets/";

  private final String version;

  AssetVersion(UiStrings strings) {
    this.version = hash(strings.json());
  }

  /** The current version, 12 hex digits. */
  public String value() {
    return version;
  }

  /** {@code /assets/v/VERSION/}: where the current assets are served for ever. */
  public String base() {
    return PREFIX + version + "/";
  }

  /** Whether a versioned URL names the current version (an older page may still ask). */
  public boolean current(String candidate) {
    return version.equals(candidate);
  }

  /** The HTML with every {@code "/assets/…"} attribute pointing at the versioned copy. */
  public String versioned(String html) {
    return html.replace("\"/assets/", "\"" + base());
  }

  private static String hash(byte[] strings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(ASSETS + "**/*.*");
      // The order of a classpath scan is not defined; the hash must not depend on it.
      Arrays.sort(files, Comparator.comparing(AssetVersion::location));
      for (Resource file : files) {
        if (!file.isReadable()) {
          continue;
        }
        String path = location(file);
        digest.update(
            path.substring(path.lastIndexOf("static/assets/")).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream()) {
          digest.update(in.readAllBytes());
        }
      }
      digest.update(strings);
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String location(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
