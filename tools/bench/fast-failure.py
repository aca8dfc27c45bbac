#!/usr/bin/env python3
"""Fast-failure figures of docs/reliability.md (R7, R14), against the backend jar.

  ./mvnw -B -ntp -o -pl backend -am package -DskipTests
  tools/bench/fast-failure.py                       # both figures, one start of the backend
  tools/bench/fast-failure.py --only r14 -- --directory.resilience.searches.max-text-terms=1000

Starts backend/target/ip-directory-backend.jar on its own ports and data folder (the embedded node,
the sample network), X-Forwarded-For trusted so that each simulated client has its own address, the
per-minute rate limits raised (they count requests, not cost, and are not what is measured).
Arguments after "--" go to the backend as they are.

R14, costly queries: the costliest valid query is chosen among candidates (200 characters, the
longest q accepts, and 24 Chinese characters, the longest not counted as costly) as the one slowest
alone. A normal client (the judged queries of backend/src/test/resources/relevance/queries.json,
one at a time) is timed alone for --seconds, then while 8 clients send the costliest query as fast
as they are answered (waiting the Retry-After of a refusal, as the problem asks), each on its own
address. Reported: the normal client's p50 both times, the ratio (goal <= 2), its failed searches
(goal 0), and what the 8 got.

R7, stalled node: 25 searches a second (judged queries, 5 s client timeout, from 50 visitors'
addresses) for 10 s, then the
embedded node's server process (the one listening on the node's port, checked to descend from
the backend this script started) gets SIGSTOP for 30 s, then SIGCONT; the load goes on until 15 s
after searches answer 200 again. A readiness probe runs every second meanwhile. Reported: answers
during the stall (statuses, slowest; goal: each within 1.5 s), readiness latency, and the time from
SIGCONT until every search answers 200 again (goal <= 10 s), without restarting anything.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(REPO, "backend", "target", "ip-directory-backend.jar")
QUERIES = os.path.join(REPO, "backend", "src", "test", "resources", "relevance", "queries.json")
SAMPLE = os.path.join(REPO, "config", "src", "main", "resources", "sample", "sample-network.ndjson")


def get(port, path, client="198.51.100.200", timeout=5.0, retry_after=None):
    """(status, seconds); status 0 when no answer came within timeout."""
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"X-Forwarded-For": client})
        r = conn.getresponse()
        r.read()
        if retry_after is not None:
            retry_after.append(int(r.getheader("Retry-After") or 0))
        return r.status, time.monotonic() - start
    except OSError:
        return 0, time.monotonic() - start
    finally:
        conn.close()


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def judged_paths():
    with open(QUERIES, encoding="utf-8") as f:
        queries = json.load(f)["queries"]
    paths = []
    for q in queries:
        params = {"q": q["q"], **(q.get("params") or {})}
        paths.append("/api/v1/search?" + urllib.parse.urlencode(params))
    return paths


def candidates():
    """Valid 200-character texts that are expensive in different ways."""
    zh = []
    with open(SAMPLE, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line).get("description") or {}
            zh.append(d.get("zh") or "")
    han = "".join(c for c in "".join(zh) if "\u4e00" <= c <= "\u9fff")
    en = ("intellectual property enforcement counterfeiting infringement litigation arbitration "
          "representation registration prosecution opposition cancellation customs recordation "
          "investigation international ")
    return {
        "200 Chinese characters of the sample's descriptions": han[:200],
        "24 Chinese characters (the longest text not counted as costly)": han[:24],
        "200 characters of long English words (typo-tolerant)": (en * 3)[:200].strip(),
        "200 characters, Chinese and English mixed": (han[:100] + " " + en)[:200].strip(),
    }


def search_path(q):
    return "/api/v1/search?" + urllib.parse.urlencode({"q": q, "lang": "zh"})


def start_backend(jar, port, es_port, work, extra):
    cmd = ["java", "-jar", jar, f"--server.port={port}",
           f"--directory.elasticsearch.embedded.home={work}/es",
           f"--directory.elasticsearch.embedded.http-port={es_port}",
           "--directory.rate-limit.anonymous-per-minute=100000000",
           "--directory.rate-limit.trust-forwarded-for=true", *extra]
    log = open(os.path.join(work, "app.log"), "w")
    app = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    published = sum(1 for line in open(SAMPLE, encoding="utf-8")
                    if json.loads(line).get("status") == "published")
    deadline = time.monotonic() + 900
    while True:
        if app.poll() is not None:
            sys.exit("backend exited; see " + os.path.join(work, "app.log"))
        if time.monotonic() > deadline:
            app.terminate()
            sys.exit("backend not ready after 900 s")
        status, _ = get(port, "/actuator/health/readiness")
        if status == 200:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/api/v1/search?size=1")
            body = conn.getresponse().read()
            conn.close()
            if json.loads(body).get("total") == published:
                break
        time.sleep(2)
    print(f"== backend pid {app.pid} ready on {port}, {published} published listings", flush=True)
    return app


def stop_backend(app):
    if app.poll() is None:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(90)
        except subprocess.TimeoutExpired:
            app.kill()


def node_pid(es_port, app_pid):
    """The server process listening on es_port, if it descends from app_pid."""
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{es_port}"], capture_output=True, text=True).stdout
    for part in out.split("pid=")[1:]:
        pid = int(part.split(",")[0])
        p = pid
        while p > 1:
            if p == app_pid:
                return pid
            with open(f"/proc/{p}/status") as f:
                p = int(next(line for line in f if line.startswith("PPid:")).split()[1])
    sys.exit(f"no process of backend {app_pid} listens on {es_port}")


def r14(port, seconds):
    paths = judged_paths()
    costs = {}
    for name, q in candidates().items():
        times = [get(port, search_path(q), timeout=30)[1] for _ in range(7)]
        statuses = {get(port, search_path(q), timeout=30)[0]}
        costs[name] = statistics.median(times[2:])
        print(f"   candidate {name}: {len(q)} chars, alone {costs[name] * 1000:.0f} ms, {statuses}")
    costly_name = max(costs, key=costs.get)
    costly = candidates()[costly_name]
    normal_alone = statistics.median([get(port, p)[1] for p in paths[:20]])
    print(f"   costliest: {costly_name} ({costs[costly_name] / normal_alone:.1f}x a judged query alone)")

    def normal_client(duration):
        lat, failed, i = [], 0, 0
        end = time.monotonic() + duration
        while time.monotonic() < end:
            status, took = get(port, paths[i % len(paths)], client="198.51.100.200")
            i += 1
            lat.append(took)
            failed += status != 200
        return lat, failed

    for p in paths:
        get(port, p)
    idle, idle_failed = normal_client(seconds)
    stop = threading.Event()
    heavy = {}
    lock = threading.Lock()

    def heavy_client(n):
        # As fast as answered; a refusal's Retry-After is honoured, as the problem asks.
        while not stop.is_set():
            wait = []
            status, _ = get(port, search_path(costly), client=f"203.0.113.{n}", timeout=30,
                            retry_after=wait)
            with lock:
                heavy[status] = heavy.get(status, 0) + 1
            if status != 200 and wait and wait[0] > 0:
                stop.wait(wait[0])

    threads = [threading.Thread(target=heavy_client, args=(n,), daemon=True) for n in range(1, 9)]
    for t in threads:
        t.start()
    time.sleep(5)
    loaded, loaded_failed = normal_client(seconds)
    stop.set()
    for t in threads:
        t.join(60)
    p50_idle, p50_loaded = pct(idle, 50) * 1000, pct(loaded, 50) * 1000
    print(f"RESULT R14 normal client alone: {len(idle)} searches, p50 {p50_idle:.0f} ms,"
          f" p90 {pct(idle, 90) * 1000:.0f} ms, failed {idle_failed}")
    print(f"RESULT R14 with 8 costly clients: {len(loaded)} searches, p50 {p50_loaded:.0f} ms,"
          f" p90 {pct(loaded, 90) * 1000:.0f} ms, failed {loaded_failed};"
          f" ratio p50 {p50_loaded / p50_idle:.2f} (goal <= 2, 0 failed)")
    print(f"RESULT R14 the 8 costly clients got: {dict(sorted(heavy.items()))}")


def r7(port, es_port, app_pid, stall_seconds):
    paths = judged_paths()
    pid = node_pid(es_port, app_pid)
    print(f"   node server pid {pid} (listens on {es_port}, child of backend {app_pid})")
    results, probes = [], []
    lock = threading.Lock()
    t0 = time.monotonic()
    state = {"stopped": None, "continued": None, "back": None}
    pool = ThreadPoolExecutor(max_workers=200)

    def one(path, n):
        sent = time.monotonic() - t0
        # Visitors: 50 addresses, so that the load is not one client's (the bulkhead's share).
        status, took = get(port, path, client=f"198.51.100.{n % 50 + 1}")
        with lock:
            results.append((sent, took, status))

    def probe():
        while state["back"] is None or time.monotonic() - t0 < state["back"] + 15:
            status, took = get(port, "/actuator/health/readiness", timeout=5)
            probes.append((time.monotonic() - t0, took, status))
            time.sleep(max(0, 1 - took))

    threading.Thread(target=probe, daemon=True).start()
    i = 0
    next_at = time.monotonic()
    while True:
        now = time.monotonic() - t0
        if state["stopped"] is None and now >= 10:
            os.kill(pid, signal.SIGSTOP)
            state["stopped"] = now
            print(f"   SIGSTOP at {now:.1f} s", flush=True)
        if state["stopped"] is not None and state["continued"] is None \
                and now >= state["stopped"] + stall_seconds:
            os.kill(pid, signal.SIGCONT)
            state["continued"] = now
            print(f"   SIGCONT at {now:.1f} s", flush=True)
        if state["continued"] is not None and state["back"] is None:
            with lock:
                ok = [r for r in results if r[0] > state["continued"] and r[2] == 200]
            if ok:
                state["back"] = min(r[0] for r in ok)
        if state["back"] is not None and now > state["back"] + 15:
            break
        pool.submit(one, paths[i % len(paths)], i)
        i += 1
        next_at += 0.04
        time.sleep(max(0, next_at - time.monotonic()))
    pool.shutdown(wait=True)
    stopped, cont = state["stopped"], state["continued"]
    during = [r for r in results if stopped <= r[0] < cont]
    statuses = {}
    for r in during:
        statuses[r[2]] = statuses.get(r[2], 0) + 1
    lat = [r[1] for r in during]
    over = sum(1 for x in lat if x > 1.5)
    # From SIGCONT until the first search after which every search answered 200.
    after = sorted(r for r in results if r[0] >= cont)
    bad_after = [r for r in after if r[2] != 200]
    last_bad = max((r[0] for r in bad_after), default=cont)
    healed = [r[0] for r in after if r[0] > last_bad]
    healthy_from = (min(healed) - cont) if healed else float("nan")
    per_second = {}
    for r in after:
        k = int(r[0] - cont)
        per_second.setdefault(k, {}).setdefault(r[2], 0)
        per_second[k][r[2]] += 1
    print("   after SIGCONT, statuses per second: "
          + ", ".join(f"+{k}s {v}" for k, v in sorted(per_second.items())))
    probe_during = [p[1] for p in probes if stopped <= p[0] < cont]
    print(f"RESULT R7 {len(results)} searches at 25/s; {len(during)} sent during the {stall_seconds} s stop:"
          f" statuses {dict(sorted(statuses.items()))}, p50 {pct(lat, 50) * 1000:.0f} ms,"
          f" p99 {pct(lat, 99) * 1000:.0f} ms, slowest {max(lat) * 1000:.0f} ms, over 1.5 s: {over}")
    print(f"RESULT R7 readiness during the stop: {len(probe_during)} probes, slowest"
          f" {max(probe_during) * 1000:.0f} ms, statuses {sorted({p[2] for p in probes if stopped <= p[0] < cont})}")
    print(f"RESULT R7 after SIGCONT: every search 200 again from +{healthy_from:.1f} s"
          f" (first 200 at +{state['back'] - cont:.1f} s); {len(bad_after)} non-200 after SIGCONT;"
          f" backend pid {app_pid} the same, never restarted")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=JAR)
    ap.add_argument("--port", type=int, default=18480)
    ap.add_argument("--only", choices=["r7", "r14"])
    ap.add_argument("--seconds", type=int, default=30, help="R14: each phase's length")
    ap.add_argument("--stall", type=int, default=30, help="R7: seconds the node is stopped")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (logs, data)")
    ap.add_argument("backend_args", nargs="*")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="fast-failure-")
    os.chmod(work, 0o755)
    la = open("/proc/loadavg").read().split()[:3]
    print(f"== {os.cpu_count()} cores, load average {' '.join(la)}; backend args {a.backend_args}")
    app = start_backend(a.jar, a.port, a.port + 1, work, a.backend_args)
    try:
        if a.only in (None, "r14"):
            r14(a.port, a.seconds)
        if a.only in (None, "r7"):
            r7(a.port, a.port + 1, app.pid, a.stall)
    finally:
        stop_backend(app)
        if a.keep:
            print("work folder kept: " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
