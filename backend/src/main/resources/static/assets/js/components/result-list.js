// <ipd-results>: the hits of one answer. Names and description snippets use the API's highlight
// fragments (already HTML-escaped, with <mark>) through markedHtml; everything else is text.
// Event: ipd-open {id, hit} when a result's title is activated. Each card ends with the listing's
// contact actions as real links (website in a new tab, mailto:, tel: with E.164 and the display form).
// One click listener on the list serves every card's title (and the stars have one on the document,
// see shortlist.js), so cards the server wrote into the page work as they are (`adopt`): the page's
// first results are not built a second time on a phone's slow CPU.
import { h, replace, markedHtml } from "../dom.js";
import { t, lang } from "../i18n.js";
import { starButton } from "../shortlist.js";
import { distanceText } from "./place-box.js";

/** The first highlight fragment of a field family, e.g. "name.zh" also matches "name.zh.ngram". */
function fragment(highlight, field) {
  if (!highlight) return null;
  const key = Object.keys(highlight).find((k) => k === field || k.startsWith(`${field}.`));
  return key ? highlight[key][0] : null;
}

/** The name in the page language first, the other one as a subtitle. */
export function names(hit) {
  const zh = lang() === "zh";
  const primary = (zh ? hit.nameZh : hit.nameEn) || hit.nameZh || hit.nameEn || hit.id;
  const secondary = (zh ? hit.nameEn : hit.nameZh) || "";
  return { primary, secondary: secondary !== primary ? secondary : "" };
}

export function place(hit) {
  return [hit.country?.label, hit.city].filter(Boolean).join(" · ");
}

export function verifiedBadge(verified, date) {
  if (!verified) return null;
  return h(
    "span",
    { class: "badge verified", title: date ? t("verifiedOn", { date }) : t("verified") },
    h("span", { "aria-hidden": "true" }, "✓ "),
    t("verified"),
  );
}

/**
 * Website, e-mail and phone of a hit or listing as links whose accessible names say whom they
 * reach; the visible texts stay short (website, e-mail, the phone's display form) so that a card
 * on a 390px phone keeps them on one or two lines.
 */
export function contactLinks(contacts, name) {
  const c = contacts || {};
  const links = [];
  if (c.website) {
    links.push(
      h("a", { href: c.website, target: "_blank", rel: "noopener", class: "contact website", "aria-label": t("websiteOf", { name }), "data-print": c.website }, t("website")),
    );
  }
  if (c.email) {
    links.push(h("a", { href: `mailto:${c.email}`, class: "contact email", "aria-label": t("emailTo", { name }), "data-print": c.email }, t("email")));
  }
  if (c.phone) {
    const display = c.phoneDisplay || c.phone;
    links.push(
      h("a", { href: `tel:${c.phone}`, class: "contact phone", "aria-label": t("phoneTo", { name, phone: display }) }, display),
    );
  }
  return links.length ? h("p", { class: "result-contacts" }, links) : null;
}

export class ResultList extends HTMLElement {
  constructor() {
    super();
    this.hits = [];
    this.addEventListener("click", (e) => {
      const title = e.target.closest?.("button.result-title[data-id]");
      if (!title || !this.contains(title)) return;
      const id = title.dataset.id;
      const hit = this.hits.find((x) => x.id === id);
      this.dispatchEvent(new CustomEvent("ipd-open", { bubbles: true, detail: { id, hit } }));
    });
  }

  update(hits) {
    this.hits = hits;
    replace(this, h("ol", { class: "results", role: "list" }, hits.map((hit) => h("li", {}, this.card(hit)))));
  }

  /**
   * Takes the hits whose cards are already in the list, as the server wrote them for the page's
   * first answer (FirstResults.java writes the markup `card` makes): nothing is rendered.
   */
  adopt(hits) {
    this.hits = hits;
  }

  card(hit) {
    const { primary, secondary } = names(hit);
    const nameField = lang() === "zh" ? "name.zh" : "name.en";
    const marked = fragment(hit.highlight, nameField);
    const title = h(
      "button",
      { type: "button", class: "result-title", dataset: { id: hit.id } },
      marked ? markedHtml(marked) : primary,
    );
    const snippet = fragment(hit.highlight, lang() === "zh" ? "description.zh" : "description.en");
    const labels = [...(hit.services || []), ...(hit.industries || [])];
    return h(
      "article",
      { class: "result", dataset: { id: hit.id } },
      h(
        "div",
        { class: "result-head" },
        h("h3", {}, title),
        verifiedBadge(hit.verified, hit.lastVerified),
        starButton(hit.id, primary), // the shortlist (see shortlist.js)
      ),
      secondary ? h("p", { class: "result-subtitle" }, secondary) : null,
      h(
        "p",
        { class: "result-meta" },
        hit.kind ? h("span", { class: "kind" }, hit.kind.label) : null,
        hit.orgType && hit.orgType.code !== hit.kind?.code ? h("span", {}, hit.orgType.label) : null,
        h("span", { class: "place" }, place(hit)),
        hit.distanceKm != null ? h("span", { class: "distance" }, distanceText(hit.distanceKm)) : null,
      ),
      snippet ? h("p", { class: "snippet" }, markedHtml(snippet)) : null,
      labels.length
        ? h(
            "ul",
            { class: "tags", role: "list" },
            (hit.services || []).map((s) => h("li", { class: "tag service" }, s.label)),
            (hit.industries || []).map((s) => h("li", { class: "tag industry" }, s.label)),
          )
        : null,
      contactLinks(hit.contacts, primary),
    );
  }
}

customElements.define("ipd-results", ResultList);
// The related results under few or no results (see related.js): the same list under its own name,
// so that "the results" and "the related results" are told apart by selectors and tests.
customElements.define("ipd-related-results", class extends ResultList {});
