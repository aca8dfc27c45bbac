// <ipd-detail>: a modal <dialog> with one listing from GET /api/v1/listings/{id}: contacts as
// links, languages, verification. It opens at once with the search hit's data and fills in the
// rest when the listing arrives. Closing returns focus to the result that opened it.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t, lang } from "../i18n.js";
import { names, place, verifiedBadge } from "./result-list.js";

const labelOf = (v) => (v && typeof v === "object" ? v.label || v.code : v);
const list = (v) => (Array.isArray(v) ? v.map(labelOf).filter(Boolean) : []);

/** Reads either the hit shape (nameZh, country{code,label}) or a nested listing shape. */
function normalize(d) {
  const loc = d.location || {};
  return {
    id: d.id,
    nameZh: d.nameZh || d.name?.zh,
    nameEn: d.nameEn || d.name?.en,
    kind: d.kind,
    orgType: d.orgType,
    country: d.country || loc.country,
    city: d.city || (lang() === "zh" ? loc.cityZh || loc.city : loc.city),
    address: d.address || loc.address,
    description: typeof d.description === "string" ? d.description : d.description?.[lang()],
    services: d.services,
    industries: d.industries,
    languages: d.languages,
    contacts: d.contacts || {},
    verified: d.verified ?? Boolean(d.verification?.lastVerified || d.lastVerified),
    lastVerified: d.lastVerified || d.verification?.lastVerified,
  };
}

/** Only http(s) links are made clickable; anything else stays text. */
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

class DetailDialog extends HTMLElement {
  connectedCallback() {
    if (this.dialog) return;
    this.body = h("div", { class: "detail-body" });
    this.closeButton = h("button", { type: "button", class: "icon-button close", onclick: () => this.dialog.close() }, "✕");
    this.dialog = h("dialog", { class: "detail", "aria-labelledby": "detail-title" }, this.closeButton, this.body);
    this.dialog.addEventListener("close", () => this.opener?.focus());
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    this.dialog.addEventListener("click", (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    this.append(this.dialog);
    this.fetchLatest = latest();
  }

  async open(id, hit, opener) {
    this.opener = opener;
    this.closeButton.setAttribute("aria-label", t("close"));
    this.render(normalize(hit || { id }));
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const params = new URLSearchParams({ lang: lang() });
      const listing = await this.fetchLatest((signal) =>
        getJson(`/api/v1/listings/${encodeURIComponent(id)}?${params}`, signal),
      );
      if (this.dialog.open) this.render(normalize(listing));
    } catch (e) {
      // Without the full listing the dialog keeps what the search hit showed.
      if (!isAbort(e)) this.body.setAttribute("aria-busy", "false");
    }
  }

  render(d) {
    const { primary, secondary } = names(d);
    const c = d.contacts;
    const website = c.website && safeUrl(c.website);
    const sep = lang() === "zh" ? "、" : ", ";
    const rows = [
      [t("services"), list(d.services).join(sep)],
      [t("industries"), list(d.industries).join(sep)],
      [t("languages"), list(d.languages).join(sep)],
      [t("address"), [d.address, d.city, labelOf(d.country)].filter(Boolean).join(", ")],
    ].filter(([, v]) => v);
    const contacts = [
      website ? [t("website"), h("a", { href: website, rel: "noopener noreferrer", target: "_blank" }, c.website)] : null,
      c.email ? [t("email"), h("a", { href: `mailto:${c.email}` }, c.email)] : null,
      c.phone ? [t("phone"), h("a", { href: `tel:${c.phone.replace(/[^+\d]/g, "")}` }, c.phone)] : null,
    ].filter(Boolean);
    replace(
      this.body,
      h("h2", { id: "detail-title" }, primary),
      secondary ? h("p", { class: "result-subtitle" }, secondary) : null,
      h(
        "p",
        { class: "result-meta" },
        d.kind ? h("span", { class: "kind" }, labelOf(d.kind)) : null,
        d.orgType && labelOf(d.orgType) !== labelOf(d.kind) ? h("span", {}, labelOf(d.orgType)) : null,
        h("span", {}, place({ country: d.country && { label: labelOf(d.country) }, city: d.city })),
      ),
      h(
        "p",
        { class: "verification" },
        d.verified ? verifiedBadge(true) : h("span", { class: "badge muted" }, t("notVerified")),
        d.lastVerified ? h("span", { class: "muted" }, " ", t("verifiedOn", d.lastVerified)) : null,
      ),
      d.description ? [h("h3", {}, t("description")), h("p", {}, d.description)] : null,
      rows.length ? h("dl", { class: "facts" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])) : null,
      contacts.length
        ? [h("h3", {}, t("contacts")), h("dl", { class: "facts contacts" }, contacts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))]
        : null,
    );
  }
}

customElements.define("ipd-detail", DetailDialog);
