"""The floor for start-up: a bare Typer hello-world app.

With PLAIN=1 it turns off shell completion, Rich help and tracebacks, as resume-chat does:
the stricter floor.
"""

import os

import typer

if os.environ.get("PLAIN"):
    app = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False, add_completion=False)
else:
    app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")


if __name__ == "__main__":
    app()
