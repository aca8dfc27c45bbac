// <ipd-facets>: the filter panel. A continent → country tree (both levels are real checkboxes; the
// API ORs the branches, so Asia › Vietnam plus Europe › Germany means "Vietnam or Germany"), list
// facets with counts showing the top values and a "more" toggle with a value search
// (GET /api/v1/facets/{facet}/values?q=), and a verified-only switch.
// Values the API filters on because the query named them (bucket `selected` without the value in
// the URL) show ticked; ticking another value next to them adds to them (see toggle). When a search
// finds nothing, facets the answer left empty list their values at 0, so the panel never vanishes.
// Event: ipd-change {filters, verified, page: 1}, or {q} when unticking a recognised value.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t, lang } from "../i18n.js";
import { FACETS, PARENT, VALUES, childOf, clone, sameChoice, toQuery, withoutTerm } from "../state.js";

const TOP = 6;

/** The levels of each hierarchy of facets, top first: [["continent", "country"]]. */
function hierarchies() {
  const out = [];
  for (const top of FACETS.filter((f) => !PARENT[f] && childOf(f))) {
    const levels = [top];
    for (let below = childOf(top); below; below = childOf(below)) levels.push(below);
    out.push(levels);
  }
  return out;
}

/** The facets outside any hierarchy, shown as lists, in the order the list panel shows them. */
function listFacets() {
  const flat = FACETS.filter((f) => !PARENT[f] && !childOf(f));
  // Regions (ASEAN, EU, …) right under the geography tree, then services: what a visitor looks for
  // most, before the industry they work in.
  const first = ["region", "service"].filter((f) => flat.includes(f));
  return [...first, ...flat.filter((f) => !first.includes(f))];
}

class FacetPanel extends HTMLElement {
  constructor() {
    super();
    this.expanded = new Set(); // continents opened in the tree
    this.showAll = new Set(); // list facets showing every value
    this.valueQuery = {}; // facet → text of its value search
    this.searched = {}; // facet → values found by the value search
    this.fetchers = {};
  }

  /**
   * Renders the facets of a search answer under `state`, keeping keyboard focus in place. With the
   * answer (`total`, `interpretation`) the panel knows what the query made it filter on.
   */
  update(facets, state, answer = this.answer) {
    this.answer = answer || {};
    this.facets = completed(facets || {}, this.answer.total);
    this.state = state;
    const focused = document.activeElement;
    const focusKey = this.contains(focused) ? focused.dataset.key : null;
    const sections = [...hierarchies().map((levels) => this.treeSection(levels)), ...listFacets().map((f) => this.listSection(f))];
    replace(this, h("div", { class: "facet-sections" }, sections, this.verifiedSwitch()));
    if (focusKey) this.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  /** Whether a value is ticked: chosen in the URL, or filtered on because the query named it. */
  isSelected(facet, code) {
    return this.state.filters[facet].includes(code) || this.implied(facet).includes(code);
  }

  /** The values of a facet the API filters on without the URL choosing them (recognised terms). */
  implied(facet) {
    return (this.facets[facet] || []).filter((b) => b.selected && !this.state.filters[facet].includes(b.code)).map((b) => b.code);
  }

  /**
   * Ticking or unticking a value. The API stops filtering on terms recognised in q as soon as the
   * URL chooses a value of their kind (for places: any place), so the values of the same tree it
   * filtered on are carried into the URL's choice (see sameChoice): ticking France next to a recognised Germany
   * means Germany or France, and unticking Germany next to a recognised France leaves France.
   * A recognised value above or below the ticked one in the tree is not carried: ticking Europe
   * next to a recognised Germany widens to Europe (Germany would narrow it again), ticking Germany
   * next to a recognised Europe narrows to Germany. Unticking the only recognised value left takes
   * its words out of q instead, like its chip.
   */
  toggle(facet, code, on) {
    const filters = clone(this.state.filters);
    const lineage = this.lineage(facet, code);
    for (const f of sameChoice(facet)) {
      const carried = this.implied(f).filter((c) => f === facet || !lineage.has(`${f}:${c}`));
      filters[f] = [...new Set([...filters[f], ...carried])];
    }
    const set = new Set(filters[facet]);
    if (on) set.add(code);
    else set.delete(code);
    filters[facet] = [...set];
    const wasImplied = !on && this.implied(facet).includes(code);
    if (wasImplied && sameChoice(facet).every((f) => !filters[f].length)) {
      // With no words to take out, only not interpreting the query stops the filter.
      const q = this.withoutRecognised(facet);
      return this.emit(q === null ? { interpret: false } : { q });
    }
    this.emit({ filters });
  }

  /** The values above `code` in its hierarchy and below it (in this answer), as "facet:code". */
  lineage(facet, code) {
    const parentOf = (f, c) => (this.facets[f] || []).find((b) => b.code === c)?.parent;
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
      for (const b of this.facets[child] || []) {
        if (b.parent === c) {
          out.add(`${child}:${b.code}`);
          below(child, b.code);
        }
      }
    };
    below(facet, code);
    return out;
  }

  /** q without the words of the filtering terms of this facet's choice (a city counts as its country). */
  withoutRecognised(facet) {
    const choice = sameChoice(facet);
    const terms = (this.answer.interpretation?.recognized || []).filter(
      (r) => r.filtered && choice.includes(r.facet === "city" ? "country" : r.facet),
    );
    let q = this.state.q;
    for (const term of terms) q = withoutTerm(q, term) ?? q;
    return terms.length && q !== this.state.q ? q : null;
  }

  emit(change) {
    this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { ...change, page: 1 } }));
  }

  checkbox(facet, bucket, extra = {}) {
    const id = `f-${facet}-${bucket.code}`;
    const checked = this.isSelected(facet, bucket.code);
    const input = h("input", {
      type: "checkbox",
      id,
      checked,
      dataset: { key: `${facet}:${bucket.code}`, facet, code: bucket.code },
      onchange: (e) => this.toggle(facet, bucket.code, e.target.checked),
    });
    return h(
      "div",
      { class: `facet-value${bucket.count ? "" : " zero"}`, ...extra },
      input,
      h("label", { for: id }, h("span", { class: "facet-label" }, bucket.label), " ", h("span", { class: "count" }, String(bucket.count))),
    );
  }

  /** A hierarchy as a tree: each level's values nested under their parent's (continent › country). */
  treeSection(levels) {
    const tops = this.facets[levels[0]] || [];
    // A value without a parent (a country of no continent in the network, e.g. Brunei named in the
    // query) is a branch of its own, so that a selection is never hidden.
    const orphans = levels.slice(1).flatMap((f, i) => (this.facets[f] || []).filter((b) => !b.parent).map((b) => [i + 1, b]));
    const rows = [
      ...tops.map((b) => this.treeNode(levels, 0, b)),
      ...orphans.map(([depth, b]) =>
        depth === levels.length - 1
          ? h("li", {}, h("div", { class: "tree-row" }, h("span", { class: "tree-spacer" }), this.checkbox(levels[depth], b)))
          : this.treeNode(levels, depth, b),
      ),
    ];
    return this.section("geography", t("geography"), rows.length ? h("ul", { class: "tree", role: "list" }, rows) : null);
  }

  treeNode(levels, depth, bucket) {
    const facet = levels[depth];
    if (depth === levels.length - 1) return h("li", {}, this.checkbox(facet, bucket));
    const children = (this.facets[levels[depth + 1]] || []).filter((k) => k.parent === bucket.code);
    const code = bucket.code;
    const hasSelection = this.selectedWithin(levels, depth, code);
    const open = this.expanded.has(code) || (hasSelection && !this.expanded.has(`-${code}`));
    const childId = `tree-${code}`;
    const toggle = h(
      "button",
      {
        type: "button",
        class: "tree-toggle",
        "aria-expanded": String(open),
        "aria-controls": childId,
        "aria-label": `${open ? t("collapse") : t("expand")} ${bucket.label}`,
        dataset: { key: `tree:${code}` },
        onclick: () => {
          // "-CODE" remembers an explicit collapse of a branch that has a selection.
          if (open) {
            this.expanded.delete(code);
            this.expanded.add(`-${code}`);
          } else {
            this.expanded.add(code);
            this.expanded.delete(`-${code}`);
          }
          this.update(this.facets, this.state);
        },
      },
      h("span", { class: "chevron", "aria-hidden": "true" }),
    );
    return h(
      "li",
      {},
      h("div", { class: "tree-row" }, children.length ? toggle : h("span", { class: "tree-spacer" }), this.checkbox(facet, bucket)),
      children.length
        ? h("ul", { id: childId, class: "tree-children", hidden: !open }, children.map((k) => this.treeNode(levels, depth + 1, k)))
        : null,
    );
  }

  /** Whether the value, or a value below it in the tree, is selected. */
  selectedWithin(levels, depth, code) {
    if (this.isSelected(levels[depth], code)) return true;
    if (depth === levels.length - 1) return false;
    const children = (this.facets[levels[depth + 1]] || []).filter((k) => k.parent === code);
    return children.some((k) => this.selectedWithin(levels, depth + 1, k.code));
  }

  listSection(facet) {
    const buckets = this.facets[facet] || [];
    if (!buckets.length && !this.state.filters[facet].length) return null;
    const all = this.showAll.has(facet);
    const query = this.valueQuery[facet] || "";
    let shown = buckets;
    if (all && query) shown = this.searched[facet] || filterLocal(buckets, query);
    else if (!all) {
      // Top values, plus any selected value further down so a selection is never hidden.
      shown = buckets.filter((b, i) => i < TOP || this.isSelected(facet, b.code));
    }
    const body = [];
    if (all && buckets.length > TOP) body.push(this.valueSearch(facet, query));
    body.push(
      shown.length
        ? h("ul", { class: "facet-list", role: "list" }, shown.map((b) => h("li", {}, this.checkbox(facet, b))))
        : h("p", { class: "muted" }, t("noValues")),
    );
    if (buckets.length > TOP) {
      body.push(
        h(
          "button",
          {
            type: "button",
            class: "link-button",
            "aria-expanded": String(all),
            dataset: { key: `more:${facet}` },
            onclick: () => {
              if (all) this.showAll.delete(facet);
              else this.showAll.add(facet);
              this.valueQuery[facet] = "";
              this.searched[facet] = null;
              this.update(this.facets, this.state);
            },
          },
          all ? t("less") : `${t("more")} (${buckets.length - TOP})`,
        ),
      );
    }
    return this.section(facet, t(facet), body);
  }

  valueSearch(facet, query) {
    const input = h("input", {
      type: "search",
      class: "value-search",
      value: query,
      placeholder: t("filterValues"),
      "aria-label": `${t("filterValues")}: ${t(facet)}`,
      dataset: { key: `search:${facet}` },
    });
    input.addEventListener("input", () => {
      this.valueQuery[facet] = input.value;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.searchValues(facet, input.value.trim()), 200);
    });
    return input;
  }

  /** Asks the API for matching values of one facet under the current selection. */
  async searchValues(facet, q) {
    this.fetchers[facet] ||= latest();
    const params = new URLSearchParams(toQuery({ ...this.state, page: 1 }));
    params.set("q", q);
    params.set("lang", lang());
    // The facet's own text query replaces the search text for this call (see docs/ui.md).
    try {
      const body = await this.fetchers[facet]((signal) => getJson(`/api/v1/facets/${facet}/values?${params}`, signal));
      this.searched[facet] = body.values || [];
    } catch (e) {
      if (isAbort(e)) return;
      this.searched[facet] = null; // fall back to filtering the values already shown
    }
    this.update(this.facets, this.state);
  }

  verifiedSwitch() {
    return h(
      "div",
      { class: "facet-section verified-switch" },
      h("input", {
        type: "checkbox",
        id: "f-verified",
        checked: this.state.verified,
        dataset: { key: "verified" },
        onchange: (e) => this.emit({ verified: e.target.checked }),
      }),
      h("label", { for: "f-verified" }, t("verifiedOnly")),
    );
  }

  section(name, title, body) {
    if (!body || (Array.isArray(body) && !body.length)) return null;
    const headingId = `facet-h-${name}`;
    return h(
      "section",
      { class: "facet-section", "aria-labelledby": headingId, dataset: { facet: name } },
      h("h3", { id: headingId }, title),
      body,
    );
  }
}

/**
 * The answer's facets, completed where the panel would otherwise lose values: when nothing was
 * found, a facet the answer left empty lists all its values at 0 (from the code lists read at
 * start), so the filters stay in place to be changed; and a selected value whose parent has no
 * bucket (Brunei at 0 under an Asia with no count) gets its parent, so the tree can show it.
 */
function completed(facets, total) {
  const out = { ...facets };
  const label = (v) => (lang() === "en" ? v.en : v.zh) || v.code;
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

function filterLocal(buckets, q) {
  const needle = q.toLowerCase();
  return buckets.filter((b) => b.label.toLowerCase().includes(needle) || b.code.toLowerCase().includes(needle));
}

customElements.define("ipd-facets", FacetPanel);
