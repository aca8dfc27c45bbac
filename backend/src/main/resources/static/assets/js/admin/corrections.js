// The corrections screen (/admin?screen=corrections&state=open&page=1): what visitors reported as
// wrong in a listing (GET /api/v1/admin/corrections), newest first, by state (open, applied,
// dismissed; each with its count), paged. "Apply" opens the listing's editor with the report beside
// the form and its suggested value filled in (correction-panel.js); "Dismiss" asks for a reason in
// a modal dialog. Both are recorded in the listing's history. The navigation link shows how many
// reports are open.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";
import { nameOf, when } from "./fields.js";

export const CORRECTIONS = "/api/v1/admin/corrections";
const STATES = ["open", "applied", "dismissed"];
const SIZE = 20;

export const correctionUrl = (id, rest = "") => `${CORRECTIONS}/${encodeURIComponent(id)}${rest}`;

export function showCorrections({ can, navigate, announce, view }, params) {
  const state = STATES.includes(params.get("state")) ? params.get("state") : "open";
  const page = Math.max(1, Number.parseInt(params.get("page"), 10) || 1);
  let results = null;
  let alert = null;
  let closed = false;

  const here = (changes) => {
    const next = new URLSearchParams({ screen: "corrections", state, page: String(page), ...changes });
    if (next.get("state") === "open") next.delete("state");
    if (next.get("page") === "1") next.delete("page");
    return next;
  };

  function link(changes, attrs, ...children) {
    const target = here(changes);
    const a = h("a", { ...attrs, href: `/admin?${target}` }, ...children);
    a.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(target);
    });
    return a;
  }

  async function load() {
    const answer = await send("GET", `${CORRECTIONS}?${new URLSearchParams({ state, page: String(page), size: String(SIZE) })}`);
    if (closed) return;
    if (answer.status === 200) {
      results = answer.body;
      setOpenCount(results.counts?.open);
    } else alert = failure(answer);
    render();
  }

  function states() {
    return h(
      "nav",
      { class: "admin-tabs", "aria-label": t("staffCorrectionsStates") },
      STATES.map((s) =>
        link(
          { state: s, page: "1" },
          { "aria-current": s === state ? "page" : null, dataset: { state: s } },
          results ? t("staffCorrectionStateCount", { state: t(`staffCorrectionState_${s}`), n: results.counts?.[s] ?? 0 }) : t(`staffCorrectionState_${s}`),
        ),
      ),
    );
  }

  function item(r, index) {
    const headingId = `correction-${index}`;
    const listingName = nameOf({ name: r.listing?.name, id: r.listingId }, lang());
    const facts = [
      [t("staffCorrectionField"), t(`correctionField_${r.field}`)],
      [t("staffCorrectionText"), r.description],
      [t("staffCorrectionSuggested"), r.suggestedValue || t("staffNone")],
      [t("staffCorrectionContact"), r.email ? h("a", { href: `mailto:${r.email}` }, r.email) : t("staffNone")],
      [t("staffCorrectionReceived"), when(r.received, lang())],
    ];
    const listingLink = h("a", { href: `/admin?${new URLSearchParams({ listing: r.listingId })}` }, listingName);
    listingLink.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(new URLSearchParams({ listing: r.listingId }));
    });
    return h(
      "li",
      { class: "admin-correction", dataset: { id: r.id, listing: r.listingId } },
      h("h3", { id: headingId }, listingLink, h("span", { class: "muted" }, " · ", r.listingId, r.listing?.country ? ` · ${r.listing.country}` : "")),
      h("dl", { class: "admin-facts" }, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
      r.state !== "open"
        ? h(
            "p",
            { class: "admin-notice" },
            t(`staffCorrectionState_${r.state}`),
            " · ",
            t("staffCorrectionHandled", { who: r.handledBy || "?", at: when(r.handledAt, lang()) }),
            r.dismissalReason ? [" · ", t("staffCorrectionDismissalReason", { reason: r.dismissalReason })] : null,
          )
        : null,
      r.state === "open" && can("edit")
        ? h(
            "div",
            { class: "admin-buttons" },
            h(
              "button",
              {
                type: "button",
                class: "primary apply",
                "aria-describedby": headingId,
                onclick: () => navigate(new URLSearchParams({ listing: r.listingId, view: "edit", correction: r.id })),
              },
              t("staffCorrectionApply"),
            ),
            h("button", { type: "button", class: "dismiss", id: `dismiss-${r.id}`, "aria-describedby": headingId, onclick: () => dismiss(r) }, t("staffCorrectionDismiss")),
          )
        : null,
    );
  }

  /** Asks for the reason in a modal dialog; Escape or Cancel returns the focus to the button. */
  function dismiss(report) {
    const opener = document.getElementById(`dismiss-${report.id}`);
    const reason = h("textarea", { id: "dismiss-reason", rows: 3, maxlength: 1000 });
    const error = h("p", { id: "dismiss-reason-error", class: "field-error", hidden: true });
    const dialog = h(
      "dialog",
      { class: "admin-dialog", "aria-labelledby": "dismiss-title" },
      h(
        "form",
        { method: "dialog", novalidate: true },
        h("h2", { id: "dismiss-title" }, t("staffCorrectionDismiss"), " · ", nameOf({ name: report.listing?.name, id: report.listingId }, lang())),
        h("div", { class: "admin-field" }, h("label", { for: "dismiss-reason" }, t("staffCorrectionDismissReason")), reason, error),
        h(
          "div",
          { class: "admin-buttons" },
          h("button", { type: "submit", id: "dismiss-confirm", class: "primary" }, t("staffCorrectionDismissConfirm")),
          h("button", { type: "button", id: "dismiss-cancel", onclick: () => dialog.close() }, t("staffCancel")),
        ),
      ),
    );
    const refuse = (text) => {
      error.textContent = text;
      error.hidden = false;
      reason.setAttribute("aria-invalid", "true");
      reason.setAttribute("aria-describedby", "dismiss-reason-error");
      reason.focus();
    };
    dialog.querySelector("form").addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        refuse(t("staffCorrectionReasonRequired"));
        return;
      }
      const answer = await send("POST", correctionUrl(report.id, "/dismiss"), { reason: reason.value.trim() });
      if (answer.status === 200) {
        dialog.close("done");
        return;
      }
      if (answer.status === 400 && answer.body?.errors?.length) refuse(answer.body.errors[0].message);
      else refuse(failure(answer));
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (dialog.returnValue !== "done") {
        opener?.focus();
        return;
      }
      announce(t("staffCorrectionDismissed"));
      load().then(() => document.getElementById("corrections-heading")?.focus());
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  }

  function pager() {
    if (!results || results.total <= SIZE) return null;
    const pages = Math.ceil(Math.min(results.total, 10000) / SIZE);
    return h(
      "nav",
      { class: "admin-pager", "aria-label": t("staffCorrectionPage", { page, pages }) },
      page > 1 ? link({ page: String(page - 1) }, { rel: "prev" }, t("staffCorrectionPrevious")) : null,
      h("span", {}, t("staffCorrectionPage", { page, pages })),
      page < pages ? link({ page: String(page + 1) }, { rel: "next" }, t("staffCorrectionNext")) : null,
    );
  }

  function render() {
    replace(
      view,
      h("h1", { id: "corrections-heading", tabindex: "-1" }, t("staffCorrectionsTitle")),
      states(),
      alert ? h("p", { class: "admin-error", role: "alert" }, alert) : null,
      results === null && !alert
        ? h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"))
        : results?.hits?.length === 0
          ? h("p", {}, t("staffCorrectionsEmpty"))
          : h("ol", { class: "admin-corrections" }, (results?.hits || []).map(item)),
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

// The count of open reports beside the navigation link. workplace.js draws the navigation again at
// every change of screen, so the count is added to each new link as it appears.
let openCount = null;
let counting = false;

export function setOpenCount(n) {
  if (typeof n === "number") openCount = n;
  decorate();
}

/** Reads the count again (after a report was handled elsewhere, e.g. in the editor). */
export async function refreshOpenCount() {
  counting = true;
  const answer = await send("GET", `${CORRECTIONS}?size=1`);
  if (answer.status === 200) setOpenCount(answer.body.counts?.open);
}

function decorate() {
  const a = document.querySelector('#screens a[data-screen="corrections"]');
  if (!a) return;
  if (openCount === null) {
    if (!counting) refreshOpenCount();
    return;
  }
  let badge = a.querySelector(".nav-count");
  if (!badge) {
    badge = h("span", { class: "nav-count" });
    a.append(" ", badge);
  }
  badge.textContent = t("staffCorrectionNavCount", { n: openCount });
}

const nav = document.getElementById("screens");
if (nav) new MutationObserver(decorate).observe(nav, { childList: true });
