package org.ipnetwork.directory.indexer.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --scope FACET=CODE,...} arguments of partner keys and staff accounts, as the facet →
 * codes map both keep. Whether the facets and codes exist is checked by the admin operations
 * ({@code PartnerScopes}), which the backend shares.
 */
public final class ScopeArguments {

  private ScopeArguments() {}

  /**
   * @param scope the repeated option's values, or {@code null} when it was not given
   * @throws IllegalArgumentException when a value is not {@code facet=code[,code…]}
   */
  public static Map<String, List<String>> parse(List<String> scope) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String s : scope == null ? List.<String>of() : scope) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--scope must look like facet=code,code: " + s);
      }
      out.computeIfAbsent(s.substring(0, eq).trim(), k -> new ArrayList<>())
          .addAll(List.of(s.substring(eq + 1).split(",")).stream().map(String::trim).toList());
    }
    return out;
  }
}
