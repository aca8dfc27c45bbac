package org.ipnetwork.directory.backend.search;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.web.server.ServerWebExchange;

/** What every public endpoint reads from the request besides its own parameters. */
public final class RequestContext {

  private RequestContext() {}

  /** {@code lang=zh|en} wins; else the first of Accept-Language we speak; else Chinese. */
  public static Lang lang(ServerWebExchange exchange) {
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

  /** The partner scope the partner filter put on the exchange; unscoped when there is none. */
  public static SearchScope scope(ServerWebExchange exchange) {
    Object scope = exchange.getAttribute(SearchScope.ATTRIBUTE);
    return scope instanceof SearchScope s ? s : SearchScope.NONE;
  }
}
