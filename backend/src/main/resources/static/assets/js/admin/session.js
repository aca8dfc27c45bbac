// The workplace's calls to /api/v1/admin/session. Every change carries the CSRF token: the value of
// the XSRF-TOKEN cookie (set on every answer of the workplace) in the X-XSRF-TOKEN header.

import { t, setLang, browserLang, lang } from "../i18n.js";

export function csrfToken() {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("XSRF-TOKEN="));
  return cookie ? decodeURIComponent(cookie.slice("XSRF-TOKEN=".length)) : "";
}

/**
 * fetch() of the workplace's API: same origin, JSON, the CSRF header on every change and the
 * draft's version in If-Match when given.
 */
export function call(method, url, body, ifMatch) {
  const headers = { Accept: "application/json" };
  if (method !== "GET") headers["X-XSRF-TOKEN"] = csrfToken();
  if (ifMatch) headers["If-Match"] = ifMatch;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The texts of elements marked data-i18n, and the language switch, in the chosen language. */
export function localise(onChange) {
  const stored = localStorage.getItem("ipd-admin-lang");
  setLang(stored || browserLang());
  const apply = () => {
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    const switcher = document.getElementById("lang-switch");
    switcher.textContent = lang() === "zh" ? "English" : "中文";
    switcher.lang = lang() === "zh" ? "en" : "zh-CN";
    if (onChange) onChange();
  };
  document.getElementById("lang-switch").addEventListener("click", () => {
    setLang(lang() === "zh" ? "en" : "zh");
    localStorage.setItem("ipd-admin-lang", lang());
    apply();
  });
  apply();
}
