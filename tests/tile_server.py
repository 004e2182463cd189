#!/usr/bin/env python3
"""A small HTTP tile server for the tests, on 127.0.0.1 only.

start DIR STATE_DIR: serves DIR on a free port, writes STATE_DIR/port and STATE_DIR/pid, and returns
once it answers (the server runs on in the background). stop STATE_DIR: ends it.

Paths under the served directory are files (tiles made by the tests' make_test_tiles). A first path
element changes what happens, so the tests can meet every way a tile service fails:
  /missing/...  404        /error/...  500 Internal Server Error
  /broken/...   200 with bytes that are no image
  /slow/...     answers after 5 s (the client's timeout is shorter)
  /once/...     the file the first time, then the connection is closed with no answer (offline)
  /count        how many tile requests have been answered, as text
  /mbtiles/NAME/{z}/{x}/{y}.png   a tile of DIR/NAME.mbtiles (its TMS rows turned to XYZ), 404 when absent
"""
import http.server
import os
import signal
import socket
import sqlite3
import sys
import threading
import time

served = {"count": 0}
once_seen = set()
lock = threading.Lock()


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/count":
            body = str(served["count"]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
            return
        with lock:
            served["count"] += 1
        parts = path.lstrip("/").split("/", 1)
        kind, rest = (parts[0], parts[1]) if len(parts) == 2 else ("", path)
        if kind == "mbtiles":
            self.mbtile(rest)
            return
        if kind == "missing":
            self.send_error(404, "Not Found")
            return
        if kind == "error":
            self.send_error(500, "Internal Server Error")
            return
        if kind == "broken":
            body = b"\x89PNG\r\n\x1a\nthis is not really an image" * 3
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if kind == "slow":
            time.sleep(5)
            self.path = "/" + rest
        elif kind == "once":
            with lock:
                seen = rest in once_seen
                once_seen.add(rest)
            if seen:
                self.close_connection = True
                return
            self.path = "/" + rest
        super().do_GET()

    def mbtile(self, rest):
        try:
            name, z, x, y = rest.split("/")
            z, x, y = int(z), int(x), int(y.split(".")[0])
            db = sqlite3.connect("file:" + os.path.join(self.directory, name + ".mbtiles") + "?mode=ro", uri=True)
            row = db.execute("SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                             (z, x, (1 << z) - 1 - y)).fetchone()
            db.close()
        except (ValueError, sqlite3.Error):
            row = None
        if not row:
            self.send_error(404, "Not Found")
            return
        body = bytes(row[0])
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if body[:4] == b"\x89PNG" else "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self):
        # Tiles must be revalidated, so a second request reaches the server (or, offline, the cache).
        if not self.path.startswith("/count"):
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def start(directory, state):
    os.makedirs(state, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **k: Handler(*a, directory=directory, **k))
    port = server.server_address[1]
    child = os.fork()
    if child != 0:
        # The parent says where the child listens, and returns once it answers.
        with open(os.path.join(state, "pid"), "w") as f:
            f.write(str(child))
        with open(os.path.join(state, "port.tmp"), "w") as f:
            f.write(str(port))
        os.rename(os.path.join(state, "port.tmp"), os.path.join(state, "port"))
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return 0
            except OSError:
                time.sleep(0.05)
        return 1
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    server.serve_forever()
    return 0


def stop(state):
    try:
        with open(os.path.join(state, "pid")) as f:
            os.kill(int(f.read()), signal.SIGTERM)
    except (OSError, ValueError):
        pass
    for name in ("pid", "port"):
        try:
            os.remove(os.path.join(state, name))
        except OSError:
            pass
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "start":
        sys.exit(start(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 3 and sys.argv[1] == "stop":
        sys.exit(stop(sys.argv[2]))
    sys.exit("usage: tile_server.py start DIR STATE_DIR | stop STATE_DIR")
