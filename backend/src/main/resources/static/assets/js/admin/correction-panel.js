// A visitor's correction report beside the edit form, when the editor was opened from the
// corrections screen (/admin?listing=ID&view=edit&correction=REPORT): the report itself, its
// suggested value filled into the field it names (when there is one the form has), and the report
// marked applied once the draft is saved ("Mark applied" for a change made otherwise).

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";
import { fieldLabel, when } from "./fields.js";
import { correctionUrl, refreshOpenCount } from "./corrections.js";

/** The form field a report's suggested value goes into; a Chinese visitor's name is the Chinese one. */
function pathOf(report) {
  switch (report.field) {
    case "phone":
      return "contacts.phone";
    case "email":
      return "contacts.email";
    case "website":
      return "contacts.website";
    case "address":
      return "location.address";
    case "name":
      return report.lang === "zh" ? "name.zh" : "name.en";
    default:
      return null;
  }
}

/**
 * The report of the URL's `correction`, or null without one.
 *
 * @param set writes a value into the editor's listing (dotted path)
 * @param locked the draft is in review: nothing is filled in
 * @param filled called once the suggested value is in the listing, to show it
 */
export function correctionBeside({ set, locked, filled, announce }) {
  const id = new URLSearchParams(location.search).get("correction");
  if (!id) return null;
  let report = null;
  let alert = null;
  let prefilled = null;
  const panel = h("aside", { class: "admin-correction-panel", "aria-labelledby": "correction-panel-heading" });

  async function load() {
    const answer = await send("GET", correctionUrl(id));
    if (answer.status !== 200) {
      alert = failure(answer);
      render();
      return;
    }
    report = answer.body;
    const path = pathOf(report);
    if (report.state === "open" && report.suggestedValue && path && !locked) {
      set(path, report.suggestedValue);
      prefilled = path;
      filled();
      announce(t("staffCorrectionPrefilled", { field: fieldLabel(path) }));
    }
    render();
  }

  /** Marks the report applied (quietly after the draft was saved); true when it is. */
  async function markApplied(quiet = false) {
    if (report?.state !== "open") return true;
    const answer = await send("POST", correctionUrl(id, "/applied"));
    if (answer.status === 200) {
      report = answer.body;
      alert = null;
      if (quiet !== true) announce(t("staffCorrectionAppliedDone"));
      refreshOpenCount();
    } else alert = failure(answer);
    render();
    return answer.status === 200;
  }

  function render() {
    const facts = report
      ? [
          [t("staffCorrectionField"), t(`correctionField_${report.field}`)],
          [t("staffCorrectionText"), report.description],
          [t("staffCorrectionSuggested"), report.suggestedValue || t("staffNone")],
          [t("staffCorrectionContact"), report.email ? h("a", { href: `mailto:${report.email}` }, report.email) : t("staffNone")],
          [t("staffCorrectionReceived"), when(report.received, lang())],
        ]
      : [];
    replace(
      panel,
      h("h2", { id: "correction-panel-heading" }, t("staffCorrectionBeside")),
      alert ? h("p", { class: "admin-error", role: "alert" }, alert) : null,
      report ? h("dl", { class: "admin-facts" }, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])) : null,
      prefilled && report?.state === "open" ? h("p", { class: "admin-notice" }, t("staffCorrectionPrefilled", { field: fieldLabel(prefilled) })) : null,
      report?.state === "open"
        ? [
            h("p", { class: "muted" }, t("staffCorrectionAppliesOnSave")),
            h("button", { type: "button", id: "correction-applied", onclick: () => markApplied() }, t("staffCorrectionMarkApplied")),
          ]
        : null,
      report && report.state !== "open"
        ? h(
            "p",
            { class: "admin-notice", id: "correction-state" },
            t(`staffCorrectionState_${report.state}`),
            " · ",
            t("staffCorrectionHandled", { who: report.handledBy || "?", at: when(report.handledAt, lang()) }),
          )
        : null,
    );
  }

  render();
  load();
  return { panel, saved: () => markApplied(true) };
}
