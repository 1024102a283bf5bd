"""Thumbnail sizes for a photo library, computed on a process pool."""
from .resize import fit_all, fit_all_fresh

__all__ = ["fit_all", "fit_all_fresh"]
