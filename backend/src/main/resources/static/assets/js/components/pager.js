// <ipd-pager>: page links for the first pages (real links to the page's URL, so they can be
// opened in a new tab) and, past them, a "load more" button that appends the next results with
// the answer's opaque cursor (search_after). Events: ipd-change {page}; ipd-more.
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { toQuery } from "../state.js";

export const NUMBERED_PAGES = 5;

class Pager extends HTMLElement {
  update(response, state, shown) {
    const pages = Math.ceil(response.total / response.size);
    const last = Math.min(pages, NUMBERED_PAGES);
    const items = [];
    if (pages > 1) {
      if (state.page > 1 && state.page <= last) items.push(this.link(state, state.page - 1, t("previous"), "prev"));
      for (let n = 1; n <= last; n++) items.push(this.link(state, n, String(n), n === state.page ? "current" : ""));
      if (state.page < last) items.push(this.link(state, state.page + 1, t("next"), "next"));
    }
    const more =
      state.page >= last && response.cursor && shown < response.total - (state.page - 1) * response.size
        ? h(
            "button",
            { type: "button", class: "secondary load-more", onclick: () => this.dispatchEvent(new CustomEvent("ipd-more", { bubbles: true })) },
            t("loadMore"),
          )
        : null;
    replace(this, items.length ? h("nav", { "aria-label": t("pagination") }, h("ul", { role: "list" }, items)) : null, more);
  }

  link(state, page, text, kind) {
    const a = h(
      "a",
      {
        href: `?${toQuery({ ...state, page })}`,
        class: `page ${kind}`,
        "aria-current": kind === "current" ? "page" : null,
        "aria-label": /^\d+$/.test(text) ? t("page", { n: page }) : null,
      },
      text,
    );
    a.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { page } }));
    });
    return h("li", {}, a);
  }
}

customElements.define("ipd-pager", Pager);
