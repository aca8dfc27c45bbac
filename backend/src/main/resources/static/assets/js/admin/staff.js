// The staff accounts screen (admins): every account in a table, a form to add one, and per account
// its changes: name, role and scope; a new password typed by the admin; disable or enable after a
// confirmation. The API (/api/v1/admin/staff) keeps the rules (password length, an admin has no
// scope, the last admin stays, nobody disables their own account); its refusals name the field,
// and the page writes each message under that field.

import { t, lang } from "../i18n.js";
import { scopePickers, scopeOf } from "./scope-picker.js";
import { h, replace } from "../dom.js";
import { send, taxonomy, labels } from "./api.js";
import { when } from "./fields.js";

const STAFF = "/api/v1/admin/staff";
const ROLES = ["EDITOR", "REVIEWER", "ADMIN"];
/** The facets an account's scope may name, with the string keys of their labels. */
const SCOPE_FACETS = [
  ["continent", "staffAccountScopeContinent"],
  ["country", "staffAccountScopeCountry"],
  ["service", "staffAccountScopeService"],
  ["industry", "staffAccountScopeIndustry"],
];
/** The minimum length of a password, as config's Passwords.MIN_LENGTH (the API checks it). */
const PASSWORD_MIN = 12;

const accountUrl = (email) => `${STAFF}/${encodeURIComponent(email)}`;

export function showStaff({ session, view, announce }) {
  let closed = false;
  let accounts = null; // the list answer
  let tax = null;
  let failure = null; // text of a failed list or action
  let adding = false; // the add form is open
  let editing = null; // the email of the account whose change form is open
  let errors = {}; // form → {field: message}
  let drafts = {}; // form → the values typed, kept across a re-render (language switch)
  let focusNext = null;

  async function load() {
    const [answer, x] = await Promise.all([send("GET", STAFF), taxonomy(lang()).catch(() => null)]);
    if (closed) return;
    tax = x;
    if (answer.status === 200) {
      accounts = answer.body;
      failure = null;
    } else failure = refusal(answer);
    render();
  }

  function refusal(answer) {
    if (answer.status === 403) return t("staffForbidden");
    return answer.body?.detail || t("staffFailed");
  }

  // ---- the fields of the two forms ----

  const fid = (form, field) => `${form}-${field}`;

  function message(form, field, control) {
    const text = errors[form]?.[field];
    if (!text) return null;
    control.setAttribute("aria-invalid", "true");
    const id = fid(form, field) + "-error";
    const described = control.getAttribute("aria-describedby");
    control.setAttribute("aria-describedby", described ? `${id} ${described}` : id);
    return h("p", { id, class: "field-error" }, text);
  }

  function input(form, field, labelKey, attrs = {}, hint = null) {
    const id = fid(form, field);
    const control = h("input", { id, name: field, value: drafts[form]?.[field] ?? "", ...attrs });
    const hintId = hint ? id + "-hint" : null;
    if (hint) control.setAttribute("aria-describedby", hintId);
    return h(
      "div",
      { class: "admin-field" },
      h("label", { for: id }, t(labelKey)),
      control,
      hint ? h("p", { id: hintId, class: "muted admin-hint" }, hint) : null,
      message(form, field, control),
    );
  }

  function roleSelect(form, current) {
    const id = fid(form, "role");
    const control = h(
      "select",
      { id, name: "role" },
      ROLES.map((r) => h("option", { value: r, selected: r === current }, t("staffRole" + r))),
    );
    return h("div", { class: "admin-field" }, h("label", { for: id }, t("staffAccountRole")), control, message(form, "role", control));
  }

  /** One multiple choice per facet; nothing chosen anywhere is the whole directory. */
  function scopeGroup(form, scope, disabled) {
    const pickers = scopePickers({
      facets: SCOPE_FACETS.map(([facet, labelKey]) => ({ facet, label: t(labelKey) })),
      scope,
      tax,
      idOf: (name) => fid(form, name),
      disabled,
    });
    const group = h(
      "fieldset",
      { class: "admin-group admin-scope", id: fid(form, "scope"), tabindex: "-1" },
      h("legend", {}, t("staffAccountScope")),
      h("p", { class: "muted admin-hint", id: fid(form, "scope") + "-hint" }, t(disabled ? "staffAccountScopeAdmin" : "staffAccountScopeHint")),
      h("div", { class: "admin-scope-pickers" }, pickers),
    );
    const error = message(form, "scope", group);
    if (error) group.append(error);
    return group;
  }

  /** What was typed, kept so that a re-render (language switch, an answer) shows it again. */
  function keep(form, formEl) {
    const data = new FormData(formEl);
    drafts[form] = { ...Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith("scope-"))), scope: scopeOf(formEl) };
  }

  /** A refusal of the API on a form: its field's message, or a message above the form. */
  function refused(form, answer, fallbackField) {
    const field = answer.body?.parameter;
    const text = answer.body?.detail || t("staffFailed");
    if ((answer.status === 400 || answer.status === 409) && field) {
      errors[form] = { [field]: text };
      focusNext = fid(form, field);
    } else {
      errors[form] = { [fallbackField]: refusal(answer) };
      focusNext = fid(form, fallbackField);
    }
    render();
  }

  // ---- add an account ----

  function addForm() {
    const form = "new-account";
    const typed = drafts[form] || {};
    const role = typed.role || "EDITOR";
    const f = h(
      "form",
      { class: "admin-form admin-account-form", id: form, novalidate: true, "aria-labelledby": "new-account-heading" },
      h("h2", { id: "new-account-heading", class: "admin-form-title" }, t("staffAccountAddTitle")),
      input(form, "email", "staffAccountEmail", { type: "email", autocomplete: "off", required: true }),
      input(form, "name", "staffAccountName", { required: true, maxlength: 200 }),
      roleSelect(form, role),
      input(
        form,
        "password",
        "staffAccountPassword",
        { type: "password", autocomplete: "new-password", required: true },
        t("staffAccountPasswordRule", { n: PASSWORD_MIN }),
      ),
      scopeGroup(form, typed.scope, role === "ADMIN"),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "submit", id: "create-account", class: "primary" }, t("staffAccountCreate")),
        h("button", { type: "button", id: "cancel-account", onclick: () => { adding = false; delete drafts[form]; errors[form] = {}; focusNext = "add-account"; render(); } }, t("staffCancel")),
      ),
    );
    f.addEventListener("input", () => keep(form, f));
    f.addEventListener("change", (event) => {
      keep(form, f);
      if (event.target.name === "role") render(); // an admin has no scope
    });
    f.addEventListener("submit", async (event) => {
      event.preventDefault();
      keep(form, f);
      const body = {
        email: drafts[form].email || "",
        name: drafts[form].name || "",
        role: drafts[form].role,
        password: drafts[form].password || "",
        scope: drafts[form].role === "ADMIN" ? {} : drafts[form].scope,
      };
      const answer = await send("POST", STAFF, body);
      if (closed) return;
      if (answer.status === 201) {
        adding = false;
        delete drafts[form];
        errors[form] = {};
        focusNext = "staff-heading";
        announce(t("staffAccountAdded", { email: answer.body.email }));
        load();
      } else refused(form, answer, "email");
    });
    return f;
  }

  // ---- change an account ----

  function changeForm(account) {
    const form = "change-account";
    const typed = drafts[form] || {};
    const role = typed.role || account.role;
    const own = account.email === session.email;
    const f = h(
      "form",
      { class: "admin-form admin-account-form", id: form, novalidate: true, "aria-labelledby": "change-account-heading" },
      h("h2", { id: "change-account-heading", class: "admin-form-title", tabindex: "-1" }, t("staffAccountChangeTitle", { email: account.email })),
      input(form, "name", "staffAccountName", { required: true, maxlength: 200, value: typed.name ?? account.name }),
      roleSelect(form, role),
      scopeGroup(form, typed.scope ?? account.scope, role === "ADMIN"),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "submit", id: "save-account", class: "primary" }, t("staffAccountSave")),
        h("button", { type: "button", id: "close-account", onclick: () => closeChange(account.email) }, t("staffCancel")),
      ),
    );
    f.addEventListener("input", () => keep(form, f));
    f.addEventListener("change", (event) => {
      keep(form, f);
      if (event.target.name === "role") render();
    });
    f.addEventListener("submit", async (event) => {
      event.preventDefault();
      keep(form, f);
      const role = drafts[form].role;
      const body = { name: drafts[form].name ?? account.name, role, scope: role === "ADMIN" ? {} : drafts[form].scope };
      const answer = await send("PATCH", accountUrl(account.email), body);
      if (closed) return;
      if (answer.status === 200) {
        closeChange(account.email, false);
        announce(t("staffAccountChanged", { email: account.email }));
        load();
      } else refused(form, answer, "name");
    });

    // A new password, typed by the admin; the member's open sessions end with it.
    const pw = "reset-password";
    const reset = h(
      "form",
      { class: "admin-form admin-account-form", id: pw, novalidate: true, "aria-labelledby": "reset-password-heading" },
      h("h3", { id: "reset-password-heading", class: "admin-form-title" }, t("staffAccountResetTitle")),
      input(
        pw,
        "password",
        "staffAccountNewPassword",
        { type: "password", autocomplete: "new-password", required: true },
        t(own ? "staffAccountPasswordRuleOwn" : "staffAccountPasswordRuleOther", { n: PASSWORD_MIN }),
      ),
      h("div", { class: "admin-buttons" }, h("button", { type: "submit", id: "set-password" }, t("staffAccountSetPassword"))),
    );
    reset.addEventListener("input", () => keep(pw, reset));
    reset.addEventListener("submit", async (event) => {
      event.preventDefault();
      keep(pw, reset);
      const answer = await send("PATCH", accountUrl(account.email), { password: drafts[pw].password || "" });
      if (closed) return;
      if (answer.status === 200) {
        delete drafts[pw];
        errors[pw] = {};
        focusNext = "set-password";
        announce(t("staffAccountPasswordSet", { email: account.email }));
        render();
      } else refused(pw, answer, "password");
    });
    return h("section", { class: "admin-account-change", "aria-labelledby": "change-account-heading" }, f, reset);
  }

  function openChange(email) {
    editing = email;
    drafts["change-account"] = undefined;
    drafts["reset-password"] = undefined;
    errors = {};
    focusNext = "change-account-heading";
    render();
  }

  function closeChange(email, rerender = true) {
    editing = null;
    delete drafts["change-account"];
    delete drafts["reset-password"];
    errors = {};
    focusNext = `change-${email}`;
    if (rerender) render();
  }

  // ---- disable / enable ----

  function confirmSwitch(account) {
    const enable = !account.enabled;
    const opener = document.getElementById(`switch-${account.email}`);
    const dialog = h(
      "dialog",
      { class: "admin-dialog", "aria-labelledby": "confirm-text" },
      h("p", { id: "confirm-text" }, t(enable ? "staffAccountConfirmEnable" : "staffAccountConfirmDisable", { email: account.email })),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "button", id: "confirm-action", class: "primary", onclick: () => dialog.close("yes") }, t(enable ? "staffAccountEnable" : "staffAccountDisable")),
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
      const answer = await send("PATCH", accountUrl(account.email), { enabled: enable });
      if (closed) return;
      focusNext = `switch-${account.email}`;
      if (answer.status === 200) {
        failure = null;
        announce(t(enable ? "staffAccountEnabled" : "staffAccountDisabled", { email: account.email }));
        load();
      } else {
        failure = refusal(answer);
        render();
      }
    });
    dialog.showModal();
    document.getElementById("cancel-action").focus();
  }

  // ---- the table ----

  function scopeText(scope, label) {
    const zh = lang() === "zh";
    const colon = zh ? "：" : ": ";
    const parts = Object.entries(scope || {}).map(
      ([facet, codes]) =>
        `${t(`staffAccountFacet_${facet}`)}${colon}${codes.map((c) => label.get(`${facet}:${c}`) || c).join(zh ? "、" : ", ")}`,
    );
    return parts.length ? parts.join(zh ? "；" : "; ") : t("staffScopeAll");
  }

  function table() {
    const label = tax ? labels(tax) : new Map();
    const rows = accounts.map((a) => {
      const own = a.email === session.email;
      return h(
        "tr",
        { dataset: { email: a.email }, class: a.enabled ? null : "admin-disabled" },
        h("th", { scope: "row" }, a.name, own ? [" ", h("span", { class: "muted" }, t("staffAccountYou"))] : null),
        h("td", {}, a.email),
        h("td", {}, t("staffRole" + a.role)),
        h("td", {}, scopeText(a.scope, label)),
        h(
          "td",
          {},
          h("span", { class: `badge ${a.enabled ? "badge-published" : "badge-suspended"}` }, t(a.enabled ? "staffAccountStateEnabled" : "staffAccountStateDisabled")),
        ),
        h("td", {}, when(a.updated, lang())),
        h(
          "td",
          { class: "admin-row-actions" },
          h(
            "button",
            { type: "button", id: `change-${a.email}`, class: "change", "aria-label": t("staffAccountChangeOf", { name: a.name }), onclick: () => openChange(a.email) },
            t("staffAccountChange"),
          ),
          // One's own account is never disabled here (the API refuses it too): another admin may.
          own
            ? null
            : h(
                "button",
                {
                  type: "button",
                  id: `switch-${a.email}`,
                  class: "switch",
                  "aria-label": t(a.enabled ? "staffAccountDisableOf" : "staffAccountEnableOf", { name: a.name }),
                  onclick: () => confirmSwitch(a),
                },
                t(a.enabled ? "staffAccountDisable" : "staffAccountEnable"),
              ),
        ),
      );
    });
    return h(
      "table",
      { class: "admin-table admin-accounts" },
      h("caption", { class: "visually-hidden" }, t("staffAccountsTitle")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["staffAccountName", "staffAccountEmail", "staffAccountRole", "staffAccountScope", "staffAccountState", "staffAccountUpdated", "staffAccountActions"].map((k) =>
            h("th", { scope: "col" }, t(k)),
          ),
        ),
      ),
      h("tbody", {}, rows),
    );
  }

  function render() {
    if (closed) return;
    const account = editing && accounts?.find((a) => a.email === editing);
    replace(
      view,
      h(
        "section",
        { class: "admin-staff", "aria-labelledby": "staff-heading" },
        h("h1", { id: "staff-heading", tabindex: "-1" }, t("staffAccountsTitle")),
        failure ? h("p", { class: "admin-error", role: "alert" }, failure) : null,
        accounts ? h("p", { class: "muted" }, t("staffAccountCount", { n: accounts.length })) : h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")),
        accounts && !adding
          ? h("div", { class: "admin-buttons" }, h("button", { type: "button", id: "add-account", class: "primary", onclick: () => { adding = true; focusNext = "new-account-email"; render(); } }, t("staffAccountAdd")))
          : null,
        adding ? addForm() : null,
        accounts ? table() : null,
        account ? changeForm(account) : null,
      ),
    );
    if (focusNext) {
      const target = document.getElementById(focusNext);
      focusNext = null;
      target?.focus();
    }
  }

  render();
  load();
  return {
    relabel: () => {
      taxonomy(lang())
        .then((x) => (tax = x))
        .catch(() => null)
        .finally(() => render());
    },
    close: () => (closed = true),
  };
}
