package org.ipnetwork.directory.backend.context;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.web.server.ServerWebExchange;

/** The language of an answer, as every public endpoint reads it. */
public final class RequestLanguage {

  private RequestLanguage() {}

  /** {@code lang=zh|en} wins; else the first of Accept-Language we speak; else Chinese. */
  public static Lang of(ServerWebExchange exchange) {
    String explicit = exchange.getRequest().getQueryParams().getFirst("lang");
    if (explicit != null && !explicit.isBlank()) {
      try {
        return Lang.fromCode(explicit);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("lang", "lang must be zh or en.");
      }
    }
    List<Locale> accepted;
    try {
      accepted = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales();
    } catch (IllegalArgumentException e) {
      accepted = List.of();
    }
    for (Locale locale : accepted) {
      if (locale.getLanguage().equals("zh")) {
        return Lang.ZH;
      }
      if (locale.getLanguage().equals("en")) {
        return Lang.EN;
      }
    }
    return Lang.ZH;
  }
}
