"""The code keeps one style, so the next person reads one way of writing (ruff, pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "fss_logic", "tools", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_is_formatted():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "fss_logic", "tools", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
