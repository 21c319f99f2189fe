"""One running Rakor Desktop process (the app or the kiosk) under the walkthrough.

It is started as a person starts it (``python -m rakor_desktop``), on the X display of
an :class:`~tests.walkthrough.xsession.XSession`, with the read-only UI probe
(``rakor_desktop/ui/probe.py``) listening on a socket so the test can see what is on
screen: which widget holds the keyboard focus, what the labels say, where a name is.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.walkthrough.xsession import XSession

REPO = Path(__file__).resolve().parents[2]


class StationError(AssertionError):
    pass


class Station:
    def __init__(
        self,
        x: XSession,
        name: str,
        args: list[str],
        workdir: Path,
        env: dict[str, str],
    ) -> None:
        self.x, self.name = x, name
        self.probe_path = str(workdir / f"{name}.probe")
        self.log = open(workdir / f"{name}.log", "w")  # noqa: SIM115 - closed in stop()
        full_env = x.env()
        full_env.update(env)
        full_env.pop("RAKOR_TODAY", None)  # the pinned RAKOR_NOW is the clock
        full_env["RAKOR_UI_PROBE"] = self.probe_path
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "rakor_desktop", *args],
            cwd=REPO,
            env=full_env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.window = x.wait_window(self.proc.pid, timeout=60)

    # ------------------------------------------------------------------ probe
    def _ask(self, request: str) -> dict[str, Any]:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sock.settimeout(20)
                    sock.connect(self.probe_path)
                    sock.sendall((request + "\n").encode())
                    data = b""
                    while not data.endswith(b"\n"):
                        chunk = sock.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                return json.loads(data)
            except (FileNotFoundError, ConnectionRefusedError, json.JSONDecodeError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise StationError(f"{self.name}: the UI probe does not answer") from None
                time.sleep(0.1)

    def state(self) -> dict[str, Any]:
        return self._ask("state")

    def shot(self, path: Path) -> Path:
        reply = self._ask(f"shot {path}")
        assert reply.get("ok"), f"{self.name}: screenshot failed: {reply}"
        return path

    def widgets(self, state: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        for window in (state or self.state())["windows"]:
            yield from window["widgets"]

    def focus(self) -> dict[str, Any] | None:
        return self.state()["focus"]

    def wait(self, what: str, test: Callable[[dict[str, Any]], Any], timeout: float = 15) -> Any:
        """Poll the screen until ``test(state)`` is truthy; fail naming ``what``."""
        deadline = time.monotonic() + timeout
        state: dict[str, Any] = {}
        while time.monotonic() < deadline:
            state = self.state()
            found = test(state)
            if found:
                return found
            time.sleep(0.1)
        focus = state.get("focus") or {}
        texts = [w.get("text") for w in self.widgets(state) if w.get("text")][:60]
        raise StationError(
            f"{self.name}: {what} not seen within {timeout:.0f} s; focus on "
            f"{focus.get('class')} '{focus.get('name')}'; visible texts: {texts}"
        )

    def wait_text(self, needle: str, timeout: float = 15) -> dict[str, Any]:
        return self.wait(
            f"text '{needle}'",
            lambda s: next((w for w in self.widgets(s) if needle in (w.get("text") or "")), None),
            timeout,
        )

    def wait_focus(self, name: str, timeout: float = 15) -> dict[str, Any]:
        return self.wait(
            f"keyboard focus on '{name}'",
            lambda s: s["focus"] if s["focus"] and s["focus"]["name"] == name else None,
            timeout,
        )

    # ------------------------------------------------------------------ input
    def activate(self) -> None:
        """Bring this station's main window to the keyboard (a click on its frame)."""
        windows = self.wait("a window", lambda s: s["windows"])
        main = next(w for w in windows if w["class"] in ("MainWindow", "KioskWindow"))
        self.focus_window(re.escape(main["title"]))

    def focus_window(self, title: str, timeout: float = 15) -> None:
        """Give a newly opened dialog the keyboard, the part a window manager plays.

        There is no window manager on this screen (as on a locked-down door laptop), so
        nothing else would hand the X focus to a dialog the app just opened.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run(
                [
                    "xdotool",
                    "search",
                    "--onlyvisible",
                    "--pid",
                    str(self.proc.pid),
                    "--name",
                    title,
                ],
                env=self.x.env(),
                capture_output=True,
                text=True,
                timeout=30,
            )
            found = done.stdout.split()
            if found:
                self.x.focus(found[-1])
                self.wait(
                    f"window '{title}' active",
                    lambda s: re.search(title, s["active"] or "") is not None,
                )
                return
            time.sleep(0.1)
        raise StationError(f"{self.name}: no window titled '{title}' within {timeout:.0f} s")

    def widget(self, test: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        return self.wait(what, lambda s: next((w for w in self.widgets(s) if test(w)), None))

    def click_text(self, text: str) -> None:
        """Click the (first) visible button or label showing exactly ``text``."""
        self.click_on(self.widget(lambda w: w.get("text") == text, f"'{text}'")["rect"])

    def click_on(self, rect: list[int]) -> None:
        x, y, w, h = rect
        self.x.click(x + w // 2, y + h // 2)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


def log_text(workdir: Path, name: str) -> str:
    path = workdir / f"{name}.log"
    return path.read_text(errors="replace") if path.exists() else ""


def env_for(now: str, home: Path) -> dict[str, str]:
    """A station's environment: the pinned clock and its own settings folders."""
    return {
        "RAKOR_NOW": now,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        **{k: v for k, v in os.environ.items() if k.startswith("QT_") and k != "QT_QPA_PLATFORM"},
    }
