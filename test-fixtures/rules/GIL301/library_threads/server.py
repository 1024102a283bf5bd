"""A request handler on a threading server, and a logging handler."""
import logging
import socketserver

requests_seen = 0
emitted = 0


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        global requests_seen
        requests_seen += 1  # expect: GIL301 {{`requests_seen += 1` reads and writes module global `requests_seen` with no lock held on several threads at once: reported because `EchoHandler.handle` runs once per request on the threads of a threading socketserver (`EchoHandler` derives from `socketserver.BaseRequestHandler`, `server.py:9`).}}
        self.request.sendall(self.request.recv(1024))


class CountingHandler(logging.Handler):
    def emit(self, record):
        global emitted
        emitted += 1  # expect: GIL301 {{`emitted += 1` reads and writes module global `emitted` with no lock held on several threads at once: reported because `CountingHandler.emit` runs on every thread that logs through the handler, with the handler's own lock held (`CountingHandler` derives from `logging.Handler`, `server.py:16`).}}
        self.last = record


def serve(port):
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), EchoHandler) as server:
        server.serve_forever()
