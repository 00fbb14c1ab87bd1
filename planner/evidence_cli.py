"""`python -m etl evidence add|withdraw|rollback|template`: evidence entries through the one upload
workflow (planner.workflow with kind 'evidence'), as `ingest` does for indicator values.

  evidence add FILE [--dry-run] [--user NAME] [--comment TEXT] [--lang de|en]
      a filled evidence template: new entries, corrections ('korrigieren') and withdrawals
  evidence withdraw ID [--dry-run] [--user NAME] [--comment TEXT]   one entry withdrawn
  evidence rollback E-0001 [--user NAME] [--comment TEXT]            an evidence upload undone
  evidence template GOAL [--xlsx] [-o FILE]                          the template for a goal
"""

from __future__ import annotations

from pathlib import Path

from etl.uploads import UploadError
from planner import workflow
from planner.cli import (add_command, add_rollback_options, add_template_options, add_upload_options, database,
                         rollback, run_upload)
from planner.evidence_template import HEADER, evidence_template_csv, evidence_template_xlsx
from texts import t


def add_arguments(sub) -> None:
    """The `evidence` subcommand and its actions, added to the command line's subparsers."""
    evidence = sub.add_parser("evidence", help="add, correct, withdraw or roll back evidence entries")
    actions = evidence.add_subparsers(dest="action", required=True)
    add_command(actions, "add", "a filled evidence template (CSV/.xlsx)", "file", add_upload_options)
    add_command(actions, "withdraw", "withdraw one evidence entry by its id", "evidence_id", add_upload_options)
    add_command(actions, "rollback", "roll an evidence upload back (E-0001)", "upload_id", add_rollback_options)
    add_command(actions, "template", "write the evidence template for a goal", "goal", add_template_options)


def withdrawal_file(evidence_id: str) -> bytes:
    """A one-row evidence file that withdraws `evidence_id` (stored like any upload)."""
    row = ["zurückziehen", evidence_id] + [""] * (len(HEADER) - 2)
    return ("\ufeff" + ";".join(HEADER) + "\r\n" + ";".join(row) + "\r\n").encode("utf-8")


def evidence(args) -> int:
    """`evidence ACTION …`: dispatch to add, withdraw, rollback or template."""
    if args.action == "add":
        return run_upload(Path(args.file).read_bytes(), Path(args.file).name, args, "evidence")
    if args.action == "withdraw":
        return run_upload(withdrawal_file(args.evidence_id), f"zurueckziehen_{args.evidence_id}.csv", args,
                          "evidence")
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
