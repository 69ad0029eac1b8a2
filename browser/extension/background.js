// Plakwacht browserkoppeling: the service worker.
// Tells Plakwacht (through the native messaging host nl.plakwacht.companion) two facts:
//   - the host of the active tab of the focused window (host only: no path, no query);
//   - for every copy or cut in a page: the page's host and an HMAC-SHA-256 digest of the copied
//     text, keyed with the secret Plakwacht hands over when it connects. Never the text itself.
// Message shapes: guard/browser/protocol.py. No remote code, no storage, no network.
"use strict";

const HOST_NAME = "nl.plakwacht.companion";
const PROTOCOL_VERSION = 2;  // 2: uploads (issue 13)
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 10000;

let port = null;
let key = null;          // CryptoKey from Plakwacht's "welcome"; in memory only
let lastHost;            // last host sent (undefined: nothing sent on this connection yet)
let retryMs = RETRY_MIN_MS;
let retryTimer = null;

function brand() {
  const brands = (self.navigator.userAgentData && self.navigator.userAgentData.brands) || [];
  const names = brands.map((b) => b.brand).filter((n) => !/not.a.brand/i.test(n));
  const own = names.find((n) => n !== "Chromium");
  return (own || names[0] || "Chromium").slice(0, 64);
}

function hostOf(url) {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") {
      return u.hostname.toLowerCase().replace(/\.$/, "") || null;
    }
  } catch (e) { /* not a URL */ }
  return null;
}

function normalise(text) {
  // The same as guard/browser/protocol.py normalise().
  return text.normalize("NFC").replace(/[\u00a0\u202f]/g, " ").replace(/\r\n?/g, "\n")
    .replace(/^[ \t\n]+|[ \t\n]+$/g, "");
}

function b64ToBytes(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function digest(text) {
  const sig = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(normalise(text)));
  return Array.from(new Uint8Array(sig), (b) => b.toString(16).padStart(2, "0")).join("");
}

function post(message) {
  if (!port) return;
  try { port.postMessage(message); } catch (e) { /* disconnected; onDisconnect reconnects */ }
}

function scheduleConnect() {
  if (retryTimer !== null) return;
  retryTimer = setTimeout(() => { retryTimer = null; connect(); }, retryMs);
  retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
}

function connect() {
  if (port) return;
  try {
    port = chrome.runtime.connectNative(HOST_NAME);
  } catch (e) {
    port = null;
    scheduleConnect();
    return;
  }
  port.onMessage.addListener(onHostMessage);
  port.onDisconnect.addListener(() => {
    void chrome.runtime.lastError;  // "host not found" / "Plakwacht draait niet": try again later
    port = null;
    key = null;
    lastHost = undefined;
    settleAll();
    scheduleConnect();
  });
  post({type: "hello", version: PROTOCOL_VERSION, browser: brand(),
        extension: chrome.runtime.getManifest().version});
}

// -- uploads on GenAI hosts (issue 13) ----------------------------------------------------------
let genaiHosts = new Set();   // from Plakwacht's "sites": the policy's GenAI hosts
const verdicts = new Map();   // upload id -> {allow} (arrived) or {wait: sendResponse}

function isGenai(host) {
  if (!host) return false;
  for (const h of genaiHosts) if (host === h || host.endsWith("." + h)) return true;
  return false;
}

function settle(id, allow) {
  const v = verdicts.get(id);
  if (v && v.wait) { verdicts.delete(id); v.wait({allow: allow}); } else verdicts.set(id, {allow: allow});
}

async function tellPages() {
  // Pages opened before Plakwacht answered ask again whether they are on a GenAI host.
  try {
    for (const tab of await chrome.tabs.query({})) {
      chrome.tabs.sendMessage(tab.id, {type: "sites-changed"}).catch(() => {});
    }
  } catch (e) { /* no tabs */ }
}

function settleAll() {
  for (const id of Array.from(verdicts.keys())) settle(id, false);  // Plakwacht went away: stays blocked
  verdicts.clear();
  genaiHosts = new Set();
  tellPages();
}

async function onHostMessage(message) {
  if (message && message.type === "sites" && Array.isArray(message.hosts)) {
    genaiHosts = new Set(message.hosts.filter((h) => typeof h === "string"));
    tellPages();
    return;
  }
  if (message && message.type === "verdict" && typeof message.id === "string") {
    settle(message.id, message.allow === true);
    return;
  }
  if (!message || message.type !== "welcome" || typeof message.key !== "string") return;
  key = await crypto.subtle.importKey("raw", b64ToBytes(message.key), {name: "HMAC", hash: "SHA-256"},
                                      false, ["sign"]);
  retryMs = RETRY_MIN_MS;
  lastHost = undefined;
  try {
    for (const tab of await chrome.tabs.query({})) tabHosts.set(tab.id, hostOf(tab.url || tab.pendingUrl || ""));
  } catch (e) { /* reportTab below still sends the active one */ }
  reportTab();
}

const tabHosts = new Map();  // tab id -> host, so a tab switch is reported without a round trip

function sendHost(host) {
  if (!port || !key || host === lastHost) return;
  lastHost = host;
  post({type: "tab", host: host});
}

async function reportTab() {
  if (!port || !key) return;
  let host = null;
  try {
    const [tab] = await chrome.tabs.query({active: true, lastFocusedWindow: true});
    host = tab ? hostOf(tab.url || tab.pendingUrl || "") : null;
    if (tab) tabHosts.set(tab.id, host);
  } catch (e) { host = null; }
  sendHost(host);
}

chrome.tabs.onActivated.addListener((info) => {
  // The common case: a known tab in the focused window. Confirm with a query either way.
  if (tabHosts.has(info.tabId)) sendHost(tabHosts.get(info.tabId));
  reportTab();
});
chrome.tabs.onUpdated.addListener((id, change, tab) => {
  if (change.url) tabHosts.set(id, hostOf(change.url));
  if (change.url || change.status) reportTab();
});
chrome.tabs.onRemoved.addListener((id) => { tabHosts.delete(id); reportTab(); });
chrome.windows.onFocusChanged.addListener((windowId) => {
  // A window of this profile came to the front: say so even when its host is the same, so that
  // Plakwacht knows which profile (of several of one browser) the person is looking at.
  if (windowId !== chrome.windows.WINDOW_ID_NONE) lastHost = undefined;
  reportTab();
});
chrome.windows.onRemoved.addListener(reportTab);

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // From content.js: an upload held on a GenAI host. The file bytes go to Plakwacht only (locally).
  if (!message || sender.id !== chrome.runtime.id) return;
  const from = hostOf(sender.url || "") || hostOf((sender.tab && sender.tab.url) || "");
  if (message.type === "guarded") {
    sendResponse({guarded: Boolean(port && key && isGenai(from))});
    return;
  }
  if (message.type === "upload" || message.type === "chunk") {
    if (!port || !key || !isGenai(from)) { sendResponse({ok: false}); return; }
    if (message.type === "upload") {
      post({type: "upload", id: message.id, host: from, how: message.how, files: message.files});
    } else {
      post({type: "chunk", id: message.id, file: message.file, offset: message.offset, data: message.data});
    }
    sendResponse({ok: true});
    return;
  }
  if (message.type === "await" && typeof message.id === "string") {
    const v = verdicts.get(message.id);
    if (v && !v.wait) { verdicts.delete(message.id); sendResponse({allow: v.allow}); return; }
    if (!port) { sendResponse({allow: false}); return; }
    verdicts.set(message.id, {wait: sendResponse});
    return true;  // answered when Plakwacht's verdict arrives
  }
});

chrome.runtime.onMessage.addListener((message, sender) => {
  // From content.js in a page: {type: "copy", how, text}. The text stays here: only its digest leaves.
  if (!message || message.type !== "copy" || typeof message.text !== "string" || !message.text) return;
  if (!port || !key || sender.id !== chrome.runtime.id) return;
  const host = hostOf(sender.url || "") || hostOf((sender.tab && sender.tab.url) || "");
  if (!host) return;
  const how = ["copy", "cut", "write"].includes(message.how) ? message.how : "copy";
  digest(message.text).then((d) => post({type: "copy", host: host, digest: d, how: how}));
});

connect();
