"""Command line of the ETL.

  python -m etl build | check               (every command takes --lang de|en for its messages)
  python -m etl ingest FILE [--dry-run] [--user NAME] [--comment TEXT] [--lang de|en]
  python -m etl template INDICATOR_ID [--xlsx] [-o FILE]
  python -m etl uploads                      (the upload history)
  python -m etl rollback UPLOAD_ID [--user NAME] [--comment TEXT]
  python -m etl add-user NAME                (asks for the password twice)
  python -m etl export -o DIR                (the whole store as an open-data package)
  python -m etl report [-o FILE] [--theme ID] [--document ID] [--district N] [--lang de|en] [--as-of YYYY-MM-DD]
  python -m etl repair                       (moves damaged lines of the upload log aside)
  python -m etl evidence add FILE | withdraw ID | rollback E-0001 | template GOAL
                                             (evidence entries: same checks, preview, log)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from etl.errors import ValidationFailed
from texts import t


def _parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="validate data/raw and build the DuckDB file in data/processed")
    sub.add_parser("check", help="validate data/raw (catalog, register, quotes) without building")
    from planner.commands import (add_command, add_evidence_arguments, add_rollback_options, add_template_options,
                                  add_upload_options)

    add_command(sub, "ingest", "check a planner file (CSV/.xlsx) and apply it", "file", add_upload_options)
    add_command(sub, "template", "write the upload template of an indicator", "indicator_id", add_template_options)
    sub.add_parser("uploads", help="list the upload history")
    add_command(sub, "rollback", "roll an upload back (its previous values return)", "upload_id", add_rollback_options)
    add_command(sub, "add-user", "create or replace a planner sign-in (asks for the password)", "name")
    _add_output_commands(sub)
    sub.add_parser("repair", help="move damaged lines of the upload log into a dated file beside it")
    add_evidence_arguments(sub)
    for command in sub.choices.values():  # one shared --lang for every command that has none yet
        if command.get_default("lang") is None:
            command.add_argument("--lang", choices=("de", "en"), default="de", help="language of the messages")
    return parser


def _add_output_commands(sub) -> None:
    """The `report` and `export` subcommands and their arguments."""
    rep = sub.add_parser("report", help="write the Sachstandsbericht as PDF")
    rep.add_argument("-o", "--output", default="sachstandsbericht.pdf", help="PDF file to write")
    rep.add_argument("--theme", help="only this theme (id, e.g. wohnen)")
    rep.add_argument("--document", help="only goals of this document (source id, e.g. spd_2025)")
    rep.add_argument("--district", help="only goals with a status for this Stadtbezirk (number 1-12)")
    rep.add_argument("--lang", choices=("de", "en"), default="de")
    rep.add_argument("--as-of", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                     help="Stand date: the verdicts as known on that day (default: the build's date)")
    export = sub.add_parser("export", help="write the whole store as an open-data package (CSV, Parquet, JSON)")
    export.add_argument("-o", "--output", required=True, help="folder to write (created if missing)")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the command, return the process exit code."""
    args = _parser().parse_args(argv)
    from etl.uploads import UploadBusy, UploadError
    from planner.auth import AuthError
    from texts import t

    try:
        return _command(args.command)(args)
    except ValidationFailed as err:
        print(t("cli_problems", args.lang, count=len(err.problems)),
              *(f"  - {problem}" for problem in err.problems), sep="\n", file=sys.stderr)
        return 1
    except (UploadError, UploadBusy, AuthError, FileNotFoundError) as err:
        print(t("cli_error", args.lang, message=err), file=sys.stderr)
        return 1


def _check(args) -> int:
    """`check`: validate data/raw only."""
    from etl.build import check_inputs

    check_inputs()
    print(t("cli_check_ok", args.lang))
    return 0


def _build(args) -> int:
    """`build`: build the database, holding the upload lock so no upload runs meanwhile."""
    import config
    from etl.build import build
    from etl.uploads import UploadStore

    with UploadStore(config.upload_dir()).lock():
        build(progress=print, lang=args.lang)
    return 0


def _export(args) -> int:
    """`export`: the current database as an open-data package in the given folder."""
    from pathlib import Path

    from export.opendata import export_package

    package = export_package(_built_database(args.lang), Path(args.output))
    print(t("cli_export_done", args.lang, path=package))
    return 0


def _report(args) -> int:
    """`report`: the Sachstandsbericht of the current database as a PDF file."""
    from pathlib import Path

    from report.build import report_pdf

    pdf = report_pdf(_built_database(args.lang), args.lang, args.theme, args.document, args.district,
                     args.as_of)
    Path(args.output).write_bytes(pdf)
    print(t("cli_report_done", args.lang, path=args.output, kb=len(pdf) // 1024))
    return 0


def _built_database(lang: str):
    """The path of the current database file; FileNotFoundError (with the fix) when it is not built."""
    import config

    path = config.db_path()
    if not path.is_file():
        raise FileNotFoundError(t("cli_db_missing", lang, name=path.name))
    return path


COMMANDS = {"build": _build, "check": _check, "export": _export, "report": _report}


def _command(name: str):
    """The function of a command: the ETL's own, or an upload command of planner.cli (imported
    only when one runs: the command line is the entry point above both packages)."""
    if name in COMMANDS:
        return COMMANDS[name]
    from planner.commands import COMMANDS as PLANNER_COMMANDS

    return PLANNER_COMMANDS[name]

if __name__ == "__main__":
    sys.exit(main())
