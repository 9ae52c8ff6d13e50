"""The anchor (the publication date) and date arithmetic on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Anchor:
    """The reference point: a calendar day (a stand-in year when the year is unknown)."""

    day: date | None
    year_known: bool = False

    @classmethod
    def parse(cls, raw: str | None) -> "Anchor":
        match = re.match(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)", raw or "")
        if not match:
            return cls(None)
        year, month, day = match.groups()
        known = year != "XXXX"
        stand_in = 2000 if (month, day) == ("02", "29") else 2001
        try:
            return cls(date(int(year) if known else stand_in, int(month), int(day)), known)
        except ValueError:
            return cls(None)

    @property
    def year(self) -> int | None:
        return self.day.year if self.day and self.year_known else None

    def ymd(self, day: date) -> str:
        return day.isoformat() if self.year_known else f"XXXX-{day:%m-%d}"

    def ym(self, year: int, month: int) -> str:
        return f"{self.y(year)}-{month:02d}"

    def y(self, year: int) -> str:
        return str(year) if self.year_known else "XXXX"

    def week(self, day: date) -> str:
        if not self.year_known:
            return "XXXX-WXX"
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
