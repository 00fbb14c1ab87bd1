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
    ingest = sub.add_parser("ingest", help="check a planner file (CSV/.xlsx) and apply it")
    ingest.add_argument("file")
    ingest.add_argument("--dry-run", action="store_true", help="check and preview only, store nothing")
    ingest.add_argument("--user", default="", help="who uploads (default: the system user, 'cli:NAME')")
    ingest.add_argument("--comment", default="", help="what this upload is (shown in the history)")
    ingest.add_argument("--lang", choices=("de", "en"), default="de", help="language of the report")
    template = sub.add_parser("template", help="write the upload template of an indicator")
    template.add_argument("indicator_id")
    template.add_argument("--xlsx", action="store_true", help="Excel instead of CSV")
    template.add_argument("-o", "--output", help="file to write (default: vorlage_<id>.csv/.xlsx)")
    sub.add_parser("uploads", help="list the upload history")
    back = sub.add_parser("rollback", help="roll an upload back (its previous values return)")
    back.add_argument("upload_id")
    back.add_argument("--user", default="")
    back.add_argument("--comment", default="")
    user = sub.add_parser("add-user", help="create or replace a planner sign-in (asks for the password)")
    user.add_argument("name")
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
    sub.add_parser("repair", help="move damaged lines of the upload log into a dated file beside it")
    for command in sub.choices.values():  # one shared --lang for every command that has none yet
        if command.get_default("lang") is None:
            command.add_argument("--lang", choices=("de", "en"), default="de", help="language of the messages")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the command, return the process exit code."""
    args = _parser().parse_args(argv)
    from etl.auth import AuthError
    from etl.uploads import UploadBusy, UploadError

    try:
        return COMMANDS[args.command](args)
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


def _cli_user(name: str) -> str:
    """The user to log: --user NAME if NAME is a planner account (ZM_USERS_FILE), else
    'cli:<system user>' (the operating system's sign-in). Raises UploadError for a name that
    is not an account."""
    import getpass

    import config
    from etl.auth import load_users
    from etl.upload_messages import visible
    from etl.uploads import UploadError

    if not name:
        return f"cli:{getpass.getuser()}"
    key = name.strip().lower()
    if key not in load_users(config.users_file()):
        raise UploadError(f"„{visible(name, 40)}“ ist kein Planer-Konto in {config.users_file()}. "
                          f"Konto anlegen mit `python -m etl add-user NAME` oder --user weglassen.")
    return key


def _reference():
    """(Reference, as_of, indicators frame, current db connection) from the current database."""
    import duckdb

    import config
    from dashboard.queries.uploads import upload_areas, upload_indicators
    from etl.ingest import reference_from
    from etl.uploads import UploadError

    path = config.db_path()
    if not path.is_file():
        raise FileNotFoundError(f"{path} fehlt – zuerst `python -m etl build` ausführen.")
    try:
        con = duckdb.connect(str(path), read_only=True)
        inds = upload_indicators(con)
        areas = upload_areas(con)
    except duckdb.Error as err:
        raise UploadError(f"Die Datenbank {path} ist beschädigt oder unlesbar "
                          f"({type(err).__name__}) – mit `python -m etl build` neu bauen.") from None
    as_of = config.as_of()
    return reference_from(inds, areas, as_of), as_of, inds, con


def _ingest(args) -> int:
    """`ingest`: check, print problems (exit 2) or the preview, then apply unless --dry-run."""
    from pathlib import Path

    import config
    from dashboard.queries.uploads import affected_targets, current_values, unit_table
    from etl import ingest
    from etl.uploads import UploadStore

    user = _cli_user(args.user)
    data = Path(args.file).read_bytes()
    ref, as_of, _, con = _reference()
    try:
        checked = ingest.check_file(data, Path(args.file).name, ref, config.max_upload_bytes(), args.lang)
        if not checked.ok:
            print(f"{len(checked.problems)} Problem(e) in {args.file}:", file=sys.stderr)
            for line in checked.report(args.lang):
                print(f"  - {line}", file=sys.stderr)
            return 2
        ids = tuple(sorted({r.indicator_id for r in checked.rows}))
        current = current_values(con, ids)
        changes = ingest.preview(checked.rows, current)
        units = {u["unit_id"]: u for u in unit_table(con).to_dict("records")}
        effect = ingest.status_effect(checked.rows, current, affected_targets(con, ids), units, as_of)
    finally:
        con.close()
    for row in changes.itertuples():
        old = "–" if row.old_value is None or row.old_value != row.old_value else f"{row.old_value:g}"
        print(f"  {row.change:9} {row.indicator_id} {row.area_name} {row.year}: {old} -> {row.new_value:g}")
    for row in effect.itertuples():
        print(f"  Ziel {row.target_id} ({row.area_level} {row.area_code}): {row.old_status} -> {row.new_status}")
    if args.dry_run:
        print("Probelauf (--dry-run): nichts gespeichert.")
        return 0
    entry = ingest.apply_upload(checked, data, user, args.comment,
                                UploadStore(config.upload_dir()), ref)
    print(f"Upload {entry['id']} übernommen: {len(entry['rows'])} Werte; Datenbank neu gebaut.")
    return 0


def _template(args) -> int:
    """`template`: write an indicator's CSV or .xlsx template."""
    from pathlib import Path

    from dashboard.queries.uploads import upload_areas
    from etl.template import template_csv, template_xlsx

    ref, as_of, inds, con = _reference()
    try:
        areas = upload_areas(con)
    finally:
        con.close()
    match = inds[inds["indicator_id"] == args.indicator_id]
    if match.empty:
        raise FileNotFoundError(f"Indikator „{args.indicator_id}“ unbekannt. Bekannt: "
                                f"{', '.join(inds['indicator_id'])}")
    ind = match.iloc[0].to_dict()
    make = template_xlsx if args.xlsx else template_csv
    out = Path(args.output or f"vorlage_{args.indicator_id}.{'xlsx' if args.xlsx else 'csv'}")
    out.write_bytes(make(ind, areas, as_of.year))
    print(f"Vorlage geschrieben: {out}")
    return 0


def _uploads(args) -> int:
    """`uploads`: print the upload history."""
    import config
    from etl.uploads import UploadStore

    from etl.upload_messages import visible

    items = UploadStore(config.upload_dir()).uploads()
    if not items:
        print("Noch keine Uploads.")
    for u in items:
        back = f" – zurückgenommen von {u['rolled_back_by']} am {u['rolled_back_at']}" if u["rolled_back_by"] else ""
        print(visible(f"{u['id']}  {u['time']}  {u['user']}  {', '.join(u['indicators'])}  "
                      f"{len(u['rows'])} Werte  {u['status']}{back}  {u['comment']}", 400))
    return 0


def _repair(args) -> int:
    """`repair`: move damaged log lines aside (good entries stay as they are)."""
    import config
    from etl.uploads import UploadStore, repair

    lines, aside = repair(UploadStore(config.upload_dir()))
    if not lines:
        print(t("cli_repair_clean", args.lang))
        return 0
    print(t("cli_repair_done", args.lang, lines=", ".join(map(str, lines)), aside=aside))
    return 0


def _rollback(args) -> int:
    """`rollback`: roll an upload back and rebuild."""
    import config
    from etl.ingest import rollback
    from etl.uploads import UploadStore

    entry = rollback(args.upload_id, _cli_user(args.user), args.comment, UploadStore(config.upload_dir()))
    print(f"{entry['upload_id']} zurückgenommen ({entry['id']}); Datenbank neu gebaut.")
    return 0


def _add_user(args) -> int:
    """`add-user`: ask for a password twice and store its salted hash."""
    import getpass

    import config
    from etl.auth import AuthError, add_user

    first = getpass.getpass(f"Passwort für {args.name}: ")
    if first != getpass.getpass("Passwort wiederholen: "):
        raise AuthError("Die Passwörter stimmen nicht überein.")
    add_user(config.users_file(), args.name, first)
    print(f"Zugang „{args.name.lower()}“ gespeichert in {config.users_file()} (gesalzener scrypt-Hash).")
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


COMMANDS = {"build": _build, "check": _check, "ingest": _ingest, "template": _template,
            "uploads": _uploads, "rollback": _rollback, "add-user": _add_user, "export": _export,
            "report": _report, "repair": _repair}

if __name__ == "__main__":
    sys.exit(main())
