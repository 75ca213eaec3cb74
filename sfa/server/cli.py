"""``sfa-server``: init, user add, serve, demo, import (the contract's command line)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine, select

from sfa.domain.errors import DomainError
from sfa.io.import_mapping import IMPORTABLE, suggest_mapping
from sfa.io.import_plan import Action, ImportPlan, ImportRefused
from sfa.io.import_report import problems_table
from sfa.io.table_export import write_table
from sfa.io.tabular import read_table
from sfa.server import pool
from sfa.server.db import lock_counter, make_engine, write_session
from sfa.server.demo import DEMO_PASSWORD, DemoError, load_demo
from sfa.server.errors import Rejected
from sfa.server.importing import import_table
from sfa.server.schema import SchemaTooNewError, upgrade
from sfa.server.settings import ENV_DB_URL, Settings
from sfa.server.tables import User
from sfa.server.users import add_user


class CliError(Exception):
    """A mistake the operator can fix; printed without a traceback."""


def _engine(args: argparse.Namespace) -> Engine:
    url = args.db or os.environ.get(ENV_DB_URL)
    if not url:
        raise CliError(f"give --db URL or set {ENV_DB_URL}")
    args.db = url
    engine = make_engine(url)
    try:
        upgrade(engine)
    except SchemaTooNewError as exc:
        raise CliError(str(exc)) from exc
    return engine


def cmd_init(args: argparse.Namespace) -> int:
    _engine(args).dispose()
    print("database ready")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    if not args.password_stdin:
        raise CliError("give the password on standard input with --password-stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    engine = _engine(args)
    try:
        with write_session(engine) as session:
            lock_counter(session)
            if session.scalars(select(User.id).where(User.username == args.username)).first():
                raise CliError(f"user {args.username!r} already exists")
            user_id = add_user(
                session,
                username=args.username,
                role=args.role,
                password=password,
                manager=args.manager,
            )
    except Rejected as exc:
        raise CliError(exc.message) from exc
    except LookupError as exc:
        raise CliError(str(exc)) from exc
    finally:
        engine.dispose()
    print(user_id)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    _engine(args).dispose()
    os.environ[ENV_DB_URL] = args.db
    if args.max_body_bytes is not None:
        os.environ["SFA_MAX_BODY_BYTES"] = str(args.max_body_bytes)
    uvicorn.run(
        "sfa.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
    )
    return 0


def cmd_pool_return(args: argparse.Namespace) -> int:
    """Give back to the open pool every claimed account its holder left untouched (run daily,
    e.g. from cron; the pool endpoints also do it as they are used)."""
    days = args.days if args.days is not None else Settings.from_env().pool_return_days
    if days < 1:
        raise CliError("--days must be at least 1")
    engine = _engine(args)
    try:
        with write_session(engine) as session:
            lock_counter(session)
            returned = pool.return_stale(session, days)
    finally:
        engine.dispose()
    print(f"{len(returned)} accounts returned to the pool (untouched for {days} days)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        counts = load_demo(engine, accounts=args.accounts, seed=args.seed)
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    finally:
        engine.dispose()
    summary = ", ".join(f"{count} {entity}" for entity, count in counts.items())
    print(f"demo company loaded ({summary}); every demo user's password is {DEMO_PASSWORD!r}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX file; all-or-nothing unless --valid-only; exit 1 when rows were
    refused and nothing was written (or, with --dry-run, would be refused)."""
    try:
        table = read_table(Path(args.file))
        mapping = _mapping(args.mapping) or suggest_mapping(args.entity, table.headers)
    except DomainError as exc:
        raise CliError(exc.message) from exc
    engine = _engine(args)
    try:
        outcome = import_table(
            engine,
            args.entity,
            table,
            mapping,
            actor_username=args.as_user,
            valid_only=args.valid_only,
            dry_run=args.dry_run,
        )
        plan, written = outcome.plan, outcome.written
    except ImportRefused as exc:
        plan, written = exc.plan, False
    except DomainError as exc:
        raise CliError(exc.message) from exc
    finally:
        engine.dispose()
    _summarise(plan, mapping, written=written, dry_run=args.dry_run)
    if args.report:
        headers, rows = problems_table(plan.problems)
        write_table(Path(args.report), headers, rows, sheet="Import problems")
        print(f"report: {args.report} ({len(rows)} problem(s))")
    return 0 if written or (args.dry_run and not plan.refused) else 1


def _mapping(text: str | None) -> dict[str, str | None] | None:
    """``--mapping``: JSON inline (``{"客户名称": "name"}``) or the path of a JSON file."""
    if not text:
        return None
    try:
        inline = text.lstrip()[:1] in ("{", "[")
        raw = json.loads(text if inline else Path(text).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError(f"--mapping is neither JSON nor a readable JSON file: {exc}") from exc
    if not isinstance(raw, dict) or not all(isinstance(v, str | None) for v in raw.values()):
        raise CliError('--mapping must be an object of "column": "field" (or null)')
    return {str(k): v for k, v in raw.items()}


def _summarise(
    plan: ImportPlan, mapping: dict[str, str | None], *, written: bool, dry_run: bool
) -> None:
    used = ", ".join(f"{h} → {t}" for h, t in mapping.items() if t) or "nothing"
    print(f"columns: {used}")
    counts = (
        f"{plan.count(Action.CREATE)} to create, {plan.count(Action.UPDATE)} to update, "
        f"{plan.count(Action.UNCHANGED)} unchanged, {plan.refused} refused"
    )
    if dry_run:
        print(f"dry run: {counts}; nothing was written")
    elif written:
        print(f"imported: {counts}")
    else:
        print(f"nothing imported: {counts}; fix the rows or use --valid-only", file=sys.stderr)
    for problem in plan.problems[:20]:
        print(
            f"  row {problem.line}, {problem.column or '-'} “{problem.value}”: {problem.reason}",
            file=sys.stderr,
        )
    if len(plan.problems) > 20:
        print(f"  … and {len(plan.problems) - 20} more (see --report)", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sfa-server", description="SFA Desk sync server")
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(sub: argparse.ArgumentParser, handler: Callable[[argparse.Namespace], int]) -> None:
        sub.add_argument("--db", help=f"SQLAlchemy URL (default: ${ENV_DB_URL})")
        sub.set_defaults(handler=handler)

    with_db(commands.add_parser("init", help="create or upgrade the schema"), cmd_init)

    user = commands.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser("add", help="add a user")
    with_db(add, cmd_user_add)
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=["rep", "manager", "admin"])
    add.add_argument("--manager", help="username of the user's manager")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    serve = commands.add_parser("serve", help="run the HTTP server")
    with_db(serve, cmd_serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--max-body-bytes", type=int)
    serve.add_argument("--log-level", default="info")

    returning = commands.add_parser(
        "pool-return", help="return claimed accounts left untouched to the open pool"
    )
    with_db(returning, cmd_pool_return)
    returning.add_argument(
        "--days", type=int, help="untouched this many days (default: $SFA_POOL_RETURN_DAYS, 30)"
    )
    demo = commands.add_parser("demo", help="load a realistic demo company")
    with_db(demo, cmd_demo)
    demo.add_argument("--accounts", type=int, default=60)
    demo.add_argument("--seed", type=int, default=7)

    importer = commands.add_parser("import", help="import accounts, contacts, deals or products")
    with_db(importer, cmd_import)
    importer.add_argument("--entity", required=True, choices=IMPORTABLE)
    importer.add_argument("file", help="a .csv (UTF-8 or GBK) or .xlsx file")
    importer.add_argument("--mapping", help='JSON {"column": "field"} or a JSON file')
    importer.add_argument(
        "--valid-only", action="store_true", help="import the valid rows even if others are refused"
    )
    importer.add_argument("--dry-run", action="store_true", help="show what would happen")
    importer.add_argument("--report", help="write the row-level problems to this .csv/.xlsx")
    importer.add_argument("--as", dest="as_user", help="record the changes as this username")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except CliError as exc:
        print(f"sfa-server: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
