"""``sfa-server``: init, user add, serve, demo (the contract's command line)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sqlalchemy import Engine, select

from sfa.server.db import lock_counter, make_engine, write_session
from sfa.server.demo import DEMO_PASSWORD, DemoError, load_demo
from sfa.server.errors import Rejected
from sfa.server.schema import SchemaTooNewError, upgrade
from sfa.server.settings import ENV_DB_URL
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

    demo = commands.add_parser("demo", help="load a realistic demo company")
    with_db(demo, cmd_demo)
    demo.add_argument("--accounts", type=int, default=60)
    demo.add_argument("--seed", type=int, default=7)
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
