// <ipd-related>: what the page offers when a search finds fewer than 3 organisations, so that no
// search ends in nothing (docs/ui.md, "Few or no results"):
//  - what the query was understood as, and a "search without X" link per recognised term that
//    filters (q without that term's words, as removing its chip does);
//  - "the network has no provider in X yet" for a recognised country without listings
//    (inNetwork: false), unless the relaxation's message already says so: it names the country
//    and nothing was found (with a few hits found elsewhere it says "few providers in X");
//  - the API's `related` answer: the same search with one constraint relaxed, under its message as
//    the heading, its hits rendered like the main results (<ipd-related-results>, the same list
//    component under another name) and opening the same detail dialog.
// Event: ipd-change {q} from the "search without" links; ipd-open from the related results.
import { h, replace, changeLink } from "../dom.js";
import { t, tNodes } from "../i18n.js";
import { toQuery, withoutTerm } from "../state.js";
import "./result-list.js"; // defines <ipd-related-results>

/** Fewer hits than this and the page helps to widen the search (the API's own threshold). */
export const FEW = 3;

class Related extends HTMLElement {
  update(response, state) {
    this.related = response.related?.hits?.length ? response.related : null;
    const parts = [];
    if (response.total < FEW) parts.push(this.help(response, state));
    if (this.related) parts.push(this.relatedSection(this.related));
    replace(this, parts);
    this.hidden = !this.childElementCount;
  }

  /** The hits of the related answer (the detail dialog looks a listing up among them). */
  get hits() {
    return this.related?.hits || [];
  }

  help(response, state) {
    const recognized = response.interpretation?.recognized || [];
    // Only a message over no hits at all says "no provider in X"; over a few it says "few".
    const message = response.total === 0 ? response.related?.relaxation?.message || "" : "";
    const lines = [];
    if (recognized.length) {
      const terms = h("span", { class: "terms" });
      recognized.forEach((r, i) => terms.append(...(i ? [t("listSeparator")] : []), h("b", {}, r.label || r.code)));
      const key = response.total ? "understoodFew" : "understoodNone";
      lines.push(h("p", { class: "understood" }, tNodes(key, { terms, n: response.total })));
    }
    for (const r of recognized) {
      if (r.inNetwork === false && !message.includes(r.label)) {
        lines.push(h("p", { class: "not-in-network", dataset: { code: r.code } }, t("notInNetwork", { label: r.label })));
      }
    }
    const links = [];
    for (const r of recognized.filter((x) => x.filtered)) {
      const q = withoutTerm(state.q, r);
      if (q === null) continue;
      const href = `?${toQuery({ ...state, q, interpret: true, page: 1 })}`;
      links.push(h("li", {}, changeLink(href, { q }, { class: "search-without", dataset: { code: r.code } }, t("searchWithout", { label: r.label }))));
    }
    if (links.length) lines.push(h("ul", { class: "search-without-list", role: "list" }, links));
    return lines.length ? h("div", { class: "dead-end" }, lines) : null;
  }

  relatedSection(related) {
    const list = document.createElement("ipd-related-results");
    list.update(related.hits);
    return h(
      "section",
      { class: "related", "aria-labelledby": "related-heading", dataset: { relaxation: related.relaxation?.code || "" } },
      h("h2", { id: "related-heading" }, related.relaxation?.message || t("relatedHeading")),
      h("p", { class: "related-count muted" }, t("results", { n: related.total })),
      list,
    );
  }
}

customElements.define("ipd-related", Related);
