// The scope of a partner key or of a staff account, picked in a form: one multiple choice per
// facet, its options from GET /api/v1/taxonomies (countries grouped by continent). Nothing chosen
// anywhere is the whole directory. Used by the partners and the staff accounts screens.
import { h } from "../dom.js";

/** The facets a scope can be picked by, with the taxonomies' options of each. */
const OPTIONS = {
  continent: (x) => x.continents || [],
  country: (x) => (x.continents || []).map((c) => ({ group: c.label, options: c.countries || [] })),
  service: (x) => x.services || [],
  industry: (x) => x.industries || [],
  orgType: (x) => x.orgTypes || [],
  kind: (x) => x.kinds || [],
  language: (x) => x.languages || [],
};

/**
 * One labelled multiple choice per facet of `facets` (each `{facet, label}`: label is the text),
 * with the codes of `scope` chosen; ids are `idOf("scope-" + facet)`.
 */
export function scopePickers({ facets, scope, tax, idOf, disabled = false, size = 5 }) {
  return facets.map(({ facet, label }) => {
    const id = idOf(`scope-${facet}`);
    const chosen = new Set(scope?.[facet] || []);
    const option = (o) => h("option", { value: o.code, selected: chosen.has(o.code) }, o.label || o.code);
    return h(
      "div",
      { class: "admin-field" },
      h("label", { for: id }, label),
      h(
        "select",
        { id, name: `scope-${facet}`, multiple: true, size, disabled, dataset: { facet } },
        OPTIONS[facet](tax || {}).map((o) => (o.group ? h("optgroup", { label: o.group }, o.options.map(option)) : option(o))),
      ),
    );
  });
}

/** The scope chosen in `element`'s pickers: facet → codes, facets without a choice left out. */
export function scopeOf(element) {
  const scope = {};
  for (const select of element.querySelectorAll("select[data-facet]")) {
    const codes = [...select.selectedOptions].map((o) => o.value);
    if (codes.length) scope[select.dataset.facet] = codes;
  }
  return scope;
}
