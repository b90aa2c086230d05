"""`outreach-server` on a machine without its [server] extras says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

#: Run before anything else by Python itself (site imports sitecustomize from the path):
#: a module set to None in sys.modules cannot be imported, as if it were not installed.
BLOCK = "import sys\nfor name in {names!r}:\n    sys.modules[name] = None\n"


def _server(
    tmp_path: Path, blocked: tuple[str, ...], *args: str
) -> subprocess.CompletedProcess[str]:
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(BLOCK.format(names=blocked))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shim), str(ROOT)])}
    code = "import sys; from sync.server.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "blocked", [("fastapi",), ("fastapi", "uvicorn", "sqlalchemy")], ids=["fastapi", "all"]
)
@pytest.mark.parametrize("args", [("serve",), ("teams",), ()], ids=["serve", "teams", "none"])
def test_without_its_extras_the_server_says_what_to_install(
    tmp_path: Path, blocked: tuple[str, ...], args: tuple[str, ...]
) -> None:
    done = _server(tmp_path, blocked, "--lang", "en", *args)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "ImportError" not in done.stderr
    assert done.stderr.startswith(
        f"Head office's server needs packages that are not installed ({', '.join(blocked)})."
    )
    assert "bash packaging/head-office.sh" in done.stderr
    assert "pip install -e '.[server]'" in done.stderr
    assert done.stdout == ""


def test_the_shim_blocks_only_what_it_names(tmp_path: Path) -> None:
    """The same shim with nothing blocked: the server's command works (so the test above
    fails for the extras, not for the shim)."""
    done = _server(tmp_path, (), "--db", f"sqlite:///{tmp_path / 'hq.sqlite3'}", "teams")
    assert done.returncode == 0, done.stderr
    assert "No teams yet" in done.stdout
