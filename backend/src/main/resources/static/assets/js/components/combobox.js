// The WAI-ARIA 1.2 combobox behaviour that <ipd-search-box> and <ipd-place-box> share: an input
// (role=combobox) whose listbox of options is moved through with the arrow keys
// (aria-activedescendant) and closed with Escape. A subclass sets `this.input` and `this.list`,
// fetches its own options, and says what Enter does (`enter`) and what choosing does (`choose`).
import { h, replace } from "../dom.js";

export class ComboboxElement extends HTMLElement {
  /** Shows `items` as options; `parts(item)` gives an option's text, its type and its dataset. */
  showOptions(items, parts) {
    this.items = items;
    this.active = -1;
    if (!items.length) return this.close();
    replace(
      this.list,
      items.map((item, i) => {
        const { text, type, dataset } = parts(item);
        return h(
          "li",
          { role: "option", id: `${this.list.id}-${i}`, "aria-selected": "false", dataset: { index: i, ...dataset } },
          h("span", { class: "suggestion-text" }, text),
          h("span", { class: "suggestion-type" }, type),
        );
      }),
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
    } else if (e.key === "Enter") {
      this.enter(e);
    } else if (e.key === "Escape" && !this.list.hidden) {
      e.preventDefault();
      this.close();
    }
  }
}
