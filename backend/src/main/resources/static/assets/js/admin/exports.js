// The exports screen (/admin?screen=exports; every role): listings as a file for a spreadsheet or a
// re-import — countries, kinds and services picked with the scope pickers of the staff and
// partners screens, statuses, "updated since", the format — with the number of listings the file
// will hold, counted before downloading, and the download link of GET /api/v1/admin/exports. A
// scoped member's export stays inside the scope (the API sees to it).

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure, taxonomy } from "./api.js";
import { scopePickers, scopeOf } from "./scope-picker.js";

const EXPORTS = "/api/v1/admin/exports";
const FACETS = [
  ["country", "staffAccountScopeCountry"],
  ["kind", "staffExportKind"],
  ["service", "staffAccountScopeService"],
];
const STATUSES = ["published", "suspended", "archived"];
const FORMATS = ["csv", "xlsx", "ndjson"];

export function showExports({ view }) {
  let tax = null;
  let closed = false;
  let counting = 0;
  let form = null;

  /** The chosen filters and format as the API's query string. */
  function query() {
    const q = new URLSearchParams();
    for (const [facet, codes] of Object.entries(scopeOf(form.querySelector(".admin-scope-pickers")))) {
      q.set(facet, codes.join(","));
    }
    const statuses = STATUSES.filter((s) => form.querySelector(`#export-status-${s}`).checked);
    if (statuses.length && statuses.length < STATUSES.length) q.set("status", statuses.join(","));
    const since = form.querySelector("#export-since").value;
    if (since) q.set("updatedSince", since);
    return q;
  }

  /** Counts what the file will hold and points the download link at it. */
  async function update() {
    const q = query();
    const format = form.querySelector("input[name=export-format]:checked").value;
    const link = document.getElementById("export-download");
    const file = new URLSearchParams(q);
    file.set("format", format);
    link.href = `${EXPORTS}?${file}`;
    const count = document.getElementById("export-count");
    const mine = ++counting;
    count.textContent = t("staffLoading");
    const answer = await send("GET", `${EXPORTS}/count?${q}`);
    if (closed || mine !== counting) return;
    if (answer.status === 200) {
      count.textContent = t("staffExportCount", { n: answer.body.count });
      count.dataset.count = String(answer.body.count);
      link.hidden = false;
    } else {
      count.textContent = failure(answer);
      delete count.dataset.count;
      link.hidden = true;
    }
  }

  /** What is chosen now, so that a change of language keeps it. */
  function chosen() {
    if (!form) return { scope: {}, statuses: STATUSES, since: "", format: "csv" };
    return {
      scope: scopeOf(form.querySelector(".admin-scope-pickers")),
      statuses: STATUSES.filter((s) => form.querySelector(`#export-status-${s}`).checked),
      since: form.querySelector("#export-since").value,
      format: form.querySelector("input[name=export-format]:checked").value,
    };
  }

  function render(choice) {
    const pickers = scopePickers({
      facets: FACETS.map(([facet, labelKey]) => ({ facet, label: t(labelKey) })),
      scope: choice.scope,
      tax,
      idOf: (name) => `export-${name}`,
      size: 6,
    });
    form = h(
      "form",
      { id: "export-form", class: "admin-export" },
      h(
        "fieldset",
        { class: "admin-group admin-scope" },
        h("legend", {}, t("staffExportFilters")),
        h("p", { class: "muted admin-hint" }, t("staffExportFiltersHint")),
        h("div", { class: "admin-scope-pickers" }, pickers),
      ),
      h(
        "fieldset",
        { class: "admin-group" },
        h("legend", {}, t("staffExportStatus")),
        STATUSES.map((s) =>
          h(
            "label",
            { class: "admin-check" },
            h("input", { type: "checkbox", id: `export-status-${s}`, value: s, checked: choice.statuses.includes(s) }),
            " ",
            t("staffStatus_" + s),
          ),
        ),
      ),
      h(
        "div",
        { class: "admin-field" },
        h("label", { for: "export-since" }, t("staffExportSince")),
        h("input", { id: "export-since", type: "date", value: choice.since }),
      ),
      h(
        "fieldset",
        { class: "admin-group" },
        h("legend", {}, t("staffExportFormat")),
        FORMATS.map((f) =>
          h(
            "label",
            { class: "admin-check" },
            h("input", { type: "radio", name: "export-format", id: `export-format-${f}`, value: f, checked: f === choice.format }),
            " ",
            t("staffExportFormat_" + f),
          ),
        ),
      ),
      h("p", { id: "export-count", role: "status", "aria-live": "polite" }),
      h("a", { id: "export-download", class: "button primary", href: EXPORTS, download: "", hidden: true }, t("staffExportDownload")),
    );
    form.addEventListener("change", update);
    form.addEventListener("submit", (event) => event.preventDefault());
    replace(
      view,
      h("h1", { id: "export-heading", tabindex: "-1" }, t("staffExportHeading")),
      h("p", { class: "muted" }, t("staffExportIntro")),
      form,
    );
    update();
  }

  async function load() {
    const choice = chosen();
    tax = await taxonomy(lang()).catch(() => null);
    if (!closed) render(choice);
  }

  replace(view, h("h1", { id: "export-heading", tabindex: "-1" }, t("staffExportHeading")), h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")));
  load();
  return {
    relabel: () => load(),
    close: () => (closed = true),
  };
}
