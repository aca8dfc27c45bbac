package org.ipnetwork.directory.backend.verification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ipnetwork.directory.backend.web.KeyFiles;
import org.ipnetwork.directory.backend.web.VerificationLinkException;
import org.ipnetwork.directory.backend.web.VerificationLinkException.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The tokens of re-verification links: {@code payload.signature}, both base64url, the payload
 * {@code listingId~expiry~nonce} (expiry in epoch seconds, the nonce 16 random bytes that name the
 * link for its single use), signed with HMAC-SHA256 under {@code directory.verification.link-key}
 * (or a key generated once and kept in a file, as for search cursors, so that links in sent mails
 * still work after a restart). A token is checked before anything is read: one that was not made
 * here, or was changed, is refused without a request to Elasticsearch.
 */
@Component
class LinkSeal {

  /** What a valid token names. */
  record Link(String listingId, Instant expires, String nonce) {}

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,600}\\.[A-Za-z0-9_-]{43}");

  private final SecretKeySpec key;
  private final Clock clock;

  @Autowired
  LinkSeal(VerificationProperties properties, Clock clock) {
    this(
        properties.keyConfigured()
            ? properties.linkKey().strip().getBytes(StandardCharsets.UTF_8)
            : stored(properties.keyFile()),
        clock);
  }

  LinkSeal(byte[] secret, Clock clock) {
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.clock = clock;
  }

  /** A new token for {@code listingId}, usable until {@code expires}. */
  String issue(String listingId, Instant expires) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String payload = listingId + "~" + expires.getEpochSecond() + "~" + B64.encodeToString(nonce);
    String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + B64.encodeToString(mac(encoded));
  }

  /**
   * What {@code token} names, when it was made here and has not expired.
   *
   * @throws VerificationLinkException {@code INVALID} for a token not made here (or changed),
   *     {@code EXPIRED} past its expiry
   */
  Link open(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw invalid();
    }
    int dot = token.indexOf('.');
    String encoded = token.substring(0, dot);
    // Constant time, so that a signature cannot be found byte by byte from response times.
    if (!MessageDigest.isEqual(mac(encoded), UNB64.decode(token.substring(dot + 1)))) {
      throw invalid();
    }
    String[] parts = new String(UNB64.decode(encoded), StandardCharsets.UTF_8).split("~");
    if (parts.length != 3) {
      throw invalid();
    }
    Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    if (!clock.instant().isBefore(expires)) {
      throw new VerificationLinkException(Reason.EXPIRED, "This link has expired.");
    }
    return new Link(parts[0], expires, parts[2]);
  }

  private static VerificationLinkException invalid() {
    return new VerificationLinkException(Reason.INVALID, "This is not a valid verification link.");
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
    return KeyFiles.stored(file, "verification link key");
  }
}
