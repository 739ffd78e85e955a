"""The peer for the echo benchmark: a single-threaded, non-blocking echo server on selectors.

Usage: python3 echo_server.py PORT   (PORT 0 lets the system choose; the port is printed)
"""
import selectors
import socket
import sys


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    sel = selectors.DefaultSelector()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(1024)
    server.setblocking(False)
    sel.register(server, selectors.EVENT_READ, None)
    print(f"echo server listening on port {server.getsockname()[1]}", flush=True)
    pending = {}  # connection -> bytes still to send back

    while True:
        for key, events in sel.select():
            sock = key.fileobj
            if key.data is None:
                conn, _ = sock.accept()
                conn.setblocking(False)
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sel.register(conn, selectors.EVENT_READ, "conn")
                continue
            if events & selectors.EVENT_READ:
                try:
                    data = sock.recv(65536)
                except ConnectionError:
                    data = b""
                if not data:
                    sel.unregister(sock)
                    pending.pop(sock, None)
                    sock.close()
                    continue
                out = pending.get(sock, b"") + data
                try:
                    sent = sock.send(out)
                except (BlockingIOError, InterruptedError):
                    sent = 0
                except ConnectionError:
                    sel.unregister(sock)
                    sock.close()
                    continue
                rest = out[sent:]
                if rest:
                    pending[sock] = rest
                    sel.modify(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, "conn")
                else:
                    pending.pop(sock, None)
            elif events & selectors.EVENT_WRITE:
                out = pending.get(sock, b"")
                sent = sock.send(out)
                rest = out[sent:]
                if rest:
                    pending[sock] = rest
                else:
                    pending.pop(sock, None)
                    sel.modify(sock, selectors.EVENT_READ, "conn")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
