"""Command line of the ETL: `python -m etl build` and `python -m etl check`."""

from __future__ import annotations

import argparse
import sys

from etl.errors import ValidationFailed


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the command, return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="validate data/raw and build the DuckDB file in data/processed")
    sub.add_parser("check", help="validate data/raw (catalog, register, quotes) without building")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            from etl.build import check_inputs

            check_inputs()
            print("All inputs are valid.")
        else:
            from etl.build import build

            build(progress=print)
    except ValidationFailed as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
