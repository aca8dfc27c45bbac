// The verification screen (/admin?screen=verification&country=DE&kind=provider&page=1): published
// listings due for re-verification (GET /api/v1/admin/verification), oldest first, with when each
// provider was last asked. Editors select listings and ask their providers (a mail with a
// single-use link, sent in the background; the batch's sent/failed counts are shown until it is
// done), or ask every due provider of the chosen country. Without mail configured the screen says
// so and hands out the links as a CSV file for a mail merge instead.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";
import { call } from "./session.js";
import { nameOf, when } from "./fields.js";

const QUEUE = "/api/v1/admin/verification";
const KINDS = ["provider", "workstation", "mediation_centre"];
const SIZE = 20;

export function showVerification({ can, navigate, announce, view }, params) {
  const country = /^[A-Z]{2}$/.test(params.get("country") || "") ? params.get("country") : "";
  const kind = KINDS.includes(params.get("kind")) ? params.get("kind") : "";
  const page = Math.max(1, Number.parseInt(params.get("page"), 10) || 1);
  const selected = new Set();
  let results = null;
  let alert = null;
  let batch = null;
  let closed = false;

  const here = (changes) => {
    const next = new URLSearchParams({ screen: "verification", country, kind, page: String(page), ...changes });
    for (const [k, v] of [...next.entries()]) if (!v || (k === "page" && v === "1")) next.delete(k);
    return next;
  };

  async function load() {
    const query = new URLSearchParams({ page: String(page), size: String(SIZE) });
    if (country) query.set("country", country);
    if (kind) query.set("kind", kind);
    const answer = await send("GET", `${QUEUE}?${query}`);
    if (closed) return;
    if (answer.status === 200) results = answer.body;
    else alert = failure(answer);
    render();
  }

  function filters() {
    const countryInput = h("input", { id: "verify-country", name: "country", value: country, size: 3, maxlength: 2, autocomplete: "off" });
    const kindSelect = h(
      "select",
      { id: "verify-kind", name: "kind" },
      h("option", { value: "" }, t("staffVerifyKindAll")),
      KINDS.map((k) => h("option", { value: k, selected: k === kind }, k)),
    );
    const form = h(
      "form",
      { class: "admin-filters", role: "search" },
      h("label", { for: "verify-country" }, t("staffVerifyCountry")),
      countryInput,
      h("label", { for: "verify-kind" }, t("staffVerifyKind")),
      kindSelect,
      h("button", { type: "submit" }, t("staffVerifyFilter")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      navigate(here({ country: countryInput.value.trim().toUpperCase(), kind: kindSelect.value, page: "1" }));
    });
    return form;
  }

  function row(d) {
    const name = nameOf({ name: d.name, id: d.id }, lang());
    const box = h("input", { type: "checkbox", "aria-label": t("staffVerifySelect", { name }), checked: selected.has(d.id), dataset: { id: d.id } });
    box.addEventListener("change", () => (box.checked ? selected.add(d.id) : selected.delete(d.id)));
    const asked = d.lastAsked ? `${when(d.lastAsked.at, lang())} · ${d.lastAsked.outcome}` : t("staffVerifyNever");
    return h(
      "tr",
      { dataset: { id: d.id } },
      h("td", {}, can("edit") ? box : null),
      h("th", { scope: "row" }, name, h("span", { class: "muted" }, " · ", d.id)),
      h("td", {}, d.country || ""),
      h("td", {}, d.email || ""),
      h("td", {}, d.lastVerified || t("staffVerifyNever")),
      h("td", { class: "last-asked" }, asked),
    );
  }

  function table() {
    if (!results) return h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"));
    if (!results.hits.length) return h("p", {}, t("staffVerifyEmpty"));
    return h(
      "table",
      { class: "admin-table", id: "verification-queue" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("td", {}),
          h("th", { scope: "col" }, t("staffVerifyName")),
          h("th", { scope: "col" }, t("staffVerifyCountry")),
          h("th", { scope: "col" }, t("staffVerifyEmail")),
          h("th", { scope: "col" }, t("staffVerifyLastVerified")),
          h("th", { scope: "col" }, t("staffVerifyLastAsked")),
        ),
      ),
      h("tbody", {}, results.hits.map(row)),
    );
  }

  /** Whom to ask: the selection, or (whole = true) the country's due listings. */
  function body(whole) {
    if (whole) return kind ? { country, kind } : { country };
    return { listingIds: [...selected] };
  }

  async function ask(whole) {
    if (!whole && selected.size === 0) return show(t("staffVerifyNoneSelected"));
    const answer = await send("POST", `${QUEUE}/requests`, body(whole));
    if (answer.status !== 202) return show(failure(answer));
    batch = answer.body;
    selected.clear();
    render();
    follow(batch.id);
  }

  async function follow(id) {
    while (!closed && batch && !batch.done) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const answer = await send("GET", `${QUEUE}/batches/${encodeURIComponent(id)}`);
      if (answer.status !== 200) break;
      batch = answer.body;
      renderBatch();
    }
    if (!closed && batch?.done) {
      announce(batchText());
      load();
    }
  }

  async function csv(whole) {
    if (!whole && selected.size === 0) return show(t("staffVerifyNoneSelected"));
    const response = await call("POST", `${QUEUE}/links.csv`, body(whole));
    if (!response.ok) return show(t("staffFailed"));
    const url = URL.createObjectURL(await response.blob());
    const a = h("a", { href: url, download: "verification-links.csv" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    load();
  }

  function show(text) {
    alert = text;
    render();
  }

  const batchText = () =>
    `${t("staffVerifyBatch", { total: batch.total, sent: batch.sent, failed: batch.failed })} · ${t(batch.done ? "staffVerifyBatchDone" : "staffVerifyBatchRunning")}`;

  function renderBatch() {
    const el = document.getElementById("verify-batch");
    if (el && batch) el.textContent = batchText();
  }

  function actions() {
    if (!results || !can("edit")) return null;
    const mail = results.mail;
    return h(
      "div",
      { class: "admin-buttons" },
      mail
        ? h("button", { type: "button", class: "primary", id: "verify-ask", onclick: () => ask(false) }, t("staffVerifyAsk"))
        : h("button", { type: "button", class: "primary", id: "verify-csv", onclick: () => csv(false) }, t("staffVerifyCsv")),
      country
        ? mail
          ? h("button", { type: "button", id: "verify-ask-country", onclick: () => ask(true) }, t("staffVerifyAskCountry", { country }))
          : h("button", { type: "button", id: "verify-csv-country", onclick: () => csv(true) }, t("staffVerifyCsvCountry", { country }))
        : null,
    );
  }

  function pager() {
    if (!results || results.total <= SIZE) return null;
    const pages = Math.ceil(Math.min(results.total, 10000) / SIZE);
    const go = (p, rel, text) => {
      const target = here({ page: String(p) });
      const a = h("a", { href: `/admin?${target}`, rel }, text);
      a.addEventListener("click", (event) => {
        event.preventDefault();
        navigate(target);
      });
      return a;
    };
    return h(
      "nav",
      { class: "admin-pager", "aria-label": t("staffPageOf", { page, pages }) },
      page > 1 ? go(page - 1, "prev", t("staffPrevious")) : null,
      h("span", {}, t("staffPageOf", { page, pages })),
      page < pages ? go(page + 1, "next", t("staffNext")) : null,
    );
  }

  function render() {
    replace(
      view,
      h("h1", { id: "verification-heading", tabindex: "-1" }, t("staffVerifyTitle")),
      h("p", {}, t("staffVerifyIntro")),
      filters(),
      results && !results.mail ? h("p", { class: "admin-notice", id: "verify-mail-off" }, t("staffVerifyMailOff")) : null,
      alert ? h("p", { class: "admin-error", role: "alert" }, alert) : null,
      h("p", { id: "verify-batch", role: "status" }, batch ? batchText() : ""),
      actions(),
      table(),
      pager(),
    );
  }

  render();
  load();
  return {
    relabel: render,
    close: () => (closed = true),
  };
}
