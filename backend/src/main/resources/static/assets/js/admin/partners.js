// The partners screen (admins): the embedding partners as a table and a form for a new one
// (/admin?screen=partners), and one partner (/admin?screen=partners&partner=ID): its settings,
// enable/disable, rotating its key with a grace period, revoking it, and its daily usage. A new key
// is in the answer of create and rotate only; it is shown once, in a panel with copy buttons, and
// kept nowhere but in this page's memory until the screen changes.

import { t, lang, has } from "../i18n.js";
import { scopePickers, scopeOf } from "./scope-picker.js";
import { h, replace } from "../dom.js";
import { send, failure, taxonomy } from "./api.js";
import { when } from "./fields.js";

const PARTNERS = "/api/v1/admin/partners";
const partnerUrl = (id, rest = "") => `${PARTNERS}/${encodeURIComponent(id)}${rest}`;

/** The facets a partner's scope can be picked by (a region scope is kept but has no picker). */
const SCOPE_FACETS = ["continent", "country", "service", "industry", "orgType", "kind", "language"];

/** Grace periods offered when rotating, in hours. */
const GRACES = [0, 1, 24, 168, 720];

/** A key just issued ({partner, key, snippets}), to show once on the partner's screen. */
let issued = null;

export function showPartners(context, params) {
  const id = params.get("partner");
  return id ? showPartner(context, id) : showList(context);
}

/** A link to another screen of the workplace that keeps the browser's own link behaviour. */
function screenLink(navigate, params, text) {
  const a = h("a", { href: `/admin?${params}` }, text);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(params);
  });
  return a;
}

const detailParams = (id) => new URLSearchParams({ screen: "partners", partner: id });

// ---------------------------------------------------------------------------------------------
// The list and the new partner form

function showList({ navigate, view, announce }) {
  let answer = null;
  let tax;
  let closed = false;
  let errors = [];
  let typed = null; // what was typed into the new partner form, kept across re-renders

  async function load() {
    const [found, taxonomies] = await Promise.all([
      send("GET", PARTNERS),
      taxonomy(lang()).catch(() => null),
    ]);
    if (closed) return;
    answer = found;
    tax = taxonomies;
    render();
  }

  function table() {
    if (!answer) return h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"));
    if (answer.status !== 200) return h("p", { class: "admin-error", role: "alert" }, failure(answer));
    if (answer.body.length === 0) return h("p", {}, t("staffPartnerNone"));
    const rows = answer.body.map((p) =>
      h(
        "tr",
        { dataset: { partner: p.id } },
        h("th", { scope: "row" }, screenLink(navigate, detailParams(p.id), p.name)),
        h("td", { class: "admin-id" }, p.id),
        h("td", { class: "admin-id" }, p.keyPrefix ? `${p.keyPrefix}…` : t("staffPartnerRevoked")),
        h("td", {}, enabledBadge(p.enabled)),
        h("td", {}, p.allowedOrigins.length ? p.allowedOrigins.join(" ") : t("staffNone")),
        h("td", {}, scopeText(p.scope)),
        h("td", { class: "admin-number" }, String(p.requestsPerMinute)),
        h("td", { class: "admin-number" }, String(p.requestsLast7Days ?? 0)),
      ),
    );
    return h(
      "table",
      { class: "admin-table" },
      h("caption", { class: "visually-hidden" }, t("staffPartners")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            "staffPartnerColName",
            "staffPartnerColId",
            "staffPartnerColKey",
            "staffPartnerColEnabled",
            "staffPartnerColOrigins",
            "staffPartnerColScope",
            "staffPartnerColLimit",
            "staffPartnerColRequests7",
          ].map((k) => h("th", { scope: "col" }, t(k))),
        ),
      ),
      h("tbody", {}, rows),
    );
  }

  function newForm() {
    const form = partnerForm({
      idPrefix: "partner",
      values: typed || { id: "", name: "", allowedOrigins: [], scope: {}, requestsPerMinute: 600 },
      withId: true,
      tax,
      errors,
      submitLabel: "staffPartnerCreate",
      submitId: "partner-create",
      onSubmit: async (values) => {
        typed = values;
        const answer = await send("POST", PARTNERS, values);
        if (closed) return;
        if (answer.status === 201) {
          issued = answer.body;
          typed = null;
          announce(t("staffPartnerCreated"));
          navigate(detailParams(answer.body.partner.id));
          return;
        }
        errors = fieldErrors(answer);
        render();
        focusFirstError(view.querySelector(".admin-partner-new form"));
      },
    });
    return h(
      "section",
      { class: "admin-partner-new", "aria-labelledby": "partner-new-heading" },
      h("h2", { id: "partner-new-heading" }, t("staffPartnerNew")),
      form,
    );
  }

  function render() {
    const focused = document.activeElement?.id;
    replace(
      view,
      h("h1", { class: "admin-screen-title" }, t("staffPartners")),
      h("section", { "aria-labelledby": "partners-heading" }, h("h2", { id: "partners-heading", class: "visually-hidden" }, t("staffPartners")), table()),
      tax === undefined ? null : newForm(),
    );
    if (focused && document.getElementById(focused) && !errors.length) document.getElementById(focused).focus();
  }

  render();
  load();
  return {
    relabel: () => {
      taxonomy(lang())
        .then((x) => (tax = x))
        .catch(() => null)
        .finally(() => !closed && render());
    },
    close: () => (closed = true),
  };
}

// ---------------------------------------------------------------------------------------------
// One partner

function showPartner({ navigate, view, announce }, id) {
  let partner = null;
  let failed = null;
  let usage = null;
  let tax;
  let closed = false;
  let errors = [];
  let typed = null;
  let shown = issued && issued.partner.id === id ? issued : null;
  issued = null; // shown once: gone when the screen changes
  let snippetLang = lang();

  async function load() {
    const [found, used, taxonomies] = await Promise.all([
      send("GET", partnerUrl(id)),
      send("GET", partnerUrl(id, "/usage?days=30")),
      taxonomy(lang()).catch(() => null),
    ]);
    if (closed) return;
    if (found.status === 200) partner = found.body;
    else failed = found;
    usage = used.status === 200 ? used.body : null;
    tax = taxonomies;
    render();
  }

  async function act(path, body, message) {
    const answer = await send("POST", partnerUrl(id, path), body);
    if (closed) return null;
    if (answer.status === 200) {
      const changed = answer.body.partner || answer.body;
      partner = changed;
      if (answer.body.key) shown = answer.body;
      announce(message);
      render();
      return answer;
    }
    announce(answer.status === 400 ? answer.body?.detail || failure(answer) : failure(answer));
    return null;
  }

  function head() {
    return h(
      "div",
      { class: "admin-listing-head" },
      screenLink(navigate, new URLSearchParams({ screen: "partners" }), t("staffPartnerBack")),
      h("h1", { id: "partner-heading" }, partner.name),
      h(
        "dl",
        { class: "admin-partner-facts" },
        h("dt", {}, t("staffPartnerColId")),
        h("dd", { class: "admin-id" }, partner.id),
        h("dt", {}, t("staffPartnerColKey")),
        h("dd", { class: "admin-id", id: "partner-key-prefix" }, partner.keyPrefix ? `${partner.keyPrefix}…` : t("staffPartnerRevoked")),
        partner.previousKeyPrefix
          ? [
              h("dt", {}, t("staffPartnerPreviousKey")),
              h(
                "dd",
                { id: "partner-previous-key" },
                t("staffPartnerPreviousKeyUntil", {
                  prefix: `${partner.previousKeyPrefix}…`,
                  time: when(partner.previousKeyExpires, lang()),
                }),
              ),
            ]
          : null,
        h("dt", {}, t("staffPartnerColEnabled")),
        h("dd", {}, enabledBadge(partner.enabled)),
        h("dt", {}, t("staffPartnerKeyIssued")),
        h("dd", {}, when(partner.keyRotated, lang())),
      ),
    );
  }

  /** The key just issued, once, with copy buttons for it and the snippets. */
  function keyPanel() {
    if (!shown) return null;
    const snippets = shown.snippets[snippetLang];
    const choice = h(
      "fieldset",
      { class: "admin-snippet-lang" },
      h("legend", {}, t("staffPartnerSnippetLang")),
      ["zh", "en"].map((l) =>
        h(
          "span",
          { class: "admin-check" },
          h("input", {
            type: "radio",
            name: "snippet-lang",
            id: `snippet-lang-${l}`,
            value: l,
            checked: l === snippetLang,
            onchange: () => {
              snippetLang = l;
              render();
              document.getElementById(`snippet-lang-${l}`)?.focus();
            },
          }),
          h("label", { for: `snippet-lang-${l}`, lang: l === "zh" ? "zh-CN" : "en" }, l === "zh" ? "中文" : "English"),
        ),
      ),
    );
    return h(
      "section",
      { class: "admin-issued", id: "partner-issued", "aria-labelledby": "partner-issued-heading" },
      h("h2", { id: "partner-issued-heading" }, t("staffPartnerKeyHeading")),
      h("p", { class: "admin-issued-warning", role: "alert" }, t("staffPartnerKeyOnce")),
      copyable("partner-key", t("staffPartnerKey"), shown.key, false),
      choice,
      copyable("partner-script", t("staffPartnerScript"), snippets.script, true),
      copyable("partner-iframe", t("staffPartnerIframe"), snippets.iframe, true),
    );
  }

  function copyable(fieldId, label, value, multiline) {
    const control = multiline
      ? h("textarea", { id: fieldId, readonly: true, rows: 3, spellcheck: "false" }, value)
      : h("input", { id: fieldId, readonly: true, value, spellcheck: "false" });
    return h(
      "div",
      { class: "admin-field admin-copy" },
      h("label", { for: fieldId }, label),
      h(
        "div",
        { class: "admin-copy-row" },
        control,
        h(
          "button",
          { type: "button", id: `${fieldId}-copy`, onclick: () => copy(control, value, announce) },
          t("staffPartnerCopy"),
          h("span", { class: "visually-hidden" }, `: ${label}`),
        ),
      ),
    );
  }

  function editForm() {
    const form = partnerForm({
      idPrefix: "partner-edit",
      values: typed || partner,
      withId: false,
      tax,
      errors,
      submitLabel: "staffPartnerSave",
      submitId: "partner-save",
      onSubmit: async (values) => {
        typed = values;
        const { id: _ignored, ...change } = values;
        // Facets the form has no picker for (a region) stay as they are.
        for (const [facet, codes] of Object.entries(partner.scope || {})) {
          if (!SCOPE_FACETS.includes(facet)) change.scope[facet] = codes;
        }
        const answer = await send("PATCH", partnerUrl(id), change);
        if (closed) return;
        if (answer.status === 200) {
          partner = answer.body;
          typed = null;
          errors = [];
          announce(t("staffPartnerSaved"));
          render();
          return;
        }
        errors = fieldErrors(answer);
        render();
        focusFirstError(view.querySelector(".admin-partner-edit form"));
      },
    });
    return h(
      "section",
      { class: "admin-partner-edit", "aria-labelledby": "partner-edit-heading" },
      h("h2", { id: "partner-edit-heading" }, t("staffPartnerSettings")),
      form,
    );
  }

  function keyActions() {
    const grace = h(
      "select",
      { id: "partner-rotate-grace" },
      GRACES.map((hours) => h("option", { value: hours }, t(`staffPartnerGrace_${hours}`))),
    );
    return h(
      "section",
      { class: "admin-partner-actions", "aria-labelledby": "partner-actions-heading" },
      h("h2", { id: "partner-actions-heading" }, t("staffPartnerKeyActions")),
      h(
        "div",
        { class: "admin-buttons" },
        h(
          "button",
          {
            type: "button",
            id: "partner-toggle",
            onclick: () =>
              partner.enabled
                ? act("/disable", undefined, t("staffPartnerDisabledDone"))
                : act("/enable", undefined, t("staffPartnerEnabledDone")),
          },
          t(partner.enabled ? "staffPartnerDisable" : "staffPartnerEnable"),
        ),
      ),
      h(
        "div",
        { class: "admin-rotate" },
        h("div", { class: "admin-field" }, h("label", { for: "partner-rotate-grace" }, t("staffPartnerGrace")), grace),
        h(
          "button",
          {
            type: "button",
            id: "partner-rotate",
            onclick: async () => {
              const answer = await act("/rotate", { graceHours: Number(grace.value) }, t("staffPartnerRotated"));
              if (answer) document.getElementById("partner-key")?.focus();
            },
          },
          t("staffPartnerRotate"),
        ),
      ),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "partner-revoke", class: "admin-danger", onclick: confirmRevoke }, t("staffPartnerRevoke")),
      ),
    );
  }

  function confirmRevoke() {
    const opener = document.activeElement;
    const dialog = h(
      "dialog",
      { class: "admin-dialog", "aria-labelledby": "confirm-revoke-text" },
      h("p", { id: "confirm-revoke-text" }, t("staffPartnerConfirmRevoke", { name: partner.name })),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "confirm-revoke", class: "primary", onclick: () => dialog.close("yes") }, t("staffPartnerRevoke")),
        h("button", { type: "button", id: "cancel-revoke", onclick: () => dialog.close("no") }, t("staffCancel")),
      ),
    );
    document.body.append(dialog);
    dialog.addEventListener("close", async () => {
      dialog.remove();
      if (dialog.returnValue !== "yes") {
        opener?.focus();
        return;
      }
      shown = null;
      await act("/revoke", undefined, t("staffPartnerRevokedDone"));
      document.getElementById("partner-heading")?.focus();
    });
    dialog.showModal();
  }

  function usageSection() {
    return h(
      "section",
      { class: "admin-partner-usage", "aria-labelledby": "partner-usage-heading" },
      h("h2", { id: "partner-usage-heading" }, t("staffPartnerUsage")),
      usage ? usageChart(usage.days) : h("p", { class: "admin-error" }, t("staffFailed")),
    );
  }

  function render() {
    if (failed) {
      replace(view, h("p", { class: "admin-error", role: "alert" }, failure(failed)));
      return;
    }
    if (!partner) {
      replace(view, h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")));
      return;
    }
    const focused = document.activeElement?.id;
    replace(view, head(), keyPanel(), keyActions(), tax === undefined ? null : editForm(), usageSection());
    if (focused && document.getElementById(focused) && !errors.length) document.getElementById(focused).focus();
  }

  render();
  load();
  return {
    relabel: () => {
      taxonomy(lang())
        .then((x) => (tax = x))
        .catch(() => null)
        .finally(() => !closed && render());
    },
    close: () => (closed = true),
  };
}

// ---------------------------------------------------------------------------------------------
// Shared parts

const enabledBadge = (enabled) =>
  h("span", { class: `badge ${enabled ? "badge-published" : "badge-suspended"}` }, t(enabled ? "staffPartnerOn" : "staffPartnerOff"));

function scopeText(scope) {
  const parts = Object.entries(scope || {}).map(([facet, codes]) => `${facet}: ${codes.join(", ")}`);
  return parts.length ? parts.join("; ") : t("staffScopeAll");
}

/** The API's 400 answer as field errors; anything else as one error of the whole form. */
function fieldErrors(answer) {
  if (answer.status === 400 && answer.body?.parameter) {
    const field = answer.body.parameter;
    const key = `staffPartnerError_${field}`;
    return [{ field, message: has(key) ? `${t(key)} (${answer.body.detail})` : answer.body.detail }];
  }
  if (answer.status === 409) return [{ field: "id", message: t("staffPartnerError_duplicate") }];
  return [{ field: "", message: failure(answer) }];
}

function focusFirstError(form) {
  const invalid = form?.querySelector("[aria-invalid=true]") || form?.querySelector(".admin-error");
  invalid?.focus();
}

/**
 * The fields of a partner: id (new ones only), name, origins one per line, the scope by facet and
 * the limit. Errors stand next to their fields and are described to assistive technology.
 */
function partnerForm({ idPrefix, values, withId, tax, errors, submitLabel, submitId, onSubmit }) {
  const fid = (field) => `${idPrefix}-${field}`;
  const errorOf = (field) => errors.find((e) => e.field === field);
  const described = (field, control) => {
    const error = errorOf(field);
    if (!error) return null;
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", `${fid(field)}-error`);
    return h("p", { id: `${fid(field)}-error`, class: "field-error" }, error.message);
  };
  const field = (name, labelKey, control, hintKey) =>
    h(
      "div",
      { class: "admin-field" },
      h("label", { for: fid(name) }, t(labelKey)),
      hintKey ? h("span", { class: "muted", id: `${fid(name)}-hint` }, t(hintKey)) : null,
      control,
      described(name, control),
    );

  const idInput = withId
    ? h("input", { id: fid("id"), name: "id", value: values.id || "", maxlength: 63, autocomplete: "off", "aria-describedby": `${fid("id")}-hint` })
    : null;
  const name = h("input", { id: fid("name"), name: "name", value: values.name || "", maxlength: 200, required: true });
  const origins = h(
    "textarea",
    { id: fid("allowedOrigins"), name: "allowedOrigins", rows: 3, spellcheck: "false", "aria-describedby": `${fid("allowedOrigins")}-hint` },
    (values.allowedOrigins || []).join("\n"),
  );
  const limit = h("input", {
    id: fid("requestsPerMinute"),
    name: "requestsPerMinute",
    type: "number",
    min: 1,
    max: 100000,
    value: values.requestsPerMinute ?? 600,
  });
  const pickers = scopePickers({
    facets: SCOPE_FACETS.map((facet) => ({ facet, label: t(`staffPartnerScope_${facet}`) })),
    scope: values.scope,
    tax,
    idOf: fid,
    size: 4,
  });
  const scopeGroup = h(
    "fieldset",
    { class: "admin-group admin-scope", id: fid("scope"), tabindex: "-1" },
    h("legend", {}, t("staffPartnerColScope")),
    h("p", { class: "muted" }, t("staffPartnerScopeHint")),
    h("div", { class: "admin-scope-pickers" }, pickers),
  );
  const scopeError = described("scope", scopeGroup);
  const general = errorOf("");

  const form = h(
    "form",
    { class: "admin-form admin-partner-form", novalidate: true },
    general ? h("p", { class: "admin-error", role: "alert", tabindex: "-1" }, general.message) : null,
    withId ? field("id", "staffPartnerId", idInput, "staffPartnerIdHint") : null,
    field("name", "staffPartnerColName", name),
    field("allowedOrigins", "staffPartnerColOrigins", origins, "staffPartnerOriginsHint"),
    field("requestsPerMinute", "staffPartnerColLimit", limit),
    scopeGroup,
    scopeError,
    h("div", { class: "admin-buttons" }, h("button", { type: "submit", class: "primary", id: submitId }, t(submitLabel))),
  );
  if (errors.length) {
    // Announce the refusal once; the message also stands next to its field.
    form.prepend(h("p", { class: "visually-hidden", role: "alert" }, errors.map((e) => e.message).join(" ")));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = scopeOf(scopeGroup);
    const rpm = limit.value.trim();
    onSubmit({
      id: withId ? idInput.value.trim() || null : undefined,
      name: name.value,
      allowedOrigins: origins.value
        .split("\n")
        .map((o) => o.trim())
        .filter(Boolean),
      scope: picked,
      requestsPerMinute: rpm === "" ? null : Number(rpm),
    });
  });
  return form;
}

/** Copies a value: the Clipboard API where the page may use it, else the selected text. */
async function copy(control, value, announce) {
  try {
    await navigator.clipboard.writeText(value);
  } catch (e) {
    control.focus();
    control.select();
    document.execCommand("copy");
  }
  announce(t("staffPartnerCopied"));
}

// ---------------------------------------------------------------------------------------------
// Usage chart

const SVG = "http://www.w3.org/2000/svg";

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Requests and rejected requests per day as bars, and the same numbers as a table. */
function usageChart(days) {
  const width = 620;
  const height = 170;
  const left = 40;
  const bottom = 24;
  const max = Math.max(1, ...days.map((d) => d.requests + d.rejected));
  const slot = (width - left) / days.length;
  const y = (n) => height - bottom - (n / max) * (height - bottom - 10);
  const total = days.reduce((sum, d) => sum + d.requests, 0);
  const rejected = days.reduce((sum, d) => sum + d.rejected, 0);
  const summary = t("staffPartnerUsageSummary", { days: days.length, requests: total, rejected });
  const bars = days.map((d, i) => {
    const x = left + i * slot + 1;
    const w = Math.max(1, slot - 2);
    const label = `${d.date}: ${t("staffPartnerRequests")} ${d.requests}, ${t("staffPartnerRejected")} ${d.rejected}`;
    return s(
      "g",
      {},
      s("title", {}, label),
      s("rect", { class: "usage-requests", x, y: y(d.requests), width: w, height: height - bottom - y(d.requests) }),
      d.rejected
        ? s("rect", {
            class: "usage-rejected",
            x,
            y: y(d.requests + d.rejected),
            width: w,
            height: y(d.requests) - y(d.requests + d.rejected),
          })
        : null,
    );
  });
  const chart = s(
    "svg",
    { class: "admin-usage-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "usage-chart-title" },
    s("title", { id: "usage-chart-title" }, summary),
    s("line", { x1: left, x2: width, y1: height - bottom, y2: height - bottom, class: "usage-axis" }),
    s("text", { x: left - 6, y: 14, "text-anchor": "end", class: "usage-label" }, String(max)),
    s("text", { x: left - 6, y: height - bottom, "text-anchor": "end", class: "usage-label" }, "0"),
    s("text", { x: left, y: height - 6, class: "usage-label" }, days[0]?.date || ""),
    s("text", { x: width, y: height - 6, "text-anchor": "end", class: "usage-label" }, days.at(-1)?.date || ""),
    bars,
  );
  const legend = h(
    "p",
    { class: "admin-usage-legend", "aria-hidden": "true" },
    h("span", { class: "usage-key usage-key-requests" }),
    t("staffPartnerRequests"),
    " ",
    h("span", { class: "usage-key usage-key-rejected" }),
    t("staffPartnerRejected"),
  );
  const table = h(
    "details",
    { class: "admin-usage-table" },
    h("summary", {}, t("staffPartnerUsageTable")),
    h(
      "table",
      { class: "admin-table" },
      h("caption", {}, summary),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("staffPartnerDate")),
          h("th", { scope: "col" }, t("staffPartnerRequests")),
          h("th", { scope: "col" }, t("staffPartnerRejected")),
        ),
      ),
      h(
        "tbody",
        {},
        days.map((d) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, d.date),
            h("td", { class: "admin-number" }, String(d.requests)),
            h("td", { class: "admin-number" }, String(d.rejected)),
          ),
        ),
      ),
    ),
  );
  return [h("p", {}, summary), chart, legend, table];
}
