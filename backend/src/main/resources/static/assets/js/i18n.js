// The page's own UI strings in Chinese and English, from the directory's one string table
// (/assets/i18n/strings.json, shared with the partner widget and the no-JS frame). Every label of
// a code (country, service, ...) comes from the API in the requested language; only the page's
// chrome is translated here. Modules that import this one wait until the table has arrived.

// Relative to this module, so that it comes from the same versioned asset prefix as the page's
// scripts (/assets/v/VERSION/i18n/strings.json, kept by browsers for a year). The public page
// asks for the table without the workplace's texts (<html data-strings="public">: public.json).
const TABLE = await load(new URL(`../i18n/${document.documentElement.dataset.strings || "strings"}.json`, import.meta.url));

async function load(url) {
  try {
    const response = await fetch(url); // preloaded by index.html
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return await response.json();
  } catch (e) {
    console.error("UI strings not loaded", e);
    return {}; // the page still works, showing keys instead of texts
  }
}

export const LANGS = ["zh", "en"];

/** The browser's preferred language among ours: any zh-* gives Chinese, en-* English, else zh. */
export function browserLang() {
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (LANGS.includes(primary)) return primary;
  }
  return "zh";
}

let current = "zh";

export function setLang(lang) {
  current = LANGS.includes(lang) ? lang : "zh";
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
}

export function lang() {
  return current;
}

/** Whether the table has a text for `key` (for keys made from data, e.g. a suggestion's type). */
export function has(key) {
  return key in TABLE;
}

/**
 * A UI string with its `{name}` placeholders filled from `args`. A text that depends on a count is
 * `{one, other}` in the table, chosen by `args.n` (see UiStrings.java for the same rule).
 */
export function t(key, args = {}) {
  let value = TABLE[key]?.[current] ?? TABLE[key]?.en ?? key;
  if (typeof value === "object") value = args.n === 1 ? value.one : value.other;
  return value.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}

/**
 * A UI string as a list of text and nodes: a placeholder whose argument is a DOM node (a link,
 * a <b>) is replaced by that node, the others as in t(). For sentences with a link inside, whose
 * word order differs between the languages ("Search instead for …" / "仍然搜索「…」").
 */
export function tNodes(key, args = {}) {
  const text = t(key, Object.fromEntries(Object.entries(args).filter(([, v]) => !(v instanceof Node))));
  return text.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name && args[name] instanceof Node ? args[name] : part;
  });
}
