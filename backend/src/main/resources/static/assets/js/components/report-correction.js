// <ipd-report-correction>: "Report a correction" under a listing in the detail dialog. A button
// opens a short form (which field, what is wrong, the correct value, an optional e-mail) that is
// sent to POST /api/v1/listings/{id}/corrections; the API's field messages (400) stand under their
// fields with a summary that takes the focus, and a thank-you replaces the form once it is taken.
// The form also holds a field for bots ("homepage"), off-screen, out of the tab order and hidden
// from assistive technology: people never fill it, and the API drops what does.
// Not to be confused with correction.js, the search's "showing results for …" notice.
import { h, replace, uid } from "../dom.js";
import { t, lang } from "../i18n.js";

const FIELDS = ["phone", "email", "website", "address", "name", "services", "closed_or_moved", "other"];

class ReportCorrection extends HTMLElement {
  /** The listing the report is about; set before the element is connected. */
  listingId = null;

  connectedCallback() {
    if (this.state) return; // re-attached when the dialog re-renders: keep what was typed
    this.state = "closed"; // closed | open | sending | sent
    this.errors = [];
    this.alert = null;
    this.values = { field: "", description: "", suggestedValue: "", email: "", homepage: "" };
    this.ids = { form: uid("report"), heading: uid("report-title") };
    this.render();
  }

  render() {
    if (!this.toggle) {
      // Created once, so that the button keeps its focus and identity across renders.
      this.toggle = h("button", {
        type: "button",
        class: "link-button report-open",
        "aria-controls": this.ids.form,
        onclick: () => (this.state === "closed" ? this.openForm() : this.closeForm()),
      });
      this.place = h("div", { class: "report-slot" });
      replace(this, this.toggle, this.place);
    }
    this.toggle.textContent = t("correctionOpen");
    this.toggle.setAttribute("aria-expanded", String(this.state !== "closed" && this.state !== "sent"));
    this.toggle.hidden = this.state === "sent";
    if (this.state === "sent") {
      replace(this.place, h("p", { class: "report-thanks", role: "status", tabindex: "-1" }, t("correctionThanks")));
      return;
    }
    replace(this.place, this.state === "closed" ? null : this.form());
  }

  form() {
    const id = (name) => `${this.ids.form}-${name}`;
    const error = (name) => this.errors.find((e) => e.field === name);
    const described = (name, hint) => [error(name) ? id(name) + "-error" : null, hint].filter(Boolean).join(" ") || null;
    const message = (name) => (error(name) ? h("p", { id: id(name) + "-error", class: "field-error" }, error(name).message) : null);
    const control = (name, el) => {
      if (error(name)) el.setAttribute("aria-invalid", "true");
      const keep = () => (this.values[name] = el.value);
      el.addEventListener("input", keep);
      el.addEventListener("change", keep);
      return el;
    };
    const busy = this.state === "sending";
    const f = h(
      "form",
      { id: this.ids.form, class: "report-form", novalidate: true, "aria-labelledby": this.ids.heading, "aria-busy": String(busy) },
      h("h3", { id: this.ids.heading }, t("correctionTitle")),
      h("p", { class: "muted" }, t("correctionIntro")),
      this.alert || this.errors.length
        ? h("p", { class: "field-error report-alert", role: "alert", tabindex: "-1" }, this.alert || t("correctionFieldsFailed"))
        : null,
      h(
        "div",
        { class: "report-field" },
        h("label", { for: id("field") }, t("correctionField")),
        control(
          "field",
          h(
            "select",
            { id: id("field"), name: "field", required: true, "aria-describedby": described("field") },
            h("option", { value: "" }, t("correctionFieldChoose")),
            FIELDS.map((f) => h("option", { value: f, selected: this.values.field === f }, t(`correctionField_${f}`))),
          ),
        ),
        message("field"),
      ),
      h(
        "div",
        { class: "report-field" },
        h("label", { for: id("description") }, t("correctionDescription")),
        control(
          "description",
          h(
            "textarea",
            { id: id("description"), name: "description", rows: 4, required: true, maxlength: 2000, "aria-describedby": described("description", id("description") + "-hint") },
            this.values.description,
          ),
        ),
        h("p", { id: id("description") + "-hint", class: "muted report-hint" }, t("correctionDescriptionHint")),
        message("description"),
      ),
      h(
        "div",
        { class: "report-field" },
        h("label", { for: id("suggestedValue") }, t("correctionSuggested")),
        control(
          "suggestedValue",
          h("input", { id: id("suggestedValue"), name: "suggestedValue", maxlength: 500, value: this.values.suggestedValue, "aria-describedby": described("suggestedValue") }),
        ),
        message("suggestedValue"),
      ),
      h(
        "div",
        { class: "report-field" },
        h("label", { for: id("email") }, t("correctionEmail")),
        control(
          "email",
          h("input", { id: id("email"), name: "email", type: "email", autocomplete: "email", value: this.values.email, "aria-describedby": described("email") }),
        ),
        message("email"),
      ),
      // For bots only: off-screen, never focused by the keyboard, hidden from screen readers.
      h(
        "div",
        { class: "report-trap", "aria-hidden": "true" },
        h("label", { for: id("homepage") }, t("correctionHoneypot")),
        control("homepage", h("input", { id: id("homepage"), name: "homepage", tabindex: "-1", autocomplete: "off", value: this.values.homepage })),
      ),
      h(
        "div",
        { class: "report-buttons" },
        h("button", { type: "submit", class: "primary", disabled: busy }, busy ? t("correctionSending") : t("correctionSend")),
        h("button", { type: "button", class: "secondary", onclick: () => this.closeForm() }, t("correctionCancel")),
      ),
    );
    f.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
    return f;
  }

  openForm() {
    this.state = "open";
    this.render();
    this.querySelector("select")?.focus();
  }

  closeForm() {
    this.state = "closed";
    this.errors = [];
    this.alert = null;
    this.render();
    this.querySelector(".report-open")?.focus();
  }

  async send() {
    if (this.state === "sending") return;
    this.state = "sending";
    this.errors = [];
    this.alert = null;
    this.render();
    let answer = null;
    let body = null;
    try {
      const params = new URLSearchParams({ lang: lang() });
      answer = await fetch(`/api/v1/listings/${encodeURIComponent(this.listingId)}/corrections?${params}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(this.values),
      });
      body = await answer.json().catch(() => null);
    } catch {
      answer = null;
    }
    if (answer?.status === 201) {
      this.state = "sent";
      this.render();
      this.querySelector(".report-thanks")?.focus();
      return;
    }
    this.state = "open";
    if (answer?.status === 400 && Array.isArray(body?.errors)) this.errors = body.errors;
    else if (answer?.status === 404) this.alert = t("correctionNotFound");
    else if (answer?.status === 429) this.alert = t("correctionRateLimited");
    else this.alert = t("correctionFailed");
    this.render();
    // The first refused field takes the focus (its message is tied to it); else the alert.
    const first = this.errors.map((e) => this.querySelector(`[name="${e.field}"]`)).find(Boolean);
    (first || this.querySelector(".report-alert"))?.focus();
  }
}

customElements.define("ipd-report-correction", ReportCorrection);
