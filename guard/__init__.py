"""Plakwacht's guard: policy, verdict, history, settings, window probing and the CLI. Qt-free."""

__version__ = "0.1.0"
