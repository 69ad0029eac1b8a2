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
})();
