// Time to results on a throttled phone-like first visit, against any running application: the
// same conditions as PageWeightIT (1.6 Mbps down, 750 kbps up, 150 ms round trips, CPU 4× slower,
// 1366 × 1000 or, with MOBILE=1, a 390 × 844 phone), each visit in a fresh browser that has
// started and settled first (a visitor's browser is already running). Prints each visit and the
// medians: when the page was received and parsed, its first contentful paint, when the results
// were painted (elementtiming="results") and when the scripts were ready (the "results-shown"
// mark). Use it to compare two builds side by side, one after the other on an idle machine.
//
//   (cd tools/lighthouse && npm ci)
//   node tools/lighthouse/time-to-results.mjs 'http://127.0.0.1:18500/?q=%E5%95%86%E6%A0%87'
//
// Settings (environment): RUNS=7 MOBILE=0 CHROME_PATH=/usr/bin/chromium
import puppeteer from "puppeteer-core";

const url = process.argv[2];
if (!url) throw new Error("usage: node time-to-results.mjs URL");
const runs = Number(process.env.RUNS || 7);
const mobile = process.env.MOBILE === "1";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const visits = [];
for (let run = 0; run < runs; run++) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--lang=zh-CN", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport(mobile ? { width: 390, height: 844, isMobile: true, hasTouch: true } : { width: 1366, height: 1000 });
    await page.goto("about:blank");
    await sleep(1500);
    const cdp = await page.createCDPSession();
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("#result-status[data-total]", { timeout: 30000 });
    const visit = await page.evaluate(
      () =>
        new Promise((done) => {
          const n = performance.getEntriesByType("navigation")[0];
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          const shown = performance.getEntriesByName("results-shown")[0];
          new PerformanceObserver((list, observer) => {
            const e = list.getEntries().find((x) => x.identifier === "results");
            if (!e) return;
            observer.disconnect();
            done({
              received: Math.round(n.responseEnd),
              parsed: Math.round(n.domInteractive),
              fcp: fcp ? Math.round(fcp.startTime) : -1,
              painted: Math.round(e.renderTime || e.loadTime),
              ready: shown ? Math.round(shown.startTime) : -1,
            });
          }).observe({ type: "element", buffered: true });
          setTimeout(() => done(null), 5000);
        }),
    );
    if (!visit) throw new Error("the results were never painted");
    visits.push(visit);
    console.log(Object.entries(visit).map(([k, v]) => `${k} ${v}`).join("  "));
  } finally {
    await browser.close();
  }
}
const median = (k) => visits.map((v) => v[k]).sort((a, b) => a - b)[Math.floor(visits.length / 2)];
console.log(`median of ${visits.length}: ` + Object.keys(visits[0]).map((k) => `${k} ${median(k)}`).join("  ") + " ms");
