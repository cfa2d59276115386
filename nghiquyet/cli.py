"""The command line: parse options, call the library, render, map failures to exit codes.

Exit status: 0 found, 1 nothing matched, 2 bad usage or input, 3 an internal error,
130 interrupted. Heavy modules (the index, rapidfuzz, Rich, the extraction rules) load
only when a command needs them: ``--version`` and ``--help`` load none of them, and a warm
``search --json`` neither Rich nor the rules. Help is Click's plain text, not Typer's Rich
panels (``rich_markup_mode=None``), with the options still grouped under their headings.
Ruff's TID253 (pyproject.toml) keeps those modules from being imported at the top of a module.
"""

import functools
import inspect
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer._click import exceptions as click_exceptions
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .console import PROGRAM, ColorMode, Format, Output, error, say, skipped, warn

if TYPE_CHECKING:
    from .filters import Filters

FOUND, NOTHING, USAGE, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 130
MAX_QUERY_TERMS = 64
SUGGESTED_IDS = 5  # ids listed for a prefix that fits several
EXPORT_SPOOL_BYTES = 8 * 1024 * 1024  # an export held in memory up to this, on disk past it


class UserError(Exception):
    """Bad usage or unusable input; the message is shown as ``nghiquyet: error: ...``."""


class _Stale(Exception):
    """The corpus changed while a command answered from its index: the answer, not yet
    shown, is to be given again from the index refreshed."""


class _Context(typer.Context):
    def make_formatter(self):
        """Help wrapped at the terminal's width ($COLUMNS), however wide, as Rich wrapped it;
        the same in Typer's test runner, which would hold it to 80 columns."""
        return self.formatter_class(width=max(shutil.get_terminal_size().columns - 2, 50))


class _Group(TyperGroup):
    """Errors as one line on stderr, ``nghiquyet: error: ...``, never a traceback."""

    context_class = _Context

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args=args, prog_name=prog_name or PROGRAM, complete_var=complete_var,
                                standalone_mode=False, **extra)
        except click_exceptions.UsageError as problem:
            command = problem.ctx.command_path if problem.ctx else PROGRAM
            error(f"{problem.format_message()} (see '{command} --help')")
            code = USAGE
        except click_exceptions.ClickException as problem:
            error(problem.format_message())
            code = problem.exit_code
        except (typer.Abort, KeyboardInterrupt):
            code = _interrupted()
        if standalone_mode:
            sys.exit(code or 0)
        return code


class _Command(TyperCommand):
    """Plain help, its options under the headings they are given (Corpus, Output, Filters)."""

    context_class = _Context

    def parse_args(self, ctx, args):
        """An option missing its value is this command's error: its help is the one to see."""
        try:
            return super().parse_args(ctx, args)
        except click_exceptions.UsageError as problem:
            problem.ctx = problem.ctx or ctx
            raise

    def format_options(self, ctx, formatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                heading = "Arguments" if param.param_type_name == "argument" else \
                    getattr(param, "rich_help_panel", None) or "Options"
                sections.setdefault(heading, []).append(record)
        for heading, records in sections.items():
            with formatter.section(heading):
                formatter.write_dl(records)


app = typer.Typer(
    cls=_Group,
    rich_markup_mode=None,  # help without Rich: it would cost --help the start-up of a whole command
    name=PROGRAM,
    help="Search and timelines over folders of Vietnamese news articles about Party meetings.\n\n"
         "With no --corpus, answers from $NGHIQUYET_CORPUS, else from the five bundled articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"{PROGRAM} {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Search and timelines over folders of Vietnamese news articles about Party meetings."""


# -- options every command shares -------------------------------------------------------------

CORPUS_PANEL, OUTPUT_PANEL, FILTER_PANEL = "Corpus", "Output", "Filters"


def _option(*names, panel: str, **kwargs):
    return typer.Option(*names, rich_help_panel=panel, show_default=False, **kwargs)


def _parameter(name: str, annotation, default):
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


CORPUS_OPTIONS = [
    _parameter("corpus", Annotated[list[Path] | None, _option(
        "--corpus", "-c", panel=CORPUS_PANEL, metavar="PATH",
        help="A file or folder to read, recursively (repeatable). Default: $NGHIQUYET_CORPUS "
             "(paths separated by ':'), else the bundled seeds.")], None),
    _parameter("ext", Annotated[list[str] | None, _option(
        "--ext", panel=CORPUS_PANEL, metavar="EXT",
        help="File extensions to read in folders (repeatable). Default: txt. Saved pages, Word files "
             "and PDFs: --ext html --ext docx --ext pdf (pip install 'nghiquyet[formats]').")], None),
    _parameter("no_cache", Annotated[bool, _option(
        "--no-cache", panel=CORPUS_PANEL, help="Build the index in memory; neither read nor write the cache.")],
        False),
    _parameter("db", Annotated[str | None, _option(
        "--db", panel=CORPUS_PANEL, metavar="URL", envvar="NGHIQUYET_DB", show_envvar=False,
        help="A shared index in PostgreSQL (postgresql://user@host:port/dbname), instead of the cache. Default: "
             "$NGHIQUYET_DB. 'nghiquyet index' adds --corpus to it; other commands answer from it, without files.")],
        None),
    _parameter("collection", Annotated[str | None, _option(
        "--collection", panel=CORPUS_PANEL, metavar="NAME",
        help="With --db: the collection to index (default: the corpus folder's name), or the only one to "
             "answer from (default: all).")], None),
    _parameter("corrections", Annotated[Path | None, _option(
        "--corrections", panel=CORPUS_PANEL, metavar="FILE", envvar="NGHIQUYET_CORRECTIONS", show_envvar=False,
        help="The corrections file (TOML) to apply, and that 'nghiquyet correct' writes. Default: "
             "$NGHIQUYET_CORRECTIONS, else nghiquyet.toml at the corpus folder's root.")], None),
    _parameter("color", Annotated[ColorMode, _option(
        "--color", panel=OUTPUT_PANEL, case_sensitive=False,
        help="Colour: auto (on a terminal, unless NO_COLOR or TERM=dumb), always or never.")], ColorMode.auto),
    _parameter("debug", Annotated[bool, _option(
        "--debug", panel=OUTPUT_PANEL, help="Show a traceback when something fails.")], False),
]
FORMAT_OPTIONS = [
    _parameter("json_", Annotated[bool, _option(
        "--json", panel=OUTPUT_PANEL, help="Print the result as JSON.")], False),
    _parameter("jsonl", Annotated[bool, _option("--jsonl", panel=OUTPUT_PANEL, help="Print one JSON object a line.")],
               False),
]
CSV_OPTIONS = [
    _parameter("csv", Annotated[bool, _option(
        "--csv", panel=OUTPUT_PANEL, help="Print a header row and one CSV row a result (RFC 4180, UTF-8).")], False),
    _parameter("csv_bom", Annotated[bool, _option(
        "--csv-bom", panel=OUTPUT_PANEL,
        help="CSV for spreadsheet programs: a UTF-8 byte-order mark first, by which they read it as UTF-8, and a "
             "cell that starts with = + - or @ after a ' so that it is never run as a formula.")], False),
]
FILTER_OPTIONS = [
    _parameter("kind", Annotated[list[str] | None, _option(
        "--kind", "-k", panel=FILTER_PANEL, metavar="KIND",
        help="meeting, person, resolution, document, passage, or a meeting type such as dai_hoi, "
             "hoi_nghi_bch, hoi_nghi_btv, hoi_nghi_quan_triet, ky_hop (repeatable).")], None),
    _parameter("term", Annotated[str | None, _option(
        "--term", panel=FILTER_PANEL, metavar="YYYY-YYYY", help="Only this term (nhiệm kỳ), e.g. 2020-2025.")], None),
    _parameter("since", Annotated[str | None, _option(
        "--since", panel=FILTER_PANEL, metavar="DATE",
        help="Only from this date: 2020, 2020-10, 2020-10-31. Meetings of unknown year are then left out.")], None),
    _parameter("until", Annotated[str | None, _option(
        "--until", panel=FILTER_PANEL, metavar="DATE", help="Only up to this date.")], None),
    _parameter("person", Annotated[str | None, _option(
        "--person", "-p", panel=FILTER_PANEL, metavar="NAME", help="Only what concerns this person.")], None),
    _parameter("resolution", Annotated[str | None, _option(
        "--resolution", "-r", panel=FILTER_PANEL, metavar="TEXT",
        help="Only what concerns this resolution or document.")], None),
    _parameter("province", Annotated[str | None, _option(
        "--province", panel=FILTER_PANEL, metavar="NAME",
        help="Only meetings in this province, and what is linked to them, e.g. \"lao cai\".")], None),
    _parameter("limit", Annotated[int | None, _option(
        "--limit", "-n", panel=FILTER_PANEL, min=1, metavar="N", help="At most N results.")], None),
]


@dataclass
class Options:
    """What the shared options asked for, and the index they name (opened on demand)."""

    corpus: list[Path] | None = None
    ext: list[str] | None = None
    no_cache: bool = False
    db: str | None = None
    collection: str | None = None
    corrections: Path | None = None
    shard: tuple[int, int] | None = None  # nghiquyet index --shard K/N
    color: ColorMode = ColorMode.auto
    debug: bool = False
    json_: bool = False
    jsonl: bool = False
    csv: bool = False
    csv_bom: bool = False
    kind: list[str] | None = None
    term: str | None = None
    since: str | None = None
    until: str | None = None
    person: str | None = None
    resolution: str | None = None
    province: str | None = None
    limit: int | None = None
    filters: "Filters" = field(init=False)
    _index: object = None
    _refresh_first: bool = False  # the corpus changed while answering: refresh before answering again
    _told_skipped: bool = False
    _told_corrections: bool = False
    writes_corrections: bool = False  # nghiquyet correct: the corrections file may not exist yet

    def __post_init__(self):
        self.csv = self.csv or self.csv_bom
        if self.json_ + self.jsonl + self.csv > 1:
            raise UserError("choose one of --json, --jsonl and --csv")
        if self.ext is not None and not all(e.strip(". ") for e in self.ext):
            raise UserError("--ext takes an extension, such as md")
        if self.collection is not None and not self.db:
            raise UserError("--collection names a collection of a shared index: give --db URL too")
        from .filters import Filters

        self.filters = Filters.parse(self.kind, self.term, self.since, self.until, self.person, self.resolution,
                                     self.province)

    @property
    def output(self) -> Output:
        fmt = Format.json if self.json_ else Format.jsonl if self.jsonl else Format.csv if self.csv else Format.table
        return Output.decide(fmt, self.color)

    def index(self, always_show_progress: bool = False):
        """The index of the corpus, with progress on stderr when a refresh takes long.

        An index whose corpus was walked before comes as it stands, while a child process
        (a thread where there is no fork) checks that no file changed since: the command
        calls ``settle`` before it shows anything. ``nghiquyet index``
        (``always_show_progress``) refreshes it first."""
        if self._index is None and self.db:
            self._index = self._corrected(self._shared_index(always_show_progress))
        if self._index is None:
            from .index import open_index

            spec = self._spec()
            with _ProgressBar(self.output, always_show_progress) as bar:
                self._index = self._corrected(open_index(
                    spec, use_cache=not self.no_cache, on_progress=bar.update, warn=warn,
                    check_while_answering=not (always_show_progress or self._refresh_first)))
        return self._index

    def _corrected(self, index):
        """The index, its records read through the corrections file (``corrections``)."""
        index.use_corrections(self.read_corrections(index))
        return index

    def read_corrections(self, index) -> list:
        from .corrections import files_for

        files = files_for(index.spec.paths, self.corrections)
        if not files:  # nothing to read: the reader is not even loaded
            return []
        from .corrections import load

        return load(files, missing_ok=self.writes_corrections)

    def _spec(self):
        from .index import CorpusSpec

        spec = CorpusSpec.of(self.corpus, self.ext, self.shard)
        missing = [str(p) for p in spec.paths if not os.path.lexists(p)]
        if missing:
            raise UserError(f"no such file or folder: {', '.join(missing)}")
        return spec

    def _shared_index(self, building: bool):
        """The index in the database of ``--db``: ``nghiquyet index`` (``building``) brings
        one collection in line with its files; every other command reads it as it stands."""
        from .index import open_shared_index
        from .storage import is_shared

        if not is_shared(self.db):
            raise UserError(f"--db takes a postgresql://user@host:port/dbname URL, not {self.db!r}")
        if self.no_cache:
            raise UserError("--no-cache does not apply to a shared index (--db)")
        if not building:
            if self.corpus:
                raise UserError("with --db, only 'nghiquyet index' reads --corpus; the others answer from the "
                                "database (--collection narrows them)")
            return open_shared_index(self.db, self.collection)
        spec = self._spec()
        collection = self.collection or _collection_name(spec.paths)
        with _ProgressBar(self.output, True) as bar:
            return open_shared_index(self.db, collection, spec, on_progress=bar.update)

    def close(self) -> None:
        if self._index is not None:
            self._index.store.close()

    def settle(self) -> None:
        """Before anything of an answer is shown, or an error about what the corpus holds:
        wait for the check that the corpus did not change while the command answered. If
        it did, ``_Stale``: the answer is thrown away and given again from the index
        refreshed. Then the files skipped are named, once."""
        if self._index is None:
            return
        if not self._index.current():
            self._index.store.close()
            self._index, self._refresh_first = None, True
            raise _Stale
        if not self._told_skipped:
            self._told_skipped = True
            for item in self._index.report.skipped:
                skipped(item.file, item.reason)
            if self._index.report.not_asked:
                from .corpus import not_asked_note

                warn(not_asked_note(self._index.report.not_asked))
        if not self._told_corrections:
            self._told_corrections = True
            for problem in self._index.unapplied_corrections():
                warn(f"{problem.correction.where}: correction not applied ({problem.correction.describe()}): "
                     f"{problem.reason}")

    def rebuild_index(self, why: str) -> None:
        from .index import rebuild

        with _ProgressBar(self.output, True) as bar:
            self._index = self._corrected(rebuild(self._index, why, on_progress=bar.update, warn=warn))


def _collection_name(paths) -> str:
    """A corpus's collection when none is named: its folder's name."""
    if len(paths) != 1 or not paths[0].name:
        raise UserError("a corpus of several paths needs a name: give --collection NAME")
    return paths[0].name


class _ProgressBar:
    """A Rich bar on stderr while the index refreshes, when stderr is a terminal and the
    work is long enough to need one (or always, for ``nghiquyet index``)."""

    LONG = 2_000_000  # bytes to read before a bar is worth drawing

    def __init__(self, output: Output, always: bool):
        self.output = output
        self.always = always
        self.bar = None
        self.task = None

    def __enter__(self):
        return self

    def update(self, progress) -> None:
        if not self.output.stderr_is_terminal or not (self.always or progress.total_bytes >= self.LONG):
            return
        if self.bar is None:
            self._start(progress)
        self.bar.update(self.task, completed=progress.done_bytes, files=progress.done_files)

    def _start(self, progress) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

        self.bar = Progress(TextColumn("indexing"), BarColumn(),
                            TextColumn("{task.fields[files]}/{task.fields[of]} files"), TransferSpeedColumn(),
                            TimeRemainingColumn(), console=self.output.error_console(), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("index", total=max(progress.total_bytes, 1), files=0, of=progress.total_files)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


def command(*, formats: bool = True, filters: bool = True, csv: bool = False, group=None, **settings):
    """Register a command that takes ``Options`` first, with the shared options added to
    its signature so that every command offers (and documents) the same ones; on the
    app, or on a ``group`` of commands (``nghiquyet correct ...``). ``csv``: it prints
    rows, which --csv can give too."""
    shared = CORPUS_OPTIONS + (FORMAT_OPTIONS if formats else []) + (CSV_OPTIONS if csv else []) + \
        (FILTER_OPTIONS if filters else [])
    settings["help"] = _unwrapped(settings["help"])

    def register(function):
        own = list(inspect.signature(function).parameters.values())[1:]

        @functools.wraps(function)
        def run(**kwargs):
            chosen = {p.name: kwargs.pop(p.name) for p in shared}
            raise typer.Exit(_run(function, chosen, kwargs))

        parameters = own + shared
        run.__signature__ = inspect.Signature(parameters)
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        (group or app).command(cls=_Command, **settings)(run)
        return function

    return register


def _unwrapped(help_text: str) -> str:
    """Each paragraph of a help text on one line: the help is wrapped to the terminal's
    width, and a line break kept from the source would break a sentence in two."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in help_text.split("\n\n"))


def _run(function, chosen: dict, kwargs: dict) -> int:
    debug = chosen.get("debug", False)
    chosen, kwargs = _readable(chosen), _readable(kwargs)
    options = None
    try:
        options = Options(**chosen)
        code = _answer(function, options, kwargs)
        if code == NOTHING and options.output.rich:  # a person at a terminal, not a script
            say("nothing matched")
        return code
    except (UserError, _filter_error(), _unusable(), _corrections_error()) as problem:
        error(str(problem))
        return USAGE
    except BrokenPipeError:
        _silence_stdout()
        return FOUND
    except KeyboardInterrupt:
        return _interrupted()
    except Exception as problem:  # a bug: say so in one line unless asked for the traceback
        if debug:
            raise
        error(f"internal error: {type(problem).__name__}: {problem} (run again with --debug for details)")
        return INTERNAL
    finally:
        if options is not None:
            options.close()


def _answer(function, options: Options, kwargs: dict) -> int:
    """The command's answer; given again from the index refreshed when the corpus changed
    while it answered, or rebuilt when its store proves damaged."""
    try:
        try:
            return _settled(function, options, kwargs)
        except _Stale:  # nothing shown yet; this time the index is refreshed before answering
            return _settled(function, options, kwargs)
    except _store_error() as damaged:
        if options._index is None:
            raise
        options.rebuild_index(str(damaged))
        return _settled(function, options, kwargs)


def _settled(function, options: Options, kwargs: dict) -> int:
    """Run the command; it ends (with its code, or an error) only once its index is known
    to be current (``Options.settle``; the commands call it before they print)."""
    try:
        code = function(options, **kwargs) or FOUND
    except (UserError, _filter_error()):
        options.settle()  # no error about the corpus from facts it no longer holds
        raise
    options.settle()
    return code


def _readable(arguments: dict) -> dict:
    """Arguments as text: bytes that were not UTF-8 (surrogates, in Python) become "�"."""
    def text(value):
        if type(value) is str:  # not the options' enums
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if isinstance(value, list):
            return [text(v) for v in value]
        return value

    return {name: text(value) for name, value in arguments.items()}


def _filter_error():
    from .filters import FilterError

    return FilterError


def _corrections_error():
    from .corrections import CorrectionsError

    return CorrectionsError


def _store_error():
    from .storage import StoreError

    return StoreError


def _unusable():
    from .storage import Unusable

    return Unusable


def _interrupted() -> int:
    """Ctrl-C: one line said, and the status a shell expects of SIGINT (128 + 2)."""
    say("interrupted")
    return INTERRUPTED


def _silence_stdout() -> None:
    """After the reader of a pipe has gone (``| head -1``), end without complaint."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# -- commands ---------------------------------------------------------------------------------

@command(csv=True, help="""Search meetings, people, resolutions, documents and passages in one ranked list.

Finds Vietnamese however it is typed: without diacritics, with either tone placement,
with abbreviations (BCH, UBND) or ordinals in any form (XX, 20, hai mươi), with a typo.

With --queries FILE, every query of a file (one a line; - reads standard input; blank lines
and lines starting with # are skipped) in one run, each hit tagged with its query; each
query that finds nothing is named on stderr with its line, then how many did.

Example: nghiquyet search "tran quoc to" --kind person""")
def search(options: Options,
           query: Annotated[str | None, typer.Argument(
               metavar="[QUERY]", help="What to look for.", show_default=False)] = None,
           queries: Annotated[str | None, typer.Option(
               "--queries", metavar="FILE", show_default=False,
               help="Run every query of FILE, one a line (- for standard input), and tag each hit with its "
                    "query (--limit applies to each).")] = None,
           ) -> int:
    from .query import analyse_query
    from .search import DEFAULT_LIMIT
    from .search import search as find

    asked = _asked(query, queries)
    for where, text in asked:
        _check_query(analyse_query(text), where)
    index = options.index()
    catalog = _catalog(options, index)
    found = [(text, find(index, text, kinds=options.filters.kinds or None, limit=options.limit or DEFAULT_LIMIT,
                         keep=catalog.keeps if catalog else (lambda record: True))) for _, text in asked]
    options.settle()
    if queries is None:
        _show_hits(options, *found[0])
    else:
        _show_batch(options, found)
        _tell_misses(asked, found)
    return FOUND if any(hits for _, hits in found) else NOTHING


def _tell_misses(asked: list[tuple[str, str]], found) -> None:
    """On stderr, each query of a batch that found nothing, and how many: a miss leaves no
    row in any output, and is an answer too."""
    from .corpus import shown

    misses = [(where, text) for (where, text), (_, hits) in zip(asked, found, strict=True) if not hits]
    for where, text in misses:
        say(f"no hit: {shown(text)} ({where.removesuffix(': ')})")
    if misses:
        say(f"{len(misses)} of {len(asked)} quer{'ies' if len(asked) != 1 else 'y'} found nothing")


def _asked(query: str | None, queries: str | None) -> list[tuple[str, str]]:
    """The queries to run, each with where it was given (for an error about it)."""
    if (query is None) == (queries is None):
        raise UserError("give a QUERY or --queries FILE, not both" if query else "give a QUERY or --queries FILE")
    if queries is None:
        return [("", query)]
    from .query import batch

    name = "standard input" if queries == "-" else queries
    try:
        text = sys.stdin.read() if queries == "-" else Path(queries).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as problem:
        raise UserError(f"cannot read --queries {name}: {getattr(problem, 'strerror', None) or problem}") from None
    asked = [(f"line {number} of {name}: ", text) for number, text in batch(text)]
    if not asked:
        raise UserError(f"--queries {name} holds no query")
    return asked


def _show_hits(options: Options, query: str, hits) -> None:
    out = options.output
    if out.format.is_json:
        _print_json(out, (h.to_dict() for h in hits))
    elif hits or out.format is Format.csv:
        from .render import views

        _listing(out, hits, views.HITS, title=f"{len(hits)} hit{'s' * (len(hits) != 1)} for “{query}”",
                 bom=options.csv_bom)


def _show_batch(options: Options, found) -> None:
    """The hits of many queries, each led by its query: a ``query`` field in JSON, a first
    column elsewhere."""
    from .render import views

    out = options.output
    tagged = [(query, hit) for query, hits in found for hit in hits]
    if out.format.is_json:
        _print_json(out, ({"query": query, **hit.to_dict()} for query, hit in tagged))
    elif tagged or out.format is Format.csv:
        total = len(tagged)
        _listing(out, tagged, views.tagged(views.HITS), bom=options.csv_bom,
                 title=f"{total} hit{'s' * (total != 1)} for {len(found)} quer{'ies' if len(found) != 1 else 'y'}")


def _check_query(query, where: str = "") -> None:
    if not query.terms:
        raise UserError(f"{where}the query has no letters or digits to look for")
    if len(query.terms) > MAX_QUERY_TERMS:
        raise UserError(f"{where}the query is too long: {len(query.terms)} words, at most {MAX_QUERY_TERMS}")


def _no_limit(options: Options, command_name: str) -> None:
    if options.limit is not None:
        raise UserError(f"--limit does not apply to {command_name}")


def _catalog(options: Options, index):
    from .filters import Catalog

    return Catalog(index, options.filters) if options.filters.narrows_meetings else None


@command(csv=True, help="""Meetings in date order, grouped by term (nhiệm kỳ): those held, and those
announced or being prepared, marked (upcoming).

A date inferred from context is marked ~ (~2020). With --person, that person's meetings
and the titles held at each: a career, by date alone, as terms overlap. With --resolution, every meeting that adopted,
disseminated or reviewed it. A day and month whose year is unknown (--10-16) comes after
the dated meetings; meetings without a date come last.

With --html FILE, one page that opens offline: terms as bands, meetings as marks by type
and date (a person's titles as lanes with --person, a resolution's life with
--resolution), and a table of the same records. With --chart, a terminal draws the same.

Example: nghiquyet timeline --person "tran quoc to\"""")
def timeline(options: Options,
             query: Annotated[str | None, typer.Argument(metavar="[QUERY]", help="Only meetings that mention this.",
                                                            show_default=False)] = None,
             include_mentioned: Annotated[bool, typer.Option(
                 "--all", "-a", help="Also meetings that articles only name in passing, marked (mentioned).")
             ] = False,
             html: Annotated[Path | None, _option(
                 "--html", panel=OUTPUT_PANEL, metavar="FILE",
                 help="Write the timeline as one self-contained HTML page to FILE ('-': stdout), a picture and a "
                      "table of the same records, for a browser without network.")] = None,
             chart: Annotated[bool, _option(
                 "--chart", panel=OUTPUT_PANEL,
                 help="On a terminal, draw the timeline as a chart fitted to its width; piped, print it as usual.")
             ] = False,
             ) -> int:
    from .filters import Catalog
    from .timeline import meetings_mentioning
    from .timeline import timeline as ordered

    if query is not None:
        from .query import analyse_query

        _check_query(analyse_query(query))
    _check_drawing(options, html, chart)
    catalog = Catalog(options.index(), options.filters)
    ids = meetings_mentioning(catalog, query) if query else None
    groups = ordered(catalog, ids, include_mentioned)
    if options.limit:
        groups = _first_entries(groups, options.limit)

    def drawn():
        from .chart import picture

        return picture(groups, catalog, query)

    if html is not None:
        _write_timeline_page(options, drawn, html)
    else:
        _show_timeline(options, groups, drawn if chart else None)
    return FOUND if groups else NOTHING


def _check_drawing(options: Options, html: Path | None, chart: bool) -> None:
    if html is not None and chart:
        raise UserError("choose one of --html and --chart")
    if (html is not None or chart) and (options.json_ or options.jsonl or options.csv):
        drawing = "--html" if html is not None else "--chart"
        raise UserError(f"{drawing} draws the timeline: leave out --json, --jsonl and --csv")


def _write_timeline_page(options: Options, drawn, path: Path) -> None:
    """The page, written whole or not at all."""
    from .render import timeline_html

    options.settle()
    picture = drawn()
    try:
        timeline_html.write(timeline_html.page(picture, _timeline_columns(options)), path)
    except OSError as problem:
        raise UserError(f"cannot write {path}: {problem.strerror or problem}") from None
    if options.output.stderr_is_terminal and str(path) != "-":
        say(f"wrote {path}: {picture.count} meeting{'s' * (picture.count != 1)}")


def _first_entries(groups, limit: int):
    kept, left = [], limit
    for group in groups:
        if left <= 0:
            break
        group.entries = group.entries[:left]
        left -= len(group.entries)
        kept.append(group)
    return kept


def _timeline_columns(options: Options):
    from .render import views

    return (views.TIMELINE + (views.CAREER if options.filters.person else ())
            + (views.ACTIONS if options.filters.resolution else ()) + views.TIMELINE_END)


def _show_timeline(options: Options, groups, drawn=None) -> None:
    """The timeline as tables, lines or JSON; with ``drawn`` (--chart), a terminal gets
    the chart of the picture it returns instead of the tables."""
    options.settle()
    out = options.output
    columns = _timeline_columns(options)
    if out.format.is_json:
        from .models import to_dict

        def entries():
            for group in groups:
                for entry in group.entries:
                    data = to_dict(entry.meeting)
                    if options.filters.person:
                        data["person_titles"], data["person_roles"] = entry.titles, entry.roles
                    if options.filters.resolution:
                        data["resolution_actions"] = entry.actions
                    yield data

        _print_json(out, entries())
    elif out.rich and drawn is not None:
        from .render import timeline_chart

        timeline_chart.draw(out.console(), drawn())
    elif out.rich:
        from .render import table

        console = out.console()
        for group in groups:
            table.listing(console, group.entries, columns, title=group.heading)
    elif out.format is Format.csv:
        from .render import plain, spreadsheet, views

        spreadsheet.write(["term", *views.headers(columns)],
                          ([group.term or "", *plain.fields(entry, columns)] for group in groups
                           for entry in group.entries), bom=options.csv_bom)
    else:
        from .render import plain

        for group in groups:
            plain.rows(group.entries, columns, lead=(group.term or "",))


def _print_json(out: Output, items) -> None:
    """Items as one JSON array (--json), or one object a line (--jsonl)."""
    from .render import json as as_json

    as_json.items(items, lines=out.format is Format.jsonl)


def _listing(out: Output, items, columns, title: str | None = None, bom: bool = False) -> None:
    if out.rich:
        from .render import table

        table.listing(out.console(), items, columns, title)
    elif out.format is Format.csv:
        from .render import plain, spreadsheet, views

        spreadsheet.write(views.headers(columns), (plain.fields(item, columns) for item in items), bom=bom)
    else:
        from .render import plain

        plain.rows(items, columns)


SORTS = {
    "meeting": {"date": lambda m: (m.date.sort_key(), m.label), "label": lambda m: m.label,
                "term": lambda m: (m.term or "9999", m.date.sort_key()), "type": lambda m: (m.type, m.label)},
    "person": {"name": lambda p: p.name, "meetings": lambda p: (-len(p.meetings), p.name),
               "titles": lambda p: (-len(p.titles), p.name)},
    "resolution": {"label": lambda r: r.label, "mentions": lambda r: (-len(r.mentions), r.label),
                   "number": lambda r: (r.number is None, r.number or "", r.label)},
}
SORTS["document"] = SORTS["resolution"]


def _list_kind(options: Options, kind: str, sort: str | None) -> int:
    from .filters import one_per_meeting
    from .text import normalise

    choices = SORTS[kind]
    if sort is not None and sort not in choices:
        raise UserError(f"--sort takes one of {', '.join(choices)}, not {sort!r}")
    if options.filters.kinds and kind not in options.filters.kinds:
        raise UserError(f"--kind {', '.join(options.filters.kinds)} does not apply to {kind} listings")
    index = options.index()
    catalog = _catalog(options, index)
    records = [r for r in one_per_meeting(index.records([kind])) if catalog is None or catalog.keeps(r)]
    order = choices[sort or next(iter(choices))]
    records.sort(key=lambda r: _sortable(order(r), normalise))
    records = records[:options.limit] if options.limit else records
    options.settle()
    out = options.output
    if out.format.is_json:
        from .models import to_dict

        _print_json(out, (to_dict(r) for r in records))
    elif records or out.format is Format.csv:
        from .render import views

        _listing(out, records, views.LISTINGS[kind], bom=options.csv_bom)
    return FOUND if records else NOTHING


def _sortable(key, normalise):
    """Text compares in its normalised form, so Đ sorts with D and case does not matter."""
    if isinstance(key, str):
        return normalise(key)
    if isinstance(key, tuple):
        return tuple(_sortable(k, normalise) for k in key)
    return key


def _sort_option(kind: str):
    first, *others = SORTS[kind]
    return Annotated[str | None, typer.Option("--sort", "-s", show_default=False, metavar="FIELD",
                                              help=f"Order by {first} (the default), {', '.join(others)}.")]


@command(csv=True, help="List meetings (held, upcoming and mentioned), with the shared filters.\n\n"
              "Example: nghiquyet meetings --term 2020-2025")
def meetings(options: Options, sort: _sort_option("meeting") = None) -> int:
    return _list_kind(options, "meeting", sort)


@command(csv=True, help="List people, with their titles and how many meetings they attended.\n\n"
              "Example: nghiquyet people --sort meetings")
def people(options: Options, sort: _sort_option("person") = None) -> int:
    return _list_kind(options, "person", sort)


@command(csv=True, help="List resolutions (Nghị quyết).\n\nExample: nghiquyet resolutions --sort mentions")
def resolutions(options: Options, sort: _sort_option("resolution") = None) -> int:
    return _list_kind(options, "resolution", sort)


@command(csv=True, help="List other documents: Đề án, Kế hoạch, Chương trình, Chỉ thị, Kết luận, Quy định...\n\n"
              "Example: nghiquyet documents --json")
def documents(options: Options, sort: _sort_option("document") = None) -> int:
    return _list_kind(options, "document", sort)


@command(filters=False, help="""One meeting, person, resolution or document in full, with every
place the corpus names it and the line as written.

Example: nghiquyet show m-e5f67201ff""")
def show(options: Options, record_id: Annotated[str, typer.Argument(
        metavar="ID", help="An id from any listing or search (a unique prefix will do).", show_default=False)]
         ) -> int:
    from .details import details

    index = options.index()
    record = _find_record(index, record_id.strip())
    shown = details(index, record)
    options.settle()
    out = options.output
    if out.format is not Format.table:
        from .models import to_dict

        data = {**to_dict(record), "places": [{**to_dict(p.source), "note": p.note, "text": p.line}
                                              for p in shown.places]}
        _print_json(out, [data])
        return FOUND
    from .render.views import where

    places = [(where(p.source), f"{p.note}: {p.line}" if p.note else p.line) for p in shown.places]
    if out.rich:
        from .render import table

        console = out.console()
        table.pairs(console, shown.fields, title=record.label)
        table.pairs(console, places, title="Sources")
    else:
        from .render import plain

        plain.pairs(shown.fields + places)
    return FOUND


def _find_record(index, wanted: str):
    record = index.get(wanted)
    if record is not None:
        return record
    dropped = index.dropped_by(wanted)
    if dropped:
        raise UserError(f"{wanted} does not exist: a correction drops it ({dropped.where})")
    named = [m for m in index.meetings() if m.same_as == wanted]  # a meeting no article reports, by its same_as
    if named:
        from .filters import shown_as

        shown = shown_as(named)
        return next(m for m in named if shown[m.id] == m.id)
    ids = index.ids()
    prefixed = [i for i in ids if i.startswith(wanted)] if wanted else []
    if len(prefixed) == 1:
        return index.get(prefixed[0])
    if prefixed:
        shown = sorted(prefixed)[:SUGGESTED_IDS] + (["…"] if len(prefixed) > SUGGESTED_IDS else [])
        raise UserError(f"{len(prefixed)} ids start with {wanted!r}: {', '.join(shown)}")
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    close = [match for match, _, _ in process.extract(wanted, ids, scorer=Levenshtein.normalized_similarity,
                                                      limit=3)] if ids else []
    named = [f"{i} ({index.get(i).label})" for i in close]
    hint = f"; closest: {', '.join(named)}" if named else ""
    raise UserError(f"no record with id {wanted!r}{hint}")


@command(help="""Counts: files read and skipped (and why), per format; lines, characters and records.

Records per kind, per term, per year and per file; with filters, only the records they keep.

Example: nghiquyet stats --province "quang ninh" --json""")
def stats(options: Options) -> int:
    from .stats import KINDS
    from .stats import stats as counts

    _no_limit(options, "stats")
    index = options.index()
    data = counts(index, _catalog(options, index), tuple(k for k in KINDS if options.filters.wants(k)))
    options.settle()
    out = options.output
    if out.format is not Format.table:
        from .render import json as as_json

        as_json.document(data)
        return FOUND
    rows = [("corpus", ", ".join(data["corpus"])), ("files read", str(data["files_read"])),
            ("files skipped", str(data["files_skipped"])),
            *((f"{extension} files not asked for", str(n)) for extension, n in data["files_not_asked"].items()),
            ("articles", str(data["articles"])),
            ("lines", str(data["lines"])),
            ("characters", str(data["characters"])),
            *((f"{extension} files", f"{n['read']} read, {n['skipped']} skipped")
              for extension, n in data["per_format"].items()),
            *((f"{kind} records", str(n)) for kind, n in data["records"].items()),
            ("meetings held", str(data["meetings_reported"])),
            ("meetings upcoming", str(data["meetings_upcoming"])),
            ("meetings mentioned only", str(data["meetings_referenced"])),
            *((f"term {term}", str(n)) for term, n in data["per_term"].items()),
            *((f"year {year}", str(n)) for year, n in data["per_year"].items()),
            *((f"skipped {s['file']}", s["reason"]) for s in data["skipped"]),
            *((f"correction not applied {c['file']}:{c['line']}", f"{c['correction']}: {c['reason']}")
              for c in data["corrections_unapplied"]),
            *((f"correction found again {c['file']}:{c['line']}", f"{c['correction']}: {c['applied']}")
              for c in data["corrections_found_again"])]
    if out.rich:
        from .render import table

        table.pairs(out.console(), rows, title="nghiquyet stats")
    else:
        from .render import plain

        plain.pairs(rows)
    return FOUND


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    ftm = "ftm"


@command(help="""The whole index as one JSON object (the default, --json), written once it is whole;
or as JSON Lines, FollowTheMoney entities, or a relational SQLite file.

The JSON object's keys: version, corpus, files, meetings, people, resolutions, documents;
UTF-8, unescaped. With filters, only the records they keep (every file is still listed).

--jsonl streams one object a line, each with its kind (export, file, meeting, person,
resolution, document).

--format ftm: one FollowTheMoney entity a line, for Aleph and the tools of that
ecosystem (pip install 'nghiquyet[ftm]').

--sqlite FILE: tables of meetings, people, titles, attendance, roles, papers and
mentions, for Datasette, pandas or any SQL tool (docs/export-sqlite.md).

Example: nghiquyet export --corpus articles/ --province "lao cai" > index.json""")
def export(options: Options,
           format_: Annotated[ExportFormat | None, typer.Option(
               "--format", "-f", case_sensitive=False, show_default=False,
               help="json (the default), jsonl, or ftm (FollowTheMoney entities, one a line).")] = None,
           sqlite: Annotated[Path | None, typer.Option(
               "--sqlite", metavar="FILE", show_default=False, dir_okay=False,
               help="Write a relational SQLite file (replaced whole once written), not stdout.")] = None,
           ) -> int:
    from .export import MissingExtra, Selection

    _no_limit(options, "export")
    chosen = _export_format(options, format_, sqlite)
    index = options.index()
    catalog = _catalog(options, index)
    selection = Selection(index, options.filters.wants, catalog.keeps if catalog else (lambda record: True))
    try:
        if sqlite is not None:
            from .export import relational

            try:
                relational.write(selection, sqlite, before_replacing=options.settle)
            except OSError as problem:
                raise UserError(f"cannot write {sqlite}: {problem.strerror or problem}") from None
        elif chosen is ExportFormat.json:
            _export_json(options, selection)
        else:
            _export_lines(options, selection, chosen)
    except MissingExtra as missing:
        raise UserError(str(missing)) from None
    return FOUND


def _export_format(options: Options, format_, sqlite) -> ExportFormat:
    flags = ExportFormat.json if options.json_ else ExportFormat.jsonl if options.jsonl else None
    if sum(x is not None for x in (flags, format_, sqlite)) > 1 and not (flags and flags == format_):
        raise UserError("choose one of --json, --jsonl, --format and --sqlite")
    return flags or format_ or ExportFormat.json


def _export_json(options: Options, selection) -> None:
    from .export import PARTS
    from .models import to_dict
    from .render import json as as_json

    parts = [(name, (to_dict(r) for r in selection.records(kind))) for name, kind in PARTS]
    # Written whole to a spool (on disk past a few MB) before any of it is printed, so that a
    # store found damaged half way is rebuilt and the export given once, never in two halves.
    with tempfile.SpooledTemporaryFile(max_size=EXPORT_SPOOL_BYTES, mode="w+", encoding="utf-8") as spool:
        as_json.streamed_object(selection.head(), parts, spool)
        options.settle()
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout)


def _export_lines(options: Options, selection, chosen: ExportFormat) -> None:
    """One object a line, streamed as it is made: for archives too big for one document."""
    from .export import lines
    from .render import json as as_json

    if chosen is ExportFormat.ftm:
        from .export import ftm

        made = ftm.entities(selection)
    else:
        made = lines(selection)
    options.settle()
    as_json.items(made, lines=True)


@command(formats=False, filters=False, help="""Build or refresh the index of a corpus now, with a progress bar.

Later commands then start at once. Files whose size and time are unchanged are not read again.
With --db, the corpus is one collection of a shared index, named after its folder (or
--collection), refreshed in one transaction while other indexers write other collections.

Example: nghiquyet index --corpus ~/bao-cao/""")
def index(options: Options, shard: Annotated[str | None, typer.Option(
        "--shard", metavar="K/N", show_default=False,
        help="With --db: index only the K-th of N shards of the corpus, while other indexers take the others.")
] = None) -> int:
    started = time.monotonic()
    if shard is not None:
        options.shard = _parse_shard(shard, options)
    built = options.index(always_show_progress=True)
    options.settle()
    report = built.report
    where = built.store.location
    print(f"{PROGRAM}: indexed {report.read + report.unchanged} files ({report.read} read, {report.unchanged} "
          f"unchanged, {report.removed} removed, {len(report.skipped)} skipped) in "
          f"{time.monotonic() - started:.1f} s; index: {where}", file=sys.stderr)
    return FOUND


@app.command(cls=_Command, help=_unwrapped("""The indexes kept in the cache folder: the corpus
each holds, its size, when it was last used.

The folder is $NGHIQUYET_CACHE_DIR, else $XDG_CACHE_HOME/nghiquyet, else ~/.cache/nghiquyet.
--prune removes the indexes whose corpus is gone or that were not used for --older-than
days; --clear removes them all. A removed index is built again when its corpus is next
asked about.

Example: nghiquyet cache --prune --older-than 30"""))
def cache(
        prune: Annotated[bool, typer.Option("--prune", help="Remove the indexes whose corpus is gone, or unused "
                                                             "for --older-than days.")] = False,
        older_than: Annotated[float | None, typer.Option(
            "--older-than", metavar="DAYS", min=0, show_default=False,
            help="With --prune: unused for more than this many days (default 90).")] = None,
        clear: Annotated[bool, typer.Option("--clear", help="Remove every index in the cache folder.")] = False,
        json_: Annotated[bool, typer.Option("--json", help="Print the indexes as JSON, each marked removed or not.")
                         ] = False,
) -> None:
    from . import stores
    from .index import cache_dir

    if prune and clear:
        error("choose one of --prune and --clear")
        raise typer.Exit(USAGE)
    if older_than is not None and not prune:
        error("--older-than applies only with --prune")
        raise typer.Exit(USAGE)
    folder = cache_dir()
    found = stores.stored(folder)
    removed = found if clear else stores.prunable(found, 90 if older_than is None else older_than) if prune else []
    try:
        for store in removed:
            stores.remove(store)
    except OSError as problem:
        error(f"cannot remove {problem.filename}: {problem.strerror}")
        raise typer.Exit(USAGE) from None
    _show_stores(found, removed, folder, json_)
    raise typer.Exit(FOUND if found else NOTHING)


def _show_stores(found, removed, folder: Path, json_: bool) -> None:
    out = Output.decide(Format.json if json_ else Format.table, ColorMode.auto)
    if json_:
        from .render import json as as_json

        gone = {s.path for s in removed}
        as_json.items(({**s.to_dict(), "removed": s.path in gone} for s in found), lines=False)
        return
    if removed:
        from .render.views import size

        say(f"removed {len(removed)} of {len(found)} indexes ({size(sum(s.size for s in removed))}) from {folder}")
    kept = [s for s in found if s not in removed]
    if kept:
        from .render import views

        _listing(out, kept, views.STORES, title=f"indexes in {folder}")
    elif not removed:
        say(f"no index in {folder}")


def _parse_shard(text: str, options: Options) -> tuple[int, int]:
    k, _, n = text.partition("/")
    if not (k.strip().isdecimal() and n.strip().isdecimal() and 1 <= int(k) <= int(n)):
        raise UserError(f"--shard takes K/N, such as 1/4 (K from 1 to N), not {text!r}")
    if not options.db:
        raise UserError("--shard splits a corpus among indexers of a shared index: give --db URL too")
    return int(k), int(n)


# -- corrections ------------------------------------------------------------------------------

class _SubGroup(TyperGroup):
    context_class = _Context


correct_app = typer.Typer(cls=_SubGroup, rich_markup_mode=None, no_args_is_help=True, help=_unwrapped("""Record
a correction that survives re-indexing: these records are one, this one does not exist, this field is
this value. Corrections go to nghiquyet.toml at the corpus folder's root (or --corrections FILE), a plain
TOML file you may edit and keep under version control; every command applies them.

Example: nghiquyet correct merge p-1a2b3c4d5e p-6f7a8b9c0d"""))
app.add_typer(correct_app, name="correct")

NoteOption = Annotated[str | None, typer.Option("--note", metavar="TEXT", show_default=False,
                                                help="Why: kept with the correction and shown with it.")]


def _named_argument(metavar: str, help_text: str):
    return Annotated[str, typer.Argument(metavar=metavar, help=help_text, show_default=False)]


def _id_option(name: str, help_text: str):
    return Annotated[str | None, typer.Option(name, metavar="ID", show_default=False, help=help_text)]


def _correct(options: Options, action: str, names: list[str], **details) -> int:
    from .corrections.adding import add, target_file

    options.writes_corrections = True
    options._told_skipped = options._told_corrections = True  # those are other commands' to say, and correct list's
    index = options.index()
    path = target_file(index.spec.paths, options.corrections)
    options.settle()  # the index is current before the file is written: a command answered again writes twice
    line, correction = add(index, path, options.read_corrections(index), action, names, **details)
    say(f"{path} line {line}: {correction.describe()}")
    return FOUND


@command(group=correct_app, name="merge", formats=False, filters=False, help="""These records are one
person, meeting, resolution or document. The first id is the one kept; the others still find it.

Example: nghiquyet correct merge p-1a2b3c4d5e p-6f7a8b9c0d --note "two spellings\"""")
def correct_merge(options: Options, records: Annotated[list[str], typer.Argument(
        metavar="ID...", help="Two records or more: ids, or labels only one record has.", show_default=False)],
        note: NoteOption = None) -> int:
    if len(set(records)) < 2:
        raise UserError("merge takes two records or more")
    return _correct(options, "merge", records, note=note)


@command(group=correct_app, name="set", formats=False, filters=False, help="""This field of this record
is this value. A meeting's date (2019-10-31, 2019-10, 2019, --10-31 or unknown), term, province, khoa,
ordinal, type, status, body or label; a person's name, or title or role (a list: "chủ trì, kết luận") at
a --meeting; a paper's term, number, issuer, subject or label.

Example: nghiquyet correct set m-e5f67201ff date 2019-10-31""")
def correct_set(options: Options, record: _named_argument("ID", "The record."),
                field_name: _named_argument("FIELD", "The field."), value: _named_argument("VALUE", "Its value."),
                meeting: _id_option("--meeting", "For a person's title or role: the meeting.") = None,
                note: NoteOption = None) -> int:
    return _correct(options, "set", [record], field=field_name.strip().lower(), value=value, meeting=meeting,
                    note=note)


def _record_correction(name: str, action: str, what: str, help_text: str) -> None:
    """``correct drop`` and ``correct not-person``: one record, and a note."""
    @command(group=correct_app, name=name, formats=False, filters=False, help=help_text)
    def correct_one(options: Options, record: _named_argument("ID", what), note: NoteOption = None) -> int:
        return _correct(options, action, [record], note=note)


_record_correction("drop", "drop", "The record.", """This record does not exist: it is left out of every
answer, and out of the records linked to it.

Example: nghiquyet correct drop m-e5f67201ff --note "a headline, not a meeting\"""")
_record_correction("not-person", "not_person", "The person record.", """This is not a person (a place or
an office taken for a name): it is left out, as a drop does, and only a person can be.

Example: nghiquyet correct not-person p-1a2b3c4d5e""")


@command(group=correct_app, name="title", formats=False, filters=False, help="""This title, at this
meeting, belongs to that person: the office holder the meeting names only by title is them, and they
hold the title there (with --from, the person it was given to instead does not).

Example: nghiquyet correct title m-e5f67201ff "Bí thư Tỉnh ủy" p-1a2b3c4d5e""")
def correct_title(options: Options, meeting: _named_argument("MEETING", "The meeting."),
                  title: _named_argument("TITLE", "The title."), person: _named_argument("PERSON", "Who holds it."),
                  giver: _id_option("--from", "The person the title was wrongly given to.") = None,
                  note: NoteOption = None) -> int:
    if not title.strip():
        raise UserError("the title is empty")
    return _correct(options, "title", [person], value=" ".join(title.split()), meeting=meeting, giver=giver,
                    note=note)


@command(group=correct_app, name="list", filters=False, help="""The corrections in force, each with its
file and line and whether it applies to the index as it stands (and if not, why).

Example: nghiquyet correct list --json""")
def correct_list(options: Options) -> int:
    from .corrections.adding import listed

    index = options.index()
    rows = listed(index.overlay, index.overlay.corrections if index.overlay else [])
    options.settle()
    out = options.output
    if out.format is not Format.table:
        _print_json(out, rows)
    else:
        from .render import views

        _listing(out, rows, views.CORRECTIONS)
    return FOUND if rows else NOTHING


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # before a command started, or after it ended
        sys.exit(_interrupted())
