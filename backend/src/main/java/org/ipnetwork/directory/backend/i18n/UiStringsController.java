package org.ipnetwork.directory.backend.i18n;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.ipnetwork.directory.backend.assets.AssetVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /assets/i18n/strings.json}: the {@link UiStrings} table for the page and for the
 * widget on partner sites. A static asset: the same bytes for everyone, readable from any origin
 * ({@code *}: public, no credentials, nothing per partner), cached briefly and revalidated by its
 * ETag (the URL carries no version, so a long lifetime would keep old texts after a release).
 */
@Hidden // a static asset, not part of the JSON API
@RestController
class UiStringsController {

  static final String PATH = "/assets/i18n/strings.json";
  static final String PUBLIC_PATH = "/assets/i18n/public.json";
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  private static final MediaType JSON =
      new MediaType("application", "json", StandardCharsets.UTF_8);

  /** A table's bytes and their ETag. */
  private record Table(byte[] body, String etag) {
    static Table of(byte[] body) {
      return new Table(body, "\"" + sha256(body).substring(0, 32) + "\"");
    }
  }

  private final Table all;
  private final Table visitors;
  private final AssetVersion assets;

  UiStringsController(UiStrings strings, AssetVersion assets) {
    this.assets = assets;
    this.all = Table.of(strings.json());
    this.visitors = Table.of(strings.publicJson());
  }

  /** Spring answers a matching {@code If-None-Match} with 304 from the ETag set here. */
  @GetMapping(PATH)
  ResponseEntity<byte[]> strings() {
    return answer(all, CacheControl.maxAge(MAX_AGE).cachePublic());
  }

  /** The texts of the public page and the widget: the table without the workplace's. */
  @GetMapping(PUBLIC_PATH)
  ResponseEntity<byte[]> publicStrings() {
    return answer(visitors, CacheControl.maxAge(MAX_AGE).cachePublic());
  }

  /**
   * The same tables under the pages' versioned asset prefix ({@link AssetVersion}), which the
   * version changes with: kept for a year when it is the current version.
   */
  @GetMapping(AssetVersion.PREFIX + "{version}/i18n/strings.json")
  ResponseEntity<byte[]> versionedStrings(@PathVariable String version) {
    return answer(all, versioned(version));
  }

  @GetMapping(AssetVersion.PREFIX + "{version}/i18n/public.json")
  ResponseEntity<byte[]> versionedPublicStrings(@PathVariable String version) {
    return answer(visitors, versioned(version));
  }

  private CacheControl versioned(String version) {
    return assets.current(version)
        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
        : CacheControl.noCache();
  }

  private static ResponseEntity<byte[]> answer(Table table, CacheControl cacheControl) {
    return ResponseEntity.ok()
        .contentType(JSON)
        .cacheControl(cacheControl)
        .eTag(table.etag())
        .header("Access-Control-Allow-Origin", "*")
        .body(table.body());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
