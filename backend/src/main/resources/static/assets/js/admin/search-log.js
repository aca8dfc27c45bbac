// The search insights screen (/admin?screen=search-log&from=…&to=…; reviewers and admins): what the
// public searched for on the chosen days — searches per day, the top queries, those that found
// nothing or fewer than three, the countries and services understood, the searches per partner —
// and the coverage heatmap: published listings per country and service, with the combinations people
// searched for and found nothing framed in red. Charts are SVG drawn here (no library); each has
// its numbers as a table too, and the heatmap downloads as CSV.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, failure } from "./api.js";

const LOG = "/api/v1/admin/search-log";
const SVG = "http://www.w3.org/2000/svg";

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

export function showSearchLog({ view, navigate }, params) {
  let summary = null;
  let coverage = null;
  let closed = false;
  const from = params.get("from") || "";
  const to = params.get("to") || "";

  function query() {
    const q = new URLSearchParams({ lang: lang() });
    if (from) q.set("from", from);
    if (to) q.set("to", to);
    return q.toString();
  }

  async function load() {
    const [a, b] = await Promise.all([send("GET", `${LOG}?${query()}`), send("GET", `${LOG}/coverage?${query()}`)]);
    if (closed) return;
    summary = a;
    coverage = b;
    render();
  }

  function rangeForm() {
    const fromInput = h("input", { id: "log-from", type: "date", value: from || summary?.body?.from || "" });
    const toInput = h("input", { id: "log-to", type: "date", value: to || summary?.body?.to || "" });
    const form = h(
      "form",
      { class: "admin-log-range", id: "log-range" },
      h("div", { class: "admin-field" }, h("label", { for: "log-from" }, t("staffLogFrom")), fromInput),
      h("div", { class: "admin-field" }, h("label", { for: "log-to" }, t("staffLogTo")), toInput),
      h("button", { type: "submit", class: "primary", id: "log-show" }, t("staffLogShow")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const next = new URLSearchParams({ screen: "search-log" });
      if (fromInput.value) next.set("from", fromInput.value);
      if (toInput.value) next.set("to", toInput.value);
      navigate(next);
    });
    return form;
  }

  function render() {
    const parts = [h("h1", { id: "log-heading", tabindex: "-1" }, t("staffLogHeading")), rangeForm()];
    if (!summary) {
      parts.push(h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")));
    } else if (summary.status !== 200) {
      parts.push(h("p", { class: "admin-error", role: "alert" }, failure(summary)));
    } else {
      parts.push(...overview(summary.body));
    }
    if (coverage && coverage.status === 200) parts.push(coverageSection(coverage.body));
    else if (coverage) parts.push(h("p", { class: "admin-error", role: "alert" }, failure(coverage)));
    replace(view, ...parts);
  }

  render();
  load();
  return {
    relabel: () => {
      summary = null;
      coverage = null;
      render();
      load();
    },
    close: () => (closed = true),
  };
}

function overview(d) {
  const log = d.log;
  return [
    h("p", { id: "log-totals" }, t("staffLogTotals", { searches: d.searches, zero: d.zeroResults, relaxed: d.relaxed })),
    log.enabled
      ? h(
          "p",
          { class: "muted", id: "log-stats" },
          t("staffLogDropped", { recorded: log.recorded, written: log.written, dropped: log.droppedQueueFull + log.droppedWriteFailed }),
        )
      : h("p", { class: "admin-error", id: "log-off" }, t("staffLogOff")),
    h("section", { "aria-labelledby": "log-days-heading" }, h("h2", { id: "log-days-heading" }, t("staffLogPerDay")), dayChart(d.days)),
    h(
      "div",
      { class: "admin-log-lists" },
      countTable("log-top", "staffLogTopQueries", "staffLogQuery", d.topQueries.map((q) => [q.query, q.count])),
      countTable("log-zero", "staffLogZeroQueries", "staffLogQuery", d.zeroResultQueries.map((q) => [q.query, q.count])),
      countTable("log-relaxed", "staffLogRelaxedQueries", "staffLogQuery", d.relaxedQueries.map((q) => [q.query, q.count])),
      countTable("log-countries", "staffLogCountries", "csvCoverageCountry", d.countries.map((c) => [c.label, c.count])),
      countTable("log-services", "staffLogServices", "csvCoverageService", d.services.map((c) => [c.label, c.count])),
      countTable("log-partners", "staffLogPartners", "staffLogPartner", d.partners.map((p) => [p.partnerId ?? t("staffLogNoPartner"), p.count])),
    ),
  ];
}

/** A small table of texts and counts under its own heading. */
function countTable(id, titleKey, columnKey, rows) {
  return h(
    "section",
    { class: "admin-log-list", id, "aria-labelledby": `${id}-heading` },
    h("h2", { id: `${id}-heading` }, t(titleKey)),
    rows.length
      ? h(
          "table",
          { class: "admin-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t(columnKey)), h("th", { scope: "col" }, t("staffLogCount")))),
          h(
            "tbody",
            {},
            rows.map(([text, count]) => h("tr", {}, h("th", { scope: "row" }, text), h("td", { class: "admin-number" }, String(count)))),
          ),
        )
      : h("p", { class: "muted" }, t("staffLogNone")),
  );
}

/** Searches per day as bars, the part that found nothing in red; the same numbers as a table. */
function dayChart(days) {
  const width = 620;
  const height = 170;
  const left = 40;
  const bottom = 24;
  const max = Math.max(1, ...days.map((d) => d.searches));
  const slot = (width - left) / Math.max(1, days.length);
  const y = (n) => height - bottom - (n / max) * (height - bottom - 10);
  const summary = t("staffLogTotals", {
    searches: days.reduce((n, d) => n + d.searches, 0),
    zero: days.reduce((n, d) => n + d.zeroResults, 0),
    relaxed: days.reduce((n, d) => n + d.relaxed, 0),
  });
  const bars = days.map((d, i) => {
    const x = left + i * slot + 1;
    const w = Math.max(1, slot - 2);
    return s(
      "g",
      {},
      s("title", {}, `${d.date}: ${t("staffLogSearches")} ${d.searches}, ${t("staffLogZero")} ${d.zeroResults}`),
      s("rect", { class: "usage-requests", x, y: y(d.searches), width: w, height: height - bottom - y(d.searches) }),
      d.zeroResults ? s("rect", { class: "usage-rejected", x, y: y(d.zeroResults), width: w, height: height - bottom - y(d.zeroResults) }) : null,
    );
  });
  const chart = s(
    "svg",
    { class: "admin-usage-chart", id: "log-days-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "log-days-title" },
    s("title", { id: "log-days-title" }, summary),
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
    t("staffLogSearches"),
    " ",
    h("span", { class: "usage-key usage-key-rejected" }),
    t("staffLogZero"),
  );
  const table = h(
    "details",
    { class: "admin-usage-table" },
    h("summary", {}, t("staffLogPerDayTable")),
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
          ["staffLogDate", "staffLogSearches", "staffLogZero", "staffLogRelaxed"].map((k) => h("th", { scope: "col" }, t(k))),
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
            h("td", { class: "admin-number" }, String(d.searches)),
            h("td", { class: "admin-number" }, String(d.zeroResults)),
            h("td", { class: "admin-number" }, String(d.relaxed)),
          ),
        ),
      ),
    ),
  );
  return [chart, legend, table];
}

/** The heatmap: a row per country, a column per service; the table and the CSV hold the same. */
function coverageSection(c) {
  const csv = `${LOG}/coverage.csv?` + new URLSearchParams({ lang: lang(), from: c.from, to: c.to });
  return h(
    "section",
    { class: "admin-log-coverage", "aria-labelledby": "log-coverage-heading" },
    h("h2", { id: "log-coverage-heading" }, t("staffLogCoverage")),
    h("p", {}, t("staffLogCoverageHelp")),
    h("p", {}, h("a", { href: csv, download: "", id: "log-csv" }, t("staffLogCsv"))),
    c.countries.length ? heatmap(c) : h("p", { class: "muted" }, t("staffLogNone")),
    c.countries.length ? coverageTable(c) : null,
  );
}

function cellText(row, column, cell) {
  return t("staffLogCell", { country: row.label, service: column.label, listings: cell.listings, zero: cell.zeroResultSearches });
}

function heatmap(c) {
  const cell = 26;
  const left = 170;
  const top = 200;
  // Room on the right for the last columns' slanted labels.
  const width = left + c.services.length * cell + 120;
  const height = top + c.countries.length * cell + 4;
  const shade = (n) => (n === 0 ? 0 : 0.15 + 0.85 * Math.sqrt(n / Math.max(1, c.maxListings)));
  const columns = c.services.map((col, i) =>
    s(
      "text",
      { class: "heat-label", transform: `translate(${left + i * cell + cell / 2 + 4},${top - 6}) rotate(-60)` },
      s("title", {}, col.label),
      // Long labels are shortened on the slant; the title and the table hold them whole.
      col.label.length > 30 ? col.label.slice(0, 29) + "…" : col.label,
    ),
  );
  const rows = c.countries.map((row, r) => {
    const y = top + r * cell;
    return s(
      "g",
      { class: "heat-row", "data-country": row.code },
      s("text", { class: "heat-label", x: left - 8, y: y + cell / 2 + 4, "text-anchor": "end" }, row.label),
      row.cells.map((v, i) => {
        const x = left + i * cell;
        const missed = v.zeroResultSearches > 0;
        return s(
          "g",
          { class: missed ? "heat-cell heat-missed" : "heat-cell", "data-service": v.service, "data-listings": v.listings, "data-missed": v.zeroResultSearches },
          s("title", {}, cellText(row, c.services[i], v)),
          s("rect", { x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, rx: 3, "fill-opacity": shade(v.listings).toFixed(3) }),
          v.listings ? s("text", { x: x + cell / 2, y: y + cell / 2 + 4, "text-anchor": "middle", class: shade(v.listings) > 0.55 ? "heat-count heat-count-light" : "heat-count" }, String(v.listings)) : null,
          missed ? s("rect", { class: "heat-mark", x: x + 2, y: y + 2, width: cell - 4, height: cell - 4, rx: 3 }) : null,
        );
      }),
    );
  });
  return h(
    "div",
    { class: "admin-heatmap-scroll" },
    s(
      "svg",
      { class: "admin-heatmap", id: "log-heatmap", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": "log-heatmap-title" },
      s("title", { id: "log-heatmap-title" }, `${t("staffLogCoverage")}. ${t("staffLogCoverageHelp")}`),
      columns,
      rows,
    ),
  );
}

function coverageTable(c) {
  return h(
    "details",
    { class: "admin-usage-table", id: "log-coverage-table" },
    h("summary", {}, t("staffLogCoverageTable")),
    h(
      "div",
      { class: "admin-heatmap-scroll" },
      h(
        "table",
        { class: "admin-table admin-heat-table" },
        h("caption", {}, t("staffLogCoverage")),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("csvCoverageCountry")), c.services.map((col) => h("th", { scope: "col" }, col.label)))),
        h(
          "tbody",
          {},
          c.countries.map((row) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, row.label),
              row.cells.map((v, i) =>
                h(
                  "td",
                  { class: v.zeroResultSearches ? "admin-number heat-missed" : "admin-number", title: cellText(row, c.services[i], v) },
                  String(v.listings),
                  v.zeroResultSearches ? ` (${t("staffLogZero")} ${v.zeroResultSearches})` : null,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
