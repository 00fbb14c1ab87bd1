"""`python -m etl add-user NAME` asks, refuses and confirms in the language of --lang."""

from __future__ import annotations

import pytest

from etl.__main__ import main
from planner.auth import load_users, verify_password


@pytest.fixture()
def answers(tmp_path, monkeypatch):
    """The accounts file in tmp_path; the passwords typed at the prompts (a list to fill) and the
    prompts shown (a list the test reads)."""
    monkeypatch.setenv("ZM_USERS_FILE", str(tmp_path / "users.toml"))
    typed: list[str] = []
    shown: list[str] = []

    def fake_getpass(prompt: str) -> str:
        shown.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return tmp_path / "users.toml", typed, shown


@pytest.mark.parametrize("lang, prompt, again, saved", [
    ("de", "Passwort für Anna: ", "Passwort wiederholen: ", "Zugang „anna“ gespeichert"),
    ("en", "Password for Anna: ", "Repeat the password: ", "Sign-in “anna” saved"),
])
def test_add_user_prompts_and_confirms_in_the_language(answers, capsys, lang, prompt, again, saved):
    path, typed, shown = answers
    typed += ["ein-langes-passwort", "ein-langes-passwort"]
    assert main(["add-user", "Anna", "--lang", lang]) == 0
    assert shown == [prompt, again]
    assert saved in capsys.readouterr().out
    assert verify_password("ein-langes-passwort", load_users(path)["anna"])


@pytest.mark.parametrize("lang, name, first, second, message", [
    ("en", "anna", "ein-langes-passwort", "ein-anderes-passwort", "Error: The passwords do not match."),
    ("de", "anna", "ein-langes-passwort", "ein-anderes-passwort", "Fehler: Die Passwörter stimmen nicht überein."),
    ("en", "anna", "kurz", "kurz", "Error: Passwords need at least 10 characters."),
    ("de", "anna", "kurz", "kurz", "Fehler: Passwörter brauchen mindestens 10 Zeichen."),
    ("en", "x y", "ein-langes-passwort", "ein-langes-passwort", "Error: User names: 2–40 characters"),
    ("de", "x y", "ein-langes-passwort", "ein-langes-passwort", "Fehler: Benutzernamen: 2–40 Zeichen"),
])
def test_add_user_refuses_in_the_language_and_stores_nothing(answers, capsys, lang, name, first, second, message):
    path, typed, _ = answers
    typed += [first, second]
    assert main(["add-user", name, "--lang", lang]) == 1
    assert capsys.readouterr().err.startswith(message)
    assert not path.exists()
