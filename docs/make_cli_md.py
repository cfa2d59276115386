"""Write docs/cli.md from the commands' own help: python docs/make_cli_md.py"""

from pathlib import Path

import typer
from typer.cli import get_docs_for_click

from nghiquyet.cli import app

CLI_MD = Path(__file__).with_name("cli.md")


def render() -> str:
    command = typer.main.get_command(app)
    context = typer.Context(command, info_name="nghiquyet")
    return get_docs_for_click(obj=command, ctx=context, name="nghiquyet").strip() + "\n"


if __name__ == "__main__":
    CLI_MD.write_text(render(), encoding="utf-8")
    print(f"wrote {CLI_MD}")
