"""Cross-article resolution: entities, developments (fused events) and figure series."""

from sitrep.fuse.update import FuseSummary, fuse

__all__ = ["FuseSummary", "fuse"]
