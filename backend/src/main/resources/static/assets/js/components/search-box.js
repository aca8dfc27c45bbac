// <ipd-search-box>: the query form with autocomplete from GET /api/v1/suggest, following the
// WAI-ARIA 1.2 combobox pattern (input role=combobox + listbox, aria-activedescendant).
// Events: ipd-change {q} on submit; ipd-suggestion {suggestion} when an option is chosen.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace, uid } from "../dom.js";
import { t, has, lang } from "../i18n.js";

const DEBOUNCE_MS = 180;

class SearchBox extends HTMLElement {
  connectedCallback() {
    if (this.input) return;
    const listId = uid("suggest");
    this.input = h("input", {
      type: "search",
      id: "q",
      name: "q",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      maxlength: "200",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
    });
    this.list = h("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true });
    this.label = h("label", { for: "q", class: "visually-hidden" });
    this.button = h("button", { type: "submit", class: "primary" });
    this.form = h(
      "form",
      { role: "search", class: "search-form" },
      this.label,
      h("div", { class: "combo" }, this.input, this.list),
      this.button,
    );
    this.append(this.form);
    this.items = [];
    this.active = -1;
    this.fetchLatest = latest();

    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.close();
      this.dispatchEvent(
        new CustomEvent("ipd-change", { bubbles: true, detail: { q: this.input.value.trim() } }),
      );
    });
    this.input.addEventListener("input", () => this.schedule());
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    // mousedown, not click: it fires before the input's blur closes the list.
    this.list.addEventListener("mousedown", (e) => {
      const li = e.target.closest("li[role=option]");
      if (li) {
        e.preventDefault();
        this.choose(Number(li.dataset.index));
      }
    });
    this.relabel();
  }

  /** Re-applies the UI strings after a language switch. */
  relabel() {
    this.label.textContent = t("searchLabel");
    this.input.placeholder = t("searchPlaceholder");
    this.list.setAttribute("aria-label", t("suggestions"));
    this.button.textContent = t("searchButton");
  }

  set value(q) {
    if (this.input && this.input.value.trim() !== (q || "")) this.input.value = q || "";
  }

  schedule() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) return this.close();
    this.timer = setTimeout(() => this.suggest(q), DEBOUNCE_MS);
  }

  async suggest(q) {
    try {
      const params = new URLSearchParams({ q, lang: lang() });
      const body = await this.fetchLatest((signal) => getJson(`/api/v1/suggest?${params}`, signal));
      if (this.input.value.trim() !== q) return;
      this.show(body.suggestions || []);
    } catch (e) {
      // Suggestions are a convenience: when they fail the form still searches.
      if (!isAbort(e)) this.close();
    }
  }

  show(items) {
    this.items = items.slice(0, 8);
    this.active = -1;
    if (!this.items.length) return this.close();
    replace(
      this.list,
      this.items.map((s, i) =>
        h(
          "li",
          { role: "option", id: `${this.list.id}-${i}`, "aria-selected": "false", dataset: { index: i } },
          h("span", { class: "suggestion-text" }, s.text),
          h("span", { class: "suggestion-type" }, has(`suggestion.${s.type}`) ? t(`suggestion.${s.type}`) : ""),
        ),
      ),
    );
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.input.removeAttribute("aria-activedescendant");
  }

  close() {
    clearTimeout(this.timer);
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
  }

  move(delta) {
    if (this.list.hidden || !this.items.length) return;
    const n = this.items.length;
    this.active = this.active < 0 && delta < 0 ? n - 1 : (this.active + delta + n) % n;
    this.list.querySelectorAll("li").forEach((li, i) => {
      li.setAttribute("aria-selected", String(i === this.active));
      if (i === this.active) li.scrollIntoView({ block: "nearest" });
    });
    this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
  }

  onKey(e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (this.list.hidden) this.schedule();
      else this.move(1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      this.move(-1);
    } else if (e.key === "Enter" && !this.list.hidden && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === "Escape" && !this.list.hidden) {
      e.preventDefault();
      this.close();
    }
  }

  choose(index) {
    const suggestion = this.items[index];
    this.close();
    if (!suggestion) return;
    this.dispatchEvent(new CustomEvent("ipd-suggestion", { bubbles: true, detail: suggestion }));
  }
}

customElements.define("ipd-search-box", SearchBox);
