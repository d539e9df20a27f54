"""A certificate authority made on the spot (root -> intermediate -> end certificate),
standing in for Amazon's, to sign real request bodies in tests and the benchmark."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from skill.web.verification import RequestVerifier
from tests.support.fake_alexa import Handler

CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"
NOW = datetime(2026, 11, 24, 18, 0, 0, tzinfo=UTC)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: str,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    not_before: datetime,
    not_after: datetime,
    san: str | None = None,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = builder.add_extension(
            x509.KeyUsage(True, False, True, False, False, False, False, False, False), critical=True
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    if san is not None:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def pem(*certificates: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


@dataclass
class LocalCA:
    """Root and intermediate CA; ``end_certificate`` issues the signing certificates."""

    root_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    intermediate_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    signing_key: rsa.RSAPrivateKey = field(default_factory=new_key)

    def __post_init__(self) -> None:
        start, end = NOW - timedelta(days=365), NOW + timedelta(days=3650)
        self.root = _certificate(
            "Test Root", self.root_key, "Test Root", self.root_key, ca=True, not_before=start, not_after=end
        )
        self.intermediate = _certificate(
            "Test Intermediate",
            self.intermediate_key,
            "Test Root",
            self.root_key,
            ca=True,
            not_before=start,
            not_after=end,
        )
        self.signing = self.end_certificate()

    def end_certificate(
        self,
        san: str = "echo-api.amazon.com",
        not_before: datetime = NOW - timedelta(days=30),
        not_after: datetime = NOW + timedelta(days=300),
    ) -> x509.Certificate:
        return _certificate(
            "echo-api.amazon.com",
            self.signing_key,
            "Test Intermediate",
            self.intermediate_key,
            ca=False,
            not_before=not_before,
            not_after=not_after,
            san=san,
        )

    def chain(self, end: x509.Certificate | None = None) -> bytes:
        return pem(end or self.signing, self.intermediate)

    def self_signed_chain(self) -> bytes:
        end = _certificate(
            "echo-api.amazon.com",
            self.signing_key,
            "echo-api.amazon.com",
            self.signing_key,
            ca=False,
            not_before=NOW - timedelta(days=1),
            not_after=NOW + timedelta(days=30),
            san="echo-api.amazon.com",
        )
        return pem(end)


def sign(body: bytes, key: rsa.RSAPrivateKey) -> str:
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def signed_headers(body: bytes, key: rsa.RSAPrivateKey, url: str = CHAIN_URL) -> dict[str, str]:
    return {"SignatureCertChainUrl": url, "Signature-256": sign(body, key), "Content-Type": "application/json"}


def body_of(envelope: dict[str, Any], timestamp: datetime = NOW) -> bytes:
    """The envelope as Alexa would send it, stamped with ``timestamp``."""
    stamped = {**envelope, "request": {**envelope["request"], "timestamp": timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")}}
    return json.dumps(stamped).encode()


def write_ca(ca: LocalCA, folder: Path) -> None:
    """The CA's root and chain as files, for apps running in other processes (``apps.local_ca_app``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "root.pem").write_bytes(pem(ca.root))
    (folder / "chain.pem").write_bytes(ca.chain())


def local_verifier(ca: LocalCA, **options: Any) -> RequestVerifier:
    """The real verifier, trusting only the local CA and fetching its chain from memory."""
    chain = ca.chain()
    return RequestVerifier([ca.root], lambda url: chain, lambda: NOW, **options)


def signed_post(ca: LocalCA, post: Callable[..., Any], chain_url: str = CHAIN_URL) -> Handler:
    """A handler that sends each envelope to the endpoint as Alexa would: signed, over HTTP."""

    def send(env: dict[str, Any], context: Any) -> dict[str, Any]:
        body = body_of(env, NOW)
        response = post(body, signed_headers(body, ca.signing_key, chain_url))
        assert response[0] == 200, response
        result: dict[str, Any] = json.loads(response[1])
        return result

    return send
