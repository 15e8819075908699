#!/usr/bin/python3
"""A local law-enforcement endpoint speaking LP Desk agency protocol v1 (docs/agency-protocol.md), for tests.

usage: agency_server.py PORT DIR [CLIENT_CA]   (PORT 0: any free port, printed as "ready PORT")
With CLIENT_CA the endpoint requires a TLS client certificate issued by it (mutual TLS) and accepts it in place of
an API key or token.
DIR holds server.pem / server.key (TLS), signer.pem (the organisation signing certificate it trusts) and
api-key.txt. It verifies the API key, Content-Digest (RFC 9530) and the RFC 9421 signature of every signed
request, implements idempotent creation and tus 1.0.0 uploads, and issues receipts. Behaviour for a test is
read from DIR/control.json before every request:
  {"create_503": N}          answer the next N creations 503 with Retry-After: 1
  {"retry_after": "VALUE"}   the Retry-After those 503 answers carry instead (seconds or an HTTP-date)
  {"create_drop": N}         store the next N creations, then drop the connection without answering
  {"drop_after": BYTES}      once, drop an upload connection when the received data reaches BYTES
  {"patch_delay_ms": MS}     sleep before answering each PATCH
  {"token_uses": N}          OAuth2 tokens issued from now on are good for N requests (default 1000)
  {"foreign_urls": URL}      name URL (another host or port) as the origin of upload_url and complete_url
  {"foreign_location": URL}  name URL as the origin of the tus Location of new uploads
OAuth2 client credentials (RFC 6749 4.4) at POST /oauth/token when DIR/oauth-client.txt holds "id:secret".
The status of a completed submission (GET /api/v1/submissions/ID/status) is DIR/status.json as it is at the time,
for every completed submission (404 while that file is missing).
Every request is logged as a JSON line in DIR/log.jsonl; received files are written to DIR/received/; signed
requests are captured with their headers and body in DIR/captured.jsonl.
"""
import base64
import hashlib
import http.server
import json
import os
import re
import socket
import ssl
import sys
import threading
import time
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils

PORT = int(sys.argv[1])
DIR = sys.argv[2]
ORIGIN = "https://127.0.0.1:%d" % PORT
CLIENT_CA = sys.argv[3] if len(sys.argv) > 3 else None
LOCK = threading.Lock()
UPLOAD_LOCK = threading.Lock()  # offsets and files of the tus uploads
SIGNER = x509.load_pem_x509_certificate(open(os.path.join(DIR, "signer.pem"), "rb").read())
API_KEY = open(os.path.join(DIR, "api-key.txt")).read().strip()
try:
    OAUTH_CLIENT = open(os.path.join(DIR, "oauth-client.txt")).read().strip()  # "id:secret"
except OSError:
    OAUTH_CLIENT = None
tokens = {}  # bearer token -> uses left
submissions = {}  # idempotency key -> answer
uploads = {}  # upload id -> {"length", "offset", "path", "sha256"}
receipts = {}
os.makedirs(os.path.join(DIR, "received"), exist_ok=True)


def control():
    try:
        return json.load(open(os.path.join(DIR, "control.json")))
    except (OSError, ValueError):
        return {}


def consume(key):
    """Decrements a counter in control.json; True when it was positive."""
    with LOCK:
        c = control()
        if c.get(key, 0) > 0:
            c[key] -= 1
            json.dump(c, open(os.path.join(DIR, "control.json"), "w"))
            return True
        return False


def log(entry):
    with LOCK, open(os.path.join(DIR, "log.jsonl"), "a") as f:
        f.write(json.dumps(entry) + "\n")


def authorized(handler):
    if handler.headers.get("X-Api-Key") == API_KEY:
        return True
    if CLIENT_CA and handler.connection.getpeercert():
        return True
    auth = handler.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        with LOCK:
            left = tokens.get(auth[7:], 0)
            if left > 0:
                tokens[auth[7:]] = left - 1
                return True
    return False


def verify_signature(handler, body):
    """None when the request is authentic, else the reason. Every signed request is also captured to
    DIR/captured.jsonl with this endpoint's verdict on its digest and signature, so that tests/node/verify_captured.mjs
    can check the same requests with independent RFC 9421 / RFC 9530 implementations."""
    if not authorized(handler):
        return "wrong or missing API key or access token"
    why = check_digest_and_signature(handler, body)
    with LOCK, open(os.path.join(DIR, "captured.jsonl"), "a") as f:
        f.write(json.dumps({"method": handler.command, "url": ORIGIN + handler.path,
                            "headers": {k.lower(): v for k, v in handler.headers.items()},
                            "body": base64.b64encode(body).decode(), "verdict": why or "ok"}) + "\n")
    return why


def check_digest_and_signature(handler, body):
    digest = handler.headers.get("Content-Digest", "")
    expected = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
    if digest != expected:
        return "Content-Digest does not match the body"
    si = handler.headers.get("Signature-Input", "")
    sig = handler.headers.get("Signature", "")
    m = re.fullmatch(r'sig1=(\((?:"[^"]+" ?)*\);created=(\d+);keyid="[^"]*";alg="ecdsa-p256-sha256")', si)
    s = re.fullmatch(r"sig1=:([A-Za-z0-9+/=]+):", sig)
    if not m or not s:
        return "no RFC 9421 signature"
    if abs(int(m.group(2)) - time.time()) > 300:
        return "signature too old or from the future"
    names = re.findall(r'"([^"]+)"', m.group(1).split(")")[0])
    lines = []
    for name in names:
        if name == "@method":
            value = handler.command
        elif name == "@target-uri":
            value = ORIGIN + handler.path
        else:
            value = handler.headers.get(name)
            if value is None:
                return "covered field %s missing" % name
        lines.append('"%s": %s' % (name, value.strip()))
    lines.append('"@signature-params": ' + m.group(1))
    base = "\n".join(lines).encode()
    raw = base64.b64decode(s.group(1))
    if len(raw) != 64:
        return "signature is not r||s"
    der = utils.encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        SIGNER.public_key().verify(der, base, ec.ECDSA(hashes.SHA256()))
    except Exception:
        return "signature does not verify"
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, obj=None, headers=None):
        body = json.dumps(obj).encode() if obj is not None else b""
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if obj is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def do_POST(self):
        if self.path == "/oauth/token":
            body = self.body()
            auth = self.headers.get("Authorization", "")
            given = base64.b64decode(auth[6:]).decode() if auth.startswith("Basic ") else ""
            if not OAUTH_CLIENT or given != OAUTH_CLIENT or body != b"grant_type=client_credentials":
                log({"kind": "token", "status": 401})
                return self.answer(401, {"error": "invalid_client"})
            token = uuid.uuid4().hex
            with LOCK:
                tokens[token] = control().get("token_uses", 1000)
            log({"kind": "token", "status": 200})
            return self.answer(200, {"access_token": token, "token_type": "bearer", "expires_in": 60})
        if self.path == "/api/v1/submissions":
            body = self.body()
            why = verify_signature(self, body)
            if why:
                log({"kind": "create", "status": 401, "why": why})
                return self.answer(401, {"error": why})
            if consume("create_503"):
                log({"kind": "create", "status": 503})
                return self.answer(503, {"error": "busy"}, {"Retry-After": str(control().get("retry_after", "1"))})
            key = self.headers.get("Idempotency-Key")
            with LOCK:
                replay = key in submissions
                if not replay:
                    sid = "AG-" + uuid.uuid4().hex[:10]
                    origin = control().get("foreign_urls", ORIGIN)
                    submissions[key] = {"id": sid, "upload_url": origin + "/files/",
                                        "complete_url": origin + "/api/v1/submissions/%s/complete" % sid}
            log({"kind": "create", "status": 200 if replay else 201, "body": json.loads(body)})
            if consume("create_drop"):
                return self.drop()
            return self.answer(200 if replay else 201, submissions[key],
                               {"Location": ORIGIN + "/api/v1/submissions/" + submissions[key]["id"]})
        if self.path == "/files/":
            if not authorized(self):
                log({"kind": "tus-create", "status": 401})
                return self.answer(401, {"error": "not authorized"})
            if self.headers.get("Tus-Resumable") != "1.0.0":
                return self.answer(412, {"error": "tus 1.0.0 only"})
            uid = uuid.uuid4().hex
            meta = dict(p.split(" ") for p in self.headers.get("Upload-Metadata", "").split(",") if " " in p)
            path = os.path.join(DIR, "received", uid)
            open(path, "wb").close()
            uploads[uid] = {"length": int(self.headers["Upload-Length"]), "offset": 0, "path": path,
                            "sha256": base64.b64decode(meta.get("sha256", "")).decode(),
                            "filename": base64.b64decode(meta.get("filename", "")).decode(),
                            "submission": base64.b64decode(meta.get("submission", "")).decode()}
            log({"kind": "tus-create", "status": 201, "length": uploads[uid]["length"],
                 "filename": uploads[uid]["filename"], "path": path})
            foreign = control().get("foreign_location", "")
            return self.answer(201, None, {"Location": foreign + "/files/" + uid, "Tus-Resumable": "1.0.0"})
        m = re.fullmatch(r"/api/v1/submissions/([^/]+)/complete", self.path)
        if m:
            body = self.body()
            why = verify_signature(self, body)
            if why:
                log({"kind": "complete", "status": 401, "why": why})
                return self.answer(401, {"error": why})
            sid = m.group(1)
            mine = [u for u in uploads.values() if u["submission"] == sid]
            if not mine or any(u["offset"] != u["length"] for u in mine):
                log({"kind": "complete", "status": 409})
                return self.answer(409, {"error": "upload not finished"})
            with LOCK:
                if sid not in receipts:
                    hashes = {u["filename"]: hashlib.sha256(open(u["path"], "rb").read()).hexdigest() for u in mine}
                    receipts[sid] = {"report_number": "CPD-2026-%06d" % (len(receipts) + 4711),
                                     "received_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                     "sha256": hashes}
            package = [u["path"] for u in mine if u["filename"] == "package.zip"]
            log({"kind": "complete", "status": 200, "receipt": receipts[sid], "file": package[0] if package else ""})
            return self.answer(200, {"receipt": receipts[sid]})
        self.answer(404, {"error": "no such endpoint"})

    def do_GET(self):
        m = re.fullmatch(r"/api/v1/submissions/([^/]+)/status", self.path)
        if not m:
            return self.answer(404, {"error": "no such endpoint"})
        if not authorized(self):
            log({"kind": "status", "status": 401})
            return self.answer(401, {"error": "not authorized"})
        try:
            status = json.load(open(os.path.join(DIR, "status.json")))
        except OSError:
            status = None
        if m.group(1) not in receipts or status is None:
            log({"kind": "status", "status": 404})
            return self.answer(404, {"error": "no status"})
        log({"kind": "status", "status": 200})
        return self.answer(200, {"status": status})

    def do_HEAD(self):
        if not authorized(self):
            return self.answer(401)
        uid = self.path.rsplit("/", 1)[-1]
        if uid not in uploads:
            return self.answer(404)
        log({"kind": "head", "offset": uploads[uid]["offset"]})
        self.send_response(200)
        self.send_header("Upload-Offset", str(uploads[uid]["offset"]))
        self.send_header("Upload-Length", str(uploads[uid]["length"]))
        self.send_header("Tus-Resumable", "1.0.0")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PATCH(self):
        if not authorized(self):
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            log({"kind": "patch", "status": 401, "received": 0})
            return self.answer(401, {"error": "not authorized"})
        uid = self.path.rsplit("/", 1)[-1]
        u = uploads.get(uid)
        if not u:
            return self.answer(404, {"error": "no such upload"})
        # Like a real tus server, the offset is checked and the bytes appended under the upload's lock, after the
        # body has arrived: a PATCH still in flight from a client that was killed cannot interleave with the
        # resumed client's (one of them gets 409 and asks again with HEAD).
        claimed = int(self.headers.get("Upload-Offset", "-1"))
        length = int(self.headers.get("Content-Length", "0"))
        delay = control().get("patch_delay_ms", 0)
        if delay:
            time.sleep(delay / 1000.0)
        drop_after = control().get("drop_after", 0)
        cut = bool(drop_after) and claimed < drop_after < claimed + length
        data = self.rfile.read(drop_after - claimed if cut else length)
        with UPLOAD_LOCK:
            conflict = claimed != u["offset"]
            if not conflict:
                with open(u["path"], "ab") as f:
                    f.write(data)
                at = u["offset"]
                u["offset"] += len(data)
            offset = u["offset"]
        if conflict:
            log({"kind": "patch", "status": 409, "offset": offset})
            return self.answer(409, {"error": "offset mismatch"})
        if cut:
            with LOCK:
                c = control()
                c["drop_after"] = 0
                json.dump(c, open(os.path.join(DIR, "control.json"), "w"))
            log({"kind": "patch", "status": "dropped", "at": at, "received": len(data)})
            return self.drop()
        log({"kind": "patch", "status": 204, "at": at, "received": len(data)})
        self.send_response(204)
        self.send_header("Upload-Offset", str(offset))
        self.send_header("Tus-Resumable", "1.0.0")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
# PORT 0: the system picks a free port, reported on the "ready" line (no window between choosing and binding).
PORT = server.server_address[1]
ORIGIN = "https://127.0.0.1:%d" % PORT
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(os.path.join(DIR, "server.pem"), os.path.join(DIR, "server.key"))
if CLIENT_CA:
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(CLIENT_CA)
server.socket = context.wrap_socket(server.socket, server_side=True)
print("ready %d" % PORT, flush=True)
server.serve_forever()
