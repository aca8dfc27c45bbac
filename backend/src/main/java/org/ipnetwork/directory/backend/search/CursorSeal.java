package org.ipnetwork.directory.backend.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ipnetwork.directory.backend.web.KeyFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs cursors with HMAC-SHA256, so that a cursor's sort values ({@code search_after}) are only
 * ever values this API produced: a forged one is a 400 naming {@code cursor} before anything is
 * sent to Elasticsearch, not a request Elasticsearch has to refuse. The key comes from {@code
 * directory.cursor-key}, else it is generated once and kept in a file, so that cursors in open
 * pages still work after a restart.
 */
@Component
final class CursorSeal {

  static final int MIN_KEY_CHARS = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  @Autowired
  CursorSeal(CursorProperties properties) {
    this(
        properties.keyConfigured()
            ? properties.cursorKey().strip().getBytes(StandardCharsets.UTF_8)
            : stored(properties.keyFile()));
  }

  CursorSeal(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** {@code payload.signature}, both base64url. */
  String seal(String payload) {
    return payload + "." + B64.encodeToString(mac(payload));
  }

  /** The payload of a sealed text, or {@code null} when the signature is missing or wrong. */
  String open(String sealed) {
    int dot = sealed.lastIndexOf('.');
    if (dot <= 0) {
      return null;
    }
    String payload = sealed.substring(0, dot);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(sealed.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
    // Constant time, so that the signature cannot be found byte by byte from response times.
    return MessageDigest.isEqual(mac(payload), given) ? payload : null;
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key kept in {@code file}, made if absent ({@link KeyFiles}). */
  static byte[] stored(Path file) {
    return KeyFiles.stored(file, "cursor key");
  }
}
