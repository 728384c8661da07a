"""The package's regular expressions, compiled once per installation rather than once per run.

Compiling is the larger part of an offline answer's start-up: `re` parses and compiles each
pattern in Python, and the answerer's word lists (months, section titles and languages in a
dozen languages) make for large patterns, about 50 ms of a run. As the interpreter keeps
bytecode, this module keeps what `re` compiles each pattern to (the `_sre` program, its code
words kept as bytes) in the user's cache folder, keyed by the pattern and the interpreter's
regex engine, and the next run builds each pattern object from it directly: a few microseconds each.

Only the package's own, fixed patterns go through this module (module constants and literals;
its `search`, `sub` and the rest are `re`'s, for str patterns);
patterns built from a question or a resume use `re.compile`, so nobody's words are kept on
disk and the file stays small. The stored program is the one `re.compile` makes and the engine
validates it when it is loaded; anything unexpected (another interpreter, a damaged file, a
private `re` API that moved) falls back to `re.compile`, so the cache can make a run faster but
never different. RESUME_CHAT_CACHE=off turns it off, as it does the reading cache.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

from resume_chat.userdirs import cache_folder

# Programs kept at most; a file over this is rewritten with only the patterns of its last run.
MAX_KEPT = 4000

Key = tuple[str, int]
# The engine's code kept as the bytes of an array of its code words: a list of integers would
# cost every run the unmarshalling of each one of them (about 130,000 for 300 patterns), where
# bytes cost a copy, and a pattern's list is made only when the pattern is built.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
FORMAT = 2  # in the file's name: a file of the first format (code as lists) is not read


class Programs:
    """The programs kept in one file: read on first use, this run's new ones added at exit."""

    def __init__(self, file: Path | None = None, limit: int = MAX_KEPT) -> None:
        self._file = file  # None: the user's cache folder, worked out on first use
        self.limit = limit
        self._kept: dict[Key, Program] | None = None
        self._made: dict[Key, Program] = {}  # compiled by this run, not yet in the file
        self.used: set[Key] = set()

    @property
    def file(self) -> Path:
        if self._file is None:
            # Other Pythons, other engines and other formats each have their own file.
            tag = f"{sys.implementation.cache_tag}-{_engine().MAGIC}-{FORMAT}"
            self._file = cache_folder("patterns") / f"patterns-{tag}.sre"
        return self._file

    def build(self, pattern: str, flags: int) -> re.Pattern[str]:
        """The pattern object, from the kept program or from a new one that is then kept."""
        key = (pattern, flags := int(flags))  # a plain int: marshal keeps no RegexFlag
        self.used.add(key)
        program = self._programs().get(key)
        if program is not None:
            try:
                return _built(pattern, program)
            except (RuntimeError, TypeError, ValueError):
                pass  # a damaged or foreign program (the engine checks it): compile afresh
        try:
            program = _program(pattern, flags)
        except (AttributeError, ImportError, TypeError):  # a Python whose re works otherwise
            return re.compile(pattern, flags)
        if not self._made and enabled():
            atexit.register(self.save)
        self._made[key] = program
        return _built(pattern, program)

    def _programs(self) -> dict[Key, Program]:
        if self._kept is None:
            self._kept = {}
            if enabled():
                try:
                    loaded = marshal.loads(self.file.read_bytes())
                    self._kept = loaded if isinstance(loaded, dict) else {}
                except (OSError, ValueError, EOFError, TypeError):
                    pass
        return self._kept

    def save(self) -> None:
        """Add this run's new programs to the file (written whole, then moved into place)."""
        if not self._made or not enabled():
            return
        kept = {**self._programs(), **self._made}
        if len(kept) > self.limit:  # patterns of older versions: start again from this run's
            kept = {key: program for key, program in kept.items() if key in self.used}
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as file:
                file.write(marshal.dumps(kept))
            partial.replace(self.file)
        except (OSError, ValueError):  # OSError: no home folder to be had too (NoHomeFolder)
            return
        self._kept, self._made = kept, {}


KEPT = Programs()
_compiled: dict[Key, re.Pattern[str]] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the kept program when there is one."""
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = KEPT.build(*key)
    return found


def compiled(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """A package's own pattern (a string) built from its kept program; a compiled one, made of
    a question's or a resume's words by `re`, as it is (never kept)."""
    return compile(pattern) if isinstance(pattern, str) else pattern


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(string)


Replacement = str | Callable[[re.Match[str]], str]


def sub(pattern: str, repl: Replacement, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str, repl: Replacement, string: str, count: int = 0, flags: int = 0
) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def _program(pattern: str, flags: int) -> Program:
    """What `re.compile` hands the engine for this pattern (`re._compiler` of Python 3.11+)."""
    parser: Any = import_module("re._parser")
    compiler: Any = import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = array(_code_type(), [int(op) for op in compiler._code(parsed, flags)]).tobytes()
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(by_index))


def _engine() -> Any:
    return import_module("_sre")


def _code_type() -> str:
    """The array type of the engine's code words (`_sre.CODESIZE` bytes each)."""
    size = _engine().CODESIZE
    return next(kind for kind in "IL" if array(kind).itemsize == size)


def _built(pattern: str, program: Program) -> re.Pattern[str]:
    """The pattern object the engine makes of a program; a TypeError or a ValueError for one
    not of this format, a RuntimeError for code the engine refuses."""
    flags, code, *rest = program
    if not isinstance(code, bytes):
        raise TypeError("a program's code is kept as bytes")
    words = array(_code_type(), code).tolist()
    return _engine().compile(pattern, flags, words, *rest)  # type: ignore[no-any-return]


def enabled() -> bool:
    return os.environ.get("RESUME_CHAT_CACHE", "on").lower() not in ("off", "0", "no", "false")
