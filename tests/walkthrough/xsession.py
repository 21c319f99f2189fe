"""A real X server (Xvfb) and real input (xdotool) for the walkthrough.

Keys and clicks go through the X server to whatever window and widget have focus,
exactly as a USB barcode scanner's or a secretary's do; nothing here chooses the widget
that receives them. There is no window manager (as on a kiosk session): the harness
places each window and gives it the X input focus the way a click on its frame would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SCANNER_DELAY_MS = 5  # a USB scanner types about a character every 5 ms
TYPIST_DELAY_MS = 12


class XSessionError(RuntimeError):
    pass


def require_tools() -> None:
    """Fail with the install command (scripts/sysdeps.sh installs them under make test)."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        raise XSessionError(
            f"{', '.join(missing)} not found: run 'make sysdeps' "
            "(or apt-get install xvfb xdotool) for the GUI walkthrough"
        )


class XSession:
    """One Xvfb display of the given size; stopped with :meth:`close`."""

    def __init__(self, width: int, height: int) -> None:
        require_tools()
        self.width, self.height = width, height
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise XSessionError("Xvfb did not start")
        self.display = f":{number}"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=30
        )
        if done.returncode != 0 and "--sync" not in args:
            raise XSessionError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    # ------------------------------------------------------------------ windows
    def windows_of(self, pid: int) -> list[str]:
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "."],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=30,
        )
        return done.stdout.split()

    def wait_window(self, pid: int, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows_of(pid)
            if found:
                return found[-1]
            time.sleep(0.1)
        raise XSessionError(f"no window from process {pid} after {timeout:.0f} s")

    def place(self, window: str, x: int, y: int, width: int, height: int) -> None:
        self.xdotool("windowmove", window, str(x), str(y))
        self.xdotool("windowsize", window, str(width), str(height))

    def focus(self, window: str) -> None:
        """Give the window the keyboard, as clicking its title bar would."""
        self.xdotool("windowraise", window)
        self.xdotool("windowfocus", "--sync", window)

    # ------------------------------------------------------------------ input
    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.05)

    def type(self, text: str, delay_ms: int = TYPIST_DELAY_MS) -> None:
        self.xdotool("type", "--delay", str(delay_ms), text)

    def scan(self, code: str) -> None:
        """A barcode scanner: the code at scanner speed, then Return."""
        self.xdotool("type", "--delay", str(SCANNER_DELAY_MS), code)
        self.xdotool("key", "Return")

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "1")
        time.sleep(0.05)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def shots_dir(root: Path, size: tuple[int, int]) -> Path:
    folder = root / f"{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):  # this run's steps only
        old.unlink()
    return folder
