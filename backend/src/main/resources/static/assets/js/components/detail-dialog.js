// <ipd-detail>: a modal <dialog> with one listing from GET /api/v1/listings/{id}: contacts as
// links, languages, verification. With a search hit it opens at once and fills in the rest when
// the listing arrives; without one (a shared URL, a suggestion) it opens when the listing arrives,
// so an unknown id never shows an empty dialog. Closing returns focus to the element that opened it.
// Events: ipd-close when the detail ends (closed, or it could not be shown); ipd-detail-error
// {id, status} when the listing could not be loaded and nothing useful is shown. Under the listing,
// "Report a correction" (<ipd-report-correction>) lets a visitor tell the association what is wrong.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t, lang } from "../i18n.js";
import { names, place, verifiedBadge } from "./result-list.js";
import { starButton } from "../shortlist.js";
import "./report-correction.js";

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
    workstation: d.workstation,
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

/** A workstation's host organisation and covered countries as rows of the facts. */
function workstationRows(d, sep) {
  const w = d.workstation;
  if (!w) return [];
  return [
    [t("hostOrganisation"), w.hostOrganisation || ""],
    [t("coveredCountries"), list(w.coveredCountries).join(sep)],
  ];
}

/** The address with the city and country added only where the address does not name them. */
function addressLine(d) {
  const address = d.address || "";
  const has = (part) => part && address.toLowerCase().includes(String(part).toLowerCase());
  return [address, has(d.city) ? null : d.city, has(labelOf(d.country)) ? null : labelOf(d.country)]
    .filter(Boolean)
    .join(", ");
}

/** The phone's link: tel: with the E.164 number, the display form as its text. */
function phoneLink(c) {
  return h("a", { href: `tel:${c.phone.replace(/[^+\d]/g, "")}`, class: "phone" }, c.phoneDisplay || c.phone);
}

/** A button that copies the listing's address on the directory (/?listing=ID) and says so. */
function copyLinkButton(id) {
  const url = `${location.origin}/?listing=${encodeURIComponent(id)}&lang=${lang()}`;
  const said = h("span", { class: "muted copy-status", role: "status" });
  const button = h("button", { type: "button", class: "copy-link", dataset: { url } }, t("copyLink"));
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      said.textContent = t("linkCopied");
    } catch {
      said.textContent = url; // no clipboard (an insecure origin, say): the link to copy by hand
    }
  });
  return h("p", { class: "copy" }, button, " ", said);
}

class DetailDialog extends HTMLElement {
  connectedCallback() {
    if (this.dialog) return;
    this.body = h("div", { class: "detail-body" });
    this.closeButton = h("button", { type: "button", class: "icon-button close", onclick: () => this.dialog.close() }, "✕");
    this.dialog = h("dialog", { class: "detail", "aria-labelledby": "detail-title" }, this.closeButton, this.body);
    this.dialog.addEventListener("close", () => {
      if (this.dialog.open) return; // the event is queued: the dialog may have been re-opened since
      this.listingId = null;
      this.opener?.focus();
      this.ended();
    });
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    this.dialog.addEventListener("click", (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    this.append(this.dialog);
    this.fetchLatest = latest();
    this.listingId = null;
  }

  /**
   * The listing was merged into another one (the API answered its id with a 301 to the survivor):
   * the dialog, its report form and the page's URL name the survivor from now on.
   */
  moved(survivor) {
    this.listingId = survivor;
    this.report = h("ipd-report-correction", { class: "report-correction" });
    this.report.listingId = survivor;
    const url = new URL(location.href);
    if (url.searchParams.has("listing")) {
      url.searchParams.set("listing", survivor);
      history.replaceState(history.state, "", url);
    }
  }

  /** `report`: open the listing's correction form too (a partner's "report a correction" link). */
  async open(id, hit, opener, { report = false } = {}) {
    this.listingId = id; // the listing shown or being fetched; null when closed
    this.opener = opener;
    if (this.report?.listingId !== id) {
      // One report form per listing shown: re-rendering the same listing keeps what was typed.
      this.report = h("ipd-report-correction", { class: "report-correction" });
      this.report.listingId = id;
    }
    this.closeButton.setAttribute("aria-label", t("close"));
    if (hit) this.show(normalize(hit));
    try {
      const params = new URLSearchParams({ lang: lang() });
      const listing = await this.fetchLatest((signal) =>
        getJson(`/api/v1/listings/${encodeURIComponent(id)}?${params}`, signal),
      );
      if (this.listingId !== id) return;
      if (listing.id && listing.id !== id) this.moved(listing.id);
      this.show(normalize(listing));
      if (report) this.report.openForm();
    } catch (e) {
      if (isAbort(e) || this.listingId !== id) return;
      // 404: unknown, unpublished or withdrawn since the search; 400: cannot be an id at all.
      const missing = e.status === 404 || e.status === 400;
      if (hit && !missing) {
        // Without the full listing the dialog keeps what the search hit showed.
        this.body.setAttribute("aria-busy", "false");
        return;
      }
      this.dispatchEvent(new CustomEvent("ipd-detail-error", { bubbles: true, detail: { id, status: e.status } }));
      this.close();
    }
  }

  /** Closes the dialog, or gives up a listing that is still being fetched. */
  close() {
    if (this.dialog.open) this.dialog.close(); // its close event does the rest
    else if (this.listingId !== null) {
      this.listingId = null;
      this.ended();
    }
  }

  show(d) {
    this.render(d);
    if (!this.dialog.open) this.dialog.showModal(); // focuses the first control: the close button
  }

  ended() {
    this.dispatchEvent(new CustomEvent("ipd-close", { bubbles: true }));
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
      ...workstationRows(d, sep),
      [t("address"), addressLine(d)],
    ].filter(([, v]) => v);
    const contacts = [
      website ? [t("website"), h("a", { href: website, rel: "noopener noreferrer", target: "_blank" }, c.website)] : null,
      c.email ? [t("email"), h("a", { href: `mailto:${c.email}` }, c.email)] : null,
      c.phone ? [t("phone"), phoneLink(c)] : null,
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
        d.lastVerified ? h("span", { class: "muted" }, " ", t("verifiedOn", { date: d.lastVerified })) : null,
      ),
      d.id ? copyLinkButton(d.id) : null,
      d.id ? h("p", { class: "detail-star" }, starButton(d.id, primary)) : null,
      d.description ? [h("h3", {}, t("description")), h("p", {}, d.description)] : null,
      rows.length ? h("dl", { class: "facts" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])) : null,
      contacts.length
        ? [h("h3", {}, t("contacts")), h("dl", { class: "facts contacts" }, contacts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))]
        : null,
      this.report,
    );
  }
}

customElements.define("ipd-detail", DetailDialog);
