"""The hosts head office lets tracked QR codes (/q/<code>) send residents' phones to.

Any enrolled laptop can push a leaflet design with any link, so a link held by head office is no
reason by itself to send a phone somewhere: /q/<code> redirects only to a host the administrator
allowed (`outreach-server links allow HOST`, kept in `link_hosts`) or one a shipped design links
to. Any other link is shown as text on head office's own page.

The rules are few, so they can be checked by reading them:

- http or https only, and no user name or password before the host: `https://bank.cn@evil.com/`
  goes to evil.com, and a link with userinfo is never redirected, whatever its host.
- Hosts are compared in their ASCII (IDNA) form, in lower case: `例子.中国` is
  `xn--fsqu00a.xn--fiqs8s`, and a look-alike letter makes another host. The phone is sent to the
  link with the host in the form that was checked, so no browser can read the host differently.
  A host that is not letters, digits and hyphens between dots (once in ASCII) is never redirected
  to: no IP v6 literal, no percent escape, no trailing dot.
- The entry `bank.cn` allows that host only, at the scheme's own port (443 for https, 80 for
  http); `bank.cn:8443` allows that port only (another port is often another service);
  `*.bank.cn` allows its subdomains at any depth but not bank.cn itself (allow both for both). A
  wildcard must name at least two labels: `*.cn` is refused.

An entry is kept as the key a link is looked up by, `[*.]host[:port]`, so checking a link is one
index probe for the few keys that would allow it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Connection, select

from desktop.leaflets import designs
from sync.server.schema import link_hosts

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_HOST = 253
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_PORT = re.compile(r"[0-9]{1,5}")


def ascii_host(name: str) -> str | None:
    """`name` in lower-case ASCII (IDNA), or None when it is not a plain DNS host name."""
    try:
        encoded = name.encode("idna").decode("ascii").lower()
        encoded.encode("ascii").decode("idna")  # punycode that decodes to nothing is no host
    except UnicodeError:
        return None
    if len(encoded) > MAX_HOST or not all(map(_LABEL.fullmatch, encoded.split("."))):
        return None
    return encoded


@dataclass(frozen=True)
class Checked:
    """A link that may be redirected to when one of `keys` is allowed."""

    #: The link with its host in the ASCII form that was checked.
    redirect: str
    #: The entries that would allow it: the exact host first, then wildcards of its parents.
    keys: tuple[str, ...]


def check(link: str) -> Checked | None:
    """What would allow `link`, or None for a link no entry can allow (see the module's rules)."""
    try:
        parts = urlsplit(link)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = ascii_host(parts.hostname or "")
    if scheme not in DEFAULT_PORTS or "@" in parts.netloc or host is None:
        return None
    suffix = "" if port in (None, DEFAULT_PORTS[scheme]) else f":{port}"
    labels = host.split(".")
    parents = (".".join(labels[i:]) for i in range(1, len(labels)))
    keys = (host + suffix, *(f"*.{parent}{suffix}" for parent in parents))
    netloc = host if port is None else f"{host}:{port}"
    return Checked(urlunsplit(parts._replace(scheme=scheme, netloc=netloc)), keys)


def entry(text: str) -> str:
    """The entry for what the administrator wrote (`[*.]host[:port]`, the host in ASCII).

    Raises ValueError with a message that says what is wrong.
    """
    text = text.strip()
    if "/" in text or "@" in text:
        raise ValueError(f"give a host name such as www.example.cn, not a link: {text!r}")
    name, colon, port = text.partition(":")
    wildcard = name.startswith("*.")
    host = ascii_host(name[2:] if wildcard else name)
    if host is None:
        raise ValueError(
            f"{text!r} is not a host name (letters, digits and hyphens between dots, such as"
            " www.example.cn; *.example.cn for its subdomains)"
        )
    if wildcard and "." not in host:
        raise ValueError(
            f"{text!r} would allow a whole top-level domain: name the bank's own domain, such as"
            " *.example-bank.cn"
        )
    return ("*." if wildcard else "") + host + (_port(port) if colon else "")


def _port(text: str) -> str:
    if not _PORT.fullmatch(text) or not 0 < int(text) < 65536:
        raise ValueError(f"a port is a number from 1 to 65535, not {text!r}")
    if int(text) in DEFAULT_PORTS.values():
        raise ValueError(
            f"a host without a port already means the scheme's own port (80 for http, 443 for"
            f" https): leave out :{text}"
        )
    return f":{int(text)}"


@functools.cache
def shipped() -> frozenset[str]:
    """The hosts the shipped designs link to: always allowed, as every laptop prints them."""
    found = (check(d.values.get("qr_target") or "") for d in designs.shipped_designs())
    return frozenset(c.keys[0] for c in found if c is not None)


def is_allowed(conn: Connection, checked: Checked) -> bool:
    if shipped().intersection(checked.keys):
        return True
    query = select(link_hosts.c.host).where(link_hosts.c.host.in_(checked.keys)).limit(1)
    return conn.scalar(query) is not None
