/*
 * Embeddable search widget of the Global IP Protection Service Network Directory.
 *
 *   <script src="https://DIRECTORY/embed/v1/widget.js" data-key="PARTNER-KEY" data-lang="zh" async></script>
 *
 * Renders a search box, a compact filter set (region, service, category), results and paging into
 * a Shadow DOM right after the script tag (or into the element named by data-target), so the host
 * page's CSS cannot change it. Like the page, it says when the query's spelling was corrected (with
 * a way to search as typed) and, under few or no results, shows the API's related answer. A result's
 * name opens a detail panel (fields, website / e-mail / phone links, links to the listing and to this
 * search on the directory). A place field (cities from /api/v1/places, or the visitor's own location
 * when asked for with the button) with a radius searches near it, nearest first, and every result
 * then shows its distance. A star on each result and in the panel puts the listing on the visitor's
 * shortlist (kept in this browser's storage for the host page, at most 50): its view shows the
 * listings with their contacts, downloads them as CSV and opens the same list on the directory,
 * where it can be shared. It calls the API on the script's own origin with the partner key as the
 * `key` query parameter and no custom header: simple requests, no preflight, so that even a page on an
 * origin the key does not allow gets the API's readable refusal (problem+json with a `code`) and says
 * what is wrong: an unknown or revoked key, a disabled partner, or this site's origin not allowed. Its texts come from the directory's one string table
 * (/assets/i18n/public.json on the same origin: the table without the workplace's texts, as the page
 * loads it), fetched before anything is shown. No inline handlers, no eval; one classic script, no dependencies.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var ORIGIN = new URL(script.src, location.href).origin;
  var KEY = script.getAttribute("data-key") || "";
  var SIZE = 10;

  var lang = script.getAttribute("data-lang");
  if (lang !== "zh" && lang !== "en") lang = /^zh/i.test(navigator.language || "") ? "zh" : "en";

  var CSS =
    ":host{all:initial;display:block!important;font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;font-size:15px;line-height:1.55;color:#1f2933}" +
    "*{box-sizing:border-box}.w{all:initial;display:block;font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;font-size:15px;line-height:1.55;color:#1f2933;text-align:left;border:1px solid #d9e2ec;border-radius:10px;padding:14px;background:#fff}" +
    "form{display:flex;flex-wrap:wrap;gap:8px}input,select,button{font:inherit;color:inherit}" +
    "input[type=search]{flex:1 1 220px;height:40px;padding:0 12px;border:1px solid #9aa5b1;border-radius:6px}" +
    "select{flex:1 1 150px;height:36px;border:1px solid #d9e2ec;border-radius:6px;background:#fff;padding:0 6px;min-width:0}" +
    "button{cursor:pointer;border-radius:6px}.go{height:40px;padding:0 18px;background:#0b4f8a;color:#fff;border:0;font-weight:600}" +
    ":focus-visible{outline:3px solid #f59e0b;outline-offset:2px}.status{margin:12px 0 8px;font-weight:600}" +
    "ol{list-style:none;margin:0;padding:0}li.r{padding:10px 0;border-top:1px solid #e4e7eb}" +
    ".n{font-weight:650;color:#0b4f8a}.s{color:#52606d;font-size:.88em}.m{font-size:.88em;color:#52606d;display:flex;flex-wrap:wrap;gap:2px 12px}" +
    ".b{display:inline-block;margin-left:8px;font-size:.75em;font-weight:600;color:#17663a;background:#e3f4e9;border-radius:999px;padding:0 8px;vertical-align:middle}" +
    "mark{background:#fde68a;color:inherit}.t{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}.t span{font-size:.8em;background:#e6f0fa;color:#083b68;border-radius:999px;padding:0 8px}" +
    ".p{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-top:10px}.p button{height:32px;padding:0 12px;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a}" +
    ".p button[disabled]{opacity:.4;cursor:default}.f{margin-top:10px;font-size:.78em;color:#52606d}.f a{color:#0b4f8a}" +
    ".c{margin:0 0 8px;font-size:.9em}.lk{background:none;border:0;padding:0;color:#0b4f8a;text-decoration:underline;font:inherit}" +
    ".rel{margin-top:14px;padding-top:10px;border-top:2px solid #d9e2ec}.rel h3{margin:0;font-size:1em;font-weight:650;color:#1f2933}.rel .s{margin:0 0 4px}" +
    ".n button:not(.star){all:unset;cursor:pointer;color:#0b4f8a;font-weight:650;text-decoration:underline;text-decoration-color:#9fb3c8}.n button:not(.star):focus-visible{outline:3px solid #f59e0b;outline-offset:2px}" +
    ".t span.i{background:#fdf2e9;color:#7a3e00}.status[data-error]{color:#8a1c1c}.kp{margin:8px 0;padding:10px 12px;border:1px solid #f0b429;border-left-width:6px;border-radius:8px;background:#fffbea;font-weight:400}" +
    ".d{position:relative;margin-top:12px}.d h3{margin:0 40px 2px 0;font-size:1.1em;color:#1f2933}.d .x{position:absolute;top:0;right:0;width:36px;height:36px;border:1px solid #d9e2ec;background:#fff;font-size:20px;line-height:1}" +
    ".d dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:10px 0;font-size:.92em}.d dt{color:#52606d}.d dd{margin:0;overflow-wrap:anywhere}" +
    ".ca{display:flex;flex-wrap:wrap;gap:6px 14px;margin:8px 0}.ca a,.d .ln a{color:#0b4f8a}.d .ln{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:8px;font-size:.9em}" +
    ".pl{flex:1 1 100%;display:flex;flex-wrap:wrap;gap:8px;align-items:center}.pc{position:relative;flex:1 1 180px;min-width:0}" +
    ".pc input{width:100%;height:36px;padding:0 10px;border:1px solid #9aa5b1;border-radius:6px}.pl select{flex:0 1 auto}" +
    ".pb{height:36px;padding:0 10px;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a}.pb[disabled]{opacity:.6;cursor:progress}" +
    ".ps{position:absolute;z-index:5;left:0;right:0;top:100%;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid #d9e2ec;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.15)}" +
    ".ps li{display:flex;justify-content:space-between;gap:10px;padding:6px 10px;cursor:pointer}.ps li[aria-selected=true],.ps li:hover{background:#e6f0fa}.ps .s{white-space:nowrap}" +
    ".pm{flex:1 1 100%;margin:0;font-size:.88em;color:#52606d}.pm:empty{display:none}" +
    ".star{height:30px;margin-left:8px;padding:0 10px;border:1px solid #d9e2ec;background:#fff;color:#52606d;font-size:.82em;vertical-align:middle}.star[aria-pressed=true]{border-color:#b7791f;color:#7a4a00;background:#fffbea}" +
    ".bar{display:flex;justify-content:flex-end;margin-top:8px}.sl{height:32px;padding:0 12px;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a}" +
    ".sv h3{margin:0 40px 4px 0;font-size:1.1em}.sv ol{margin-top:8px}.sv li{display:flex;justify-content:space-between;gap:10px;align-items:flex-start}.sv li>div{min-width:0}" +
    ".sv .rm{height:30px;padding:0 10px;border:1px solid #d9e2ec;background:#fff;color:#8a1c1c;flex:none}.sv .tl{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;margin:6px 0;font-size:.9em}" +
    ".sv .tl a{color:#0b4f8a}.sv .tl button{height:30px;padding:0 10px;border:1px solid #d9e2ec;background:#fff}" +
    "[hidden]{display:none!important}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) if (attrs[k] != null && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    (children || []).forEach(function (c) {
      if (c != null && c !== false) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  /** Highlight fragments are HTML-escaped with <mark>; keep only MARK elements, as text. */
  function marked(html) {
    var tpl = document.createElement("template");
    tpl.innerHTML = html;
    var out = document.createDocumentFragment();
    Array.prototype.forEach.call(tpl.content.childNodes, function (n) {
      out.appendChild(n.nodeName === "MARK" ? el("mark", {}, [n.textContent]) : document.createTextNode(n.textContent));
    });
    return out;
  }

  /** `t(key, args)`: a text of the table in the widget's language (same rules as the page's). */
  function texts(table) {
    return function (key, args) {
      args = args || {};
      var value = (table[key] && (table[key][lang] || table[key].en)) || key;
      if (typeof value === "object") value = args.n === 1 ? value.one : value.other;
      return value.replace(/\{(\w+)\}/g, function (m, name) { return name in args ? String(args[name]) : m; });
    };
  }

  /** A text of the table as nodes: `{query}` becomes the element passed as `node` (a link, a <b>). */
  function withNode(t, key, node) {
    return t(key).split("{query}").reduce(function (out, part, i) {
      if (i) out.push(node);
      out.push(part);
      return out;
    }, []);
  }

  fetch(ORIGIN + "/assets/i18n/public.json", { credentials: "omit" })
    .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
    .then(
      function (table) { start(texts(table)); },
      function (e) { if (window.console) console.error("IP directory widget: texts not loaded", e); }
    );

  function start(t) {
    // Mount point: data-target, else a new element right after the script tag.
    var target = script.getAttribute("data-target") && document.querySelector(script.getAttribute("data-target"));
    var host = target || el("div", { "class": "ipd-widget" });
    if (!target) script.parentNode.insertBefore(host, script.nextSibling);
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", {}, [CSS]));
    }

    var uid = "ipdw" + Math.random().toString(36).slice(2, 8);
    var input = el("input", { type: "search", id: uid + "-q", name: "q", maxlength: "200", placeholder: t("searchPlaceholderShort"), autocomplete: "off" });
    var selects = {
      country: el("select", { name: "country", "aria-label": t("allCountries") }),
      service: el("select", { name: "service", "aria-label": t("allServices") }),
      kind: el("select", { name: "kind", "aria-label": t("allKinds") }),
    };
    var place = placeField();
    var form = el("form", { role: "search" }, [
      el("label", { "for": uid + "-q", "class": "vh" }, [t("searchLabel")]), input,
      el("button", { type: "submit", "class": "go" }, [t("searchButton")]),
      selects.country, selects.service, selects.kind,
      place.line,
    ]);
    var status = el("p", { "class": "status", role: "status", "aria-live": "polite" });
    var correction = el("p", { "class": "c" });
    var list = el("ol", { "aria-label": t("resultsHeading") });
    var related = el("div", { "class": "rel" });
    var pager = el("div", { "class": "p" });
    var onDirectory = el("a", { href: ORIGIN + "/?lang=" + lang, target: "_blank", rel: "noopener", "class": "sd" }, [t("searchOnDirectory")]);
    var footer = el("p", { "class": "f" }, [el("a", { href: ORIGIN + "/?lang=" + lang, target: "_blank", rel: "noopener" }, [t("source")]), " · ", onDirectory]);
    var results = el("div", {}, [status, correction, list, related, pager]);
    var panel = el("div", { "class": "d", role: "region", hidden: true });
    var shortlistButton = el("button", { type: "button", "class": "sl" });
    var barStatus = el("span", { "class": "s", role: "status" });
    var bar = el("div", { "class": "bar" }, [barStatus, shortlistButton]);
    var shell = el("div", { "class": "w", lang: lang === "zh" ? "zh-CN" : "en" }, [form, bar, results, panel, footer]);
    root.appendChild(shell);

    var state = { q: "", country: "", service: "", kind: "", near: "", radius: 100, sort: "", page: 1, interpret: true };
    var seq = 0;

    /** The search's parameters: the API's (with `extra`) or, without them, the directory page's. */
    function query(api) {
      var p = new URLSearchParams({ lang: lang });
      if (api) { p.set("size", String(SIZE)); p.set("page", String(state.page)); }
      if (state.q) p.set("q", state.q);
      if (!state.interpret) p.set("interpret", "false");
      ["country", "service", "kind"].forEach(function (f) { if (state[f]) p.set(f, state[f]); });
      if (state.near) {
        p.set("near", state.near);
        p.set("radius", state.radius + "km");
        if (state.sort) p.set("sort", state.sort);
      }
      return p.toString();
    }

    /** The same query and filters on the directory's own page. */
    function searchOnDirectory() {
      return ORIGIN + "/?" + query(false);
    }

    /** An API URL with the key as a query parameter (a simple request: no preflight). */
    function api(path, params) {
      return ORIGIN + path + "?" + params + (KEY ? "&key=" + encodeURIComponent(KEY) : "");
    }

    /** A refused key or origin, read from the problem's `code`; null for any other failure. */
    function keyProblem(r) {
      if (r.status !== 401 && r.status !== 403) return Promise.resolve(null);
      return r.json().then(
        function (p) { return p && /^(partner_key_unknown|partner_disabled|origin_not_allowed)$/.test(p.code) ? p.code : null; },
        function () { return null; }
      );
    }

    function failed(r) {
      return keyProblem(r).then(function (code) { var e = new Error(String(r.status)); e.code = code; throw e; });
    }

    /** What the webmaster reads: the problem and what to do about it, instead of the search. */
    function showKeyProblem(code) {
      var text = code === "partner_key_unknown" ? t("keyUnknown") : code === "partner_disabled" ? t("keyDisabled") : t("originNotAllowed", { origin: location.origin });
      form.hidden = true;
      [correction, list, related, pager, panel].forEach(function (n) { n.hidden = true; });
      status.setAttribute("data-error", code);
      status.replaceChildren(el("strong", {}, [t("keyProblemTitle")]), el("span", { "class": "kp", style: "display:block" }, [text]));
      if (window.console) console.warn("IP directory widget: " + code + " (" + location.origin + ")");
    }

    function run() {
      var mine = ++seq;
      if (!panel.hidden) { panel.hidden = true; panel.replaceChildren(); results.hidden = false; }
      list.setAttribute("aria-busy", "true");
      onDirectory.setAttribute("href", searchOnDirectory());
      fetch(api("/api/v1/search", query(true)), { headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : failed(r); })
        .then(function (body) { if (mine === seq) render(body); })
        .catch(function (e) {
          if (mine !== seq) return;
          list.removeAttribute("aria-busy");
          if (e && e.code) return showKeyProblem(e.code);
          status.textContent = t("searchUnavailable");
          status.setAttribute("data-error", "true");
        });
    }

    var opener = null;

    // The shortlist: listing ids in the order they were starred, kept in this browser's storage
    // for the host page (its own key, beside the page's), at most as many as GET /listings takes.
    var STORED = "ipd-directory-shortlist";
    var MAX = 50;
    var ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
    var starred = storedShortlist();
    var shortlistShown = null; // the listings of the open shortlist view, as last fetched

    function storedShortlist() {
      try {
        return (localStorage.getItem(STORED) || "").split(",")
          .filter(function (id, i, all) { return ID.test(id) && all.indexOf(id) === i; })
          .slice(0, MAX);
      } catch (e) {
        return []; // storage refused (private mode, a sandbox): the list lasts while the page is open
      }
    }

    /** Saves the list and brings every star and the shortlist button up to date, in place. */
    function shortlistChanged() {
      try { localStorage.setItem(STORED, starred.join(",")); } catch (e) { /* see storedShortlist */ }
      Array.prototype.forEach.call(root.querySelectorAll("button.star"), pressed);
      shortlistButton.textContent = t("shortlistButton", { n: starred.length });
    }

    function pressed(button) {
      var on = starred.indexOf(button.getAttribute("data-id")) >= 0;
      button.setAttribute("aria-pressed", String(on));
      button.firstChild.textContent = on ? "★" : "☆";
    }

    /** "☆ Add to shortlist": a toggle (aria-pressed) whose name adds the listing's. */
    function star(id, name) {
      var b = el("button", { type: "button", "class": "star", "data-id": id, "aria-label": t("shortlistAddLabel", { name: name }) },
        [el("span", { "aria-hidden": "true" }, ["☆"]), " " + t("shortlistAdd")]);
      b.addEventListener("click", function () {
        var at = starred.indexOf(id);
        barStatus.textContent = "";
        if (at >= 0) starred.splice(at, 1);
        else if (starred.length >= MAX) return (barStatus.textContent = t("shortlistFull", { max: MAX }));
        else starred.push(id);
        shortlistChanged();
      });
      pressed(b);
      return b;
    }

    function nameOf(l) {
      return (lang === "zh" ? l.name && l.name.zh : l.name && l.name.en) || (l.name && (l.name.zh || l.name.en || l.name.original)) || l.id;
    }

    /**
     * The shortlist in the panel: each listing with its place and contacts and a button that removes
     * it, a CSV download and the same list on the directory (to share, print or read in full).
     */
    function showShortlist() {
      opener = shortlistButton;
      var ids = starred.slice();
      shortlistShown = null;
      renderShortlist([], ids.length ? null : "");
      if (!ids.length) return;
      var mine = ++seq;
      fetch(api("/api/v1/listings", "ids=" + encodeURIComponent(ids.join(",")) + "&lang=" + lang), { headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : failed(r); })
        .then(function (body) {
          if (mine !== seq || panel.hidden) return;
          shortlistShown = { asked: ids, listings: body.listings || [] };
          renderShortlist(shortlistShown.listings, "", true);
        })
        .catch(function (e) {
          if (mine !== seq) return;
          if (e && e.code) return showKeyProblem(e.code);
          renderShortlist([], t("searchUnavailable"));
        });
    }

    /** `problem`: null while loading, "" when none, else the text shown instead of the list. */
    function renderShortlist(listings, problem, keepFocus) {
      var ids = starred.slice();
      var heading = el("h3", { id: uid + "-sl", tabindex: "-1" }, [t("shortlistTitle")]);
      var close = el("button", { type: "button", "class": "x", "aria-label": t("close") }, ["×"]);
      close.addEventListener("click", closePanel);
      var shown = listings.filter(function (l) { return ids.indexOf(l.id) >= 0; });
      var gone = shortlistShown ? ids.filter(function (id) {
        return shortlistShown.asked.indexOf(id) >= 0 && !shortlistShown.listings.some(function (l) { return l.id === id; });
      }).length : 0;
      var list = el("ol", { "aria-labelledby": uid + "-sl", "aria-busy": problem === null && ids.length ? "true" : null }, shown.map(shortlistItem));
      var clear = el("button", { type: "button", "class": "cl" }, [t("shortlistClear")]);
      clear.addEventListener("click", function () {
        if (!window.confirm(t("shortlistClearConfirm", { n: starred.length }))) return;
        starred = [];
        shortlistChanged();
        renderShortlist([], "");
      });
      var idsParam = encodeURIComponent(ids.join(","));
      panel.className = "d sv";
      panel.replaceChildren(
        close, heading,
        el("p", { "class": "s", role: "status" }, [ids.length ? t("shortlistCount", { n: ids.length }) : t("shortlistEmpty")]),
        problem ? el("p", { "class": "kp" }, [problem]) : null,
        gone ? el("p", { "class": "s" }, [t("shortlistGone", { n: gone })]) : null,
        ids.length ? el("div", { "class": "tl" }, [
          el("a", { href: api("/api/v1/listings.csv", "ids=" + idsParam + "&lang=" + lang), download: "", "class": "csv" }, [t("shortlistCsv")]),
          el("a", { href: ORIGIN + "/?view=shortlist&shortlist=" + idsParam + "&lang=" + lang, target: "_blank", rel: "noopener", "class": "od" }, [t("shortlistOnDirectory")]),
          clear,
        ]) : null,
        list
      );
      panel.setAttribute("aria-labelledby", uid + "-sl");
      results.hidden = true;
      panel.hidden = false;
      if (!keepFocus) heading.focus();
    }

    function shortlistItem(l) {
      var name = nameOf(l);
      var remove = el("button", { type: "button", "class": "rm", "data-id": l.id, "aria-label": t("shortlistRemoveLabel", { name: name }) }, [t("shortlistRemove")]);
      remove.addEventListener("click", function () {
        // The focus would go with the item: it moves to the next item's button, else the heading.
        var buttons = Array.prototype.slice.call(panel.querySelectorAll(".rm"));
        var next = buttons[buttons.indexOf(remove) + 1];
        var nextId = next && next.getAttribute("data-id");
        starred = starred.filter(function (id) { return id !== l.id; });
        shortlistChanged();
        renderShortlist(shortlistShown ? shortlistShown.listings : [], "", true);
        var target = nextId && panel.querySelector('.rm[data-id="' + nextId + '"]');
        (target || panel.querySelector("h3")).focus();
      });
      return el("li", { "class": "r" }, [
        el("div", {}, [
          el("div", { "class": "n" }, [name]),
          el("div", { "class": "m" }, [[l.country && l.country.label, l.city].filter(Boolean).join(" · ")]),
          contactLinks(l.contacts, name),
        ]),
        remove,
      ]);
    }

    shortlistButton.addEventListener("click", showShortlist);

    function closePanel() {
      if (panel.hidden) return;
      panel.hidden = true;
      panel.replaceChildren();
      results.hidden = false;
      if (opener && opener.isConnected) opener.focus();
    }

    function field(dl, label, value) {
      if (value == null || value === "" || (Array.isArray(value) && !value.length)) return;
      dl.appendChild(el("dt", {}, [label]));
      dl.appendChild(el("dd", {}, [Array.isArray(value) ? value.map(function (v) { return v.label; }).join(t("listSeparator")) : value]));
    }

    /** Website, e-mail and phone as real links (tel: keeps E.164, the text is the display form). */
    function contactLinks(c, name) {
      c = c || {};
      var links = [];
      if (c.website) links.push(el("a", { href: c.website, target: "_blank", rel: "noopener", "class": "cw", "aria-label": t("websiteOf", { name: name }) }, [t("website")]));
      if (c.email) links.push(el("a", { href: "mailto:" + c.email, "class": "ce", "aria-label": t("emailTo", { name: name }) }, [c.email]));
      if (c.phone) links.push(el("a", { href: "tel:" + c.phone, "class": "cp", "aria-label": t("phoneTo", { name: name, phone: c.phoneDisplay || c.phone }) }, [c.phoneDisplay || c.phone]));
      return links.length ? el("div", { "class": "ca" }, links) : null;
    }

    function showListing(l) {
      var name = (lang === "zh" ? l.name && l.name.zh : l.name && l.name.en) || (l.name && (l.name.zh || l.name.en)) || l.id;
      var other = (lang === "zh" ? l.name && l.name.en : l.name && l.name.zh) || "";
      var heading = el("h3", { id: uid + "-d", tabindex: "-1" }, [name]);
      var close = el("button", { type: "button", "class": "x", "aria-label": t("close") }, ["×"]);
      close.addEventListener("click", closePanel);
      var dl = el("dl");
      panel.className = "d";
      field(dl, t("kind"), l.orgType ? l.orgType.label : l.kind && l.kind.label);
      field(dl, t("country"), [l.country && l.country.label, l.city].filter(Boolean).join(" · "));
      field(dl, t("services"), l.services);
      field(dl, t("industries"), l.industries);
      if (l.workstation) {
        field(dl, t("hostOrganisation"), l.workstation.hostOrganisation);
        field(dl, t("coveredCountries"), l.workstation.coveredCountries);
      }
      field(dl, t("lastVerified"), l.lastVerified);
      panel.replaceChildren(
        close, heading,
        other && other !== name ? el("div", { "class": "s" }, [other]) : null,
        star(l.id, name),
        dl,
        contactLinks(l.contacts, name),
        el("div", { "class": "ln" }, [
          el("a", { href: ORIGIN + "/?listing=" + encodeURIComponent(l.id) + "&lang=" + lang, target: "_blank", rel: "noopener", "class": "ol" }, [t("openOnDirectory")]),
          el("a", { href: searchOnDirectory(), target: "_blank", rel: "noopener", "class": "os" }, [t("searchOnDirectory")]),
          // Reported on the directory's page, which opens the listing with its correction form.
          el("a", { href: ORIGIN + "/?listing=" + encodeURIComponent(l.id) + "&lang=" + lang + "&report=1", target: "_blank", rel: "noopener", "class": "rc" }, [t("correctionOpen")]),
        ])
      );
      panel.setAttribute("aria-labelledby", uid + "-d");
      results.hidden = true;
      panel.hidden = false;
      heading.focus();
    }

    function openListing(id, button) {
      opener = button;
      fetch(api("/api/v1/listings/" + encodeURIComponent(id), "lang=" + lang), { headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : failed(r); })
        .then(showListing)
        .catch(function (e) {
          if (e && e.code) return showKeyProblem(e.code);
          status.textContent = t("listingError");
          status.setAttribute("data-error", "true");
        });
    }

    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); closePanel(); }
    });

    /** Fills one filter <select>; countries are grouped under their continents. */
    function fill(select, facet, buckets, allLabel, continents) {
      var options = [el("option", { value: "" }, [allLabel])];
      function option(b) { return el("option", { value: b.code, selected: state[facet] === b.code }, [b.label + " (" + b.count + ")"]); }
      if (continents) {
        continents.forEach(function (c) {
          var kids = buckets.filter(function (b) { return b.parent === c.code; });
          if (kids.length) options.push(el("optgroup", { label: c.label }, kids.map(option)));
        });
      } else {
        options = options.concat(buckets.map(option));
      }
      select.replaceChildren.apply(select, options);
      select.value = state[facet];
    }

    function item(h) {
      var name = (lang === "zh" ? h.nameZh : h.nameEn) || h.nameZh || h.nameEn;
      var other = (lang === "zh" ? h.nameEn : h.nameZh) || "";
      var hl = h.highlight && h.highlight["name." + lang];
      var open = el("button", { type: "button", "aria-haspopup": "true", "data-id": h.id }, [hl ? marked(hl[0]) : name]);
      open.addEventListener("click", function () { openListing(h.id, open); });
      var title = el("div", { "class": "n" }, [open]);
      if (h.verified) title.appendChild(el("span", { "class": "b" }, ["✓ " + t("verified")]));
      title.appendChild(star(h.id, name));
      return el("li", { "class": "r" }, [
        title,
        other && other !== name ? el("div", { "class": "s" }, [other]) : null,
        el("div", { "class": "m" }, [
          el("span", {}, [h.orgType ? h.orgType.label : h.kind ? h.kind.label : ""]),
          el("span", {}, [[h.country && h.country.label, h.city].filter(Boolean).join(" · ")]),
          h.distanceKm != null ? el("span", { "class": "dist" }, [distance(h.distanceKm)]) : null,
        ]),
        el("div", { "class": "t" }, (h.services || []).map(function (s) { return el("span", {}, [s.label]); })
          .concat((h.industries || []).map(function (s) { return el("span", { "class": "i" }, [s.label]); }))),
      ]);
    }

    /** "Showing results for …" with a button that searches the words as typed (interpret=false). */
    function renderCorrection(corrected) {
      correction.hidden = !corrected;
      if (!corrected) return correction.replaceChildren();
      var instead = el("button", { type: "button", "class": "lk" }, [state.q]);
      instead.addEventListener("click", function () {
        state.interpret = false;
        state.page = 1;
        run();
      });
      correction.replaceChildren.apply(
        correction,
        withNode(t, "correctedShowing", el("b", {}, [corrected])).concat([" · "], withNode(t, "correctedInstead", instead))
      );
    }

    /** Under few or no results: the same search with one constraint relaxed, under its message. */
    function renderRelated(rel) {
      var hits = (rel && rel.hits) || [];
      related.hidden = !hits.length;
      if (!hits.length) return related.replaceChildren();
      related.replaceChildren(
        el("h3", {}, [(rel.relaxation && rel.relaxation.message) || t("relatedHeading")]),
        el("p", { "class": "s" }, [t("results", { n: rel.total })]),
        el("ol", { "aria-label": (rel.relaxation && rel.relaxation.message) || t("relatedHeading") }, hits.map(item))
      );
    }

    /** "约 12 公里" / "12 km": tenths under one kilometre, as the page shows it. */
    function distance(km) {
      return t("distanceKm", { km: km < 1 ? km.toFixed(1) : Math.round(km) });
    }

    /**
     * The place line: a city field with a list of suggestions (the WAI-ARIA combobox of the page:
     * arrows move, Enter chooses, Escape closes), the radius, the sort once there is a place,
     * "use my location" (the browser asks only when it is pressed) and a button that clears it.
     */
    function placeField() {
      var listId = uid + "-pl";
      var field = el("input", {
        type: "text", id: uid + "-near", role: "combobox", autocomplete: "off", maxlength: "100",
        placeholder: t("placePlaceholder"), "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId,
      });
      var options = el("ul", { id: listId, role: "listbox", "class": "ps", "aria-label": t("placeSuggestions"), hidden: true });
      var radius = el("select", { "class": "rd", "aria-label": t("radiusLabel") }, [10, 25, 50, 100, 250, 500].map(function (km) {
        return el("option", { value: String(km), selected: km === 100 }, [t("radiusOption", { km: km })]);
      }));
      var sort = el("select", { "class": "so", "aria-label": t("sort"), hidden: true }, [
        el("option", { value: "distance" }, [t("sortDistance")]),
        el("option", { value: "" }, [t("sortRelevance")]),
      ]);
      var locate = el("button", { type: "button", "class": "pb lo" }, [t("useMyLocation")]);
      var clear = el("button", { type: "button", "class": "pb cl", "aria-label": t("clearPlace"), title: t("clearPlace"), hidden: true }, ["✕"]);
      var message = el("p", { "class": "pm", role: "status", "aria-live": "polite" });
      var items = [];
      var active = -1;
      var timer = null;
      var asked = 0;

      function close() {
        clearTimeout(timer);
        options.hidden = true;
        field.setAttribute("aria-expanded", "false");
        field.removeAttribute("aria-activedescendant");
        active = -1;
      }

      function show(places) {
        items = places;
        active = -1;
        if (!places.length) return close();
        options.replaceChildren.apply(options, places.map(function (p, i) {
          return el("li", { role: "option", id: listId + "-" + i, "aria-selected": "false", "data-index": String(i) }, [
            el("span", {}, [p.name]), el("span", { "class": "s" }, [p.country ? p.country.label : ""]),
          ]);
        }));
        options.hidden = false;
        field.setAttribute("aria-expanded", "true");
      }

      function suggest(text) {
        var mine = ++asked;
        fetch(api("/api/v1/places", "q=" + encodeURIComponent(text) + "&lang=" + lang), { headers: { Accept: "application/json" }, credentials: "omit" })
          .then(function (r) { return r.ok ? r.json() : { places: [] }; })
          .then(function (body) { if (mine === asked && field.value.trim() === text) show(body.places || []); })
          .catch(close); // suggestions are a convenience: the rest of the widget still works
      }

      function move(delta) {
        if (options.hidden || !items.length) return;
        active = active < 0 && delta < 0 ? items.length - 1 : (active + delta + items.length) % items.length;
        Array.prototype.forEach.call(options.children, function (li, i) { li.setAttribute("aria-selected", String(i === active)); });
        field.setAttribute("aria-activedescendant", listId + "-" + active);
      }

      function setPlace(near, name) {
        state.near = near;
        state.sort = near ? "distance" : "";
        state.radius = Number(radius.value);
        state.page = 1;
        field.value = name;
        sort.value = state.sort;
        sort.hidden = clear.hidden = !near;
        message.textContent = "";
        run();
      }

      function choose(i) {
        var p = items[i];
        close();
        if (p) setPlace(p.value, p.name);
      }

      field.addEventListener("input", function () {
        clearTimeout(timer);
        var text = field.value.trim();
        if (!text) return close();
        timer = setTimeout(function () { suggest(text); }, 180);
      });
      field.addEventListener("keydown", function (e) {
        if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
        else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
        else if (e.key === "Enter") {
          // Enter in the place field chooses a place; it never submits the text search.
          e.preventDefault();
          if (!options.hidden && items.length) choose(Math.max(active, 0));
        } else if (e.key === "Escape" && !options.hidden) { e.preventDefault(); close(); }
      });
      // Closed a moment after the field loses focus (a click on an option lands first), unless the
      // focus came back: closing would also cancel the suggestions being typed for.
      field.addEventListener("blur", function () {
        setTimeout(function () { if (field.getRootNode().activeElement !== field) close(); }, 150);
      });
      options.addEventListener("mousedown", function (e) {
        var li = e.target.closest("li[role=option]");
        if (li) { e.preventDefault(); choose(Number(li.getAttribute("data-index"))); }
      });
      radius.addEventListener("change", function () {
        state.radius = Number(radius.value);
        if (state.near) { state.page = 1; run(); }
      });
      sort.addEventListener("change", function () { state.sort = sort.value; state.page = 1; run(); });
      clear.addEventListener("click", function () { setPlace("", ""); field.focus(); });
      locate.addEventListener("click", function () {
        if (!navigator.geolocation) { message.textContent = t("locationUnavailable"); return; }
        message.textContent = t("locating");
        locate.disabled = true;
        navigator.geolocation.getCurrentPosition(
          function (pos) {
            locate.disabled = false;
            setPlace(pos.coords.latitude.toFixed(2) + "," + pos.coords.longitude.toFixed(2), t("myLocation"));
          },
          function (err) {
            locate.disabled = false;
            message.textContent = t(err.code === 1 ? "locationDenied" : "locationUnavailable");
          },
          { timeout: 15000, maximumAge: 600000 }
        );
      });
      var line = el("div", { "class": "pl" }, [
        el("label", { "for": uid + "-near", "class": "vh" }, [t("placeLabel")]),
        el("div", { "class": "pc" }, [field, options]),
        radius, sort, locate, clear, message,
      ]);
      return { line: line };
    }

    function render(body) {
      list.removeAttribute("aria-busy");
      status.removeAttribute("data-error");
      status.setAttribute("data-total", String(body.total));
      status.textContent = body.total ? t("results", { n: body.total }) : t("resultsNone");
      var f = body.facets || {};
      fill(selects.country, "country", f.country || [], t("allCountries"), f.continent || []);
      fill(selects.service, "service", f.service || [], t("allServices"));
      fill(selects.kind, "kind", f.kind || [], t("allKinds"));
      list.replaceChildren.apply(list, body.hits.map(item));
      renderCorrection(body.interpretation && body.interpretation.correctedQuery);
      renderRelated(body.related);
      var pages = Math.max(1, Math.ceil(body.total / SIZE));
      var prev = el("button", { type: "button", disabled: state.page <= 1 }, [t("previous")]);
      var next = el("button", { type: "button", disabled: state.page >= pages }, [t("next")]);
      prev.addEventListener("click", function () { state.page--; run(); });
      next.addEventListener("click", function () { state.page++; run(); });
      pager.replaceChildren(prev, el("span", { "class": "s" }, [t("pageOf", { page: state.page, pages: pages })]), next);
      pager.hidden = pages <= 1;
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      state.q = input.value.trim();
      state.page = 1;
      state.interpret = true;
      run();
    });
    Object.keys(selects).forEach(function (facet) {
      selects[facet].addEventListener("change", function () {
        state[facet] = selects[facet].value;
        state.page = 1;
        run();
      });
    });
    shortlistChanged();
    run();
  }
})();
