package org.ipnetwork.directory.backend.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which request targets the server takes: what Spring can parse, with UTF-8 percent-encoding. */
final class RequestTargets {

  private RequestTargets() {}

  /**
   * A URI (as Spring will parse it: else it answers an empty 400 of its own), whose percent-encoded
   * bytes, taken together with the plain characters, are UTF-8 (else Spring reads them as U+FFFD).
   */
  static boolean wellFormed(String target) {
    try {
      new URI(target);
    } catch (URISyntaxException e) {
      return false;
    }
    return utf8(target);
  }

  /**
   * Whether the percent-encoded bytes decode as UTF-8 (RFC 3986 §2.5): {@code false} for a {@code
   * %} not followed by two hex digits, or bytes that are not UTF-8.
   */
  static boolean utf8(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return false;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.write((high << 4) | low);
        i += 2;
      } else if (c < 0x100) {
        // Netty reads the request line byte by byte, each byte one char (ISO-8859-1).
        bytes.write(c);
      } else {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
