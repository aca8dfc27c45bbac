// A new listing (/admin?new=listing, editors and admins): the edit view on an empty listing, with
// what a scoped editor's scope fixes already chosen (its one country, industry or service). The
// first save opens the draft (POST /api/v1/admin/listings, which derives the id as an import does);
// the URL then becomes the listing's (replacing this one in the history), so a reload or a shared
// link opens the draft.

import { t, lang } from "../i18n.js";
import { h, replace } from "../dom.js";
import { taxonomy } from "./api.js";
import { showEditor } from "./editor.js";

/** The fields a scope fixes when it names exactly one code for them. */
function template(scope = {}) {
  const one = (facet) => (scope[facet]?.length === 1 ? scope[facet][0] : null);
  const listing = {};
  if (one("country")) listing.location = { country: one("country") };
  if (one("industry")) listing.industries = [one("industry")];
  if (one("service")) listing.services = [one("service")];
  return listing;
}

export function showNewListing(context) {
  const { navigate, view, session } = context;
  const edit = { id: null, published: null, draft: null, template: template(session?.scope) };
  const body = h("div", { class: "admin-listing-view" });
  let closed = false;
  let inner = null;
  let tax = null;

  function header() {
    const search = new URLSearchParams(sessionStorage.getItem("ipd-admin-search") || "");
    const back = h("a", { href: `/admin${search.size ? "?" + search : ""}`, class: "admin-back" }, t("staffBackToListings"));
    back.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(search);
    });
    return h("div", { class: "admin-listing-head" }, back, h("h1", { id: "listing-heading", tabindex: "-1" }, t("staffNewListingTitle")));
  }

  /** After the first save: the listing's own URL, in place of this one. */
  function opened({ id }) {
    if (closed || !id) return;
    navigate(new URLSearchParams({ listing: id, view: "edit" }), { replace: true, focus: false });
  }

  replace(view, header(), h("p", { class: "muted", "aria-busy": "true" }, t("staffLoading")));
  taxonomy(lang())
    .then((x) => (tax = x))
    .catch(() => null)
    .then(() => {
      if (closed) return;
      replace(view, header(), body);
      inner = showEditor({ ...context, id: null, edit, tax, body, reload: opened });
    });

  return {
    relabel: () => {
      taxonomy(lang())
        .then((x) => (tax = x))
        .catch(() => null)
        .finally(() => {
          if (closed || !inner) return;
          replace(view, header(), body);
          inner.relabel(tax);
        });
    },
    close: () => (closed = true),
  };
}
