// The duplicates screen (/admin?screen=duplicates&country=DE&page=1, &left=A&right=B for one pair):
// pairs of published listings that may be one firm (GET /api/v1/admin/duplicates), best first, with
// their reasons and score; "Compare" shows both listings side by side (GET …/compare) with the
// differing fields marked and a radio per differing field choosing the value the survivor keeps.
// "Merge" (POST …/merge) keeps the left listing, takes the chosen values and withdraws the right
// one, whose id then leads to the survivor; "Not a duplicate" (POST …/dismiss) is remembered.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";
import { nameOf } from "./fields.js";

export const DUPLICATES = "/api/v1/admin/duplicates";
const SIZE = 20;

export function showDuplicates({ can, navigate, announce, view }, params) {
  const country = (params.get("country") || "").toUpperCase();
  const page = Math.max(1, Number.parseInt(params.get("page"), 10) || 1);
  let left = params.get("left");
  let right = params.get("right");
  let results = null;
  let comparison = null;
  let alert = null;
  let closed = false;
  let survivor = "left";
  const choices = new Map();

  const here = (changes) => {
    const next = new URLSearchParams({ screen: "duplicates", country, page: String(page), ...changes });
    for (const [k, v] of [...next.entries()]) if (!v || (k === "page" && v === "1")) next.delete(k);
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
    alert = null;
    if (left && right) {
      const answer = await send("GET", `${DUPLICATES}/compare?${new URLSearchParams({ left, right })}`);
      if (closed) return;
      if (answer.status === 200) {
        comparison = answer.body;
        choices.clear();
        comparison.differences.forEach((d) => choices.set(d.field, "left"));
      } else alert = failure(answer);
    } else {
      const query = new URLSearchParams({ page: String(page), size: String(SIZE) });
      if (country) query.set("country", country);
      const answer = await send("GET", `${DUPLICATES}?${query}`);
      if (closed) return;
      if (answer.status === 200) results = answer.body;
      else alert = failure(answer);
    }
    render();
  }

  function reasons(pair) {
    return h(
      "ul",
      { class: "admin-reasons" },
      pair.reasons.map((r) => h("li", { dataset: { reason: r.code } }, t(`staffDuplicateReason_${r.code}`, { value: r.value }))),
    );
  }

  function item(pair, index) {
    const headingId = `duplicate-${index}`;
    const label = (s) => `${nameOf(s, lang())} · ${s.id}${s.city ? ` · ${s.city}` : ""}${s.country ? `, ${s.country}` : ""}`;
    return h(
      "li",
      { class: "admin-duplicate", dataset: { left: pair.left.id, right: pair.right.id } },
      h("h3", { id: headingId }, label(pair.left), h("br"), label(pair.right)),
      h("p", {}, t("staffDuplicateScore", { score: Math.round(pair.score * 100) })),
      reasons(pair),
      h(
        "div",
        { class: "admin-buttons" },
        link({ left: pair.left.id, right: pair.right.id }, { class: "button compare", "aria-describedby": headingId }, t("staffDuplicateCompare")),
      ),
    );
  }

  function list() {
    return [
      h(
        "form",
        {
          class: "admin-filter",
          onsubmit: (event) => {
            event.preventDefault();
            navigate(here({ country: event.target.elements.country.value.trim().toUpperCase(), page: "1" }));
          },
        },
        h("label", { for: "duplicates-country" }, t("staffDuplicateCountry")),
        h("input", { id: "duplicates-country", name: "country", value: country, size: 3, maxlength: 2 }),
        h("button", { type: "submit" }, t("staffDuplicateFilter")),
      ),
      results === null && !alert
        ? h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"))
        : results?.hits?.length === 0
          ? h("p", {}, t("staffDuplicatesEmpty"))
          : h("ol", { class: "admin-duplicates" }, (results?.hits || []).map(item)),
      pager(),
    ];
  }

  function value(node) {
    if (node === null || node === undefined) return h("span", { class: "muted" }, t("staffNone"));
    return Array.isArray(node) ? node.join(", ") : typeof node === "object" ? JSON.stringify(node) : String(node);
  }

  function sideBySide() {
    const { left: a, right: b, differences } = comparison;
    const keep = survivor === "left" ? a : b;
    const gone = survivor === "left" ? b : a;
    const rows = differences.map((d) =>
      h(
        "tr",
        { class: "differs", dataset: { field: d.field } },
        h("th", { scope: "row" }, d.field),
        ["left", "right"].map((side) =>
          h(
            "td",
            { class: choices.get(d.field) === side ? "chosen" : null },
            can("review")
              ? h(
                  "label",
                  {},
                  h("input", {
                    type: "radio",
                    name: `choice-${d.field}`,
                    value: side,
                    checked: choices.get(d.field) === side,
                    onchange: () => {
                      choices.set(d.field, side);
                      render();
                    },
                  }),
                  " ",
                  value(d[side]),
                )
              : value(d[side]),
          ),
        ),
      ),
    );
    return [
      h("p", {}, link({ left: "", right: "" }, {}, t("staffDuplicateBack"))),
      h(
        "table",
        { class: "admin-table admin-compare" },
        h("caption", {}, t("staffDuplicateDifferences", { n: differences.length })),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("staffDuplicateField")), h("th", { scope: "col" }, `${nameOf(a, lang())} · ${a.id}`), h("th", { scope: "col" }, `${nameOf(b, lang())} · ${b.id}`))),
        h("tbody", {}, rows),
      ),
      can("review")
        ? h(
            "fieldset",
            { class: "admin-survivor" },
            h("legend", {}, t("staffDuplicateSurvivor")),
            ["left", "right"].map((side) =>
              h(
                "label",
                {},
                h("input", {
                  type: "radio",
                  name: "survivor",
                  value: side,
                  checked: survivor === side,
                  onchange: () => {
                    survivor = side;
                    choices.forEach((_, field) => choices.set(field, side));
                    render();
                  },
                }),
                " ",
                comparison[side].id,
              ),
            ),
            h("p", { class: "muted" }, t("staffDuplicateMergeNote", { kept: keep.id, gone: gone.id })),
          )
        : null,
      can("review")
        ? h(
            "div",
            { class: "admin-buttons" },
            h("button", { type: "button", id: "duplicate-merge", class: "primary", onclick: merge }, t("staffDuplicateMerge")),
            h("button", { type: "button", id: "duplicate-dismiss", onclick: dismiss }, t("staffDuplicateDismiss")),
          )
        : null,
    ];
  }

  async function merge() {
    const { left: a, right: b } = comparison;
    const keep = survivor === "left" ? a : b;
    const gone = survivor === "left" ? b : a;
    const picked = {};
    choices.forEach((side, field) => (picked[field] = side === survivor ? "survivor" : "merged"));
    const answer = await send("POST", `${DUPLICATES}/merge`, { survivorId: keep.id, mergedId: gone.id, choices: picked });
    if (answer.status === 200) {
      announce(t("staffDuplicateMerged", { kept: keep.id, gone: gone.id }));
      done();
    } else {
      alert = answer.status === 400 && answer.body?.errors?.length ? answer.body.errors.map((e) => `${e.field}: ${e.message}`).join("; ") : failure(answer);
      render();
    }
  }

  async function dismiss() {
    const answer = await send("POST", `${DUPLICATES}/dismiss`, { left: comparison.left.id, right: comparison.right.id });
    if (answer.status === 204) {
      announce(t("staffDuplicateDismissed"));
      done();
    } else {
      alert = failure(answer);
      render();
    }
  }

  function done() {
    left = null;
    right = null;
    comparison = null;
    results = null;
    history.replaceState(null, "", `/admin?${here({ left: "", right: "" })}`);
    render();
    load().then(() => document.getElementById("duplicates-heading")?.focus());
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
      h("h1", { id: "duplicates-heading", tabindex: "-1" }, t("staffDuplicatesTitle")),
      alert ? h("p", { class: "admin-error", role: "alert" }, alert) : null,
      left && right ? (comparison ? sideBySide() : alert ? null : h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"))) : list(),
    );
  }

  render();
  load();
  return {
    relabel: render,
    close: () => (closed = true),
  };
}
