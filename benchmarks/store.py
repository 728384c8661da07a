"""What keeping conversations costs: the library choice, and each answer's recording.

1. Start-up, in a fresh interpreter (bytecode cached): import + open (schema checked) + record
   one turn + close, for the stdlib sqlite3 store, for the same store on PostgreSQL (psycopg 3),
   and for SQLAlchemy Core + Alembic doing the same (engine, tables, Alembic's revision check,
   two inserts). The SQLAlchemy row needs `--with sqlalchemy --with alembic`; without, it says so.
2. Per answer, in one process: an offline answer with and without recording its turn, on
   SQLite and on PostgreSQL (a server started as the tests start one).

Run: uv run --with sqlalchemy --with alembic python benchmarks/store.py [runs]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import RESUME, ROOT, table

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15

STDLIB = """
import sys, time
started = time.perf_counter()
from resume_chat.events import Answered
from resume_chat.store import Recorder, utc_now
history = Recorder.from_environment({"RESUME_CHAT_DATABASE_URL": sys.argv[1]}, print)
log = history.begin("ask", model="m")
log.record("Where did she study?", Answered("KTH.", "m", None, 0.1), utc_now())
history.close()
print((time.perf_counter() - started) * 1000)
"""

SQLALCHEMY = """
import sys, time, uuid, datetime
started = time.perf_counter()
import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.operations import Operations
import alembic.command, alembic.config, alembic.script  # what an app running upgrade imports
metadata = sa.MetaData()
conversations = sa.Table("conversations", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("source", sa.Text),
    sa.Column("model", sa.Text), sa.Column("started_at", sa.Text))
turns = sa.Table("turns", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("conversation_id", sa.Text),
    sa.Column("question", sa.Text), sa.Column("answer", sa.Text), sa.Column("state", sa.Text),
    sa.Column("asked_at", sa.Text))
engine = sa.create_engine("sqlite:///" + sys.argv[1])
with engine.begin() as connection:
    context = MigrationContext.configure(connection)
    if context.get_current_revision() is None:
        metadata.create_all(connection)
    now = datetime.datetime.now(datetime.UTC).isoformat()
    cid = uuid.uuid4().hex
    connection.execute(conversations.insert().values(
        id=cid, source="ask", model="m", started_at=now))
    connection.execute(turns.insert().values(id=uuid.uuid4().hex, conversation_id=cid,
        question="Where did she study?", answer="KTH.", state="answered", asked_at=now))
engine.dispose()
print((time.perf_counter() - started) * 1000)
"""


def in_fresh_interpreter(script: str, target: str, env: dict[str, str]) -> list[float]:
    samples = []
    for run in range(RUNS + 2):
        done = subprocess.run(
            [sys.executable, "-c", script, target], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1])
        if run >= 2:  # the first runs compile bytecode and create the database
            samples.append(float(done.stdout.strip().splitlines()[-1]))
    return samples


def postgres_url() -> tuple[object, str] | None:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.postgres import start_server

        server = start_server()
    except BaseException as error:  # pytest.skip raises an exception of its own
        print(f"(no PostgreSQL server: {error})")
        return None
    return server, server.database()


async def answers(url: str | None, count: int) -> float:
    """Milliseconds per offline answer, recording each turn at `url` (None: not recording)."""
    from resume_chat.answerer.offline import OFFLINE_MODEL, OfflineAnswerer
    from resume_chat.events import Answered
    from resume_chat.resume import load_resume
    from resume_chat.session import ChatSession
    from resume_chat.store import Recorder, utc_now

    resume = load_resume(Path(RESUME))
    session = ChatSession(resume, OfflineAnswerer(resume), model=OFFLINE_MODEL)
    history = Recorder.from_environment(
        {"RESUME_CHAT_DATABASE_URL": url or "", "RESUME_CHAT_STORE": "on" if url else "off"},
        print,
    )
    log = history.begin("chat", resume=resume, model=OFFLINE_MODEL)
    started = time.perf_counter()
    for _ in range(count):
        asked = utc_now()
        session.clear()
        async for event in session.ask("Where did she study?"):
            if isinstance(event, Answered):
                log.record("Where did she study?", event, asked)
    elapsed = time.perf_counter() - started
    history.close()
    await session.aclose()
    return elapsed * 1000 / count


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pg = postgres_url()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        options = [
            ("stdlib sqlite3 (chosen)", STDLIB, str(Path(folder) / "a.db")),
            ("SQLAlchemy Core + Alembic, SQLite", SQLALCHEMY, str(Path(folder) / "b.db")),
        ]
        if pg is not None:
            options.insert(1, ("psycopg 3, PostgreSQL (same store)", STDLIB, pg[1]))
        for label, script, target in options:
            try:
                samples = in_fresh_interpreter(script, target, env)
            except RuntimeError as error:
                rows.append([label, "—", "—", f"not run: {error}"])
                continue
            rows.append([label, f"{statistics.median(samples):.1f}", f"{min(samples):.1f}", ""])
        print(f"Start-up: import + open + record one turn, median of {RUNS} fresh runs\n")
        print(table(["option", "median ms", "min ms", "note"], rows))

        count = 200
        base = asyncio.run(answers(None, count))
        per = [["not recording", f"{base:.3f}", "—"]]
        sqlite_ms = asyncio.run(answers(str(Path(folder) / "c.db"), count))
        per.append(["recording, SQLite", f"{sqlite_ms:.3f}", f"{sqlite_ms - base:+.3f}"])
        if pg is not None:
            pg_ms = asyncio.run(answers(pg[1], count))
            per.append(["recording, PostgreSQL (loopback)", f"{pg_ms:.3f}", f"{pg_ms - base:+.3f}"])
        print(f"\nPer answer: {count} offline answers in one chat, ms each\n")
        print(table(["", "ms per answer", "cost of recording"], per))
    if pg is not None:
        pg[0].close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
