"""_warnings: the names CPython's C accelerator of `warnings` offers, from `warnings`."""

from warnings import warn, warn_explicit, filters, _filters_mutated, onceregistry

_onceregistry = onceregistry
_defaultaction = "default"
