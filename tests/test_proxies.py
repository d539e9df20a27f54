"""The proxy configs the README recommends, as they are in deploy/.

nginx runs deploy/nginx.conf for real, on 127.0.0.1 with a certificate made here, in
front of gunicorn with the production config; slow clients are held by nginx and the
skill keeps answering through it. Caddy's config is checked by Caddy itself. Both need
the Debian package (.ci/run installs them); without it the test says so and skips.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.certs import NOW, LocalCA, write_ca
from tests.support.servers import SlowClients, free_port, gunicorn, request, timed, wait_until_healthy
from tests.support.turns import signed_turn

ROOT = Path(__file__).parents[1]
DEPLOY = ROOT / "deploy"


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    cert, private = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert, private


def nginx_config(folder: Path, port: int, upstream: int) -> Path:
    """deploy/nginx.conf with this machine's port, upstream and certificate, inside a main config."""
    cert, key = self_signed(folder)
    server = (DEPLOY / "nginx.conf").read_text()
    for old, new in [
        ("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;"),
        ("server 127.0.0.1:5000;", f"server 127.0.0.1:{upstream};"),
        ("/etc/letsencrypt/live/skill.example.org/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/skill.example.org/privkey.pem", str(key)),
    ]:
        assert old in server, old
        server = server.replace(old, new)
    (folder / "server.conf").write_text(server)
    main = folder / "nginx.conf"
    main.write_text(
        f"""
        daemon off;
        worker_processes 1;
        pid {folder}/nginx.pid;
        error_log {folder}/error.log warn;
        events {{ worker_connections 1024; }}
        http {{
            access_log off;
            client_body_temp_path {folder}/body;
            proxy_temp_path {folder}/proxy;
            include {folder}/server.conf;
        }}
        """
    )
    return main


@pytest.fixture(scope="module")
def behind_nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[tuple[str, int], LocalCA]]:
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx; .ci/run does)")
    folder = tmp_path_factory.mktemp("nginx")
    ca = LocalCA()
    write_ca(ca, folder / "ca")
    with gunicorn(
        "tests.support.apps:local_ca_app()", {"LOCAL_CA_DIR": str(folder / "ca")}, folder / "gunicorn.log"
    ) as upstream:
        port = free_port()
        config = nginx_config(folder, port, upstream[1])
        process = subprocess.Popen(["nginx", "-c", str(config), "-p", str(folder)], stderr=subprocess.DEVNULL)
        try:
            wait_until_healthy(("127.0.0.1", port), process, tls=insecure())
            yield ("127.0.0.1", port), ca
        finally:
            process.terminate()
            process.wait(timeout=30)


def insecure() -> ssl.SSLContext:
    """TLS to the test's own self-signed certificate."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx; .ci/run does)")
    config = nginx_config(tmp_path, free_port(), free_port())
    result = subprocess.run(["nginx", "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_through_nginx_slow_clients_are_held_off_and_the_skill_answers_within_a_second(
    behind_nginx: tuple[tuple[str, int], LocalCA],
) -> None:
    address, ca = behind_nginx
    tls = insecure()
    slow = SlowClients(address, 256, 64, tls=tls)
    try:
        time.sleep(0.3)
        body, headers = signed_turn(ca)
        results = []
        for _ in range(5):
            results.append(timed(lambda: request(address, "GET", "/healthz", tls=tls)))
            results.append(timed(lambda: request(address, "POST", "/alexa", body, headers, tls=tls)))
        assert {status for _, status in results} == {200}
        assert max(took for took, _ in results) < 1.0, results
    finally:
        slow.close()


def test_nginx_refuses_a_body_over_a_mebibyte(behind_nginx: tuple[tuple[str, int], LocalCA]) -> None:
    address, _ = behind_nginx
    status, _ = request(address, "POST", "/alexa", b" " * (1024 * 1024 + 1), tls=insecure())
    assert status == 413


def test_caddy_accepts_the_caddyfile() -> None:
    if shutil.which("caddy") is None:
        pytest.skip("caddy is not installed (apt-get install caddy; .ci/run does)")
    result = subprocess.run(
        ["caddy", "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "Valid configuration" in result.stdout + result.stderr, result.stderr
