// The main-thread tasks of one page load, for finding what blocks it: headless Chromium (the
// puppeteer-core that Lighthouse installs here) loads the page at a phone's viewport without
// throttling, records a trace with V8's sampling profiler, and prints every task over 12.5 ms
// (50 ms under Lighthouse's 4x CPU slowdown, a "long task") with what it spent its time on, an
// estimated total blocking time (the sum of 4 × duration − 50 ms over those tasks, from navigation
// on, where Lighthouse counts from the first paint) and the functions that ran longest.
//
//   (cd tools/lighthouse && npm ci) && node tools/lighthouse/tasks.mjs 'http://127.0.0.1:18500/?q=…'
//
// Settings (environment): CHROME_PATH=/usr/bin/chromium TOP=20 (functions listed)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

const url = process.argv[2];
if (!url) throw new Error("usage: node tasks.mjs URL");
const top = Number(process.env.TOP || 20);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tasks-")), "trace.json");
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await page.tracing.start({
    path: file,
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink.user_timing", "loading"],
  });
  await page.goto(url, { waitUntil: "load" });
  await new Promise((resolve) => setTimeout(resolve, 4000)); // the scripts' start-up, the map, the detail
  await page.tracing.stop();
} finally {
  await browser.close();
}

const events = JSON.parse(fs.readFileSync(file, "utf8")).traceEvents;
const origin = new URL(url).origin;
const nav = events.filter((e) => e.name === "navigationStart" && (e.args?.data?.documentLoaderURL || "").startsWith(origin)).pop();
const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === "X" && e.dur);
const ms = (us) => Math.round(us / 1000);
const WORK = /^(Layout|UpdateLayoutTree|Paint|ParseHTML|ParseAuthorStyleSheet|v8\.evaluateModule|v8\.compileModule|RunMicrotasks|FunctionCall|TimerFire|EventDispatch|MinorGC|MajorGC|DocumentLoader::CommitNavigation)$/;
let blocking = 0;
for (const task of main.filter((e) => e.name === "RunTask" && e.dur > 12500).sort((a, b) => a.ts - b.ts)) {
  blocking += Math.max(0, (task.dur * 4) / 1000 - 50);
  const spent = {};
  for (const e of main) {
    if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || !WORK.test(e.name)) continue;
    const fn = e.args?.data?.functionName;
    const key = e.name + (fn ? ` ${fn} (${(e.args.data.url || "").split("/").pop()})` : "");
    spent[key] = (spent[key] || 0) + e.dur;
  }
  const what = Object.entries(spent).sort((a, b) => b[1] - a[1]).slice(0, 4).filter(([, d]) => d >= 1000);
  console.log(`${String(ms(task.ts - nav.ts)).padStart(6)} ms  ${String(ms(task.dur)).padStart(4)} ms  ${what.map(([k, d]) => `${k} ${ms(d)}`).join(", ")}`);
}
console.log(`estimated total blocking time at 4x: ${Math.round(blocking)} ms`);

// The sampling profile: self time per function of the page's scripts.
const nodes = new Map();
const samples = [];
const deltas = [];
let time = 0;
for (const e of events.filter((x) => x.pid === nav.pid)) {
  if (e.name === "Profile") time = e.args.data.startTime;
  if (e.name !== "ProfileChunk") continue;
  const chunk = e.args.data.cpuProfile || {};
  for (const n of chunk.nodes || []) nodes.set(n.id, n);
  samples.push(...(chunk.samples || []));
  deltas.push(...(e.args.data.timeDeltas || []));
}
const self = {};
for (let i = 0; i < samples.length; i++) {
  time += deltas[i + 1] ?? 0;
  const frame = nodes.get(samples[i])?.callFrame;
  if (!frame?.url || !frame.url.startsWith(origin)) continue;
  const key = `${frame.functionName || "(module)"} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}`;
  self[key] = (self[key] || 0) + (deltas[i + 1] ?? 0);
}
console.log("the page's functions, self time:");
for (const [key, us] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(us / 1000).toFixed(1).padStart(6)} ms  ${key}`);
