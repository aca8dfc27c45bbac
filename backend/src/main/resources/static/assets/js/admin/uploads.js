// The uploads screen (/admin?screen=uploads, /admin?screen=uploads&upload=ID one upload): a file of
// listings (CSV, XLSX, JSON, NDJSON, as `indexer import` reads them) is sent to
// POST /api/v1/admin/uploads, checked in the background without writing anything (a dry run), and
// followed through its progress stream (server-sent events). Its report shows the counts, the rows
// refused (row, column, why), the likely duplicates and each change field by field; "Apply as
// drafts" makes the new and changed rows drafts in review, "Publish" (reviewers, admins) publishes
// them. The URL names the upload, so leaving the page loses nothing: the list below re-opens it.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";
import { csrfToken } from "./session.js";
import { fieldLabel, nameOf, show, when } from "./fields.js";

export const UPLOADS = "/api/v1/admin/uploads";
const uploadUrl = (id, rest = "") => `${UPLOADS}/${encodeURIComponent(id)}${rest}`;

export function showUploads({ can, navigate, announce, view }, params) {
  let current = params.get("upload");
  let upload = null;
  let progress = null;
  let earlier = null;
  let alert = null;
  let busy = false;
  let events = null;
  let closed = false;

  async function loadList() {
    const answer = await send("GET", `${UPLOADS}?size=20`);
    if (closed) return;
    earlier = answer.status === 200 ? answer.body.uploads : [];
    render();
  }

  async function loadUpload() {
    if (!current) return;
    const answer = await send("GET", uploadUrl(current));
    if (closed) return;
    if (answer.status === 200) {
      upload = answer.body;
      if (upload.state === "checking" || upload.state === "applying") follow();
    } else alert = failure(answer);
    render();
  }

  /** The progress stream until the upload is checked, applied or failed; then its report. */
  function follow() {
    events?.close();
    events = new EventSource(uploadUrl(current, "/events"));
    events.addEventListener("progress", (event) => {
      progress = JSON.parse(event.data);
      if (["checked", "applied", "failed"].includes(progress.state)) {
        events.close();
        events = null;
        progress = null;
        loadUpload().then(() => {
          announce(t(`staffUploadState_${upload?.state}`));
          loadList();
        });
      } else render();
    });
    events.onerror = () => {
      // The stream ended or broke: read the upload as stored.
      events?.close();
      events = null;
      if (!closed) setTimeout(loadUpload, 1000);
    };
  }

  async function start(event) {
    event.preventDefault();
    const input = document.getElementById("upload-file");
    const file = input.files[0];
    if (!file) {
      alert = t("staffUploadChooseFile");
      render();
      return;
    }
    const form = new FormData();
    form.append("file", file, file.name);
    busy = true;
    alert = null;
    render();
    const response = await fetch(UPLOADS, {
      method: "POST",
      headers: { Accept: "application/json", "X-XSRF-TOKEN": csrfToken() },
      credentials: "same-origin",
      body: form,
    });
    busy = false;
    const body = await response.json().catch(() => null);
    if (response.status === 202) {
      upload = body;
      current = body.id;
      navigate(new URLSearchParams({ screen: "uploads", upload: body.id }), { replace: false, focus: false });
      return;
    }
    if (response.status === 413) alert = t("staffUploadTooLarge", { max: body?.maxSize || "" });
    else if (response.status === 400) alert = t("staffUploadWrongKind");
    else alert = failure({ status: response.status, body });
    render();
  }

  async function apply(mode) {
    busy = true;
    render();
    const answer = await send("POST", uploadUrl(current, "/apply"), { mode });
    busy = false;
    if (answer.status === 202) {
      upload = answer.body;
      follow();
    } else alert = failure(answer);
    render();
  }

  function picker() {
    return h(
      "form",
      { id: "upload-form", class: "admin-upload-form", onsubmit: start },
      h("div", { class: "admin-field" }, h("label", { for: "upload-file" }, t("staffUploadFile")), h("input", { type: "file", id: "upload-file", accept: ".csv,.txt,.xlsx,.json,.ndjson,.jsonl" })),
      h("p", { class: "muted" }, t("staffUploadHint")),
      h("div", { class: "admin-buttons" }, h("button", { type: "submit", id: "upload-start", class: "primary", disabled: busy }, t("staffUploadCheck"))),
    );
  }

  function progressBar() {
    if (!upload || !["checking", "applying"].includes(upload.state)) return null;
    const p = progress || { state: upload.state, rowsRead: upload.rowsRead, rowsApplied: 0, toApply: 0 };
    const applying = p.state === "applying";
    const bar = applying && p.toApply > 0 ? h("progress", { id: "upload-progress", max: p.toApply, value: p.rowsApplied }) : h("progress", { id: "upload-progress" });
    return h(
      "div",
      { class: "admin-upload-progress", "aria-live": "polite" },
      bar,
      h("p", { id: "upload-progress-text" }, applying ? t("staffUploadApplying", { n: p.rowsApplied, of: p.toApply }) : t("staffUploadReading", { n: p.rowsRead })),
    );
  }

  function counts(u) {
    if (!u.counts) return null;
    const c = u.counts;
    return h(
      "dl",
      { class: "admin-facts admin-upload-counts", id: "upload-counts" },
      [
        ["new", c.newRows],
        ["changed", c.changed],
        ["unchanged", c.unchanged],
        ["rejected", c.rejected],
      ].map(([k, n]) => [h("dt", {}, t(`staffUploadCount_${k}`)), h("dd", { dataset: { count: k } }, String(n))]),
    );
  }

  function errors(u) {
    if (!u.errors?.length) return null;
    return [
      h("h2", { id: "upload-errors-heading" }, t("staffUploadErrors")),
      h(
        "table",
        { class: "admin-table", id: "upload-errors", "aria-labelledby": "upload-errors-heading" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("staffUploadRow")), h("th", { scope: "col" }, t("staffUploadColumn")), h("th", { scope: "col" }, t("staffUploadMessage")))),
        h("tbody", {}, u.errors.map((e) => h("tr", {}, h("td", {}, String(e.row)), h("td", {}, e.column), h("td", {}, e.message)))),
      ),
    ];
  }

  function warnings(u) {
    if (!u.warnings?.length) return null;
    return [
      h("h2", {}, t("staffUploadWarnings")),
      h("ul", { id: "upload-warnings" }, u.warnings.map((w) => h("li", {}, t("staffUploadDuplicate", { row: w.row, id: w.listingId, existing: w.existingId, reason: w.reason })))),
    ];
  }

  function changes(u) {
    if (!u.changes?.length) return null;
    return [
      h("h2", {}, t("staffUploadChanges")),
      h(
        "div",
        { id: "upload-changes" },
        u.changes.map((c) =>
          h(
            "details",
            { class: "admin-upload-change", dataset: { listing: c.listingId, kind: c.kind } },
            h("summary", {}, t("staffUploadChange", { row: c.row, name: nameOf({ name: c.name, id: c.listingId }, lang()), kind: t(`staffUploadCount_${c.kind}`) })),
            h(
              "table",
              { class: "admin-table" },
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("staffUploadField")), h("th", { scope: "col" }, t("staffUploadBefore")), h("th", { scope: "col" }, t("staffUploadAfter")))),
              h("tbody", {}, c.fields.map((f) => h("tr", {}, h("th", { scope: "row" }, fieldLabel(f.field)), h("td", {}, show(f.before, f.field)), h("td", {}, show(f.after, f.field))))),
            ),
          ),
        ),
      ),
    ];
  }

  function actions(u) {
    if (u.state !== "checked") return null;
    const pending = (u.counts?.newRows || 0) + (u.counts?.changed || 0);
    if (pending === 0) return h("p", {}, t("staffUploadNothing"));
    return h(
      "div",
      { class: "admin-buttons" },
      h("button", { type: "button", id: "upload-apply-drafts", class: can("review") ? null : "primary", disabled: busy, onclick: () => apply("drafts") }, t("staffUploadApplyDrafts")),
      can("review") ? h("button", { type: "button", id: "upload-apply-publish", class: "primary", disabled: busy, onclick: () => apply("publish") }, t("staffUploadApplyPublish")) : null,
    );
  }

  function applied(u) {
    if (!u.applied) return null;
    const a = u.applied;
    return h(
      "p",
      { class: "admin-notice", id: "upload-applied" },
      t(a.mode === "publish" ? "staffUploadAppliedPublished" : "staffUploadAppliedDrafts", { n: a.mode === "publish" ? a.published : a.drafts, rejected: a.rejected, who: a.by, at: when(a.at, lang()) }),
    );
  }

  function report() {
    if (!upload) return null;
    const u = upload;
    return h(
      "section",
      { class: "admin-upload", id: "upload-report", dataset: { state: u.state }, "aria-labelledby": "upload-report-heading" },
      h("h2", { id: "upload-report-heading", tabindex: "-1" }, u.fileName, h("span", { class: "muted" }, " · ", t(`staffUploadState_${u.state}`))),
      progressBar(),
      u.failure ? h("p", { class: "admin-error", role: "alert" }, u.failure) : null,
      counts(u),
      u.truncated ? h("p", { class: "muted" }, t("staffUploadTruncated")) : null,
      actions(u),
      applied(u),
      applied(u) && u.applied.errors?.length ? errors({ errors: u.applied.errors }) : null,
      errors(u),
      warnings(u),
      changes(u),
    );
  }

  function list() {
    if (!earlier?.length) return null;
    return [
      h("h2", {}, t("staffUploadEarlier")),
      h(
        "ul",
        { id: "upload-list", class: "admin-upload-list" },
        earlier.map((u) => {
          const target = new URLSearchParams({ screen: "uploads", upload: u.id });
          const a = h("a", { href: `/admin?${target}` }, u.fileName);
          a.addEventListener("click", (event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            navigate(target);
          });
          return h("li", { dataset: { id: u.id, state: u.state } }, a, h("span", { class: "muted" }, " · ", t(`staffUploadState_${u.state}`), " · ", u.uploadedBy, " · ", when(u.uploadedAt, lang())));
        }),
      ),
    ];
  }

  function render() {
    replace(
      view,
      h("h1", { id: "uploads-heading", tabindex: "-1" }, t("staffUploadsTitle")),
      picker(),
      alert ? h("p", { class: "admin-error", role: "alert" }, alert) : null,
      report(),
      list(),
    );
  }

  render();
  loadUpload();
  loadList();
  return {
    relabel: render,
    close: () => {
      closed = true;
      events?.close();
    },
  };
}
