"""Which strings are web addresses: only an absolute http(s) URL is ever a link.

Articles come from untrusted inputs (feeds, scraped JSON, CSV). A ``url`` field may hold a
feed's GUID ("cm-1", "urn:gd:1") or a ``javascript:`` address; shown as a link, the first
opens a 404 and the second runs a script in the reader's browser. Readers store only web
addresses, and the renderers check again so that a store written before that stays safe.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute http or https URL with a host, else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if any(ord(c) < 33 for c in text):  # a control character or space hides a scheme from the browser's parser
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def site(value: object) -> str | None:
    """The site a web address is on, as a reader names it ("example.org" for
    https://www.example.org/world/1): who published an article whose source named no outlet."""
    url = web_url(value)
    return (urlsplit(url).hostname or "").removeprefix("www.") or None if url else None
