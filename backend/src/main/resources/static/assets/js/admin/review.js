// The review view: the draft beside the published version, field by field (GET …/diff), "Publish"
// and "Reject" (with a required reason) for a draft in review, and suspend / reinstate / archive of
// the published copy, each after a confirmation in a modal dialog.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, listingUrl, failure, labels } from "./api.js";
import { fieldLabel, show, when } from "./fields.js";

/** The status actions and the statuses each starts from (as the API's Workflow has them). */
const STATUS_ACTIONS = [
  ["suspend", ["published"]],
  ["reinstate", ["suspended"]],
  ["archive", ["published", "suspended"]],
];

let focusNext = null;

/** The button text of a status action: staffSuspend, staffReinstate, staffArchive. */
const verb = (action) => `staff${action[0].toUpperCase()}${action.slice(1)}`;

export function showReview({ id, edit, tax, body, reload, announce, can }) {
  const draft = edit.draft;
  const inReview = draft?.listing?.status === "in_review";
  let diff = null;
  let alert = null;
  let reasonError = null;
  let overwrite = false;
  let closed = false;
  let taxonomy = tax;

  async function load() {
    if (!draft) return;
    const answer = await send("GET", listingUrl(id, "/diff"));
    if (closed) return;
    if (answer.status === 200) diff = answer.body;
    else alert = failure(answer);
    if (alert) render();
    else replace(review, ...reviewParts()); // the status buttons below stay as they are
  }

  function comparison() {
    if (!draft) return h("p", {}, t("staffNoDraft"));
    if (!diff) return h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"));
    const label = taxonomy ? labels(taxonomy) : new Map();
    return [
      edit.published ? null : h("p", { class: "admin-notice" }, t("staffNewListing")),
      diff.publishedChanged ? h("p", { class: "admin-notice admin-warning" }, t("staffPublishedChanged")) : null,
      diff.changes.length === 0
        ? h("p", {}, t("staffNoChanges"))
        : h(
            "table",
            { class: "admin-table admin-diff", id: "review-diff" },
            h("caption", { class: "visually-hidden" }, t("staffDiffTitle")),
            h(
              "thead",
              {},
              h("tr", {}, h("th", { scope: "col" }, t("staffField")), h("th", { scope: "col" }, t("staffPublished")), h("th", { scope: "col" }, t("staffDraft"))),
            ),
            h(
              "tbody",
              {},
              diff.changes.map((c) =>
                h(
                  "tr",
                  { dataset: { field: c.field } },
                  h("th", { scope: "row" }, fieldLabel(c.field)),
                  h("td", { class: "diff-before" }, show(c.before, c.field, label)),
                  h("td", { class: "diff-after" }, show(c.after, c.field, label)),
                ),
              ),
            ),
          ),
    ];
  }

  function decision() {
    // Shown with the diff only: a reviewer decides on what they have seen.
    if (!draft || !diff || !can("review")) return null;
    if (!inReview) return h("p", { class: "admin-notice" }, t("staffNotInReview"));
    const reason = h("textarea", {
      id: "reject-reason",
      name: "reason",
      rows: 3,
      "aria-invalid": reasonError ? "true" : null,
      "aria-describedby": reasonError ? "reject-reason-error" : null,
    });
    const reject = h(
      "form",
      { class: "admin-reject", novalidate: true },
      h("label", { for: "reject-reason" }, t("staffRejectReason")),
      reason,
      reasonError ? h("p", { id: "reject-reason-error", class: "field-error", role: "alert" }, reasonError) : null,
      h("button", { type: "submit", id: "reject" }, t("staffReject")),
    );
    reject.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      if (!text) {
        reasonError = t("staffReasonRequired");
        render();
        document.getElementById("reject-reason").focus();
        return;
      }
      const answer = await send("POST", listingUrl(id, "/draft/reject"), { reason: text }, draft.etag);
      if (answer.status === 200) {
        focusNext = "listing-heading";
        announce(t("staffRejectedDone"));
        reload();
      } else if (answer.status === 400 && answer.body?.errors) {
        reasonError = answer.body.errors.map((e) => e.message).join(" ");
        render();
        document.getElementById("reject-reason").focus();
      } else fail(answer);
    });
    return h(
      "div",
      { class: "admin-decision" },
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "publish", class: "primary", onclick: publish }, overwrite ? t("staffPublishOverwrite") : t("staffPublish")),
      ),
      reject,
    );
  }

  async function publish() {
    const query = overwrite ? "?overwrite=true" : "";
    const answer = await send("POST", listingUrl(id, "/draft/publish" + query), undefined, draft.etag);
    if (answer.status === 200) {
      focusNext = "listing-heading";
      announce(t("staffPublishedDone"));
      reload();
    } else if (answer.status === 409 && answer.body?.parameter === "baseVersion") {
      // The published copy changed meanwhile: say so; a second click publishes anyway.
      overwrite = true;
      fail(answer);
    } else fail(answer);
  }

  function fail(answer) {
    alert = answer.status === 412 ? t("staffStaleTitle") : failure(answer);
    render();
    document.getElementById("review-alert")?.focus();
    if (answer.status === 412) reload();
  }

  function statusActions() {
    const published = edit.published;
    if (!published || !can("review")) return null;
    const actions = STATUS_ACTIONS.filter(([, from]) => from.includes(published.status));
    if (actions.length === 0) return null;
    return h(
      "section",
      { class: "admin-status-actions", "aria-labelledby": "status-actions-heading" },
      h("h2", { id: "status-actions-heading" }, t("staffListingStatus")),
      h(
        "div",
        { class: "admin-buttons" },
        actions.map(([action]) =>
          h("button", { type: "button", id: `action-${action}`, onclick: () => confirmAction(action) }, t(verb(action))),
        ),
      ),
    );
  }

  function confirmAction(action) {
    const opener = document.getElementById(`action-${action}`);
    const dialog = h(
      "dialog",
      { class: "admin-dialog", "aria-labelledby": "confirm-text" },
      h("p", { id: "confirm-text" }, t(`staffConfirm_${action}`)),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "confirm-action", class: "primary", onclick: () => dialog.close("yes") }, t(verb(action))),
        h("button", { type: "button", id: "cancel-action", onclick: () => dialog.close("no") }, t("staffCancel")),
      ),
    );
    document.body.append(dialog);
    dialog.addEventListener("close", async () => {
      dialog.remove();
      if (dialog.returnValue !== "yes") {
        opener?.focus();
        return;
      }
      // Made on the published version this view was shown with (If-Match).
      const answer = await send("POST", listingUrl(id, `/${action}`), undefined, edit.publishedEtag);
      if (answer.status === 200) {
        focusNext = "listing-heading";
        announce(t(`staffDone_${action}`));
        reload();
      } else if (answer.status === 412) {
        // Changed meanwhile: say by whom and when, and show the listing as it is now.
        const change = answer.body?.current?.publishedChange;
        reload({ notice: t("staffStaleListing", { who: change?.by || "?", at: change ? when(change.at, lang()) : "?" }) });
      } else fail(answer);
    });
    dialog.showModal();
    document.getElementById("cancel-action").focus();
  }

  const review = h("section", { "aria-labelledby": "review-heading" });
  const reviewParts = () => [h("h2", { id: "review-heading" }, t("staffDiffTitle")), comparison(), decision()];

  function render() {
    replace(review, ...reviewParts());
    replace(
      body,
      alert ? h("p", { class: "admin-error", role: "alert", id: "review-alert", tabindex: "-1" }, alert) : null,
      review,
      statusActions(),
    );
  }

  render();
  load();
  if (focusNext) {
    const target = document.getElementById(focusNext);
    focusNext = null;
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }

  return {
    relabel: (x) => {
      taxonomy = x;
      render();
    },
    close: () => (closed = true),
  };
}
