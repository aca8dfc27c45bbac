// <ipd-shortlist>: the shortlist view (`?view=shortlist&shortlist=ID,ID`): every starred listing
// in full, from one call (GET /api/v1/listings?ids=), in the order starred, with what a visitor
// does with a short list: remove one, clear all (after a confirmation), copy the link that shows
// the same list, print (the print stylesheet leaves the list alone on the paper) and download it
// as CSV (GET /api/v1/listings.csv?ids=). Removing re-renders from the listings already loaded.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t, lang } from "../i18n.js";
import { names, place, verifiedBadge } from "./result-list.js";
import { shortlisted, removeShortlisted, clearShortlist } from "../shortlist.js";

const labels = (values) => (values || []).map((v) => v.label).filter(Boolean);

/** Only http(s) websites are made links; anything else stays text. */
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

class ShortlistView extends HTMLElement {
  connectedCallback() {
    this.fetchLatest ??= latest();
    this.loaded ??= { lang: null, asked: new Set(), listings: [] };
  }

  /**
   * Shows the shortlist as it is now. It fetches only when an id was not asked for yet or the
   * language changed; otherwise (a removal) it renders at once, before the caller goes on.
   */
  async show() {
    const ids = shortlisted();
    const fresh = this.loaded.lang === lang() && ids.every((id) => this.loaded.asked.has(id));
    if (ids.length && !fresh) {
      this.setAttribute("aria-busy", "true");
      try {
        const params = new URLSearchParams({ ids: ids.join(","), lang: lang() });
        const answer = await this.fetchLatest((signal) => getJson(`/api/v1/listings?${params}`, signal));
        this.loaded = { lang: lang(), asked: new Set(ids), listings: answer.listings || [] };
      } catch (e) {
        if (isAbort(e)) return;
        this.removeAttribute("aria-busy");
        this.render([], t("searchUnavailable"));
        return;
      }
    }
    this.removeAttribute("aria-busy");
    const now = shortlisted(); // it may have changed while the answer was on its way
    const byId = new Map(this.loaded.listings.map((l) => [l.id, l]));
    const gone = now.filter((id) => this.loaded.asked.has(id) && !byId.has(id)).length;
    this.render(now.map((id) => byId.get(id)).filter(Boolean), null, gone);
  }

  /** The share link: this view with the same ids, in the page language. */
  link() {
    const params = new URLSearchParams({ view: "shortlist", shortlist: shortlisted().join(","), lang: lang() });
    return `${location.origin}/?${params}`;
  }

  render(listings, error, gone = 0) {
    const ids = shortlisted();
    const csv = `/api/v1/listings.csv?${new URLSearchParams({ ids: ids.join(","), lang: lang() })}`;
    const copied = h("span", { class: "muted copy-status", role: "status" });
    const copy = h("button", { type: "button", class: "secondary copy-link", dataset: { url: this.link() } }, t("copyLink"));
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(this.link());
        copied.textContent = t("linkCopied");
      } catch {
        copied.textContent = this.link(); // no clipboard: the link to copy by hand
      }
    });
    const clear = h("button", { type: "button", class: "secondary shortlist-clear" }, t("shortlistClear"));
    clear.addEventListener("click", () => {
      if (window.confirm(t("shortlistClearConfirm", { n: ids.length }))) clearShortlist();
    });
    const back = h("a", { href: "", class: "shortlist-back" }, t("backToResults"));
    back.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      this.dispatchEvent(new CustomEvent("ipd-shortlist-leave", { bubbles: true }));
    });
    replace(
      this,
      h("p", { class: "shortlist-nav" }, back),
      h("h2", { id: "shortlist-heading", tabindex: "-1" }, t("shortlistTitle")),
      h("p", { class: "shortlist-count", role: "status" }, ids.length ? t("shortlistCount", { n: ids.length }) : t("shortlistEmpty")),
      error ? h("p", { class: "notice", role: "alert" }, error) : null,
      gone ? h("p", { class: "muted shortlist-gone" }, t("shortlistGone", { n: gone })) : null,
      ids.length
        ? h(
            "div",
            { class: "shortlist-tools" },
            copy,
            h("button", { type: "button", class: "secondary shortlist-print", onclick: () => window.print() }, t("shortlistPrint")),
            h("a", { href: csv, class: "button-link shortlist-csv", download: "" }, t("shortlistCsv")),
            clear,
            copied,
          )
        : null,
      h("ol", { class: "shortlist-items", role: "list" }, listings.map((l) => h("li", {}, this.item(l)))),
    );
  }

  item(l) {
    const { primary, secondary } = names({ nameZh: l.name?.zh, nameEn: l.name?.en || l.name?.original, id: l.id });
    const c = l.contacts || {};
    const website = c.website && safeUrl(c.website);
    const sep = lang() === "zh" ? "、" : ", ";
    const facts = [
      [t("address"), l.address],
      [t("phone"), c.phone ? h("a", { href: `tel:${c.phone}` }, c.phoneDisplay || c.phone) : null],
      [t("email"), c.email ? h("a", { href: `mailto:${c.email}` }, c.email) : null],
      [t("website"), website ? h("a", { href: website, target: "_blank", rel: "noopener" }, c.website) : c.website],
      [t("services"), labels(l.services).join(sep)],
      [t("industries"), labels(l.industries).join(sep)],
    ].filter(([, v]) => v);
    const remove = h(
      "button",
      { type: "button", class: "secondary shortlist-remove", dataset: { id: l.id }, "aria-label": t("shortlistRemoveLabel", { name: primary }) },
      t("shortlistRemove"),
    );
    remove.addEventListener("click", () => {
      // The focus would be lost with the item: it goes to the next item's button, else the heading.
      const buttons = [...this.querySelectorAll(".shortlist-remove")];
      const next = buttons[buttons.indexOf(remove) + 1]?.dataset.id;
      removeShortlisted(l.id); // re-renders the view at once (nothing to fetch)
      const target = next && this.querySelector(`.shortlist-remove[data-id="${CSS.escape(next)}"]`);
      (target || this.querySelector("#shortlist-heading"))?.focus();
    });
    return h(
      "article",
      { class: "result shortlist-item", dataset: { id: l.id } },
      h("div", { class: "result-head" }, h("h3", {}, primary), verifiedBadge(l.verified, l.lastVerified), remove),
      secondary ? h("p", { class: "result-subtitle" }, secondary) : null,
      h(
        "p",
        { class: "result-meta" },
        l.kind ? h("span", { class: "kind" }, l.kind.label) : null,
        l.orgType && l.orgType.code !== l.kind?.code ? h("span", {}, l.orgType.label) : null,
        h("span", { class: "place" }, place({ country: l.country, city: l.city })),
        h("span", {}, l.lastVerified ? t("verifiedOn", { date: l.lastVerified }) : t("notVerified")),
      ),
      facts.length ? h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])) : null,
    );
  }
}

customElements.define("ipd-shortlist", ShortlistView);
