// The listings screen: search box, filters (status, country, service, industry, edited by me, needs
// review), a result table with status badges and paging. Its state is the URL's query string,
// handed to GET /api/v1/admin/listings as it is.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, LISTINGS, failure, taxonomy, labels } from "./api.js";
import { nameOf, when } from "./fields.js";

export const STATUSES = ["draft", "in_review", "published", "suspended", "archived"];
const PAGE_SIZE = 20;
const KEYS = ["q", "status", "country", "service", "industry", "editedBy", "needsReview", "page"];

/** A status badge; the class gives its colour. */
export const badge = (status) => h("span", { class: `badge badge-${status}` }, t(`staffStatus_${status}`));

export function showListings({ navigate, view, can }, params) {
  const state = Object.fromEntries(KEYS.map((k) => [k, params.get(k) || ""]));
  let answer = null;
  let tax; // undefined until GET /api/v1/taxonomies answered (null when it failed)
  let closed = false;
  let form = null; // the filters, built once the taxonomies are there (again on a language switch)
  let shown = state; // the filters' values: the URL's, or what was typed before a rebuild
  const results = h("div", { class: "admin-results" });
  // Roles that edit open a new listing from here (the edit view on an empty listing).
  const tools = () => {
    if (!can?.("edit")) return null;
    const a = h("a", { href: "/admin?new=listing", id: "new-listing", class: "admin-new-listing" }, t("staffNewListingButton"));
    a.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(new URLSearchParams({ new: "listing" }));
    });
    return h("div", { class: "admin-toolbar" }, a);
  };

  const go = (changes) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...state, page: "", ...changes })) if (v) next.set(k, v);
    // Another search of the same screen: the focus stays on the control that changed it.
    navigate(next, { focus: false });
  };

  async function load() {
    const query = new URLSearchParams();
    for (const k of KEYS) if (state[k]) query.set(k, state[k]);
    query.set("size", PAGE_SIZE);
    const [found, taxonomies] = await Promise.all([send("GET", `${LISTINGS}?${query}`), taxonomy(lang()).catch(() => null)]);
    if (closed) return;
    tax = taxonomies;
    answer = found;
    render();
  }

  function select(name, labelKey, options) {
    const id = `listings-${name}`;
    return h(
      "div",
      { class: "admin-field" },
      h("label", { for: id }, t(labelKey)),
      h(
        "select",
        { id, name },
        h("option", { value: "" }, t("staffAny")),
        options.map((o) =>
          o.group
            ? h("optgroup", { label: o.group }, o.options.map((c) => option(c, shown[name])))
            : option(o, shown[name]),
        ),
      ),
    );
  }
  const option = (o, selected) => h("option", { value: o.code, selected: o.code === selected }, o.label);

  function filters() {
    const form = h(
      "form",
      { role: "search", class: "admin-filters", "aria-labelledby": "listings-search-heading" },
      h("h2", { id: "listings-search-heading", class: "visually-hidden" }, t("staffSearchListings")),
      h(
        "div",
        { class: "admin-field admin-q" },
        h("label", { for: "listings-q" }, t("staffSearchLabel")),
        h("input", { id: "listings-q", name: "q", type: "search", value: shown.q, maxlength: 200 }),
      ),
      select(
        "status",
        "staffStatusFilter",
        STATUSES.map((s) => ({ code: s, label: t(`staffStatus_${s}`) })),
      ),
      select(
        "country",
        "staffCountry",
        (tax?.continents || []).map((c) => ({ group: c.label, options: c.countries || [] })),
      ),
      select("service", "staffService", tax?.services || []),
      select("industry", "staffIndustry", tax?.industries || []),
      h(
        "div",
        { class: "admin-checks" },
        check("editedBy", "me", "staffEditedByMe"),
        check("needsReview", "true", "staffNeedsReview"),
      ),
      h(
        "div",
        { class: "admin-buttons" },
        h("button", { type: "submit", class: "primary" }, t("staffSearch")),
        h("button", { type: "button", onclick: () => navigate(new URLSearchParams()) }, t("staffClearFilters")),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const data = new FormData(form);
      go({
        q: data.get("q").trim(),
        status: data.get("status"),
        country: data.get("country"),
        service: data.get("service"),
        industry: data.get("industry"),
        editedBy: data.get("editedBy") || "",
        needsReview: data.get("needsReview") || "",
      });
    });
    // A changed filter searches at once; the text searches on Enter or the button.
    form.addEventListener("change", (event) => {
      if (event.target.name !== "q") form.requestSubmit();
    });
    return form;
  }

  function check(name, value, labelKey) {
    const id = `listings-${name}`;
    return h(
      "span",
      { class: "admin-check" },
      h("input", { type: "checkbox", id, name, value, checked: shown[name] === value }),
      h("label", { for: id }, t(labelKey)),
    );
  }

  function table() {
    if (!answer) return h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading"));
    if (answer.status !== 200) return h("p", { class: "admin-error", role: "alert" }, failure(answer));
    const { hits, total, page, size } = answer.body;
    const label = tax ? labels(tax) : new Map();
    const rows = hits.map((hit) => {
      const href = `/admin?listing=${encodeURIComponent(hit.id)}`;
      const link = h("a", { href }, nameOf(hit.listing, lang()));
      link.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(new URLSearchParams({ listing: hit.id }));
      });
      const country = hit.listing?.location?.country;
      const editing = hit.draft?.workflow || hit.workflow;
      return h(
        "tr",
        {},
        h("th", { scope: "row" }, link),
        h("td", { class: "admin-id" }, hit.id),
        h("td", {}, country ? label.get(`country:${country}`) || country : ""),
        h(
          "td",
          {},
          badge(hit.status),
          // One row per listing: a draft open beside the published copy is marked with its status.
          hit.draft ? [" ", h("span", { class: "badge badge-pending", title: t("staffDraftPending") }, t(`staffStatus_${hit.draft.status}`))] : null,
        ),
        h(
          "td",
          {},
          // A draft (open beside the published copy, or alone): who saved it last; else when the
          // published copy was last written.
          editing?.editedBy ? `${editing.editedBy} · ${when(editing.editedAt, lang())}` : when(hit.listing?.updatedAt, lang()),
        ),
      );
    });
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / size));
    return h(
      "section",
      { "aria-labelledby": "listings-heading" },
      h("h2", { id: "listings-heading" }, t("staffListings")),
      h("p", { role: "status", class: "muted" }, t("staffResultCount", { n: total })),
      hits.length === 0
        ? h("p", {}, t("staffNoResults"))
        : h(
            "table",
            { class: "admin-table" },
            h("caption", { class: "visually-hidden" }, t("staffListings")),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ["staffColName", "staffColId", "staffColCountry", "staffColStatus", "staffColEdited"].map((k) =>
                  h("th", { scope: "col" }, t(k)),
                ),
              ),
            ),
            h("tbody", {}, rows),
          ),
      pages > 1 ? pager(page, pages) : null,
    );
  }

  function pager(page, pages) {
    const link = (target, key) => {
      const next = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...state, page: target > 1 ? String(target) : "" })) if (v) next.set(k, v);
      const a = h("a", { href: `/admin?${next}` }, t(key));
      a.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(next);
      });
      return a;
    };
    return h(
      "nav",
      { class: "admin-pager", "aria-label": t("staffPaging") },
      page > 1 ? link(page - 1, "staffPrevious") : null,
      h("span", {}, t("staffPageOf", { page, pages })),
      page < pages ? link(page + 1, "staffNext") : null,
    );
  }

  /** The filters (when the taxonomies changed: rebuilt, keeping what was typed) and the results. */
  function render() {
    if (tax !== undefined && form?.dataset.lang !== lang()) {
      const focused = document.activeElement?.id;
      if (form) {
        const typed = new FormData(form);
        shown = Object.fromEntries(KEYS.map((k) => [k, typed.get(k) ?? ""]));
      }
      form = filters();
      form.dataset.lang = lang();
      replace(view, tools(), form, results);
      if (focused && view.contains(document.getElementById(focused))) document.getElementById(focused).focus();
    }
    replace(results, table());
  }

  sessionStorage.setItem("ipd-admin-search", params.toString());
  replace(view, tools(), results);
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
