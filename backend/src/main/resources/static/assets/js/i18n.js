// The page's own UI strings in Chinese and English. Every label of a code (country, service, ...)
// comes from the API in the requested language; only the page's chrome is translated here.

const STRINGS = {
  zh: {
    title: "全球知识产权保护服务网络名录",
    subtitle: "查找海外律师事务所、专利商标代理、调查机构、调解中心及海外知识产权维权援助工作站",
    searchLabel: "搜索服务机构",
    searchPlaceholder: "输入机构名称、国家、服务类型，例如：德国 商标",
    searchButton: "搜索",
    switchLang: "English",
    switchLangLabel: "Switch to English",
    filters: "筛选",
    showFilters: "筛选条件",
    closeFilters: "关闭筛选",
    clearAll: "清除全部",
    region: "国家和地区",
    continent: "洲",
    country: "国家和地区",
    industry: "行业",
    service: "服务类型",
    kind: "机构类别",
    orgType: "组织类型",
    language: "工作语言",
    verifiedOnly: "仅显示已核实机构",
    more: "更多",
    less: "收起",
    filterValues: "查找选项",
    noValues: "没有匹配的选项",
    expand: "展开",
    collapse: "收起",
    results: (n) => `共找到 ${n} 家机构`,
    resultsNone: "没有找到符合条件的机构。请减少筛选条件或换用其他关键词。",
    loading: "正在加载…",
    error: "搜索服务暂时不可用，请稍后重试。",
    retry: "重试",
    understoodAs: "已识别：",
    activeFilters: "已选条件：",
    removeChip: (label) => `移除“${label}”`,
    interpretedHint: "关键词已被识别为筛选条件",
    sort: "排序",
    sortRelevance: "相关度",
    sortName: "名称",
    sortVerified: "最近核实",
    verified: "已核实",
    verifiedOn: (d) => `核实日期：${d}`,
    notVerified: "尚未核实",
    services: "服务",
    industries: "行业",
    languages: "工作语言",
    contacts: "联系方式",
    website: "网站",
    email: "电子邮件",
    phone: "电话",
    address: "地址",
    description: "简介",
    details: "查看详情",
    close: "关闭",
    listingNotFound: "未找到该机构：链接所指的机构不存在或尚未发布。",
    listingError: "暂时无法加载该机构的详情，请稍后重试。",
    pagination: "分页",
    page: (n) => `第 ${n} 页`,
    previous: "上一页",
    next: "下一页",
    loadMore: "加载更多结果",
    map: "结果分布地图",
    mapHint: "点击国家或地区即可按其筛选",
    mapCount: (label, n) => `${label}：${n} 家`,
    mapLegendFew: "较少",
    mapLegendMany: "较多",
    suggestions: "搜索建议",
    suggestionType: {
      listing: "机构",
      country: "国家和地区",
      continent: "洲",
      service: "服务",
      industry: "行业",
      orgType: "组织类型",
    },
    footerAbout: "本名录由广东省相关协会维护，收录全球知识产权保护服务网络的服务机构与海外工作站。",
    footerAttribution:
      "地图数据：Natural Earth（公有领域），经 world-atlas（ISC 许可）；国家代码：world-countries（ODbL 许可）。",
    skipToResults: "跳到搜索结果",
    resultsHeading: "搜索结果",
  },
  en: {
    title: "Global IP Protection Service Network Directory",
    subtitle:
      "Find law firms, patent and trademark agencies, investigators, mediation centres and overseas IP assistance and protection workstations",
    searchLabel: "Search the directory",
    searchPlaceholder: "Organisation, country or service, e.g. trademark Germany",
    searchButton: "Search",
    switchLang: "中文",
    switchLangLabel: "切换到中文",
    filters: "Filters",
    showFilters: "Filters",
    closeFilters: "Close filters",
    clearAll: "Clear all",
    region: "Countries and regions",
    continent: "Continent",
    country: "Country or region",
    industry: "Industry",
    service: "Service",
    kind: "Category",
    orgType: "Organisation type",
    language: "Working language",
    verifiedOnly: "Verified organisations only",
    more: "More",
    less: "Fewer",
    filterValues: "Find an option",
    noValues: "No matching options",
    expand: "Expand",
    collapse: "Collapse",
    results: (n) => (n === 1 ? "1 organisation found" : `${n} organisations found`),
    resultsNone: "No organisation matches. Try fewer filters or other words.",
    loading: "Loading…",
    error: "The search service is not available right now. Please try again shortly.",
    retry: "Try again",
    understoodAs: "Understood as:",
    activeFilters: "Filters:",
    removeChip: (label) => `Remove “${label}”`,
    interpretedHint: "Words of the query were recognised as filters",
    sort: "Sort by",
    sortRelevance: "Relevance",
    sortName: "Name",
    sortVerified: "Recently verified",
    verified: "Verified",
    verifiedOn: (d) => `Verified on ${d}`,
    notVerified: "Not yet verified",
    services: "Services",
    industries: "Industries",
    languages: "Working languages",
    contacts: "Contacts",
    website: "Website",
    email: "Email",
    phone: "Phone",
    address: "Address",
    description: "About",
    details: "View details",
    close: "Close",
    listingNotFound: "Organisation not found: the link points to a listing that does not exist or is not published.",
    listingError: "The details of this organisation cannot be loaded right now. Please try again shortly.",
    pagination: "Pages",
    page: (n) => `Page ${n}`,
    previous: "Previous",
    next: "Next",
    loadMore: "Load more results",
    map: "Map of the results",
    mapHint: "Select a country or region to filter by it",
    mapCount: (label, n) => `${label}: ${n}`,
    mapLegendFew: "Fewer",
    mapLegendMany: "More",
    suggestions: "Suggestions",
    suggestionType: {
      listing: "Organisation",
      country: "Country",
      continent: "Continent",
      service: "Service",
      industry: "Industry",
      orgType: "Organisation type",
    },
    footerAbout:
      "The directory of the global IP protection service network, maintained by an association in Guangdong.",
    footerAttribution:
      "Map data: Natural Earth (public domain) via world-atlas (ISC licence); country codes: world-countries (ODbL).",
    skipToResults: "Skip to results",
    resultsHeading: "Results",
  },
};

export const LANGS = ["zh", "en"];

/** The browser's preferred language among ours: any zh-* gives Chinese, en-* English, else zh. */
export function browserLang() {
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (LANGS.includes(primary)) return primary;
  }
  return "zh";
}

let current = "zh";

export function setLang(lang) {
  current = LANGS.includes(lang) ? lang : "zh";
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
}

export function lang() {
  return current;
}

/** A UI string; functions in the dictionary are called with `args`. */
export function t(key, ...args) {
  const value = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}
