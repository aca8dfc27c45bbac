// A tiny element builder. Children that are strings become text nodes, so data from the API is
// never parsed as HTML; the one exception (search highlights) goes through `markedHtml`.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A fragment from a highlight returned by the API: text that is already HTML-escaped with only
 * <mark> tags added. It is parsed into an inert template and every element other than MARK is
 * dropped (its text kept), so even a faulty server answer cannot inject markup.
 */
export function markedHtml(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === "MARK") out.append(h("mark", {}, node.textContent));
    else out.append(node.textContent || "");
  }
  return out;
}

/** Fires a bubbling `ipd-change` event whose detail is a change to the search state. */
export function emit(el, detail) {
  el.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail }));
}

let ids = 0;
export const uid = (prefix) => `${prefix}-${++ids}`;

/**
 * A real link to the page URL of another search (so it can be opened in a new tab or copied)
 * that, on a plain click, fires `ipd-change` with `detail` instead of loading the page.
 */
export function changeLink(href, detail, attrs, ...children) {
  const a = h("a", { ...attrs, href }, ...children);
  a.addEventListener("click", (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    emit(a, { ...detail, page: 1 });
  });
  return a;
}

/**
 * Lets the browser handle input and paint before the caller's next step (a long piece of work cut
 * into tasks): `scheduler.yield` where the browser has it (the rest keeps its place in the queue),
 * else a zero-delay timer.
 */
export function yieldToMain() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
