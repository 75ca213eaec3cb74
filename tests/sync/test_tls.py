"""The laptop verifies the sync server's TLS certificate, and trusts a company CA only when
it is handed that CA's file (``SFA_CA_BUNDLE``).

A tiny HTTPS server on a free loopback port presents a certificate issued by a CA made here;
it answers the sign-in like the real server does.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sfa.app.session import sign_in
from sfa.sync.transport import CA_BUNDLE_ENV, CertificateError, Transport

TOKENS = {
    "access_token": "access",
    "refresh_token": "refresh",
    "expires_in": 900,
    "user": {"id": "u1", "username": "rep1", "role": "rep"},
}


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Certificate | None,
    ca_key: ec.EllipticCurvePrivateKey,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
    )
    if issuer is None:  # the CA itself
        builder = builder.add_extension(
            x509.BasicConstraints(ca=True, path_length=0), critical=True
        ).add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = (
            builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        )
    return builder.sign(ca_key, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _company_ca(
    folder: Path, name: str
) -> tuple[Path, x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(name, key, None, key)
    path = folder / f"{name}.pem"
    path.write_bytes(_pem(certificate))
    return path, certificate, key


class _SignIn(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(TOKENS).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class HttpsServer:
    url: str
    ca_bundle: Path  # the company CA that issued the server's certificate
    other_ca: Path  # a CA that did not


@pytest.fixture
def https_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HttpsServer]:
    for variable in (CA_BUNDLE_ENV, "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(variable, raising=False)
    ca_path, ca, ca_key = _company_ca(tmp_path, "company-ca")
    other_ca, _, _ = _company_ca(tmp_path, "other-ca")
    server_key = ec.generate_private_key(ec.SECP256R1())
    chain = tmp_path / "server.pem"
    chain.write_bytes(_pem(_certificate("localhost", server_key, ca, ca_key)))
    key_file = tmp_path / "server.key"
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key_file)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SignIn)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HttpsServer(f"https://localhost:{server.server_address[1]}", ca_path, other_ca)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _sign_in(url: str) -> str:
    """Sign in with the transport's defaults, as the app does."""
    transport = Transport(url)
    try:
        return transport.login("rep1", "pw").username
    finally:
        transport.session.close()


def test_a_server_certificate_from_an_unknown_ca_is_refused_by_default(
    https_server: HttpsServer,
) -> None:
    slept: list[float] = []
    transport = Transport(https_server.url, sleep=slept.append)
    with pytest.raises(CertificateError, match=CA_BUNDLE_ENV) as refused:
        transport.login("rep1", "pw")
    transport.session.close()
    assert "not trusted" in refused.value.message
    assert slept == []  # retrying cannot make the certificate trusted


def test_the_company_ca_bundle_makes_the_server_trusted(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CA_BUNDLE_ENV, str(https_server.ca_bundle))
    assert _sign_in(https_server.url) == "rep1"


def test_the_company_bundle_wins_over_a_machine_wide_requests_bundle(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many computers set REQUESTS_CA_BUNDLE to the system's CAs; requests would prefer it."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_server.other_ca))
    monkeypatch.setenv(CA_BUNDLE_ENV, str(https_server.ca_bundle))
    assert _sign_in(https_server.url) == "rep1"


def test_a_bundle_of_another_ca_does_not_make_the_server_trusted(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CA_BUNDLE_ENV, str(https_server.other_ca))
    with pytest.raises(CertificateError):
        _sign_in(https_server.url)


def test_a_missing_bundle_file_is_named_in_plain_words(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "it-never-sent-this.pem"
    monkeypatch.setenv(CA_BUNDLE_ENV, str(missing))
    with pytest.raises(CertificateError, match="does not exist") as refused:
        _sign_in(https_server.url)
    assert str(missing) in refused.value.message


def test_signing_in_from_the_app_uses_the_company_ca(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with pytest.raises(CertificateError):
        sign_in(https_server.url, "rep1", "pw", remember_login=False, root=tmp_path)
    monkeypatch.setenv(CA_BUNDLE_ENV, str(https_server.ca_bundle))
    session = sign_in(https_server.url, "rep1", "pw", remember_login=False, root=tmp_path)
    try:
        assert session.profile.username == "rep1"
        assert session.transport.session.verify == str(https_server.ca_bundle)
    finally:
        session.close()
        session.transport.session.close()
