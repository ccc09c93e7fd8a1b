"""Memory of the funnel board: RSS of the app with the board of N open deals shown, minus the empty app.

    python benchmarks/board_memory.py [--deals 10000]

Each figure is read in a fresh process (Linux /proc/self/status, VmRSS) with QT_QPA_PLATFORM=offscreen.
Target: the board adds at most 150 MB to the app.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
TARGET_MB = 150

PROBE = textwrap.dedent("""
    import json, sys, time
    from crm_desktop.cli import build_parser
    from crm_desktop.app import launch

    def rss_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

    app, window = launch(build_parser().parse_args(["--db", sys.argv[1]]))
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        app.processEvents()
    window.ctx.runner.wait_idle()
    app.processEvents()
    before = rss_mb()
    cards = 0
    if sys.argv[2] == "board":
        window.show_panel(2)
        panel = window.panels[2]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not panel.columns:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(50):
            app.processEvents()
        cards = sum(len(c.model.cards) for c in panel.columns)
    print(json.dumps({"before": before, "after": rss_mb(), "cards": cards}))
    window.close()
""")


def measure(db: Path, mode: str, home: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_HOME=str(home))
    out = subprocess.run([sys.executable, "-c", PROBE, str(db), mode], env=env, capture_output=True, text=True,
                         timeout=300)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the probe failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=10_000)
    args = parser.parse_args()
    import funnel

    with tempfile.TemporaryDirectory(prefix="crm-board-mem-") as tmp:
        db, _pipeline, _stages = funnel.build(Path(tmp) / "board.db", args.deals)
        db.close()
        empty = measure(Path(tmp) / "board.db", "home", Path(tmp) / "home1")
        board = measure(Path(tmp) / "board.db", "board", Path(tmp) / "home2")
    added = board["after"] - board["before"]
    verdict = "ok" if added <= TARGET_MB else "over"
    print(f"app with the Home panel: {empty['after']:.0f} MB RSS")
    print(f"board of {board['cards']:.0f} open deals: +{added:.0f} MB (target <= {TARGET_MB} MB): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
