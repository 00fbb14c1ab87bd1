"""Labels of `python -m etl add-user NAME` (planner sign-ins), German and English (`--lang en`):
its two password prompts, its refusals (planner.auth.AuthError) and its confirmation."""

from __future__ import annotations

TEXTS = {
    "users_prompt": ("Passwort für {name}: ", "Password for {name}: "),
    "users_prompt_again": ("Passwort wiederholen: ", "Repeat the password: "),
    "users_mismatch": ("Die Passwörter stimmen nicht überein.", "The passwords do not match."),
    "users_bad_name": ("Benutzernamen: 2–40 Zeichen a–z, 0–9, „.“, „_“ oder „-“.",
                       "User names: 2–40 characters a–z, 0–9, '.', '_' or '-'."),
    "users_short_password": ("Passwörter brauchen mindestens {n} Zeichen.",
                             "Passwords need at least {n} characters."),
    "users_saved": ("Zugang „{name}“ gespeichert in {file} (gesalzener scrypt-Hash).",
                    "Sign-in “{name}” saved in {file} (salted scrypt hash)."),
}
