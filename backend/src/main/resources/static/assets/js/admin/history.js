// The history view: every staff action on the listing, newest first (who, when, what, the status
// change, a rejection's reason, the field changes old → new), and "Restore this version", which
// opens a new draft from the entry's snapshot.

import { t, lang, has } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, listingUrl, failure, labels } from "./api.js";
import { fieldLabel, show, when } from "./fields.js";

export function showHistory({ id, tax, body, can, announce, navigate }) {
  let entries = null;
  let alert = null;
  let closed = false;
  let taxonomy = tax;

  async function load() {
    const answer = await send("GET", listingUrl(id, "/history"));
    if (closed) return;
    if (answer.status === 200) entries = answer.body;
    else alert = failure(answer);
    render();
  }

  async function restore(entry) {
    const answer = await send("POST", listingUrl(id, `/history/${encodeURIComponent(entry.id)}/restore`));
    if (answer.status === 201) {
      announce(t("staffRestored"));
      navigate(new URLSearchParams({ listing: id, view: "edit" }));
      return;
    }
    alert = failure(answer);
    render();
    document.getElementById("history-alert")?.focus();
  }

  const status = (s) => (s ? t(`staffStatus_${s}`) : "—");

  function entry(e, index) {
    const label = taxonomy ? labels(taxonomy) : new Map();
    const action = has(`staffAction_${e.action}`) ? t(`staffAction_${e.action}`) : e.action;
    const headingId = `history-${index}`;
    return h(
      "li",
      { class: "admin-history-entry" },
      h("h3", { id: headingId }, action, h("span", { class: "muted" }, " · ", t("staffHistoryEntry", { at: when(e.at, lang()), who: e.by }))),
      e.from || e.to ? h("p", {}, t("staffStatusChange", { from: status(e.from), to: status(e.to) })) : null,
      e.reason ? h("p", {}, t("staffReason", { reason: e.reason })) : null,
      e.changes?.length
        ? h(
            "table",
            { class: "admin-table admin-diff", "aria-labelledby": headingId },
            h(
              "thead",
              {},
              h("tr", {}, h("th", { scope: "col" }, t("staffField")), h("th", { scope: "col" }, t("staffBefore")), h("th", { scope: "col" }, t("staffAfter"))),
            ),
            h(
              "tbody",
              {},
              e.changes.map((c) =>
                h(
                  "tr",
                  {},
                  h("th", { scope: "row" }, fieldLabel(c.field)),
                  h("td", { class: "diff-before" }, show(c.before, c.field, label)),
                  h("td", { class: "diff-after" }, show(c.after, c.field, label)),
                ),
              ),
            ),
          )
        : null,
      e.snapshot && can("edit")
        ? h(
            "button",
            {
              type: "button",
              class: "restore",
              "aria-describedby": headingId,
              onclick: () => restore(e),
            },
            t("staffRestore"),
          )
        : null,
    );
  }

  function render() {
    replace(
      body,
      h("h2", { id: "history-heading" }, t("staffHistoryTitle")),
      alert ? h("p", { class: "admin-error", role: "alert", id: "history-alert", tabindex: "-1" }, alert) : null,
      entries === null && !alert
        ? h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"))
        : entries?.length === 0
          ? h("p", {}, t("staffHistoryEmpty"))
          : h("ol", { class: "admin-history" }, (entries || []).map(entry)),
    );
  }

  render();
  load();
  return {
    relabel: (x) => {
      taxonomy = x;
      render();
    },
    close: () => (closed = true),
  };
}
