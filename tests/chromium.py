"""Headless Chromium driven over the DevTools protocol, for the digest page's browser checks.

The protocol, not ``chromium --dump-dom``: headless windows are at least 500 px wide, so a
phone's 390 px needs Emulation.setDeviceMetricsOverride, and the checks read the DOM and
the layout after the load, when any script the page let through would have run.
Runtime.evaluate comes from DevTools, so the page's Content-Security-Policy does not stop it.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")

# Every element whose box reaches past the screen's right edge, or starts left of it. The
# screen's width, not the layout's: a page without a viewport meta is laid out 980 px wide
# on a phone, and that is an overflow too.
OVERFLOW_JS = """((width) => {
  const over = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5))
      over.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                + ' ' + Math.round(box.left) + '-' + Math.round(box.right));
  }
  return JSON.stringify({width: document.documentElement.clientWidth,
                         scroll: document.documentElement.scrollWidth, over: over});
})(%d)"""


def browser_path() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def need_browser() -> str:
    """The browser, or a skip that says why and how to get it."""
    path = browser_path()
    if path is None:
        pytest.skip("no Chromium found (Debian: apt-get install chromium; .ci/run installs it)")
    try:
        import websocket  # noqa: F401
    except ImportError:
        pytest.skip("websocket-client is missing (pip install '.[test]')")
    return path


class Chromium:
    """One headless browser, one tab; ``open`` a page at a width, then evaluate and shoot."""

    def __init__(self, path: str) -> None:
        self._profile = tempfile.mkdtemp(prefix="brief-chromium-")
        self._process = subprocess.Popen(
            [path, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--hide-scrollbars", "--remote-debugging-port=0",
             "--remote-allow-origins=*", f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            pages = [t for t in json.load(r) if t.get("type") == "page"]
        import websocket

        self._ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30,
                                               suppress_origin=True)
        self._id = 0
        self._width = 0
        self._events: list[dict] = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def _port(self) -> int:
        active = os.path.join(self._profile, "DevToolsActivePort")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if os.path.exists(active):
                with open(active, encoding="ascii") as stream:
                    first = stream.readline().strip()
                if first.isdigit():
                    return int(first)
            if self._process.poll() is not None:
                break
            time.sleep(0.05)
        self.close()
        raise RuntimeError("Chromium did not start its DevTools endpoint")

    def call(self, method: str, **params) -> dict:
        self._id += 1
        ident = self._id
        self._ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._events.append(message)

    def _wait_event(self, name: str) -> dict:
        while True:
            for n, event in enumerate(self._events):
                if event.get("method") == name:
                    return self._events.pop(n)
            self._events.append(json.loads(self._ws.recv()))

    def open(self, url: str, width: int, height: int = 900, scheme: str = "light") -> None:
        """Load ``url`` at ``width`` CSS pixels, the reader's system set to ``scheme``."""
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)
        self.call("Emulation.setEmulatedMedia",
                  features=[{"name": "prefers-color-scheme", "value": scheme}])
        self._width = width
        self._events.clear()
        self.call("Page.navigate", url=url)
        self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate: {result['exceptionDetails']}")
        return result["result"].get("value")

    def overflow(self) -> dict:
        """The layout's width and scroll width, and the elements past the screen's edge."""
        return json.loads(self.evaluate(OVERFLOW_JS % self._width))

    def screenshot(self, path: str, full_page: bool = True) -> None:
        params: dict = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"],
                              "height": min(size["height"], 4000), "scale": 1}
        data = self.call("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as stream:
            stream.write(base64.b64decode(data))

    def close(self) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            ws.close()
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)
