"""The real app, trusting a locally made CA, as a factory another process can call.

``gunicorn "tests.support.apps:local_ca_app()"`` serves ``create_app()`` with signature
verification on against the CA whose files ``certs.write_ca`` wrote to LOCAL_CA_DIR
(off when LOCAL_CA_VERIFY is "false"): the tests' and the bench's servers on loopback.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from tests.support.fake_alexa import SKILL_ID


def local_ca_app(ca_dir: str | None = None, verify: bool | None = None) -> Flask:
    from cryptography import x509

    from skill.web.app import create_app
    from skill.web.verification import RequestVerifier

    folder = Path(ca_dir or os.environ["LOCAL_CA_DIR"])
    check_signature = verify if verify is not None else os.environ.get("LOCAL_CA_VERIFY", "true") != "false"
    root = x509.load_pem_x509_certificate((folder / "root.pem").read_bytes())
    chain = (folder / "chain.pem").read_bytes()
    verifier = RequestVerifier([root], lambda url: chain, check_signature=check_signature)
    return create_app(verifier=verifier, test_config={"ALEXA_SKILL_ID": SKILL_ID})


def fake_s3_app() -> Flask:
    """The real app as production builds it (``create_app()``'s verifier, which fetches chains with
    ``fetch_https``), trusting the CA in LOCAL_CA_DIR, with S3 itself replaced by the one at FAKE_S3
    (``http://127.0.0.1:port``, a ``tests.support.fake_s3``): what the certificate-fetch floods run against."""
    from cryptography import x509

    from skill.web.app import create_app
    from skill.web.verification import FETCH_WAITERS, ChainStore, RequestVerifier
    from tests.support.certs import CHAIN_URL
    from tests.support.fake_s3 import fetching_from

    root = x509.load_pem_x509_certificate((Path(os.environ["LOCAL_CA_DIR"]) / "root.pem").read_bytes())
    store = os.environ.get("CERT_CHAIN_DIR", "").strip()
    verifier = RequestVerifier(
        [root],
        fetching_from(os.environ["FAKE_S3"]),
        chain_store=ChainStore(Path(store)) if store else None,
        expected_chain_url=CHAIN_URL,
        fetch_waiters=FETCH_WAITERS,  # as create_app() sets it
    )
    return create_app(verifier=verifier, test_config={"ALEXA_SKILL_ID": SKILL_ID})
