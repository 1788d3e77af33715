"""safe_url: the one rule for which URLs may be links or exported, checked on the URL as a
browser reads it (tabs and newlines dropped, controls and spaces stripped at the ends)."""

from __future__ import annotations

import pytest

from sahna.urls import safe_url

REFUSED = [
    "javascript:alert(document.domain)",
    "JAVASCRIPT:alert(document.domain)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript\r:alert(1)",
    "\x00javascript:alert(1)",
    "\x01\x02\x1f javascript:alert(1)",
    "\x7fjavascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/file",
    "mailto:someone@example.com",
    "blob:https://example.com/uuid",
    "\u00a0https://example.com/",  # a no-break space is not stripped: a relative URL
    "//evil.example.com/path",  # protocol-relative
    "/events/1",
    "example.com/page",
    "https:evil.example.com",
    "https:\\\\evil.example.com",
    "https:/evil.example.com",
    "https://",
    "http:///path",
    "https://exa\x00mple.com/",
    "https://example.com/\x85",
    "https://example.com:99999/",
    "https://[::1/",
    "",
    "   ",
    "\t\n",
]


@pytest.mark.parametrize("url", REFUSED)
def test_refused(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("value", [None, 42, b"https://example.com/", ["https://x.kz/"]])
def test_non_strings_are_refused(value):
    assert safe_url(value) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.kz/days", "https://news.example.kz/days"),
    ("http://example.com", "http://example.com"),
    ("HTTPS://Example.COM/a?b=1&c=<2>#x", "HTTPS://Example.COM/a?b=1&c=<2>#x"),
    ("  https://example.com/x \n", "https://example.com/x"),
    ("\x00https://example.com/x\x1f", "https://example.com/x"),
    ("ht\ttps://exa\nmple.com/", "https://example.com/"),
    ("https://kaz.example.kz/мәдениет/жаңалықтар", "https://kaz.example.kz/мәдениет/жаңалықтар"),
    ("http://[::1]:8080/p", "http://[::1]:8080/p"),
    ("https://user@example.com/", "https://user@example.com/"),
])
def test_accepted_as_the_browser_reads_them(url, expected):
    assert safe_url(url) == expected
    assert safe_url(expected) == expected  # what it returns passes again, unchanged
