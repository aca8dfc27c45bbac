package org.ipnetwork.directory.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * Ids that stay the same when the same listing is imported again, which is what makes an
 * interrupted import safe to rerun.
 */
final class StableIds {

  private static final Pattern ID_UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._:-]+");

  /** Name-based UUIDs of the directory (RFC 4122 version 5 needs a namespace UUID). */
  private static final UUID NAMESPACE = UUID.fromString("6f1c8e0a-4b1e-5d2a-9c3f-2a7b5e0d9f41");

  private static final int MAX_LENGTH = 128;

  private StableIds() {}

  /**
   * The source's own id made safe for an Elasticsearch id and a URL: NFKC, characters other than
   * letters, digits, {@code . _ : -} become {@code -}. Applying it twice changes nothing, so an
   * exported id imports as itself.
   */
  static String clean(String sourceId, String namespace) {
    String id = ID_UNSAFE.matcher(TextNormalizer.clean(sourceId)).replaceAll("-");
    if (namespace != null && !id.startsWith(namespace + ":")) {
      id = namespace + ":" + id;
    }
    if (id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
    }
    return id;
  }

  /** A UUIDv5 of the normalised name, country and website host: the same listing, the same id. */
  static String derive(String name, String country, String website) {
    String host = website == null ? "" : hostOf(website);
    String key = TextNormalizer.key(name) + "\n" + country.toUpperCase(Locale.ROOT) + "\n" + host;
    return uuid5(key).toString();
  }

  private static String hostOf(String website) {
    String host = java.net.URI.create(website).getHost();
    return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  static UUID uuid5(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(toBytes(NAMESPACE));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xff);
        lsb = (lsb << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(msb, lsb);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JRE", e);
    }
  }

  private static byte[] toBytes(UUID uuid) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }
}
