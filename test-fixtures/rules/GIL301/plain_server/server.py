"""A request handler on a server that handles one request at a time."""
import socketserver

requests_seen = 0


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        global requests_seen
        requests_seen += 1


def serve(port):
    with socketserver.TCPServer(("127.0.0.1", port), EchoHandler) as server:
        server.serve_forever()
# fixture: clean
