package org.ipnetwork.directory.taxonomy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * One code list (countries, services, …) in file order, with lookup by code and by any label or
 * synonym in either language.
 */
public final class Taxonomy {

  private final String name;
  private final Map<String, Term> byCode = new LinkedHashMap<>();
  private final Map<String, Term> byLabel = new LinkedHashMap<>();

  public Taxonomy(String name, List<Term> terms) {
    this.name = name;
    for (Term term : terms) {
      if (byCode.putIfAbsent(term.code(), term) != null) {
        throw new IllegalArgumentException(name + ": duplicate code " + term.code());
      }
    }
    // Labels first, then synonyms, so that a synonym can never shadow another term's label.
    for (Term term : terms) {
      index(term.code(), term);
      index(term.en(), term);
      index(term.zh(), term);
    }
    for (Term term : terms) {
      term.synonymsEn().forEach(s -> index(s, term));
      term.synonymsZh().forEach(s -> index(s, term));
    }
  }

  private void index(String label, Term term) {
    String key = TextNormalizer.key(label);
    if (key != null) {
      byLabel.putIfAbsent(key, term);
    }
  }

  public String name() {
    return name;
  }

  public Collection<Term> terms() {
    return byCode.values();
  }

  public int size() {
    return byCode.size();
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  public Optional<Term> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The term whose code, label or synonym equals {@code text} (case, width and spaces ignored). */
  public Optional<Term> resolve(String text) {
    String key = TextNormalizer.key(text);
    if (key == null) {
      return Optional.empty();
    }
    Term exact = byCode.get(text.trim());
    return exact != null ? Optional.of(exact) : Optional.ofNullable(byLabel.get(key));
  }

  /** Every normalised label and synonym with its term, for query understanding. */
  public Map<String, Term> labelIndex() {
    return java.util.Collections.unmodifiableMap(byLabel);
  }

  public String label(String code, Lang lang) {
    Term term = byCode.get(code);
    return term == null ? code : term.label(lang);
  }
}
