// What the filter panel (and the map, through it) does with the values the API filters on because
// the query named them: the search answer's buckets with `selected: true` that the URL does not
// choose ("德国 商标" → Germany, trademark; "Munich" → Germany). They show ticked; ticking another
// value next to them adds to them; unticking the last of them takes its words out of q. See
// docs/ui.md, "Interpreted query". Pure functions of the answer's facets and the search state.
import { FACETS, PARENT, VALUES, childOf, clone, sameChoice, withoutTerm } from "./state.js";

/** The values of `facet` the API filters on without the URL choosing them. */
export function implied(facets, state, facet) {
  return (facets[facet] || []).filter((b) => b.selected && !state.filters[facet].includes(b.code)).map((b) => b.code);
}

/**
 * The change of the search state when a value is ticked (`on`) or unticked. The API stops
 * filtering on terms recognised in q as soon as the URL chooses a value of their kind (for
 * places: any place), so the recognised values of the same tree are carried into the URL's
 * choice (see sameChoice): ticking France next to a recognised Germany means Germany or France,
 * unticking Germany next to a recognised France leaves France. A recognised value above or below
 * the ticked one in the tree is not carried: ticking Europe next to a recognised Germany widens to
 * Europe (Germany would narrow it again), ticking Germany next to a recognised Europe narrows to
 * Germany. Unticking the only recognised value left takes its words out of q instead, like its
 * chip; with no words to take out, only not interpreting the query stops its filter.
 */
export function toggled(facets, state, interpretation, facet, code, on) {
  const filters = clone(state.filters);
  const related = lineage(facets, facet, code);
  for (const f of sameChoice(facet)) {
    const carried = implied(facets, state, f).filter((c) => f === facet || !related.has(`${f}:${c}`));
    filters[f] = [...new Set([...filters[f], ...carried])];
  }
  const set = new Set(filters[facet]);
  if (on) set.add(code);
  else set.delete(code);
  filters[facet] = [...set];
  const wasImplied = !on && implied(facets, state, facet).includes(code);
  if (wasImplied && sameChoice(facet).every((f) => !filters[f].length)) {
    const q = withoutRecognised(state, interpretation, facet);
    return q === null ? { interpret: false } : { q };
  }
  return { filters };
}

/** The values above `code` in its hierarchy and below it (in these facets), as "facet:code". */
function lineage(facets, facet, code) {
  const parentOf = (f, c) => (facets[f] || []).find((b) => b.code === c)?.parent;
  const out = new Set();
  let [f, c] = [facet, parentOf(facet, code)];
  while (PARENT[f] && c) {
    f = PARENT[f];
    out.add(`${f}:${c}`);
    c = parentOf(f, c);
  }
  const below = (f, c) => {
    const child = childOf(f);
    if (!child) return;
    for (const b of facets[child] || []) {
      if (b.parent === c) {
        out.add(`${child}:${b.code}`);
        below(child, b.code);
      }
    }
  };
  below(facet, code);
  return out;
}

/** q without the words of the filtering terms of this facet's tree (a city counts as its country). */
function withoutRecognised(state, interpretation, facet) {
  const tree = sameChoice(facet);
  const terms = (interpretation?.recognized || []).filter((r) => r.filtered && tree.includes(r.facet === "city" ? "country" : r.facet));
  let q = state.q;
  for (const term of terms) q = withoutTerm(q, term) ?? q;
  return terms.length && q !== state.q ? q : null;
}

/**
 * The answer's facets, completed where the panel would otherwise lose values: when nothing was
 * found, a facet the answer left empty lists all its values at 0 (from the code lists read at
 * start), so the filters stay in place to be changed; and a selected value whose parent has no
 * bucket gets its parent, so the tree can show it under it.
 */
export function completed(facets, total, lang) {
  const out = { ...facets };
  const label = (v) => (lang === "en" ? v.en : v.zh) || v.code;
  if (total === 0) {
    for (const f of FACETS) {
      if (!out[f]?.length && VALUES[f]) {
        out[f] = VALUES[f].map((v) => ({ code: v.code, label: label(v), count: 0, selected: false, parent: v.parent }));
      }
    }
  }
  for (const f of FACETS) {
    const parent = PARENT[f];
    if (!parent) continue;
    const known = new Set((out[parent] || []).map((b) => b.code));
    for (const b of out[f] || []) {
      if (!b.selected || !b.parent || known.has(b.parent)) continue;
      const v = (VALUES[parent] || []).find((x) => x.code === b.parent);
      out[parent] = [...(out[parent] || []), { code: b.parent, label: v ? label(v) : b.parent, count: 0, selected: false }];
      known.add(b.parent);
    }
  }
  return out;
}
