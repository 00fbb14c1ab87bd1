"""`python -m etl evidence add|withdraw|rollback|template`: evidence entries through the one upload
workflow (planner.workflow with kind 'evidence'), as `ingest` does for indicator values.

  evidence add FILE [--dry-run] [--user NAME] [--comment TEXT] [--lang de|en]
      a filled evidence template: new entries, corrections ('korrigieren') and withdrawals
  evidence withdraw ID [--dry-run] [--user NAME] [--comment TEXT]   one entry withdrawn
  evidence rollback E-0001 [--user NAME] [--comment TEXT]            an evidence upload undone
  evidence template GOAL [--xlsx] [-o FILE]                          the template for a goal
"""

from __future__ import annotations

import sys
from pathlib import Path

import config
from etl.uploads import UploadError, UploadStore
from planner import workflow
from planner.cli import cli_user, database, print_problems, rollback
from planner.evidence_template import HEADER, evidence_template_csv, evidence_template_xlsx
from texts import t


def add_arguments(sub) -> None:
    """The `evidence` subcommand and its actions, added to the command line's subparsers."""
    evidence = sub.add_parser("evidence", help="add, correct, withdraw or roll back evidence entries")
    actions = evidence.add_subparsers(dest="action", required=True)
    for name, target, help_text in (("add", "file", "a filled evidence template (CSV/.xlsx)"),
                                    ("withdraw", "evidence_id", "withdraw one evidence entry by its id")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument(target)
        action.add_argument("--dry-run", action="store_true", help="check and preview only, store nothing")
        action.add_argument("--user", default="")
        action.add_argument("--comment", default="")
        action.add_argument("--lang", choices=("de", "en"), default="de")
    back = actions.add_parser("rollback", help="roll an evidence upload back (E-0001)")
    back.add_argument("upload_id")
    back.add_argument("--user", default="")
    back.add_argument("--comment", default="")
    back.add_argument("--lang", choices=("de", "en"), default="de")
    template = actions.add_parser("template", help="write the evidence template for a goal")
    template.add_argument("goal")
    template.add_argument("--xlsx", action="store_true")
    template.add_argument("-o", "--output")
    template.add_argument("--lang", choices=("de", "en"), default="de")


def withdrawal_file(evidence_id: str) -> bytes:
    """A one-row evidence file that withdraws `evidence_id` (stored like any upload)."""
    row = ["zurückziehen", evidence_id] + [""] * (len(HEADER) - 2)
    return ("\ufeff" + ";".join(HEADER) + "\r\n" + ";".join(row) + "\r\n").encode("utf-8")


def print_evidence_plan(plan: workflow.Plan, lang: str) -> None:
    """The evidence changes and the implementation status effect, one line each."""
    for r in plan.changes.itertuples():
        old = f"{r.old_stage} ({r.old_date})" if isinstance(r.old_stage, str) else "–"
        print(t("upc_cli_change", lang, change=r.action, what=f"{r.evidence_id} {r.goal} {r.date}",
                old=old, new="–" if r.action == "withdraw" else r.stage))
    for r in plan.effect.itertuples():
        print(t("upc_cli_effect", lang, goal=r.target_id, area="Umsetzung" if lang == "de" else "implementation",
                old=r.old_status, new=r.new_status))


def _run(data: bytes, name: str, args) -> int:
    """Check, preview and (unless --dry-run) apply an evidence file."""
    lang = args.lang
    user = cli_user(args.user, lang)
    with database(lang) as read:
        ref = workflow.reference(read, "evidence")
        checked = workflow.check_file(data, name, ref, config.max_upload_bytes(), lang, kind="evidence")
        if not checked.ok:
            print_problems(checked, name, lang)
            return 2
        plan = workflow.plan(checked, read, ref)
    print_evidence_plan(plan, lang)
    if args.dry_run:
        print(t("upc_cli_dry_run", lang))
        return 0
    entry = workflow.apply_upload(checked, data, user, args.comment, UploadStore(config.upload_dir()), ref,
                                  lang=lang)
    print(t("upc_cli_evidence_applied", lang, id=entry["id"], n=len(entry["rows"])))
    return 0


def evidence(args) -> int:
    """`evidence ACTION …`: dispatch to add, withdraw, rollback or template."""
    if args.action == "add":
        return _run(Path(args.file).read_bytes(), Path(args.file).name, args)
    if args.action == "withdraw":
        return _run(withdrawal_file(args.evidence_id), f"zurueckziehen_{args.evidence_id}.csv", args)
    if args.action == "rollback":
        if not args.upload_id.startswith("E-"):
            raise UploadError(t("upc_cli_not_evidence", args.lang, id=args.upload_id))
        return rollback(args)
    with database(args.lang) as read:
        ref = workflow.reference(read, "evidence")
    if args.goal not in ref.goals:
        raise FileNotFoundError(t("upc_cli_unknown_goal", args.lang, id=args.goal))
    make = evidence_template_xlsx if args.xlsx else evidence_template_csv
    out = Path(args.output or f"nachweise_{args.goal}.{'xlsx' if args.xlsx else 'csv'}")
    out.write_bytes(make(args.goal, ref.today.isoformat()))
    print(t("upc_cli_template", args.lang, file=out))
    return 0
