"""Every upload command of `python -m etl` in one table, for the command line's entry point
(etl/__main__.py): the indicator upload commands (planner.cli) and `evidence` (planner.evidence_cli)."""

from __future__ import annotations

from planner import cli, evidence_cli

COMMANDS = {**cli.COMMANDS, "evidence": evidence_cli.evidence}
add_evidence_arguments = evidence_cli.add_arguments
add_command, add_upload_options = cli.add_command, cli.add_upload_options
add_rollback_options, add_template_options = cli.add_rollback_options, cli.add_template_options
