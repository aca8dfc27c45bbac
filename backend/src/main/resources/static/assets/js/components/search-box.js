// <ipd-search-box>: the query form with autocomplete from GET /api/v1/suggest, following the
// WAI-ARIA 1.2 combobox pattern (input role=combobox + listbox, aria-activedescendant).
// The form itself is written by the server (SearchFields.java); this element gives it its behaviour.
// Events: ipd-change {q} on submit; ipd-suggestion {suggestion} when an option is chosen.
import { getJson, latest, isAbort } from "../api.js";
import { ComboboxElement } from "./combobox.js";
import { t, has, lang } from "../i18n.js";

const DEBOUNCE_MS = 180;

class SearchBox extends ComboboxElement {
  connectedCallback() {
    if (this.input) return;
    // The server writes the form into the page (SearchFields.java), in the page's language: it is
    // there to type into, and searches by itself (a GET of the page), before the scripts arrive.
    this.form = this.querySelector("form");
    this.input = this.querySelector("#q");
    this.list = this.querySelector("[role=listbox]");
    this.label = this.querySelector("label");
    this.button = this.querySelector("button[type=submit]");
    this.first = true;
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
    if (!this.input) return;
    // What the visitor typed into the written field before the scripts took over stays.
    const typed = this.first && this.input.value !== this.input.defaultValue;
    this.first = false;
    if (!typed && this.input.value.trim() !== (q || "")) this.input.value = q || "";
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
    this.showOptions(items.slice(0, 8), (s) => ({
      text: s.text,
      type: has(`suggestion.${s.type}`) ? t(`suggestion.${s.type}`) : "",
    }));
  }

  /** Enter submits the form, unless an option is active: then it chooses that option. */
  enter(e) {
    if (this.list.hidden || this.active < 0) return;
    e.preventDefault();
    this.choose(this.active);
  }

  choose(index) {
    const suggestion = this.items[index];
    this.close();
    if (!suggestion) return;
    this.dispatchEvent(new CustomEvent("ipd-suggestion", { bubbles: true, detail: suggestion }));
  }
}

customElements.define("ipd-search-box", SearchBox);
