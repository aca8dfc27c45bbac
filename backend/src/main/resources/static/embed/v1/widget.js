/*
 * Embeddable search widget of the Global IP Protection Service Network Directory.
 *
 *   <script src="https://DIRECTORY/embed/v1/widget.js" data-key="PARTNER-KEY" data-lang="zh" async></script>
 *
 * Renders a search box, a compact filter set (region, service, category), results and paging into
 * a Shadow DOM right after the script tag (or into the element named by data-target), so the host
 * page's CSS cannot change it. Like the page, it says when the query's spelling was corrected (with
 * a way to search as typed) and, under few or no results, shows the API's related answer. It calls the API on the script's own origin with the partner key in
 * the X-Partner-Key header. Its texts come from the directory's one string table
 * (/assets/i18n/strings.json on the same origin, shared with the page and the no-JS frame), fetched
 * before anything is shown. No inline handlers, no eval; one classic script, no dependencies.
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
    ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

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

  fetch(ORIGIN + "/assets/i18n/strings.json", { credentials: "omit" })
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
    var form = el("form", { role: "search" }, [
      el("label", { "for": uid + "-q", "class": "vh" }, [t("searchLabel")]), input,
      el("button", { type: "submit", "class": "go" }, [t("searchButton")]),
      selects.country, selects.service, selects.kind,
    ]);
    var status = el("p", { "class": "status", role: "status", "aria-live": "polite" });
    var correction = el("p", { "class": "c" });
    var list = el("ol", { "aria-label": t("resultsHeading") });
    var related = el("div", { "class": "rel" });
    var pager = el("div", { "class": "p" });
    var footer = el("p", { "class": "f" }, [el("a", { href: ORIGIN + "/?lang=" + lang, target: "_blank", rel: "noopener" }, [t("source")])]);
    root.appendChild(el("div", { "class": "w", lang: lang === "zh" ? "zh-CN" : "en" }, [form, status, correction, list, related, pager, footer]));

    var state = { q: "", country: "", service: "", kind: "", page: 1, interpret: true };
    var seq = 0;

    function query() {
      var p = new URLSearchParams({ lang: lang, size: String(SIZE), page: String(state.page) });
      if (state.q) p.set("q", state.q);
      if (!state.interpret) p.set("interpret", "false");
      ["country", "service", "kind"].forEach(function (f) { if (state[f]) p.set(f, state[f]); });
      return p.toString();
    }

    function run() {
      var mine = ++seq;
      var headers = { Accept: "application/json" };
      if (KEY) headers["X-Partner-Key"] = KEY;
      list.setAttribute("aria-busy", "true");
      fetch(ORIGIN + "/api/v1/search?" + query(), { headers: headers, credentials: "omit" })
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then(function (body) { if (mine === seq) render(body); })
        .catch(function () {
          if (mine !== seq) return;
          list.removeAttribute("aria-busy");
          status.textContent = t("searchUnavailable");
          status.setAttribute("data-error", "true");
        });
    }

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
      var title = el("div", { "class": "n" }, [hl ? marked(hl[0]) : name]);
      if (h.verified) title.appendChild(el("span", { "class": "b" }, ["✓ " + t("verified")]));
      return el("li", { "class": "r" }, [
        title,
        other && other !== name ? el("div", { "class": "s" }, [other]) : null,
        el("div", { "class": "m" }, [
          el("span", {}, [h.orgType ? h.orgType.label : h.kind ? h.kind.label : ""]),
          el("span", {}, [[h.country && h.country.label, h.city].filter(Boolean).join(" · ")]),
        ]),
        el("div", { "class": "t" }, (h.services || []).map(function (s) { return el("span", {}, [s.label]); })),
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
    run();
  }
})();
