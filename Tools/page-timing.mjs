#!/usr/bin/env -S node --experimental-websocket
// How long a page of report.html takes to become usable in headless Chromium (issue 19: under 1.5 s), in
// real time: Chromium runs with a DevTools port, each URL is opened in a fresh tab, and the page's own mark
// (`body[data-ready]`, milliseconds since navigation began, set once the data is unpacked and the view
// drawn) is read, with the picture's drawn counts where there are some. Nothing is installed: Node 20's
// built-in WebSocket (--experimental-websocket) speaks the protocol.
//
// usage: Tools/page-timing.mjs [--runs N] URL...
//   Tools/page-timing.mjs --runs 3 "file://$PWD/report.html#/" "file://$PWD/report.html#/picture"
import {spawn} from "node:child_process";

const args = process.argv.slice(2);
let runs = 1;
if (args[0] === "--runs") { runs = Number(args[1]); args.splice(0, 2); }
if (!args.length) { console.error("usage: page-timing.mjs [--runs N] URL..."); process.exit(2); }

const port = 9300 + Math.floor(Math.random() * 500);
const browser = spawn("chromium", ["--headless", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${port}`,
                                   "--window-size=1400,1000", "about:blank"], {stdio: "ignore"});
const sleep = ms => new Promise(r => setTimeout(r, ms));

async function json(path, method = "GET") {
  for (let i = 0; i < 100; i++) {
    try {
      const text = await (await fetch(`http://127.0.0.1:${port}${path}`, {method})).text();
      return text.startsWith("{") ? JSON.parse(text) : text;
    } catch { await sleep(100); }
  }
  throw new Error("Chromium's DevTools port did not answer");
}

// One tab: evaluate until the page says it is ready (or 30 s pass).
async function measure(url) {
  const tab = await json("/json/new?" + encodeURI("about:blank"), "PUT");
  const ws = new WebSocket(tab.webSocketDebuggerUrl);
  await new Promise(r => ws.addEventListener("open", r, {once: true}));
  let id = 0;
  const pending = new Map();
  ws.addEventListener("message", m => { const d = JSON.parse(m.data); pending.get(d.id)?.(d); });
  const call = (method, params = {}) => new Promise(r => { pending.set(++id, r); ws.send(JSON.stringify({id, method, params})); });
  await call("Page.navigate", {url});
  const probe = `JSON.stringify({ready: document.body && document.body.dataset.ready,
    nodes: document.getElementById("picture-canvas")?.dataset.nodes,
    marks: performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime)).join(", ")})`;
  for (let waited = 0; waited < 30000; waited += 50) {
    const r = await call("Runtime.evaluate", {expression: probe, returnByValue: true});
    const v = JSON.parse(r.result?.result?.value || "{}");
    if (v.ready) { ws.close(); await json("/json/close/" + tab.id); return v; }
    await sleep(50);
  }
  ws.close();
  return {ready: "timeout"};
}

try {
  await json("/json/version");
  for (const url of args) {
    const times = [];
    let last = {};
    for (let i = 0; i < runs; i++) { last = await measure(url); times.push(last.ready); }
    console.log(`${url.replace(/^.*\//, "")}  usable after ${times.join(", ")} ms` + (last.nodes ? `  (${last.nodes} nodes drawn)` : "")
                + (last.marks ? `  [last run: ${last.marks}]` : ""));
  }
} finally {
  browser.kill();
}
