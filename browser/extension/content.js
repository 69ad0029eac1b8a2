// Plakwacht browserkoppeling: sees copy and cut in a page and hands the copied text to the
// extension's service worker, which sends only a keyed digest to Plakwacht (never the text).
"use strict";

(() => {
  let pending = null;

  function selectedText() {
    const el = document.activeElement;
    if (el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT")) {
      try {
        if (typeof el.selectionStart === "number" && el.selectionEnd > el.selectionStart) {
          return el.value.slice(el.selectionStart, el.selectionEnd);
        }
      } catch (e) { /* input types without a selection */ }
    }
    const sel = window.getSelection ? window.getSelection() : null;
    return sel ? String(sel) : "";
  }

  function send(text, how) {
    if (!text) return;
    try {
      chrome.runtime.sendMessage({type: "copy", how: how, text: text}).catch(() => {});
    } catch (e) { /* the extension was reloaded: nothing to tell */ }
  }

  function flush() {
    const p = pending;
    pending = null;
    if (p) send(p.text, p.how);
  }

  function onCopyCapture(e) {
    pending = {how: e.type, text: selectedText()};
    setTimeout(flush, 0);
  }

  function onCopyBubble(e) {
    // A page that writes its own data (setData + preventDefault): that is what lands on the clipboard.
    if (pending && e.defaultPrevented && e.clipboardData) {
      const own = e.clipboardData.getData("text/plain");
      if (own) pending.text = own;
    }
  }

  for (const type of ["copy", "cut"]) {
    window.addEventListener(type, onCopyCapture, true);
    window.addEventListener(type, onCopyBubble, false);
  }
  // navigator.clipboard.writeText()/write() fire no copy event: main-world.js reports them.
  window.addEventListener("plakwacht-clipboard-write", (e) => {
    if (typeof e.detail === "string") send(e.detail, "write");
  }, true);

  // -- uploads on GenAI hosts (issue 13): file drops, pasted files, file inputs ------------------
  // Held in the capture phase, handed to Plakwacht (through the service worker and the native
  // host, locally), and let through only when Plakwacht answers "allow".
  const CHUNK = 32 * 1024;               // guard/browser/protocol.py CHUNK_BYTES
  const MAX_FILES = 20;                  // bytes for the first 20; Plakwacht warns about the rest
  const MAX_LISTED = 64;
  const MAX_FILE_BYTES = 50 * 1024 * 1024;
  let guarded = false;
  let passing = false;                   // our own re-dispatch: not held again

  function ask(message) {
    try { return chrome.runtime.sendMessage(message).catch(() => null); } catch (e) { return Promise.resolve(null); }
  }
  let asked = 0;
  function refresh(e) {
    if (e && Date.now() - asked < 500) return;
    asked = Date.now();
    ask({type: "guarded"}).then((r) => { guarded = Boolean(r && r.guarded); });
  }
  refresh();
  // Plakwacht (re)connected or went away: the service worker tells every page; and before a
  // drag or a click the page asks again, so a page opened earlier is guarded too.
  chrome.runtime.onMessage.addListener((m) => { if (m && m.type === "sites-changed") refresh(); });
  for (const type of ["dragenter", "pointerdown", "focus"]) window.addEventListener(type, refresh, true);

  function newId() {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  }

  function base64(bytes) {
    let bin = "";
    for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return btoa(bin);
  }

  function safeName(name) {
    const n = String(name || "").split(/[\\/]/).pop().replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "");
    const n2 = Array.from(n.trim()).slice(0, 255).join("").trim();  // code points, as Plakwacht counts
    return n2 && n2 !== "." && n2 !== ".." ? n2 : "bestand";
  }

  async function check(files, how) {
    // true: Plakwacht lets the upload go; false: it stays blocked (also when Plakwacht goes away
    // while it checks or while the warning waits).
    const id = newId();
    const meta = files.slice(0, MAX_LISTED).map((f) => ({name: safeName(f.name), size: f.size}));
    let r = await ask({type: "upload", id: id, how: how, files: meta});
    // Plakwacht is not connected (any more): nothing is guarded then, as for a pasted text.
    if (!r || !r.ok) return true;
    for (let i = 0; i < Math.min(meta.length, MAX_FILES); i++) {
      if (files[i].size > MAX_FILE_BYTES) continue;
      const bytes = new Uint8Array(await files[i].arrayBuffer());
      for (let off = 0; off < bytes.length; off += CHUNK) {
        r = await ask({type: "chunk", id: id, file: i, offset: off, data: base64(bytes.subarray(off, off + CHUNK))});
        if (!r || !r.ok) return false;
      }
    }
    const v = await ask({type: "await", id: id});
    return Boolean(v && v.allow) && files.length <= MAX_LISTED;
  }

  function transfer(files) {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    return dt;
  }

  function hold(e) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  window.addEventListener("change", (e) => {
    const input = e.target;
    if (passing || !guarded || !input || input.tagName !== "INPUT" || input.type !== "file") return;
    const files = Array.from(input.files || []);
    if (!files.length) return;
    hold(e);
    input.value = "";
    check(files, "input").then((allow) => {
      if (!allow) return;
      input.files = transfer(files).files;
      passing = true;
      try {
        input.dispatchEvent(new Event("input", {bubbles: true}));
        input.dispatchEvent(new Event("change", {bubbles: true}));
      } finally { passing = false; }
    });
  }, true);

  window.addEventListener("drop", (e) => {
    const dt = e.dataTransfer;
    if (passing || !guarded || !dt || !dt.files || !dt.files.length) return;
    const files = Array.from(dt.files);
    const target = e.target;
    const at = {clientX: e.clientX, clientY: e.clientY, screenX: e.screenX, screenY: e.screenY};
    hold(e);
    check(files, "drop").then((allow) => {
      if (!allow || !target.isConnected) return;
      passing = true;
      try {
        target.dispatchEvent(new DragEvent("drop", Object.assign({bubbles: true, cancelable: true, composed: true,
                                                                  dataTransfer: transfer(files)}, at)));
      } finally { passing = false; }
    });
  }, true);

  window.addEventListener("paste", (e) => {
    const cd = e.clipboardData;
    if (passing || !guarded || !cd || !cd.files || !cd.files.length) return;
    const files = Array.from(cd.files);
    const target = e.target;
    hold(e);
    check(files, "paste").then((allow) => {
      if (!allow || !target.isConnected) return;
      passing = true;
      try {
        target.dispatchEvent(new ClipboardEvent("paste", {bubbles: true, cancelable: true, composed: true,
                                                          clipboardData: transfer(files)}));
      } finally { passing = false; }
    });
  }, true);
})();
