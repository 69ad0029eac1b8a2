// Plakwacht browserkoppeling, in the page's own JavaScript world: navigator.clipboard.writeText()
// and write() fire no copy event, so report what they write to content.js (same page, same tab).
"use strict";

(() => {
  const proto = self.Clipboard && self.Clipboard.prototype;
  if (!proto) return;
  const tell = (text) => {
    if (typeof text === "string" && text) {
      window.dispatchEvent(new CustomEvent("plakwacht-clipboard-write", {detail: text}));
    }
  };
  const writeText = proto.writeText;
  if (writeText) {
    proto.writeText = function (text) {
      const result = writeText.apply(this, arguments);
      Promise.resolve(result).then(() => tell(String(text)), () => {});
      return result;
    };
  }
  const write = proto.write;
  if (write) {
    proto.write = function (items) {
      const result = write.apply(this, arguments);
      Promise.resolve(result).then(async () => {
        for (const item of items || []) {
          if (item && item.types && item.types.includes("text/plain")) {
            tell(await (await item.getType("text/plain")).text());
          }
        }
      }).catch(() => {});
      return result;
    };
  }
})();
