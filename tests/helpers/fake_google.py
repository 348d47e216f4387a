"""A stand-in for Google's TTS endpoint, faked at the HTTP layer.

gTTS sends ``POST https://translate.google.com/_/TranslateWebserverUi/data/batchexecute``
through ``urllib.request.getproxies()`` with ``verify=False``. Pointing ``HTTPS_PROXY`` at
this server makes gTTS, requests and urllib3 run unchanged: the proxy accepts the CONNECT
tunnel, speaks TLS with a throw-away certificate, and answers like Google, with real MP3
audio made by ffmpeg (a tone whose length follows the text).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import socketserver
import ssl
import subprocess
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from podcastify.ffmpeg import ffmpeg_exe


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for translate.google.com, made fresh for the tests."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "translate.google.com")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("translate.google.com")]), False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "google.pem", folder / "google.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def tone_mp3(seconds: float) -> bytes:
    """A real MP3 (24 kHz mono, like Google's) of a soft tone lasting ``seconds``."""
    result = subprocess.run(
        [
            ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=220:sample_rate=24000:duration={seconds:.3f}",
            "-af",
            "volume=0.3",
            "-ac",
            "1",
            "-b:a",
            "32k",
            "-f",
            "mp3",
            "pipe:1",
        ],
        capture_output=True,
        check=True,
    )
    return result.stdout


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeGoogle:
    """Records what gTTS asked for; ``script`` lists replies to give before answering 200."""

    texts: list[str] = field(default_factory=list)
    script: list[Reply] = field(default_factory=list)
    requests: int = 0
    seconds_per_char: float = 0.05
    server: socketserver.ThreadingTCPServer | None = None

    @property
    def proxy_url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def env(self) -> dict[str, str]:
        return {
            "HTTPS_PROXY": self.proxy_url,
            "https_proxy": self.proxy_url,
            "NO_PROXY": "",
            "no_proxy": "",
        }

    def answer(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        self.requests += 1
        if self.script:
            reply = self.script.pop(0)
            if reply.status != 200:
                return reply.status, reply.headers, b"busy"
        form = urllib.parse.parse_qs(body.decode("utf-8"))
        rpc = json.loads(form["f.req"][0])
        text = json.loads(rpc[0][0][1])[0]
        self.texts.append(text)
        audio = base64.b64encode(tone_mp3(max(0.3, len(text) * self.seconds_per_char)))
        payload = json.dumps(
            [["wrb.fr", "jQ1olc", json.dumps([audio.decode()]), None, None, None, "generic"]],
            separators=(",", ":"),
        )
        return (
            200,
            {"Content-Type": "application/json; charset=utf-8"},
            (b")]}'\n\n" + str(len(payload)).encode() + b"\n" + payload.encode() + b"\n"),
        )


def _read_request(stream) -> tuple[str, dict[str, str], bytes]:
    request_line = stream.readline().decode("latin-1").strip()
    headers: dict[str, str] = {}
    while True:
        line = stream.readline().decode("latin-1")
        if line in ("\r\n", "\n", ""):
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = stream.read(length) if length else b""
    return request_line, headers, body


def start_fake_google(folder: Path) -> FakeGoogle:
    cert, key = make_certificate(folder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake = FakeGoogle()

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            request_line, _headers, _ = _read_request(self.rfile)
            if not request_line.startswith("CONNECT "):
                self.wfile.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self.wfile.flush()
            try:
                tls = context.wrap_socket(self.connection, server_side=True)
            except (ssl.SSLError, OSError):
                return
            stream = tls.makefile("rwb")
            try:
                while True:
                    line, headers, body = _read_request(stream)
                    if not line:
                        return
                    status, extra, payload = fake.answer(body)
                    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(payload)}"]
                    head += [f"{k}: {v}" for k, v in extra.items()]
                    stream.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
                    stream.flush()
                    if headers.get("connection", "").lower() == "close":
                        return
            except (TimeoutError, OSError, ssl.SSLError):
                return

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake.server = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return fake
