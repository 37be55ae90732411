"""A real HTTP server on 127.0.0.1 for the web-ingest tests: no mocks, real sockets."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict, bytes]]


class LocalServer:
    """Serve ``routes`` (path -> callable returning status, headers, body) on a free port.

    Every request is logged as ``(path, headers)`` so tests can check what was asked.
    """

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"
                else:
                    status, headers, body = route(self)
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (timeouts, size caps): expected

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def html(body: str | bytes, status: int = 200, **headers) -> Route:
    data = body.encode() if isinstance(body, str) else body
    return lambda handler: (status, {"Content-Type": "text/html; charset=utf-8", **headers}, data)


def raw(body: bytes, content_type: str, status: int = 200, **headers) -> Route:
    return lambda handler: (status, {"Content-Type": content_type, **headers}, body)


def redirect(location: str, status: int = 302) -> Route:
    return lambda handler: (status, {"Location": location}, b"")


def slow(seconds: float, route: Route) -> Route:
    def respond(handler):
        time.sleep(seconds)
        return route(handler)

    return respond


def flaky(failures: int, route: Route) -> Route:
    """Answer 503 ``failures`` times, then as ``route`` does."""
    count = {"n": 0}

    def respond(handler):
        count["n"] += 1
        if count["n"] <= failures:
            return 503, {"Content-Type": "text/plain", "Retry-After": "0"}, b"busy"
        return route(handler)

    return respond
