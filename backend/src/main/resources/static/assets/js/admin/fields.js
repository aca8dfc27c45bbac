// A listing's fields as dotted paths ("name.en", "location.country"), the names the API uses in its
// field errors and diffs, and how a value is shown to a person.

import { t, has } from "../i18n.js";

/** Fields the workflow sets: never edited, never part of a comparison of two versions. */
const BOOKKEEPING = new Set(["status", "createdAt", "updatedAt"]);

/** The leaf values of a listing by dotted path; lists stay whole, as the API compares them. */
export function flatten(value, prefix = "", out = new Map()) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix && !BOOKKEEPING.has(prefix)) {
    out.set(prefix, value);
  }
  return out;
}

/** The fields whose values differ between two listings, as {field, before, after}. */
export function differences(before, after) {
  const a = flatten(before || {});
  const b = flatten(after || {});
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .filter((f) => JSON.stringify(empty(a.get(f))) !== JSON.stringify(empty(b.get(f))))
    .map((field) => ({ field, before: a.get(field), after: b.get(field) }));
}

const empty = (v) => (v === "" || (Array.isArray(v) && v.length === 0) ? null : v ?? null);

/** A field's name in the page language (the path itself for one the table does not know). */
export function fieldLabel(field) {
  return has(`staffField_${field}`) ? t(`staffField_${field}`) : field;
}

/** A value as text: lists joined, codes with their labels when known, nothing as "(none)". */
export function show(value, field, labels) {
  const v = empty(value);
  if (v === null) return t("staffNone");
  const facet = FACET_OF[field];
  const one = (x) => (facet && labels?.get(`${facet}:${x}`)) || String(x);
  if (Array.isArray(v)) return v.map(one).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return one(v);
}

const FACET_OF = {
  kind: "kind",
  orgType: "orgType",
  "location.country": "country",
  services: "service",
  industries: "industry",
  languages: "language",
  "workstation.focusIndustries": "industry",
  "workstation.coveredCountries": "country",
};

/** A time from the API in the page's locale. */
export function when(iso, lang) {
  if (!iso) return "";
  return new Date(iso).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

/** The listing's name in the page language first. */
export function nameOf(listing, lang) {
  const n = listing?.name || {};
  return (lang === "zh" ? n.zh || n.en : n.en || n.zh) || n.original || listing?.id || "";
}
