package org.ipnetwork.directory.backend.verification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Re-verification of listings by their providers.
 *
 * @param maxAge a published listing verified longer ago than this (or never) is due
 * @param linkTtl how long a link in a mail stays usable
 * @param mailsPerMinute most mails sent per minute by a batch
 * @param mailFrom the sender of the mails
 * @param linkKey the secret (32 characters or more) that signs links, from
 *     DIRECTORY_VERIFICATION_LINK_KEY only; empty: a random key made on the first start and kept in
 *     {@code linkKeyFile}
 * @param linkKeyFile where the generated key is kept; empty: {@code verification.key} next to the
 *     embedded node's home
 * @param perAddress confirmations and proposals one client address may send per {@code period}
 * @param period the window of {@code perAddress}
 */
@Validated
@ConfigurationProperties("directory.verification")
record VerificationProperties(
    @DefaultValue("365d") @NotNull Duration maxAge,
    @DefaultValue("30d") @NotNull Duration linkTtl,
    @DefaultValue("30") @Min(1) int mailsPerMinute,
    @DefaultValue("no-reply@ip-directory.example") @NotBlank String mailFrom,
    String linkKey,
    Path linkKeyFile,
    @DefaultValue("10") @Min(1) int perAddress,
    @DefaultValue("10m") @NotNull Duration period) {

  static final int MIN_KEY_CHARS = 32;

  VerificationProperties {
    if (keyed(linkKey) && linkKey.strip().length() < MIN_KEY_CHARS) {
      throw new IllegalArgumentException(
          "directory.verification.link-key must have at least " + MIN_KEY_CHARS + " characters");
    }
  }

  boolean keyConfigured() {
    return keyed(linkKey);
  }

  Path keyFile() {
    return linkKeyFile != null
        ? linkKeyFile
        : EmbeddedSettings.defaultHome().resolveSibling("verification.key");
  }

  private static boolean keyed(String key) {
    return key != null && !key.isBlank();
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "VerificationProperties[maxAge="
        + maxAge
        + ", linkTtl="
        + linkTtl
        + ", mailsPerMinute="
        + mailsPerMinute
        + ", linkKey="
        + (keyConfigured() ? "***" : "(generated)")
        + "]";
  }
}
