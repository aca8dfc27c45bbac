package org.ipnetwork.directory.backend.search;

import java.nio.file.Path;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How search cursors are signed.
 *
 * @param cursorKey the signing secret (at least 32 characters), from DIRECTORY_CURSOR_KEY only; set
 *     it on every backend behind one load balancer, so that each accepts the others' cursors.
 *     Empty: a random key made on the first start and kept in {@code cursorKeyFile}
 * @param cursorKeyFile where the generated key is kept across restarts; empty: {@code cursor.key}
 *     next to the embedded node's home ({@code ~/.local/share/ip-directory/cursor.key})
 */
@ConfigurationProperties("directory")
record CursorProperties(String cursorKey, Path cursorKeyFile) {

  CursorProperties {
    if (configured(cursorKey) && cursorKey.strip().length() < CursorSeal.MIN_KEY_CHARS) {
      // A short secret could be guessed offline from any cursor: refuse to start with one.
      throw new IllegalArgumentException(
          "directory.cursor-key must have at least " + CursorSeal.MIN_KEY_CHARS + " characters");
    }
  }

  boolean keyConfigured() {
    return configured(cursorKey);
  }

  Path keyFile() {
    return cursorKeyFile != null
        ? cursorKeyFile
        : EmbeddedSettings.defaultHome().resolveSibling("cursor.key");
  }

  private static boolean configured(String key) {
    return key != null && !key.isBlank();
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "CursorProperties[cursorKey="
        + (keyConfigured() ? "***" : "(generated)")
        + ", cursorKeyFile="
        + cursorKeyFile
        + "]";
  }
}
