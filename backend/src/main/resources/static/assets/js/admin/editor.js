// The edit view: a form of the listing's fields (the draft's, or the published copy's until a draft
// is opened), "Save draft" (POST opens the draft, PUT with If-Match saves it) and "Submit for
// review". A refused listing (400) shows each message next to its field and a summary in an alert;
// a draft changed meanwhile (412) shows who changed it when, and where it differs from what was
// sent, and lets the editor keep theirs (saved again on the new version) or take the current one.
// A new listing (no draft, no published copy) starts from `edit.template`; its first save opens
// the draft with POST, and `reload({ id })` is told the id the API gave it.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, LISTINGS, listingUrl, failure, labels } from "./api.js";
import { differences, fieldLabel, show, when } from "./fields.js";
import { correctionBeside } from "./correction-panel.js";

/** The control to focus once the view is shown again after an action. */
let focusNext = null;

const LIST_FIELDS = new Set(["services", "industries", "languages", "workstation.focusIndustries"]);

export function showEditor({ id: listingId, edit, tax, body, reload, announce, session }) {
  const draft = edit.draft;
  const fresh = !draft && !edit.published;
  let id = listingId;
  let model = structuredClone(draft ? draft.listing : edit.published || edit.template || {});
  let etag = draft?.etag || null;
  const locked = draft?.listing?.status === "in_review";
  let dirty = false;
  let errors = []; // [{field, message}]
  let stale = null; // {current, mine}
  let alert = null; // text of a failure
  let busy = false;
  let taxonomy = tax;

  const get = (path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), model);
  function set(path, value) {
    const keys = path.split(".");
    let o = model;
    for (const k of keys.slice(0, -1)) o = o[k] && typeof o[k] === "object" ? o[k] : (o[k] = {});
    if (value === "" || value === null || value === undefined) delete o[keys.at(-1)];
    else o[keys.at(-1)] = value;
  }

  /** The listing as sent: empty groups dropped (the API treats them as absent anyway). */
  function listing() {
    const out = structuredClone(model);
    for (const key of ["name", "location", "description", "contacts", "workstation", "verification"]) {
      if (out[key] && Object.keys(out[key]).length === 0) delete out[key];
    }
    if (out.location?.geo && Object.keys(out.location.geo).length === 0) delete out.location.geo;
    return out;
  }

  const fieldId = (path) => "f-" + path.replace(/\./g, "-");
  const errorOf = (path) => errors.find((e) => e.field === path);

  function described(path, control) {
    const error = errorOf(path);
    if (error) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", fieldId(path) + "-error");
    }
    return error ? h("p", { id: fieldId(path) + "-error", class: "field-error" }, error.message) : null;
  }

  function text(path, { type = "text", multiline = false, readonly = false } = {}) {
    const value = get(path);
    const attrs = { id: fieldId(path), name: path, readonly, disabled: locked && !readonly };
    const control = multiline
      ? h("textarea", { ...attrs, rows: 4 }, value ?? "")
      : h("input", { ...attrs, type, value: value ?? "", step: type === "number" ? "any" : null });
    return h(
      "div",
      { class: "admin-field" },
      h("label", { for: fieldId(path) }, fieldLabel(path)),
      control,
      described(path, control),
    );
  }

  function choice(path, options) {
    const value = get(path) ?? "";
    const control = h(
      "select",
      { id: fieldId(path), name: path, disabled: locked },
      h("option", { value: "" }, t("staffNone")),
      options.map((o) =>
        o.group
          ? h("optgroup", { label: o.group }, o.options.map((c) => h("option", { value: c.code, selected: c.code === value }, c.label)))
          : h("option", { value: o.code, selected: o.code === value }, o.label || o.code),
      ),
    );
    return h(
      "div",
      { class: "admin-field" },
      h("label", { for: fieldId(path) }, fieldLabel(path)),
      control,
      described(path, control),
    );
  }

  function checks(path, options) {
    const values = new Set(get(path) || []);
    const error = errorOf(path);
    const boxes = options.map((o) => {
      const boxId = `${fieldId(path)}-${o.code}`;
      return h(
        "span",
        { class: "admin-check" },
        h("input", { type: "checkbox", id: boxId, name: path, value: o.code, checked: values.has(o.code), disabled: locked }),
        h("label", { for: boxId }, o.label || o.code),
      );
    });
    return h(
      "fieldset",
      {
        class: "admin-checkgroup",
        id: fieldId(path),
        tabindex: "-1",
        "aria-invalid": error ? "true" : null,
        "aria-describedby": error ? fieldId(path) + "-error" : null,
      },
      h("legend", {}, fieldLabel(path)),
      h("div", { class: "admin-checklist" }, boxes),
      error ? h("p", { id: fieldId(path) + "-error", class: "field-error" }, error.message) : null,
    );
  }

  /** Whether a code is inside the member's scope for a facet (no scope on it: every code). */
  const inScope = (facet, code) => !session?.scope?.[facet] || session.scope[facet].includes(code);

  const group = (key, ...fields) => h("fieldset", { class: "admin-group" }, h("legend", {}, t(key)), fields);

  function form() {
    const x = taxonomy || {};
    // A scoped member cannot move a listing out of the scope: only its countries are offered.
    const countries = (x.continents || [])
      .filter((c) => inScope("continent", c.code))
      .map((c) => ({ group: c.label, options: (c.countries || []).filter((k) => inScope("country", k.code)) }))
      .filter((c) => c.options.length);
    const f = h(
      "form",
      { class: "admin-form", novalidate: true, "aria-labelledby": "listing-heading" },
      group(
        "staffGroupBasics",
        fresh ? null : text("id", { readonly: true }),
        choice("kind", x.kinds || []),
        choice("orgType", x.orgTypes || []),
      ),
      group(
        "staffGroupNames",
        text("name.zh"),
        text("name.en"),
        text("name.original"),
        choice("name.originalLanguage", x.languages || []),
      ),
      group(
        "staffGroupLocation",
        choice("location.country", countries),
        text("location.city"),
        text("location.cityZh"),
        text("location.address"),
        text("location.geo.lat", { type: "number" }),
        text("location.geo.lon", { type: "number" }),
      ),
      checks("services", x.services || []),
      checks("industries", x.industries || []),
      checks("languages", x.languages || []),
      group("staffGroupDescriptions", text("description.zh", { multiline: true }), text("description.en", { multiline: true })),
      group("staffGroupContacts", text("contacts.website", { type: "url" }), text("contacts.email", { type: "email" }), text("contacts.phone", { type: "tel" })),
      get("kind") === "workstation"
        ? group(
            "staffGroupWorkstation",
            text("workstation.hostOrganisation"),
            checks("workstation.focusIndustries", x.industries || []),
            coveredCountries(),
          )
        : null,
      group("staffGroupVerification", text("verification.verifiedBy"), text("verification.lastVerified", { type: "date" })),
      locked
        ? null
        : h(
            "div",
            { class: "admin-buttons" },
            h("button", { type: "submit", id: "save-draft", class: "primary", disabled: busy }, t("staffSaveDraft")),
            h("button", { type: "button", id: "submit-draft", disabled: busy, onclick: submit }, t("staffSubmit")),
          ),
    );
    f.addEventListener("input", read);
    f.addEventListener("change", (event) => {
      read(event);
      if (event.target.name === "kind") render(); // the workstation's fields come and go
    });
    f.addEventListener("submit", (event) => {
      event.preventDefault();
      save();
    });
    return f;
  }

  function coveredCountries() {
    const path = "workstation.coveredCountries";
    const control = h("input", { id: fieldId(path), name: path, value: (get(path) || []).join(", "), disabled: locked });
    return h("div", { class: "admin-field" }, h("label", { for: fieldId(path) }, fieldLabel(path)), control, described(path, control));
  }

  function read(event) {
    const target = event.target;
    const path = target.name;
    if (!path || target.readOnly) return;
    dirty = true;
    if (LIST_FIELDS.has(path)) {
      const checked = [...target.form.querySelectorAll(`input[type=checkbox]`)]
        .filter((c) => c.name === path && c.checked)
        .map((c) => c.value);
      set(path, checked);
    } else if (path === "workstation.coveredCountries") {
      set(path, target.value.split(/[\s,，]+/).filter(Boolean).map((c) => c.toUpperCase()));
    } else if (target.type === "number") {
      set(path, target.value === "" ? null : Number(target.value));
    } else {
      set(path, target.value);
    }
  }

  function notices() {
    const out = [];
    if (fresh) out.push(h("p", { class: "admin-notice" }, t("staffNewListingNotice")));
    else if (!draft) out.push(h("p", { class: "admin-notice" }, t("staffEditingPublished")));
    if (locked) out.push(h("p", { class: "admin-notice" }, t("staffInReviewLocked")));
    const w = draft?.workflow;
    if (w?.rejectionReason) {
      out.push(h("p", { class: "admin-notice admin-warning" }, t("staffRejected", { who: w.rejectedBy, reason: w.rejectionReason })));
    }
    if (alert) out.push(h("p", { class: "admin-error", role: "alert", id: "editor-alert", tabindex: "-1" }, alert));
    if (errors.length) {
      out.push(
        h(
          "div",
          { class: "admin-error-summary", role: "alert", id: "editor-alert", tabindex: "-1" },
          h("p", {}, t("staffFieldsFailed", { n: errors.length })),
          h(
            "ul",
            {},
            errors.map((e) => {
              const target = document.getElementById(fieldId(e.field)) ? `#${fieldId(e.field)}` : null;
              const text = `${fieldLabel(e.field)}: ${e.message}`;
              if (!target) return h("li", {}, text);
              const a = h("a", { href: target }, text);
              a.addEventListener("click", (event) => {
                event.preventDefault();
                document.getElementById(fieldId(e.field))?.focus();
              });
              return h("li", {}, a);
            }),
          ),
        ),
      );
    }
    if (stale) out.push(conflict());
    return out;
  }

  function conflict() {
    const { current, mine } = stale;
    const w = current.workflow || {};
    const label = taxonomy ? labels(taxonomy) : new Map();
    const changes = differences(current.listing, mine);
    return h(
      "section",
      { class: "admin-conflict", role: "alert", "aria-labelledby": "stale-heading" },
      h("h2", { id: "stale-heading", tabindex: "-1" }, t("staffStaleTitle")),
      h("p", {}, t("staffStaleBy", { who: w.editedBy || "?", at: when(w.editedAt, lang()) })),
      changes.length === 0
        ? h("p", {}, t("staffStaleSame"))
        : h(
            "table",
            { class: "admin-table admin-diff" },
            h("caption", {}, t("staffStaleDiff")),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("staffField")), h("th", { scope: "col" }, t("staffTheirs")), h("th", { scope: "col" }, t("staffMine")))),
            h(
              "tbody",
              {},
              changes.map((c) =>
                h("tr", {}, h("th", { scope: "row" }, fieldLabel(c.field)), h("td", {}, show(c.before, c.field, label)), h("td", {}, show(c.after, c.field, label))),
              ),
            ),
          ),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "keep-mine", class: "primary", onclick: keepMine }, t("staffKeepMine")),
        h("button", { type: "button", id: "take-theirs", onclick: takeTheirs }, t("staffTakeTheirs")),
      ),
    );
  }

  function keepMine() {
    etag = stale.current.etag;
    model = stale.mine;
    stale = null;
    save();
  }

  function takeTheirs() {
    etag = stale.current.etag;
    model = structuredClone(stale.current.listing);
    stale = null;
    dirty = false;
    render();
    announce(t("staffTookTheirs"));
    document.getElementById(fieldId("name.zh"))?.focus();
  }

  /** Saves; true when the draft is stored as shown. */
  async function save({ quiet = false } = {}) {
    busy = true;
    errors = [];
    alert = null;
    const sent = listing();
    const answer = draft || etag
      ? await send("PUT", listingUrl(id, "/draft"), sent, etag)
      : await send("POST", LISTINGS, sent);
    busy = false;
    if (answer.status === 200 || answer.status === 201) {
      dirty = false;
      etag = answer.body.etag || answer.etag;
      id = answer.body.listing?.id || id; // a new listing's id, derived by the API
      if (report) await report.saved();
      if (!quiet) {
        focusNext = "save-draft";
        announce(t("staffSaved"));
        reload({ id });
      }
      return true;
    }
    if (answer.status === 400 && Array.isArray(answer.body?.errors)) {
      errors = answer.body.errors;
    } else if (answer.status === 412 && answer.body?.current) {
      stale = { current: { ...answer.body.current, etag: answer.body.current.etag || answer.etag }, mine: sent };
    } else {
      alert = failure(answer);
    }
    render();
    const target = stale ? document.getElementById("stale-heading") : document.getElementById("editor-alert");
    target?.focus();
    return false;
  }

  async function submit() {
    if ((dirty || !etag) && !(await save({ quiet: true }))) return;
    busy = true;
    const answer = await send("POST", listingUrl(id, "/draft/submit"), undefined, etag);
    busy = false;
    if (answer.status === 200) {
      focusNext = "listing-heading";
      announce(t("staffSubmitted"));
      reload({ id });
      return;
    }
    if (answer.status === 400 && Array.isArray(answer.body?.errors)) errors = answer.body.errors;
    else if (answer.status === 412 && answer.body?.current) {
      stale = { current: { ...answer.body.current, etag: answer.body.current.etag || answer.etag }, mine: listing() };
    } else alert = failure(answer);
    render();
    (stale ? document.getElementById("stale-heading") : document.getElementById("editor-alert"))?.focus();
  }

  function render() {
    const f = form();
    // first, so that the summary can link to the fields
    replace(body, report ? h("div", { class: "admin-with-report" }, f, report.panel) : f);
    body.prepend(...notices());
  }

  // A visitor's report being applied (from the corrections screen): beside the form, its
  // suggested value filled in, marked applied when the draft is saved.
  const report = correctionBeside({
    set,
    locked,
    announce,
    filled: () => {
      dirty = true;
      render();
    },
  });
  render();
  if (focusNext) {
    const target = document.getElementById(focusNext);
    focusNext = null;
    if (target) {
      if (target.tagName === "H1") target.tabIndex = -1;
      target.focus();
    }
  }

  return {
    relabel: (x) => {
      taxonomy = x;
      render();
    },
  };
}
