"""The skill package for the ASK CLI: `python -m tools.manifest`, checked with Amazon's own model classes."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_model_runtime.serializer import DefaultSerializer
from ask_smapi_model.v1.skill.manifest.skill_manifest_envelope import SkillManifestEnvelope

from skill.alexa import constants as c
from skill.core.speech import LOCALES, language_of
from skill.core.speech.en import PRIVACY
from tests.support.fake_alexa import FakeAlexa, outcome, speech
from tools import manifest as manifest_tool
from tools.console import normalise
from tools.data import model_dir
from tools.manifest import ManifestError, endpoint_for, manifest, write_package

ROOT = Path(__file__).parents[2]
ENGLISH = {locale for locale in LOCALES if locale.startswith("en-")}
ENDPOINT = "https://skill.example.org/alexa"
PUBLIC_URL = "https://skill.example.org"
LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:back-pain-check-prod-skill"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("skill-package")
    command = [sys.executable, "-m", "tools.manifest", "--endpoint", ENDPOINT, "--public-url", PUBLIC_URL]
    result = subprocess.run([*command, "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def skill_json(package: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((package / "skill.json").read_text())
    return loaded


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# Declared as Amazon's "Implement CanFulfillIntentRequest" page says; ask-smapi-model 1.36's Interface types
# predate it, so the model reads the manifest without this one entry, and this entry is checked as it stands.
CAN_FULFILL = {"type": "CAN_FULFILL_INTENT_REQUEST"}


def test_amazons_manifest_model_reads_the_manifest_without_loss(skill_json: dict[str, Any]) -> None:
    interfaces = skill_json["manifest"]["apis"]["custom"]["interfaces"]
    assert interfaces.count(CAN_FULFILL) == 1
    checkable = json.loads(json.dumps(skill_json))
    checkable["manifest"]["apis"]["custom"]["interfaces"] = [i for i in interfaces if i != CAN_FULFILL]
    serializer = DefaultSerializer()
    parsed = serializer.deserialize(json.dumps(checkable), SkillManifestEnvelope)
    assert isinstance(parsed, SkillManifestEnvelope)
    assert serializer.serialize(parsed) == checkable


def test_the_package_has_the_ask_cli_layout_with_every_model_and_icon(
    package: Path, skill_json: dict[str, Any]
) -> None:
    for locale in LOCALES:
        copied = package / "interactionModels" / "custom" / f"{locale}.json"
        assert copied.read_bytes() == (ROOT / "interaction_model" / f"{locale}.json").read_bytes()
        info = skill_json["manifest"]["publishingInformation"]["locales"][locale]
        for field, size in (("smallIconUri", 108), ("largeIconUri", 512)):
            assert info[field] == f"file://assets/images/{locale}_{field}.png"
            assert png_size(package / info[field].removeprefix("file://")) == (size, size)


def test_the_https_endpoint_and_the_public_pages(skill_json: dict[str, Any]) -> None:
    m = skill_json["manifest"]
    assert m["apis"]["custom"]["endpoint"] == {"uri": ENDPOINT, "sslCertificateType": "Trusted"}
    interface, can_fulfill = m["apis"]["custom"]["interfaces"]
    assert interface["type"] == "ALEXA_PRESENTATION_APL"
    assert can_fulfill == {"type": "CAN_FULFILL_INTENT_REQUEST"}  # name-free requests and Alexa+
    shapes = {(viewport["mode"], viewport["shape"]) for viewport in interface["supportedViewports"]}
    assert shapes == {("HUB", "ROUND"), ("HUB", "RECTANGLE"), ("TV", "RECTANGLE")}
    assert "events" not in m, "nothing is stored, so no SKILL_DISABLED subscription"
    privacy = m["privacyAndCompliance"]
    assert privacy["usesPersonalInfo"] is False and privacy["allowsPurchases"] is False
    assert privacy["containsAds"] is False and privacy["isChildDirected"] is False
    assert privacy["isExportCompliant"] is True
    for locale in ENGLISH:
        assert privacy["locales"][locale] == {
            "privacyPolicyUrl": f"{PUBLIC_URL}/privacy",
            "termsOfUseUrl": f"{PUBLIC_URL}/terms",
        }
    assert m["publishingInformation"]["category"] == "HEALTH_AND_FITNESS"


def test_a_lambda_arn_is_the_endpoint_as_it_is_and_anything_else_is_refused() -> None:
    assert endpoint_for(LAMBDA, "Trusted") == {"uri": LAMBDA}
    assert manifest(LAMBDA, PUBLIC_URL)["manifest"]["apis"]["custom"]["endpoint"] == {"uri": LAMBDA}
    for bad in ("http://skill.example.org/alexa", "skill.example.org", "arn:aws:s3:::bucket"):
        with pytest.raises(ManifestError):
            endpoint_for(bad, "Trusted")
    with pytest.raises(ManifestError):
        manifest(ENDPOINT, "http://skill.example.org")


def test_a_bad_argument_is_a_usage_error_that_names_it(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "tools.manifest", "--endpoint", "ftp://x", "--public-url", PUBLIC_URL]
    result = subprocess.run([*command, "--out", str(tmp_path / "p")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "--endpoint must be an https:// URL" in result.stderr
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize("locale", sorted(ENGLISH))
def test_each_listing_has_the_disclaimer_privacy_and_example_phrases_that_are_samples(
    skill_json: dict[str, Any], locale: str
) -> None:
    info = skill_json["manifest"]["publishingInformation"]["locales"][locale]
    assert info["name"] == "Back Pain Check" and info["summary"] and info["keywords"]
    assert "not a substitute for professional medical advice" in info["description"]
    assert "medical emergency" in info["description"]
    assert PRIVACY in info["description"]
    model = json.loads((ROOT / "interaction_model" / f"{locale}.json").read_text())["interactionModel"]
    language = model["languageModel"]
    samples = {normalise(s) for intent in language["intents"] for s in intent.get("samples", [])}
    phrases = info["examplePhrases"]
    assert len(phrases) == 3
    assert phrases[0] == f"Alexa, open {language['invocationName']}"  # the way in that always works
    for phrase in phrases[1:]:
        assert phrase.startswith("Alexa, ") and " i " not in f" {phrase} ", phrase  # written as people say it
        match = re.fullmatch(rf"alexa (?:ask|tell) {language['invocationName']} (.+)", normalise(phrase))
        assert match and match.group(1) in samples, phrase


# Spanish and French listings: the same parts in their words (their phrases are tested as
# utterances in tests/voice/test_spanish_and_french.py).
LISTING = {
    "es": ("Chequeo de Espalda", "sustituye el consejo", "emergencia médica", "Alexa, abre chequeo de espalda"),
    "fr": ("Bilan du dos", "un remplacement d'un avis médical", "urgence médicale", "Alexa, ouvre bilan du dos"),
}


@pytest.mark.parametrize("locale", sorted(set(LOCALES) - ENGLISH))
def test_each_spanish_and_french_listing_has_the_disclaimer_and_privacy(
    skill_json: dict[str, Any], locale: str
) -> None:
    info = skill_json["manifest"]["publishingInformation"]["locales"][locale]
    name, disclaimer, emergency, opening = LISTING[language_of(locale)]
    assert info["name"] == name and info["summary"] and info["keywords"]
    assert disclaimer in info["description"] and emergency in info["description"]
    assert LOCALES[locale].BASE.PRIVACY in info["description"]
    assert info["examplePhrases"][0] == opening


@pytest.mark.parametrize(("locale", "lang"), [("es-US", "es"), ("es-MX", "es"), ("es-ES", "es"), ("fr-CA", "fr")])
def test_each_spanish_and_french_listing_links_the_pages_in_its_language(
    skill_json: dict[str, Any], locale: str, lang: str
) -> None:
    assert skill_json["manifest"]["privacyAndCompliance"]["locales"][locale] == {
        "privacyPolicyUrl": f"{PUBLIC_URL}/privacy?lang={lang}",
        "termsOfUseUrl": f"{PUBLIC_URL}/terms?lang={lang}",
    }
    assert set(skill_json["manifest"]["privacyAndCompliance"]["locales"]) == set(LOCALES)


def test_the_description_and_testing_instructions_say_exactly_what_happens_to_data(
    skill_json: dict[str, Any],
) -> None:
    instructions = skill_json["manifest"]["publishingInformation"]["testingInstructions"]
    assert "stores nothing" in instructions and "never stored or logged" in instructions
    assert "starts again from the beginning" in instructions
    for word in ("30 minutes", "forget me", "resume", "carry on"):
        assert word not in instructions
        for info in skill_json["manifest"]["publishingInformation"]["locales"].values():
            assert word not in info["description"]


def test_the_reminders_permission_is_declared_as_the_skill_asks_for_it(skill_json: dict[str, Any]) -> None:
    from skill.alexa.reminders import SCOPE, ask_for_permission

    assert skill_json["manifest"]["permissions"] == [{"name": SCOPE}]
    scopes = ask_for_permission()["payload"]["permissionScopes"]
    assert [scope["permissionScope"] for scope in scopes] == [SCOPE]
    for info in skill_json["manifest"]["publishingInformation"]["locales"].values():
        assert (
            "reminder" in info["description"]
            or "recordatorio" in info["description"]
            or ("rappel" in info["description"])
        )


def test_the_readme_privacy_section_says_what_the_manifest_says() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Privacy\n", 1)[1].split("\n## ", 1)[0]
    assert " ".join(PRIVACY.split()) in " ".join(section.split())
    assert " ".join(PRIVACY.split()) in " ".join(
        (ROOT / "skill" / "web" / "documents" / "privacy.md").read_text().split()
    )


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_spanish_and_french_privacy_pages_say_what_the_skill_says(lang: str) -> None:
    spoken = next(module.BASE.PRIVACY for locale, module in LOCALES.items() if language_of(locale) == lang)
    page = (ROOT / "skill" / "web" / "documents" / f"privacy.{lang}.md").read_text(encoding="utf-8")
    assert " ".join(spoken.split()) in " ".join(page.split())


def test_the_committed_icons_are_what_the_script_draws(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    script = ROOT / "interaction_model" / "icons" / "make_icons.py"
    sys.path.insert(0, str(script.parent))
    try:
        import make_icons  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(script.parent))
    for size in make_icons.SIZES:
        drawn = make_icons.draw(size)
        drawn.save(tmp_path / "icon.png", optimize=False)
        assert (tmp_path / "icon.png").read_bytes() == (script.parent / f"icon-{size}.png").read_bytes()


def test_a_failure_leaves_nothing_half_written_and_a_rerun_replaces_the_package_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "skill-package"
    write_package(out, ENDPOINT, PUBLIC_URL)
    (out / "stale.json").write_text("{}")  # left by an older version of the tool
    write_package(out, ENDPOINT, PUBLIC_URL)
    assert not (out / "stale.json").exists() and (out / "skill.json").is_file()
    monkeypatch.setattr(manifest_tool, "ICONS", {"smallIconUri": tmp_path / "missing.png"})
    with pytest.raises(FileNotFoundError):
        write_package(tmp_path / "other", ENDPOINT, PUBLIC_URL)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["skill-package"]  # no half-written package


def test_the_tools_find_the_models_in_the_checkout() -> None:
    """The tools run from a checkout (they are not installed: only the skill is)."""
    assert (model_dir() / "en-US.json").is_file() and (model_dir() / "icons" / "icon-512.png").is_file()


def test_the_reviewers_instructions_name_the_question_the_skill_asks_first_and_what_a_yes_to_it_does(
    skill_json: dict[str, Any], fake_alexa: FakeAlexa
) -> None:
    instructions = skill_json["manifest"]["publishingInformation"]["testingInstructions"]
    fake_alexa.launch()
    first_question = speech(fake_alexa.tell_age(45)).rsplit(". ", 1)[-1]
    assert f"The first question is '{first_question}'" in instructions
    verdict = fake_alexa.say(c.YES)
    if "gives the emergency advice at once" in instructions:
        assert outcome(verdict) == "emergency"
