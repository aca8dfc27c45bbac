// The workplace's calls to /api/v1/admin/listings: each answer as {status, etag, body}, so that the
// screens can act on 400 (field errors), 409, 412 (the current draft) and the ETag of a draft.

import { t } from "../i18n.js";
import { call } from "./session.js";

export const LISTINGS = "/api/v1/admin/listings";

export async function send(method, url, body, ifMatch) {
  const response = await call(method, url, body, ifMatch);
  if (response.status === 401) {
    // The session ended (timeout, sign-out elsewhere): sign in again.
    location.replace("/admin/sign-in");
    return new Promise(() => {});
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  return { status: response.status, etag: response.headers.get("ETag"), body: json };
}

export const listingUrl = (id, rest = "") => `${LISTINGS}/${encodeURIComponent(id)}${rest}`;

/** The text for an answer that is not a success (other than 400 fields and 412, shown in place). */
export function failure(answer) {
  if (answer.status === 404) return t("staffNotFound");
  if (answer.status === 403) return t("staffForbidden");
  if (answer.status === 409) {
    const parameter = answer.body?.parameter;
    if (parameter === "id") return t("staffConflictDraftOpen");
    if (parameter === "baseVersion") return t("staffConflictBaseVersion");
    return t("staffConflictStatus");
  }
  return t("staffFailed");
}

const taxonomies = new Map();

/** GET /api/v1/taxonomies in a language, once per page load. */
export function taxonomy(lang) {
  if (!taxonomies.has(lang)) {
    taxonomies.set(
      lang,
      fetch(`/api/v1/taxonomies?lang=${lang}`, { headers: { Accept: "application/json" } }).then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`taxonomies ${r.status}`)),
      ),
    );
  }
  return taxonomies.get(lang);
}

/** code → label of every taxonomy value (countries, services, industries, …). */
export function labels(tax) {
  const out = new Map();
  for (const continent of tax.continents || []) {
    out.set(`continent:${continent.code}`, continent.label);
    for (const country of continent.countries || []) out.set(`country:${country.code}`, country.label);
  }
  for (const [list, key] of [
    ["services", "service"],
    ["industries", "industry"],
    ["orgTypes", "orgType"],
    ["kinds", "kind"],
    ["languages", "language"],
  ]) {
    for (const v of tax[list] || []) out.set(`${key}:${v.code}`, v.label);
  }
  return out;
}
