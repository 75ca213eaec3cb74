"""``python -m sfa.server.wait URL``: wait until a server answers /healthz (used by make run)."""

from __future__ import annotations

import sys
import time

import requests


def wait(url: str, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url.rstrip('/')}/healthz", timeout=1).ok:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.2)
    return False


if __name__ == "__main__":
    if not wait(sys.argv[1]):
        sys.exit(f"the server at {sys.argv[1]} did not start")
