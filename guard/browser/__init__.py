"""The browser companion, Qt-free: the extension's messages, the native messaging host, the
per-user channel to the tray app, what the guard learns from it, and the host's registration.

- :mod:`guard.browser.protocol`: message shapes, 4-byte framing, the 64 KB limit, the copy digest;
- :mod:`guard.browser.channel`: where the tray app listens (same user only) and the client side;
- :mod:`guard.browser.state`: the facts (tab host per browser, recent copies) and what they decide;
- :mod:`guard.browser.host`: ``plakwacht browser host``, the relay the browser starts;
- :mod:`guard.browser.install`: host manifests and registry keys (``plakwacht browser install``);
- :mod:`guard.browser.rollout`: files for a forced install through browser policies.

No message ever carries clipboard text: a copy is reported as its page's host and a keyed digest.
"""
