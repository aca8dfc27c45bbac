package org.ipnetwork.directory.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Partner keys: 32 random bytes from {@link SecureRandom}, URL-safe Base64 without padding (43
 * characters, safe in a query string and an HTML attribute).
 *
 * <p>Only a plain SHA-256 of the key is stored. A slow, salted hash (PBKDF2, bcrypt) protects
 * passwords, which people choose from a small space; a key with 256 random bits cannot be guessed
 * from its hash however fast the hash is. An unsalted, deterministic hash is also what lets a
 * request find its partner with one term query on {@code keyHash} instead of trying every partner's
 * salt — on every request of the public search.
 */
public final class PartnerKeys {

  /** Characters of a key shown to staff so they can tell keys apart. */
  public static final int PREFIX_LENGTH = 8;

  private static final int RANDOM_BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private PartnerKeys() {}

  /** A new key; shown to staff once and never stored. */
  public static String generate(SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lowercase hex SHA-256 of the key, as stored in {@code keyHash}. */
  public static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static String prefix(String key) {
    return key.substring(0, PREFIX_LENGTH);
  }

  /**
   * Whether {@code candidate} has the shape of a key; anything else is refused without a lookup, so
   * that junk cannot fill the lookup cache or reach Elasticsearch.
   */
  public static boolean wellFormed(String candidate) {
    return candidate != null && SHAPE.matcher(candidate).matches();
  }
}
