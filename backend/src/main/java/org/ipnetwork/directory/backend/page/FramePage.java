package org.ipnetwork.directory.backend.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The HTML of the no-JS frame. Every value from the API is escaped; the one exception is the search
 * highlight, which the API returns HTML-escaped with {@code <mark>} added and which is reduced here
 * to exactly that (any other tag is removed).
 */
final class FramePage {

  private static final Pattern NOT_MARK = Pattern.compile("<(?!/?mark>)[^>]*>");
  private static final int PAGE_LINKS = 7;

  private FramePage() {}

  private static final String CSS =
      """
      *{box-sizing:border-box}
      body{margin:0;padding:14px;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC",\
      "Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:15px;line-height:1.55;color:#1f2933;background:#fff}
      a{color:#0b4f8a}:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
      .q{display:flex;gap:8px}.q input{flex:1;height:40px;padding:0 12px;border:1px solid #9aa5b1;border-radius:6px;font:inherit}
      button{height:40px;padding:0 18px;background:#0b4f8a;color:#fff;border:0;border-radius:6px;font:inherit;font-weight:600;cursor:pointer}
      fieldset{border:0;margin:10px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 14px}
      legend{font-weight:650;font-size:.9em;padding:0;margin-bottom:2px;width:100%}
      fieldset label{font-size:.9em;white-space:nowrap}.c{color:#52606d;font-size:.85em}
      .status{margin:14px 0 6px;font-weight:600}ol{list-style:none;margin:0;padding:0}
      li.r{padding:10px 0;border-top:1px solid #e4e7eb}.n{font-weight:650;color:#0b4f8a}
      .s,.m{color:#52606d;font-size:.88em}.m span+span::before{content:" · "}
      .b{margin-left:8px;font-size:.75em;font-weight:600;color:#17663a;background:#e3f4e9;border-radius:999px;padding:0 8px}
      mark{background:#fde68a;color:inherit}.t span{display:inline-block;font-size:.8em;background:#e6f0fa;color:#083b68;\
      border-radius:999px;padding:0 8px;margin:4px 4px 0 0}
      nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:12px 0 0}
      nav a,nav span{display:inline-block;min-width:34px;padding:4px 8px;text-align:center;border:1px solid #d9e2ec;border-radius:6px;text-decoration:none}
      nav span[aria-current]{background:#0b4f8a;color:#fff;border-color:#0b4f8a}
      .f{margin-top:14px;font-size:.78em;color:#52606d}
      """;

  static String render(FrameRequest r, Map<String, Object> body, Integer errorStatus) {
    boolean zh = r.zh();
    StringBuilder out = new StringBuilder(8192);
    out.append("<!doctype html><html lang=\"")
        .append(zh ? "zh-CN" : "en")
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"robots\" content=\"noindex\"><title>")
        .append(zh ? "知识产权服务机构搜索" : "Search IP service providers")
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>");
    out.append("<form method=\"get\" action=\"/embed/v1/frame\" role=\"search\">");
    hidden(out, "key", r.key());
    hidden(out, "lang", r.lang());
    r.filters().getOrDefault("country", List.of()).forEach(c -> hidden(out, "country", c));
    out.append("<div class=\"q\"><label for=\"q\" style=\"position:absolute;left:-9999px\">")
        .append(zh ? "搜索知识产权服务机构" : "Search IP service providers")
        .append("</label><input type=\"search\" id=\"q\" name=\"q\" maxlength=\"200\" value=\"")
        .append(esc(r.q()))
        .append("\" placeholder=\"")
        .append(zh ? "机构名称、国家或服务" : "Organisation, country or service")
        .append("\"><button type=\"submit\">")
        .append(zh ? "搜索" : "Search")
        .append("</button></div>");
    Map<String, Object> facets = body == null ? Map.of() : map(body.get("facets"));
    checkboxes(out, r, facets, "continent", zh ? "洲" : "Continent", 6);
    checkboxes(out, r, facets, "service", zh ? "服务类型" : "Service", 8);
    checkboxes(out, r, facets, "kind", zh ? "机构类别" : "Category", 4);
    out.append("</form>");

    if (body == null) {
      out.append("<p class=\"status\" role=\"status\">")
          .append(
              errorStatus != null && (errorStatus == 401 || errorStatus == 403)
                  ? (zh ? "此嵌入密钥无效或未获授权。" : "This embedding key is not valid here.")
                  : errorStatus != null && errorStatus == 400
                      ? (zh ? "筛选条件无效。" : "A filter value is not valid.")
                      : (zh ? "搜索服务暂时不可用。" : "The search service is not available right now."))
          .append("</p>");
    } else {
      long total = ((Number) body.getOrDefault("total", 0)).longValue();
      out.append("<p class=\"status\" role=\"status\" data-total=\"").append(total).append("\">");
      if (total == 0) {
        out.append(zh ? "没有找到符合条件的机构。" : "No organisation matches.");
      } else {
        out.append(
            zh ? "共 " + total + " 家机构" : total + (total == 1 ? " organisation" : " organisations"));
      }
      out.append("</p><ol>");
      for (Object o : list(body.get("hits"))) {
        hit(out, r, map(o));
      }
      out.append("</ol>");
      paging(out, r, total);
    }
    out.append("<p class=\"f\">")
        .append(
            zh ? "数据来源：全球知识产权保护服务网络名录" : "Source: Global IP Protection Service Network Directory")
        .append("</p></body></html>");
    return out.toString();
  }

  private static void hit(StringBuilder out, FrameRequest r, Map<String, Object> h) {
    String nameZh = str(h.get("nameZh"));
    String nameEn = str(h.get("nameEn"));
    String name = r.zh() ? or(nameZh, nameEn) : or(nameEn, nameZh);
    String other = r.zh() ? nameEn : nameZh;
    List<Object> marked = list(map(h.get("highlight")).get("name." + r.lang()));
    out.append("<li class=\"r\"><div class=\"n\">");
    out.append(marked.isEmpty() ? esc(name) : NOT_MARK.matcher(str(marked.get(0))).replaceAll(""));
    if (Boolean.TRUE.equals(h.get("verified"))) {
      out.append("<span class=\"b\">✓ ").append(r.zh() ? "已核实" : "Verified").append("</span>");
    }
    out.append("</div>");
    if (!other.isEmpty() && !other.equals(name)) {
      out.append("<div class=\"s\">").append(esc(other)).append("</div>");
    }
    out.append("<div class=\"m\"><span>")
        .append(esc(label(h.get("orgType"))))
        .append("</span><span>")
        .append(esc(label(h.get("country"))))
        .append(str(h.get("city")).isEmpty() ? "" : " · " + esc(str(h.get("city"))))
        .append("</span></div><div class=\"t\">");
    for (Object s : list(h.get("services"))) {
      out.append("<span>").append(esc(label(s))).append("</span>");
    }
    out.append("</div></li>");
  }

  private static void checkboxes(
      StringBuilder out,
      FrameRequest r,
      Map<String, Object> facets,
      String facet,
      String legend,
      int top) {
    List<Object> buckets = list(facets.get(facet));
    if (buckets.isEmpty()) {
      r.filters().getOrDefault(facet, List.of()).forEach(c -> hidden(out, facet, c));
      return;
    }
    out.append("<fieldset><legend>").append(legend).append("</legend>");
    int i = 0;
    for (Object o : buckets) {
      Map<String, Object> b = map(o);
      String code = str(b.get("code"));
      if (i++ >= top && !r.selected(facet, code)) {
        continue;
      }
      String id = "f-" + facet + "-" + code;
      out.append("<label for=\"")
          .append(esc(id))
          .append("\"><input type=\"checkbox\" id=\"")
          .append(esc(id))
          .append("\" name=\"")
          .append(facet)
          .append("\" value=\"")
          .append(esc(code))
          .append("\"")
          .append(r.selected(facet, code) ? " checked" : "")
          .append("> ")
          .append(esc(str(b.get("label"))))
          .append(" <span class=\"c\">")
          .append(b.get("count"))
          .append("</span></label>");
    }
    out.append("</fieldset>");
  }

  private static void paging(StringBuilder out, FrameRequest r, long total) {
    int pages =
        (int) Math.min(FrameRequest.MAX_PAGE, (total + FrameRequest.SIZE - 1) / FrameRequest.SIZE);
    if (pages <= 1) {
      return;
    }
    int first = Math.max(1, Math.min(r.page() - PAGE_LINKS / 2, pages - PAGE_LINKS + 1));
    int last = Math.min(pages, first + PAGE_LINKS - 1);
    out.append("<nav aria-label=\"").append(r.zh() ? "分页" : "Pages").append("\"><ul>");
    if (r.page() > 1) {
      pageLink(out, r, r.page() - 1, r.zh() ? "上一页" : "Previous");
    }
    for (int p = first; p <= last; p++) {
      if (p == r.page()) {
        out.append("<li><span aria-current=\"page\">").append(p).append("</span></li>");
      } else {
        pageLink(out, r, p, String.valueOf(p));
      }
    }
    if (r.page() < pages) {
      pageLink(out, r, r.page() + 1, r.zh() ? "下一页" : "Next");
    }
    out.append("</ul></nav>");
  }

  private static void pageLink(StringBuilder out, FrameRequest r, int page, String text) {
    StringBuilder href = new StringBuilder("/embed/v1/frame?lang=").append(r.lang());
    if (!r.key().isEmpty()) {
      href.append("&key=").append(url(r.key()));
    }
    if (!r.q().isEmpty()) {
      href.append("&q=").append(url(r.q()));
    }
    r.filters()
        .forEach(
            (f, codes) ->
                codes.forEach(c -> href.append('&').append(f).append('=').append(url(c))));
    href.append("&page=").append(page);
    out.append("<li><a href=\"")
        .append(esc(href.toString()))
        .append("\">")
        .append(text)
        .append("</a></li>");
  }

  private static void hidden(StringBuilder out, String name, String value) {
    if (!value.isEmpty()) {
      out.append("<input type=\"hidden\" name=\"")
          .append(name)
          .append("\" value=\"")
          .append(esc(value))
          .append("\">");
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String label(Object labeled) {
    return str(map(labeled).get("label"));
  }

  private static String or(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static String str(Object o) {
    return o == null ? "" : Objects.toString(o);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
