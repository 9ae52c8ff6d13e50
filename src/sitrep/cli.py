"""The `sitrep` command: ingest, extract, brief, serve, eval.

Errors the user can act on (a bad input, a missing database) are one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sitrep.facts import Article
from sitrep.sources import FieldMap, ReadError, Skipped, read_inputs
from sitrep.store.sqlite import DEFAULT_DB, NotAStore, Store
from sitrep.timex import bound_problem, empty_period

FIELD_FLAGS = ("text", "title", "published", "url", "outlet", "id")
MULTI_PATH_EVALS = ("gold", "facts")  # scorers that pool several gold files into one figure
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
EVAL_DEFAULTS = {  # what each scorer reads when given no paths (docs/quality.md's measurements)
    "gold": [SHARED / "seeds" / "gold"],
    "facts": [SHARED / "seeds" / "gold", *sorted(p for p in (REPO / "eval").glob("*") if p.name.startswith(("dev", "blind")))],
    "times": [SHARED / "data" / "tempeval3" / "train_TBAQ-cleaned"],
    "places": [SHARED / "data"],
    "quotes": [SHARED / "data" / "polnear" / "dev"],
}


INTERRUPTED = {  # what Ctrl-C leaves behind, said per command (serve stores nothing)
    "ingest": "interrupted: every article stored so far is complete; run again to continue",
    "watch": "interrupted: every article stored so far is complete; run again to continue",
    "serve": "stopped",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except NotAStore as error:  # a --db that is some other file: one line, not a traceback
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(INTERRUPTED.get(args.command, "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Sourced situation briefings from war and diplomacy news.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="read, extract and store articles")
    ingest.add_argument("inputs", nargs="+", metavar="PATH|URL|FEED", help="files, folders, URLs, feeds, or - for stdin")
    ingest.add_argument("--db", default=DEFAULT_DB, help="SQLite database (default: %(default)s)")
    ingest.add_argument("--workers", type=int, default=1, help="extraction processes (default: %(default)s)")
    ingest.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)")
    _field_flags(ingest)
    ingest.set_defaults(run=_ingest)

    watch = commands.add_parser("watch", help="poll feeds and folders, ingest what is new, update the briefing")
    watch.add_argument("inputs", nargs="+", metavar="FEED|DIR|URL")
    watch.add_argument("--db", default=DEFAULT_DB)
    watch.add_argument("--every", default="5m", help="time between polls, e.g. 30s, 5m, 1h (default: %(default)s)")
    watch.add_argument("--polls", type=int, help="stop after this many polls (default: run until interrupted)")
    _field_flags(watch)
    watch.set_defaults(run=_watch)

    extract = commands.add_parser("extract", help="print extract-v1 JSON Lines for the inputs")
    extract.add_argument("inputs", nargs="*", metavar="FILE", help="files or - for plain text on stdin")
    extract.add_argument("--jsonl", action="append", default=[], metavar="IN.jsonl", help="one article a line")
    extract.add_argument("--published", metavar="YYYY-MM-DD", type=_day, help="anchor date for inputs without one")
    _field_flags(extract)
    extract.set_defaults(run=_extract)

    brief = commands.add_parser("brief", help="print the briefing")
    brief.add_argument("--db", default=DEFAULT_DB)
    brief.add_argument("--since", metavar="DATE", type=_date, help="first publication date: YYYY, YYYY-MM or YYYY-MM-DD")
    brief.add_argument("--until", metavar="DATE", type=_date, help="last publication date, inclusive")
    brief.add_argument("--format", choices=("md", "html", "json"), default="md")
    brief.add_argument("--link-base", metavar="URL", help="make source links absolute, e.g. http://127.0.0.1:8000")
    brief.set_defaults(run=_brief)

    serve = commands.add_parser("serve", help="serve the web app and JSON API")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=8000)
    serve.set_defaults(run=_serve)

    evaluate = commands.add_parser("eval", help="measure extraction against gold data")
    evaluate.add_argument("task", choices=("gold", "facts", "times", "places", "quotes", "refugees", "clusters"))
    evaluate.add_argument("paths", nargs="*", help="gold files or folders (default: the task's data under ../shared/data)")
    evaluate.set_defaults(run=_eval)
    return parser


def _version() -> str:
    """The installed package's version (the source tree's when it is run uninstalled)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sitrep")
    except PackageNotFoundError:
        return "unknown"


def _date(text: str) -> str:
    """A period bound as the web form takes it: a year, a month or a day that exists."""
    if problem := bound_problem(text):
        raise argparse.ArgumentTypeError(problem)
    return text


def _day(text: str) -> str:
    if len(text) != 10:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)")
    return _date(text)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return int(text)


def _field_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("record fields (JSON/JSONL/CSV)")
    for name in FIELD_FLAGS:
        group.add_argument(f"--{name}-field", dest=f"{name}_field", metavar="NAME", help=f"field holding the article {name}")


def _fields(args: argparse.Namespace) -> FieldMap:
    return FieldMap({name: getattr(args, f"{name}_field") for name in FIELD_FLAGS if getattr(args, f"{name}_field")})


def _ingest(args: argparse.Namespace) -> int:
    from sitrep.ingest import ingest

    from sitrep.fuse import fuse

    with Store(args.db) as store:
        summary = ingest(args.inputs, store, _fields(args), workers=args.workers, progress=args.progress)
        print(f"{summary.line()} -> {args.db}", file=sys.stderr)
        print(fuse(store).line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _watch(args: argparse.Namespace) -> int:
    import logging

    from sitrep.watch import Watcher, parse_every

    try:
        every = parse_every(args.every)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    handler = logging.StreamHandler()  # on sitrep's logger only: the libraries' chatter (trafilatura's) stays out, as in ingest
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logging.getLogger("sitrep").addHandler(handler)
    logging.getLogger("sitrep").setLevel(logging.INFO)
    with Store(args.db) as store:
        Watcher(store, args.inputs, every=every, fields=_fields(args)).run(polls=args.polls)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from sitrep.nlp.extract import extract

    inputs = list(args.inputs) + list(args.jsonl)
    if not inputs:
        print("sitrep extract: give FILE..., --jsonl IN.jsonl or - for stdin", file=sys.stderr)
        return 2
    items = list(read_inputs(inputs, _fields(args)))
    articles = [item for item in items if not isinstance(item, ReadError)]
    for article in articles:
        article.published = article.published or args.published
    documents = iter(extract(articles))
    failed = 0
    for item in items:
        result = item if isinstance(item, ReadError) else next(documents)
        if isinstance(result, Skipped):  # files of a folder no reader takes: no input's line, no failure
            print(f"note: {result}", file=sys.stderr)
            continue
        if isinstance(result, ReadError):
            failed += 1
            line = {"id": item.id if isinstance(item, Article) else result.source, "error": result.problem}
            print(result, file=sys.stderr)  # the error record keeps stdout one line per input; stderr tells the user
        else:
            line = result.to_json()
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _brief(args: argparse.Namespace) -> int:
    from sitrep.brief import build_briefing, render

    if not Path(args.db).exists():
        print(f"{args.db}: no such database; run `sitrep ingest` first", file=sys.stderr)
        return 1
    if empty_period(args.since, args.until):
        print(f"--since {args.since} is after --until {args.until}: the period is empty", file=sys.stderr)
        return 1
    with Store(args.db) as store:
        briefing = build_briefing(store, since=args.since, until=args.until)
    sys.stdout.write(render(briefing, args.format, link_base=args.link_base))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sitrep.web.app import create_app

    if not Path(args.db).exists():
        print(f"{args.db}: no such database; run `sitrep ingest` first", file=sys.stderr)
        return 1
    Store(args.db).close()  # refuse to start on a file that is no sitrep database, rather than answer 500s
    app = create_app(args.db)
    # Open event streams would hold a plain shutdown forever: they end when the server says it is
    # stopping (they poll once a second), and any left after two seconds are cut.
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="info", timeout_graceful_shutdown=2))
    app.state.server = server
    server.run()
    return 0


def _eval(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"sitrep.eval.{args.task}")
    paths = [str(p) for p in args.paths or EVAL_DEFAULTS.get(args.task, [])]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        print(f"{missing[0]}: no such file or folder (the scorers read ../shared)", file=sys.stderr)
        return 1
    if args.task in MULTI_PATH_EVALS:
        module.run(paths)
    elif not paths:
        module.run()  # refugees and clusters know their data
    for path in paths if args.task not in MULTI_PATH_EVALS else []:
        module.run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
