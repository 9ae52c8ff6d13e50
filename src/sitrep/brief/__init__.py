"""Briefings: sections of sourced statements and a map, built from the store."""

from sitrep.brief.build import build_briefing
from sitrep.brief.render import render

__all__ = ["build_briefing", "render"]
