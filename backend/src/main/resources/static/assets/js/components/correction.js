// <ipd-correction>: "Showing results for trademark france · Search instead for trademakr france",
// when the API corrected typos in the query (interpretation.correctedQuery). The second part is
// a link to the same search as typed, without query understanding (interpret=false).
// Event: ipd-change {interpret: false}.
import { h, replace, changeLink } from "../dom.js";
import { tNodes } from "../i18n.js";
import { toQuery } from "../state.js";

class Correction extends HTMLElement {
  update(response, state) {
    const corrected = response.interpretation?.correctedQuery;
    this.hidden = !corrected;
    if (!corrected) return replace(this);
    const instead = changeLink(`?${toQuery({ ...state, interpret: false, page: 1 })}`, { interpret: false }, { class: "instead" }, state.q);
    replace(
      this,
      h(
        "p",
        { class: "correction" },
        h("span", {}, tNodes("correctedShowing", { query: h("b", { class: "corrected" }, corrected) })),
        h("span", { class: "sep", "aria-hidden": "true" }, " · "),
        h("span", {}, tNodes("correctedInstead", { query: instead })),
      ),
    );
  }
}

customElements.define("ipd-correction", Correction);
