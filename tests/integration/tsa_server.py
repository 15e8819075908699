#!/usr/bin/python3
"""A local RFC 3161 time-stamp authority for tests, built on `openssl ts -reply`.

usage: tsa_server.py PORT DIR [MODE]
DIR holds tsa.cnf (an OpenSSL [tsa] section), the TSA key and certificate. MODE:
  good   answer each query (default)
  other  answer with a token for a different, random imprint (a TSA that lies or a replay)
  hold   a slow TSA whose pace the test sets, not a clock: each query appends a line to DIR/asked, and is answered
         only once DIR/release exists (queries are served on their own threads, so a held one blocks no other)
Listens on 127.0.0.1 only (PORT 0: any free port); prints "ready PORT" once it accepts connections.
"""
import http.server
import os
import subprocess
import sys
import tempfile
import time

PORT = int(sys.argv[1])
DIR = sys.argv[2]
MODE = sys.argv[3] if len(sys.argv) > 3 else "good"
CONFIG = os.path.join(DIR, "tsa.cnf")


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        if length <= 0 or length > 65536 or self.headers.get("Content-Type") != "application/timestamp-query":
            self.send_error(400, "expected an application/timestamp-query body")
            return
        query = self.rfile.read(length)
        if MODE == "hold":
            with open(os.path.join(DIR, "asked"), "a") as f:
                f.write("query\n")
            release = os.path.join(DIR, "release")
            # Bounded only so that a test that never releases it does not leave a thread behind forever.
            for _ in range(6000):
                if os.path.exists(release):
                    break
                time.sleep(0.05)
        with tempfile.TemporaryDirectory() as tmp:
            q = os.path.join(tmp, "q.tsq")
            r = os.path.join(tmp, "r.tsr")
            with open(q, "wb") as f:
                f.write(query)
            if MODE == "other":
                openssl("ts", "-query", "-digest", os.urandom(32).hex(), "-sha256", "-cert", "-out", q)
            try:
                openssl("ts", "-reply", "-config", CONFIG, "-queryfile", q, "-out", r)
            except subprocess.CalledProcessError as e:
                self.send_error(500, e.stderr.decode(errors="replace")[:200])
                return
            with open(r, "rb") as f:
                body = f.read()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a cancelled request)

    def log_message(self, *args):
        pass


server_class = http.server.ThreadingHTTPServer if MODE == "hold" else http.server.HTTPServer
server = server_class(("127.0.0.1", PORT), Handler)
# PORT 0: the system picks a free port, reported here (no window between choosing a port and binding it).
print("ready %d" % server.server_address[1], flush=True)
server.serve_forever()
