"""What a register entry is (its nature) and where an unstated deadline comes from.

A register entry is either a promise (something the city, its council or a party in it commits
to) or a statement that gets no status: a past fact, a demand on the Land or the Bund, a
superseded plan, an idea. A deadline is stated by the document, or inferred (flagged) either as
the end of the council term the document was written for, or from a reading of the text that a
note explains. See docs/register.md ("Nature" and "Deadlines").
"""

from __future__ import annotations

from etl.errors import Problem

PROMISE = "promise"
NATURES = (PROMISE, "past_fact", "demand_on_land", "demand_on_bund", "demand_on_land_and_bund",
           "superseded_plan", "idea")
TERM_END, READING = "term_end", "reading"
DEADLINE_BASES = (TERM_END, READING)

# The council term (Ratsperiode, NRW) each party or coalition paper was written for.
# gruene_cdu_2023: "im Rat der Stadt Dortmund bis 2025" (000 L17), "Kommunalwahl im Herbst 2025" (L37).
# spd_2025: "Programm ... zur Kommunalwahl am 14. September 2025" (001 L5): the term 2025-2030.
# dos_2020: "Dortmunder Visionen 2020", published in the 2020 election year: the term 2020-2025.
# The city strategy (2025) and the Ruhrkonferenz submission (2019) are administration papers,
# written for no term: their goals without a year keep no deadline.
COUNCIL_TERMS = {
    "gruene_cdu_2023": (2020, 2025),
    "dos_2020": (2020, 2025),
    "spd_2025": (2025, 2030),
}


def nature_of(goal: dict) -> str:
    """The goal's nature; a goal without the key is a promise."""
    return goal.get("nature") or PROMISE


def promises(goals: list[dict]) -> list[dict]:
    """Only the goals that are promises: the ones a status is computed for."""
    return [g for g in goals if nature_of(g) == PROMISE]


def term_of(goal: dict) -> tuple[int, int] | None:
    """The council term of the goal's first cited document, or None if it has none."""
    citations = goal.get("citations") or []
    first = citations[0] if citations and isinstance(citations[0], dict) else {}
    return COUNCIL_TERMS.get(first.get("document"))


def deadline_basis(goal: dict) -> str | None:
    """'stated', 'term_end' or 'reading' for a goal with a deadline; None without one."""
    if goal.get("deadline") is None:
        return None
    return goal.get("deadline_basis") or "stated"


def deadline_notes(goal: dict) -> tuple[str | None, str | None]:
    """(German, English) explanation of an inferred deadline; (None, None) for a stated one.

    A term-end deadline gets a standard sentence naming the term unless the goal has its own note.
    """
    own = (goal.get("deadline_note_de"), goal.get("deadline_note_en"))
    term = term_of(goal)
    if goal.get("deadline_basis") != TERM_END or term is None or all(own):
        return own
    first, last = term
    return (
        f"Das Dokument nennt keine Frist. Angesetzt ist das Ende der Ratsperiode {first}–{last}, "
        f"für die es geschrieben wurde (wie in Koalitions-Trackern von Zeitungen üblich).",
        f"The document names no deadline. We use the end of the council term {first}–{last} it "
        f"was written for (the convention of newspaper coalition trackers).",
    )


def check_nature_and_deadline(goal: dict, rel: str, gid: str) -> list[Problem]:
    """Inferred deadlines need a basis; a reading needs a note in both languages; a term-end
    deadline must equal the end of the document's council term. Types and choices of the
    fields themselves are checked by the register's field spec."""
    inferred, basis = goal.get("deadline_inferred") is True, goal.get("deadline_basis")
    problems = []
    if inferred and goal.get("deadline") is None:
        problems.append(Problem(rel, gid, "deadline", "deadline_inferred is set but no deadline"))
    if inferred and basis is None:
        problems.append(Problem(rel, gid, "deadline_basis",
                                f"an inferred deadline needs a basis: {', '.join(DEADLINE_BASES)}"))
    if basis is not None and not inferred:
        problems.append(Problem(rel, gid, "deadline_basis",
                                "only for inferred deadlines: set deadline_inferred: true"))
    for key in ("deadline_note_de", "deadline_note_en"):
        if goal.get(key) is not None and not inferred:
            problems.append(Problem(rel, gid, key, "only for inferred deadlines"))
        if basis == READING and not goal.get(key):
            problems.append(Problem(rel, gid, key, "a deadline inferred from a reading needs a note"))
    if basis == TERM_END:
        problems += _check_term_end(goal, rel, gid)
    return problems


def _check_term_end(goal: dict, rel: str, gid: str) -> list[Problem]:
    term = term_of(goal)
    if term is None:
        return [Problem(rel, gid, "deadline_basis",
                        "term_end needs a document written for a council term "
                        f"({', '.join(sorted(COUNCIL_TERMS))}) as the first citation")]
    if goal.get("deadline") != term[1]:
        return [Problem(rel, gid, "deadline",
                        f"a term-end deadline must be {term[1]} (end of the term "
                        f"{term[0]}–{term[1]}), not {goal.get('deadline')}")]
    return []
