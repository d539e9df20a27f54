"""``python -m tools.manifest``: write the skill package the ASK CLI deploys.

    python -m tools.manifest --endpoint https://skill.example.org/alexa \\
        --public-url https://skill.example.org --out skill-package

writes, in the ASK CLI's ``skill-package`` layout::

    skill-package/skill.json
    skill-package/interactionModels/custom/<locale>.json   (copies of interaction_model/)
    skill-package/assets/images/<locale>_smallIconUri.png  (108 x 108)
    skill-package/assets/images/<locale>_largeIconUri.png  (512 x 512)

The listing's words come from each locale's speech data (``listing.*``); the privacy
policy and terms are the web app's ``/privacy`` and ``/terms`` under ``--public-url``, in the
listing's language (``?lang=es``, ``?lang=fr``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from skill.core.signs import WARNING_SIGNS, Tier
from skill.core.speech import LOCALES, language_of, texts_for
from skill.core.ssml import to_text
from tools.data import model_dir

MODEL_DIR = model_dir()
ICON_DIR = MODEL_DIR / "icons"
ICONS = {"smallIconUri": ICON_DIR / "icon-108.png", "largeIconUri": ICON_DIR / "icon-512.png"}
LAMBDA_ARN = re.compile(r"^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(?::[A-Za-z0-9_$-]+)?$")
SSL_CERTIFICATE_TYPES = ("Trusted", "Wildcard", "SelfSigned")
COUNTRIES = {"en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-AU": "AU", "en-IN": "IN"}
COUNTRIES |= {"es-US": "US", "es-MX": "MX", "es-ES": "ES", "fr-CA": "CA"}

SUPPORTED_VIEWPORTS = [
    {"mode": "HUB", "shape": "ROUND", "minWidth": 100, "maxWidth": 599, "minHeight": 100, "maxHeight": 599},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 600, "maxWidth": 1279, "minHeight": 600, "maxHeight": 1279},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 1280, "maxWidth": 1920, "minHeight": 600, "maxHeight": 1279},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 600, "maxWidth": 1279, "minHeight": 1280, "maxHeight": 1920},
    {"mode": "TV", "shape": "RECTANGLE", "minWidth": 960, "maxWidth": 960, "minHeight": 540, "maxHeight": 540},
]


def testing_instructions() -> str:
    """What the reviewer is told to try, from the question order as it is (the first question, and what a yes
    to it does), in en-US's words."""
    t = texts_for("en-US")
    first = next(sign for sign in WARNING_SIGNS if not sign.follows)
    yes_does = "gives the emergency advice at once" if first.tier is Tier.EMERGENCY else "raises the advice"
    return (
        "Say 'Alexa, open back pain check', give an age (for example 'forty five'), then answer yes, no or "
        "'not sure' to each question; say 'help' at any point to hear the question explained. The first question "
        f"is '{to_text(t[f'question.{first.id}'])}': a yes to it ({to_text(t[f'reason.{first.id}'])}) {yes_does}; "
        "no to every question gives self-care advice. 'Alexa, ask back pain check if my back pain is serious' "
        "starts the check at once, and a request that names no skill, such as 'is my back pain serious', is "
        "answered YES to CanFulfillIntentRequest (anything else NO). Stop or cancel ends the session in any "
        "phase. Data: the skill stores nothing about the user. Answers live only in the session attributes of "
        "the conversation; they are never stored or logged, and a check that is interrupted starts again from "
        "the beginning. No account linking, no purchases, no personal information. On a device with a screen, "
        "each question shows Yes, No and Not sure buttons, which answer like the spoken words. Reminders: after "
        "the self-care or see-a-doctor advice, 'remind me in two weeks' asks for the reminders permission by "
        "voice, then sets one reminder in two weeks whose only text is 'Check on your back'; if the permission is "
        "refused, the skill says how to ask Alexa for a reminder instead."
    )


class ManifestError(ValueError):
    """An argument the manifest cannot be made from."""


def endpoint_for(endpoint: str, ssl_certificate_type: str) -> dict[str, str]:
    """The custom API's endpoint: a Lambda ARN as it is, an HTTPS URL with its certificate type."""
    if LAMBDA_ARN.match(endpoint):
        return {"uri": endpoint}
    if not endpoint.startswith("https://"):
        raise ManifestError("--endpoint must be an https:// URL or a Lambda function ARN")
    if ssl_certificate_type not in SSL_CERTIFICATE_TYPES:
        raise ManifestError(f"--ssl-certificate-type must be one of {', '.join(SSL_CERTIFICATE_TYPES)}")
    return {"uri": endpoint, "sslCertificateType": ssl_certificate_type}


def _public_url(base: str) -> str:
    if not base.startswith("https://"):
        raise ManifestError("--public-url must be an https:// URL")
    return base.rstrip("/")


def _listing(locale: str) -> dict[str, Any]:
    t = texts_for(locale)
    return {
        "name": t["listing.name"],
        "summary": t["listing.summary"],
        "description": t["listing.description"],
        "examplePhrases": [t[f"listing.example.{n}"] for n in (1, 2, 3)],
        "keywords": [word.strip() for word in t["listing.keywords"].split(",")],
        "smallIconUri": f"file://assets/images/{locale}_smallIconUri.png",
        "largeIconUri": f"file://assets/images/{locale}_largeIconUri.png",
    }


def _pages(base: str, locale: str) -> dict[str, str]:
    """The privacy policy and terms in the listing's language: ``?lang=es`` or ``?lang=fr``, none for English."""
    language = language_of(locale)
    query = "" if language == "en" else f"?lang={language}"
    return {"privacyPolicyUrl": f"{base}/privacy{query}", "termsOfUseUrl": f"{base}/terms{query}"}


def manifest(endpoint: str, public_url: str, ssl_certificate_type: str = "Trusted") -> dict[str, Any]:
    """The skill manifest (``skill.json``), in the format the ASK CLI and SMAPI use."""
    base = _public_url(public_url)
    locales = list(LOCALES)
    return {
        "manifest": {
            "manifestVersion": "1.0",
            "publishingInformation": {
                "locales": {locale: _listing(locale) for locale in locales},
                "isAvailableWorldwide": False,
                "distributionCountries": sorted({COUNTRIES[locale] for locale in locales}),
                "category": "HEALTH_AND_FITNESS",
                "testingInstructions": testing_instructions(),
            },
            "apis": {
                "custom": {
                    "endpoint": endpoint_for(endpoint, ssl_certificate_type),
                    "interfaces": [
                        # Screens (skill.alexa.screens): round and rectangular hubs, and TVs.
                        {"type": "ALEXA_PRESENTATION_APL", "supportedViewports": SUPPORTED_VIEWPORTS},
                        # Name-free requests and Alexa+ (skill.alexa.can_fulfill).
                        {"type": "CAN_FULFILL_INTENT_REQUEST"},
                    ],
                }
            },
            # Reminders (skill.alexa.reminders): asked for by voice when the person asks for one.
            "permissions": [{"name": "alexa::alerts:reminders:skill:readwrite"}],
            "privacyAndCompliance": {
                "allowsPurchases": False,
                "usesPersonalInfo": False,
                "isChildDirected": False,
                "isExportCompliant": True,
                "containsAds": False,
                "locales": {locale: _pages(base, locale) for locale in locales},
            },
        }
    }


def write_package(out: Path, endpoint: str, public_url: str, ssl_certificate_type: str = "Trusted") -> Path:
    """Write the skill package to ``out`` and return it.

    It is written into a new folder beside ``out`` and renamed into place (replacing a
    previous package) only when whole, so a failure leaves nothing half-written.
    """
    skill_json = manifest(endpoint, public_url, ssl_certificate_type)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        staging.chmod(0o755)
        models = staging / "interactionModels" / "custom"
        images = staging / "assets" / "images"
        models.mkdir(parents=True)
        images.mkdir(parents=True)
        (staging / "skill.json").write_text(json.dumps(skill_json, indent=2, ensure_ascii=False) + "\n")
        for locale in LOCALES:
            shutil.copyfile(MODEL_DIR / f"{locale}.json", models / f"{locale}.json")
            for field, icon in ICONS.items():
                shutil.copyfile(icon, images / f"{locale}_{field}.png")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.manifest", description=__doc__.split("\n")[0])
    parser.add_argument("--endpoint", required=True, help="the HTTPS URL of /alexa, or the Lambda function's ARN")
    parser.add_argument("--public-url", required=True, help="the HTTPS base URL serving /privacy and /terms")
    parser.add_argument("--out", required=True, type=Path, help="the folder to write (ASK CLI skill-package)")
    parser.add_argument(
        "--ssl-certificate-type",
        default="Trusted",
        choices=SSL_CERTIFICATE_TYPES,
        help="for an HTTPS endpoint: Trusted (default), Wildcard, or SelfSigned",
    )
    args = parser.parse_args(argv)
    try:
        out = write_package(args.out, args.endpoint, args.public_url, args.ssl_certificate_type)
    except ManifestError as error:
        parser.error(str(error))
    print(f"wrote the skill package to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
