"""Every string of the window is translated into the five languages, and the compiled files are current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fa", "pl", "ru")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) pairs that lupdate finds in today's code."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = [str(ROOT / "crm_desktop" / "app.py"), *map(str, sorted((ROOT / "crm_desktop" / "ui").rglob("*.py")))]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(out), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    return set(_messages(out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str, fresh_sources: set[tuple[str, str]]) -> None:
    messages = _messages(TRANSLATIONS / f"crm_desktop_{language}.ts")
    missing = sorted(fresh_sources - set(messages))
    assert not missing, f"run scripts/translations.sh: strings not in the {language} file: {missing[:5]}"
    unfinished = [src for key, m in messages.items() if key in fresh_sources
                  for src in [key[1]] if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert not unfinished, f"untranslated {language} strings: {unfinished[:5]}"
    for (_context, source), message in messages.items():
        translation = message.find("translation")
        # A plural message keeps its forms in <numerusform> children: read all of the element's text.
        text = "".join(translation.itertext()) if translation is not None else ""
        for placeholder in ("%1", "%2", "%3", "%4", "%5", "%6"):
            assert (placeholder in source) == (placeholder in text), f"{language}: {placeholder} in {source!r}"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_compiled_file_matches_its_source(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"crm_desktop_{language}.ts"),
                    "-qm", str(compiled)], check=True, capture_output=True)
    committed = TRANSLATIONS / f"crm_desktop_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), "run scripts/translations.sh to recompile"
