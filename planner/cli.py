"""The upload commands of `python -m etl` (ingest, template, uploads, rollback, add-user, repair):
thin wiring of the one workflow (planner.workflow) to the terminal, as pages/upload.py wires it to
the page. Each command takes the parsed arguments and returns the process exit code; the lines it
prints come from the label table texts/upload_checks.py in the language of `--lang`.
"""

from __future__ import annotations

import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb

import config
from etl.uploads import UploadError, UploadStore, repair
from planner import auth, workflow
from planner.messages import problem_count
from planner.template import template_csv, template_xlsx
from texts import t
from texts.visible import visible


def _lang(args) -> str:
    """The language of a command's output ('de' unless --lang en)."""
    return getattr(args, "lang", "de") or "de"


def cli_user(name: str, lang: str = "de") -> str:
    """The user to log: --user NAME if NAME is a planner account (ZM_USERS_FILE), else
    'cli:<system user>'. Raises UploadError for a name that is not an account."""
    if not name:
        return f"cli:{getpass.getuser()}"
    key = name.strip().lower()
    if key not in auth.load_users(config.users_file()):
        raise UploadError(t("upc_cli_no_account", lang, name=visible(name, 40), file=config.users_file()))
    return key


@contextlib.contextmanager
def database(lang: str = "de") -> Iterator[workflow.Reader]:
    """A `read` on the current database, opened read-only for the command and closed after it.
    Raises FileNotFoundError (no database) or UploadError (damaged database), naming the fix."""
    path = config.db_path()
    if not path.is_file():
        raise FileNotFoundError(t("upc_cli_no_db", lang, path=path))
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as err:
        raise UploadError(t("upc_cli_db_broken", lang, path=path, error=type(err).__name__)) from None
    try:
        yield workflow.connection_reader(con)
    except duckdb.Error as err:
        raise UploadError(t("upc_cli_db_broken", lang, path=path, error=type(err).__name__)) from None
    finally:
        con.close()


def print_problems(checked, filename: str, lang: str) -> None:
    """Every problem of a refused file on stderr, counted in the language."""
    print(t("upc_cli_problems", lang, count=problem_count(len(checked.problems), lang), file=filename),
          file=sys.stderr)
    for line in checked.report(lang):
        print(f"  - {line}", file=sys.stderr)


def _number(value) -> str:
    """A value for the terminal: '–' when missing, else compact ('2345', '12.5')."""
    return "–" if value is None or value != value else f"{value:g}"


def print_plan(plan: workflow.Plan, lang: str) -> None:
    """The preview and the status effect of a plan, one line each."""
    for row in plan.changes.itertuples():
        print(t("upc_cli_change", lang, change=row.change, what=f"{row.indicator_id} {row.area_name} {row.year}",
                old=_number(row.old_value), new=_number(row.new_value)))
    for row in plan.effect.itertuples():
        print(t("upc_cli_effect", lang, goal=row.target_id, area=f"{row.area_level} {row.area_code}",
                old=row.old_status, new=row.new_status))


def add_upload_options(parser, dry_run: bool = True) -> None:
    """The options every applying command shares (ingest, rollback, evidence add|withdraw|rollback):
    --dry-run (when `dry_run`), --user, --comment and --lang, added to an argparse parser."""
    if dry_run:
        parser.add_argument("--dry-run", action="store_true", help="check and preview only, store nothing")
    parser.add_argument("--user", default="", help="who uploads (default: the system user, 'cli:NAME')")
    parser.add_argument("--comment", default="", help="what this upload is (shown in the history)")
    parser.add_argument("--lang", choices=("de", "en"), default="de", help="language of the messages")


def add_command(sub, name: str, help_text: str, target: str, options=None):
    """The subcommand `name TARGET` on the subparsers `sub`, with the options `options(parser)`
    adds (none when None); returns its parser."""
    parser = sub.add_parser(name, help=help_text)
    parser.add_argument(target)
    if options is not None:
        options(parser)
    return parser


def add_rollback_options(parser) -> None:
    """The options of a rollback command: --user, --comment, --lang (no --dry-run)."""
    add_upload_options(parser, dry_run=False)


def add_template_options(parser) -> None:
    """The options of both template commands (template, evidence template): --xlsx, -o, --lang."""
    parser.add_argument("--xlsx", action="store_true", help="Excel instead of CSV")
    parser.add_argument("-o", "--output", help="file to write (default: a name after the id, .csv/.xlsx)")
    parser.add_argument("--lang", choices=("de", "en"), default="de", help="language of the messages")


def run_upload(data: bytes, name: str, args, kind: str = "indicator") -> int:
    """The one command-line flow of a file of `kind` ('indicator' or 'evidence'): check (exit 2 with
    every problem), preview and status effect, then apply unless --dry-run (exit 0)."""
    lang = _lang(args)
    user = cli_user(args.user, lang)
    with database(lang) as read:
        ref = workflow.reference(read, kind)
        checked = workflow.check_file(data, name, ref, config.max_upload_bytes(), lang, kind=kind)
        if not checked.ok:
            print_problems(checked, name, lang)
            return 2
        plan = workflow.plan(checked, read, ref)
    (print_evidence_plan if kind == "evidence" else print_plan)(plan, lang)
    if args.dry_run:
        print(t("upc_cli_dry_run", lang))
        return 0
    entry = workflow.apply_upload(checked, data, user, args.comment, UploadStore(config.upload_dir()), ref,
                                  lang=lang)
    applied = "upc_cli_evidence_applied" if kind == "evidence" else "upc_cli_applied"
    print(t(applied, lang, id=entry["id"], n=len(entry["rows"])))
    return 0


def print_evidence_plan(plan: workflow.Plan, lang: str) -> None:
    """The evidence changes and the implementation status effect, one line each."""
    for r in plan.changes.itertuples():
        old = f"{r.old_stage} ({r.old_date})" if isinstance(r.old_stage, str) else "–"
        print(t("upc_cli_change", lang, change=r.action, what=f"{r.evidence_id} {r.goal} {r.date}",
                old=old, new="–" if r.action == "withdraw" else r.stage))
    for r in plan.effect.itertuples():
        print(t("upc_cli_effect", lang, goal=r.target_id, area=t("upc_cli_implementation", lang),
                old=r.old_status, new=r.new_status))


def ingest(args) -> int:
    """`ingest FILE`: an indicator file through the one command-line flow (run_upload)."""
    return run_upload(Path(args.file).read_bytes(), Path(args.file).name, args)


def template(args) -> int:
    """`template INDICATOR_ID`: write an indicator's CSV or .xlsx template."""
    lang = _lang(args)
    with database(lang) as read:
        ref = workflow.reference(read)
    if args.indicator_id not in ref.indicators:
        raise FileNotFoundError(t("upc_cli_unknown_indicator", lang, id=args.indicator_id,
                                  known=", ".join(sorted(ref.indicators))))
    make = template_xlsx if args.xlsx else template_csv
    out = Path(args.output or f"vorlage_{args.indicator_id}.{'xlsx' if args.xlsx else 'csv'}")
    out.write_bytes(make(ref.indicators[args.indicator_id], ref.areas, ref.last_year))
    print(t("upc_cli_template", lang, file=out))
    return 0


def uploads(args) -> int:
    """`uploads`: print the history (uploads and evidence entries) with their status."""
    lang = _lang(args)
    items = UploadStore(config.upload_dir()).uploads()
    if not items:
        print(t("upc_cli_no_uploads", lang))
    for u in items:
        back = t("upc_cli_back", lang, user=u["rolled_back_by"], time=u["rolled_back_at"]) if u["rolled_back_by"] else ""
        print(visible(t("upc_cli_upload_line", lang, id=u["id"], time=u["time"], user=u["user"],
                        what=", ".join(u["indicators"]), n=len(u["rows"]), status=u["status"], back=back,
                        comment=u["comment"]), 400))
    return 0


def rollback(args) -> int:
    """`rollback ID`: roll an upload or evidence entry back and rebuild."""
    lang = _lang(args)
    entry = workflow.rollback(args.upload_id, cli_user(args.user, lang), args.comment,
                              UploadStore(config.upload_dir()), lang=lang)
    print(t("upc_cli_rolled_back", lang, upload=entry["upload_id"], id=entry["id"]))
    return 0


def repair_log(args) -> int:
    """`repair`: move damaged log lines aside (good entries stay as they are)."""
    lines, aside = repair(UploadStore(config.upload_dir()))
    if not lines:
        print(t("cli_repair_clean", args.lang))
        return 0
    print(t("cli_repair_done", args.lang, lines=", ".join(map(str, lines)), aside=aside))
    return 0


def add_user(args) -> int:
    """`add-user NAME`: ask for a password twice and store its salted hash (prompts, refusals and
    the confirmation in the language of --lang)."""
    lang = _lang(args)
    first = getpass.getpass(t("users_prompt", lang, name=visible(args.name, 40)))
    if first != getpass.getpass(t("users_prompt_again", lang)):
        raise auth.AuthError(t("users_mismatch", lang))
    auth.add_user(config.users_file(), args.name, first, lang)
    print(t("users_saved", lang, name=args.name.strip().lower(), file=config.users_file()))
    return 0


COMMANDS = {"ingest": ingest, "template": template, "uploads": uploads, "rollback": rollback,
            "add-user": add_user, "repair": repair_log}
