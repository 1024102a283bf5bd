"""The old, single-process thumbnail code, kept beside the new tools."""
from .resize import fit_all, fit_all_fresh
