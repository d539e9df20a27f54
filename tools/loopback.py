"""The shipped proxy config on this machine's loopback: what the tests, the benchmark and
``python -m tools.try_production`` share.

``nginx_config`` rewrites deploy/nginx.conf for a free port on 127.0.0.1, an upstream port and,
with TLS, a throwaway self-signed certificate (``self_signed``), and wraps it in a main config
that keeps every file nginx writes in one folder; ``wait_until`` waits for what was started. Nothing here
starts a process.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
NGINX_MAIN_CONF = ROOT / "deploy" / "nginx-main.conf"  # the main config's lines deploy/nginx.conf needs
# What deploy/nginx.conf says, as shipped, and a machine's install replaces.
LISTEN = "listen 443 ssl;"
UPSTREAM = "server 127.0.0.1:5000;"
CERTIFICATE = "/etc/letsencrypt/live/skill.example.org/fullchain.pem"
PRIVATE_KEY = "/etc/letsencrypt/live/skill.example.org/privkey.pem"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until(ready: Callable[[], bool], seconds: float, what: str, alive: Callable[[], bool] = lambda: True) -> None:
    """Poll ``ready`` (an OSError counts as not yet) until it is true; RuntimeError naming ``what`` when
    ``alive`` turns false or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while True:
        if not alive():
            raise RuntimeError(f"{what}: a process exited while starting (its log says why)")
        try:
            if ready():
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not answer within {seconds:.0f} s")
        time.sleep(0.1)


def self_signed(folder: Path, now: datetime | None = None) -> tuple[Path, Path]:
    """A throwaway certificate for localhost and its key, written into ``folder``: (cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = now or datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert, private = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert, private


def server_block(port: int, upstream: int, certificate: tuple[Path, Path] | None) -> str:
    """deploy/nginx.conf's server block on 127.0.0.1:``port`` for ``upstream``: with TLS from
    ``certificate`` (cert, key), or without TLS (its ssl_ lines dropped) when None."""
    text = NGINX_CONF.read_text(encoding="utf-8")
    listen = f"listen 127.0.0.1:{port} ssl;" if certificate else f"listen 127.0.0.1:{port};"
    replacements = [(LISTEN, listen), (UPSTREAM, f"server 127.0.0.1:{upstream};")]
    if certificate:
        replacements += [(CERTIFICATE, str(certificate[0])), (PRIVATE_KEY, str(certificate[1]))]
    for old, new in replacements:
        if old not in text:
            raise RuntimeError(f"deploy/nginx.conf no longer has {old!r}")
        text = text.replace(old, new)
    if certificate is None:
        text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("ssl_"))
    return text


def nginx_config(
    folder: Path,
    port: int,
    upstream: int,
    certificate: tuple[Path, Path] | None = None,
    access_log: bool = True,
    main_lines: str | None = None,
) -> Path:
    """A main config in ``folder`` (created) around ``server_block``: deploy/nginx-main.conf's lines (or
    ``main_lines``), in the foreground, writing only there; run it with ``nginx -c <path> -p <folder>``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "server.conf").write_text(server_block(port, upstream, certificate), encoding="utf-8")
    lines = NGINX_MAIN_CONF.read_text(encoding="utf-8") if main_lines is None else main_lines
    main = folder / "nginx.conf"
    main.write_text(
        f"daemon off;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\n{lines}\n"
        f"http {{\n access_log {f'{folder}/access.log' if access_log else 'off'};\n"
        f" client_body_temp_path {folder}/body;\n proxy_temp_path {folder}/proxy;\n"
        f" include {folder}/server.conf;\n}}\n",
        encoding="utf-8",
    )
    return main
