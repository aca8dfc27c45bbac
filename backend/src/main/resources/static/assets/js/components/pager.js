// <ipd-pager>: "page X of Y" and page links — first, previous, a window of numbers around the
// current page, next, last. Every link is a real link to the page's URL (open in a new tab, share).
// Elasticsearch pages by number only inside its first 10,000 hits (`page × size`); past them the
// next page's link carries the answer's opaque cursor as `after`, so deep pages are in the URL too
// and are reached one after another. Event: ipd-change {page, after}.
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { toQuery } from "../state.js";

/** The deepest hit Elasticsearch pages to by number (index.max_result_window). */
export const NUMBERED_WINDOW = 10000;
/** Page numbers shown on each side of the current one. */
const AROUND = 2;

class Pager extends HTMLElement {
  update(response, state) {
    const size = response.size || 20;
    const pages = Math.max(1, Math.ceil(response.total / size));
    if (pages <= 1) return replace(this);
    const page = state.page;
    const reach = Math.floor(NUMBERED_WINDOW / size); // the last page a number alone can open
    const byNumber = (n) => n >= 1 && n <= Math.min(pages, reach);
    const items = [];
    if (page > 1 && byNumber(1)) items.push(this.link(state, 1, null, t("firstPage"), "first"));
    if (byNumber(page - 1)) items.push(this.link(state, page - 1, null, t("previous"), "prev"));
    let shown = 0;
    for (let n = Math.max(1, page - AROUND); n <= Math.min(pages, page + AROUND); n++) {
      if (n === page) items.push(this.current(n));
      else if (byNumber(n)) items.push(this.link(state, n, null, String(n), ""));
      else continue;
      shown = n;
    }
    if (page < pages) {
      // Past the numbered window the next page is only reachable from this one, with its cursor.
      if (byNumber(page + 1)) items.push(this.link(state, page + 1, null, t("next"), "next"));
      else if (response.cursor) items.push(this.link(state, page + 1, response.cursor, t("next"), "next"));
    }
    if (page < pages && byNumber(pages) && shown < pages) items.push(this.link(state, pages, null, t("lastPage"), "last"));
    replace(
      this,
      h(
        "nav",
        { "aria-label": t("pagination") },
        h("p", { class: "page-of" }, t("pageOf", { page, pages })),
        h("ul", { role: "list" }, items),
      ),
    );
  }

  current(n) {
    return h("li", {}, h("span", { class: "page current", "aria-current": "page", "aria-label": t("page", { n }) }, String(n)));
  }

  link(state, page, after, text, kind) {
    const a = h(
      "a",
      {
        href: `?${toQuery({ ...state, page, after })}`,
        class: `page ${kind}`,
        rel: kind === "prev" || kind === "next" ? kind : null,
        "aria-label": /^\d+$/.test(text) ? t("page", { n: page }) : null,
      },
      text,
    );
    a.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { page, after } }));
    });
    return h("li", {}, a);
  }
}

customElements.define("ipd-pager", Pager);
