"""Active-window probing: one backend per OS behind :class:`guard.windows.base.WindowBackend`."""
