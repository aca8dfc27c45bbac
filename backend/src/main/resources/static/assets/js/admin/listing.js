// One listing: its name and statuses, the views a role may use (edit for editors, review for
// reviewers, history for everyone) as tabs, and the chosen view under them. The view is in the URL
// (view=edit|review|history); a view the role may not use is not offered, and the default is the
// one the listing's state asks for (review for a draft in review, when the role reviews).

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { send, listingUrl, failure, taxonomy } from "./api.js";
import { nameOf } from "./fields.js";
import { badge } from "./listings.js";
import { showEditor } from "./editor.js";
import { showReview } from "./review.js";
import { showHistory } from "./history.js";

const VIEWS = [
  ["edit", "staffTabEdit", "edit", showEditor],
  ["review", "staffTabReview", "review", showReview],
  ["history", "staffTabHistory", "read", showHistory],
];

export function showListing(context, params) {
  const { can, navigate, view } = context;
  const id = params.get("listing");
  let closed = false;
  let inner = null;
  let edit = null;
  let tax = null;
  let error = null;
  let notice = null; // why the listing was read again (a change made meanwhile), until the next read
  const body = h("div", { class: "admin-listing-view" });

  const allowed = VIEWS.filter(([, , permission]) => can(permission));

  function chosen() {
    const asked = params.get("view");
    if (allowed.some(([name]) => name === asked)) return asked;
    if (edit?.draft?.workflow && edit.draft.listing?.status === "in_review" && can("review")) return "review";
    return allowed[0][0];
  }

  /**
   * Reads the listing again (after an action) and shows the chosen view again, with `notice` above
   * it when given (e.g. who changed the listing meanwhile). Views call it with an object: the
   * editor also names the listing's id, which only a new listing's screen needs.
   */
  async function reload({ notice: text = null } = {}) {
    const answer = await send("GET", listingUrl(id));
    notice = text;
    if (closed) return;
    if (answer.status !== 200) {
      error = failure(answer);
      edit = null;
    } else {
      error = null;
      edit = answer.body;
    }
    render();
  }

  function header() {
    const draft = edit?.draft;
    const published = edit?.published;
    const listing = draft?.listing || published;
    // Back to the search this listing was opened from (kept by the listings screen).
    const search = new URLSearchParams(sessionStorage.getItem("ipd-admin-search") || "");
    const back = h("a", { href: `/admin${search.size ? "?" + search : ""}`, class: "admin-back" }, t("staffBackToListings"));
    back.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(search);
    });
    return h(
      "div",
      { class: "admin-listing-head" },
      back,
      h("h1", { id: "listing-heading" }, listing ? nameOf(listing, lang()) : id),
      h(
        "p",
        { class: "admin-badges" },
        h("span", { class: "admin-id" }, id),
        published ? [" ", badge(published.status)] : null,
        draft ? [" ", badge(draft.listing.status)] : null,
      ),
    );
  }

  const noticeAlert = () =>
    notice ? h("p", { class: "admin-error", role: "alert", id: "listing-notice", tabindex: "-1" }, notice) : null;

  function tabs(current) {
    return h(
      "nav",
      { class: "admin-tabs", "aria-label": t("staffTabs") },
      allowed.map(([name, key]) => {
        const href = `/admin?${new URLSearchParams({ listing: id, view: name })}`;
        const a = h("a", { href, "aria-current": name === current ? "page" : null }, t(key));
        a.addEventListener("click", (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate(new URLSearchParams({ listing: id, view: name }));
        });
        return a;
      }),
    );
  }

  function render() {
    if (error) {
      replace(view, header(), h("p", { class: "admin-error", role: "alert" }, error));
      return;
    }
    if (!edit) {
      replace(view, h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")));
      return;
    }
    const current = chosen();
    const alert = noticeAlert();
    replace(view, header(), alert, tabs(current), body);
    inner?.close?.();
    const show = VIEWS.find(([name]) => name === current)[3];
    inner = show({ ...context, id, edit, tax, body, reload });
    if (alert) alert.focus();
  }

  render();
  taxonomy(lang())
    .then((x) => (tax = x))
    .catch(() => null)
    .then(() => reload());

  return {
    relabel: () => {
      taxonomy(lang())
        .then((x) => (tax = x))
        .catch(() => null)
        .finally(() => {
          if (closed || !edit) return;
          // The view keeps what was typed: it re-renders itself from its own state.
          if (inner?.relabel) {
            const keep = inner;
            inner = null;
            const current = chosen();
            replace(view, header(), noticeAlert(), tabs(current), body);
            inner = keep;
            inner.relabel(tax);
          } else render();
        });
    },
    close: () => {
      closed = true;
      inner?.close?.();
    },
  };
}
