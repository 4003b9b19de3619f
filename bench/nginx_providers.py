"""A fake FCM + APNs written in C for the push benchmark: nginx (Debian's package) over TLS with HTTP/2.

The Python fakes in tests/push speak every answer the tests need, but cost about 0.8 ms of CPU per
delivery, more than the worker they measure. nginx answers the same successful shapes — FCM's
OAuth2 token endpoint and ``messages:send``, APNs' ``POST /3/device/{token}`` — for a few
microseconds each, so the worker is what is measured. It checks nothing (tests do that).
Needs ``nginx`` on PATH (``apt-get install nginx``); the benchmark falls back to the Python fake without it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from services.infra.tcp_ports import free_port, port_open
from tests.push.fake_providers import self_signed_tls

_CONF = """
daemon off;
master_process off;
worker_processes 1;
error_log {dir}/error.log warn;
pid {dir}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  keepalive_requests 10000000;
  http2_max_requests 10000000;
  http2_max_concurrent_streams 256;
  server {{
    listen 127.0.0.1:{port} ssl http2;
    ssl_certificate {cert};
    ssl_certificate_key {key};
    default_type application/json;
    location = /token {{
      return 200 '{{"access_token":"bench-access-token","expires_in":3600,"token_type":"Bearer"}}';
    }}
    location /v1/projects/ {{ return 200 '{{"name":"projects/pulso-bench/messages/1"}}'; }}
    location /3/device/ {{ return 200 ''; }}
  }}
}}
"""


@dataclass
class NginxProviders:
    """A running nginx serving both fakes; ``env`` points a push worker at it."""

    process: subprocess.Popen[bytes]
    url: str
    env: dict[str, str]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def nginx_available() -> bool:
    return shutil.which("nginx") is not None


def start_nginx_providers(directory: Path) -> NginxProviders:
    """Start nginx on a free port with a self-signed certificate, an FCM key file and an APNs key."""
    directory.mkdir(parents=True, exist_ok=True)
    tls = self_signed_tls(directory)
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    account = directory / "fcm-service-account.json"
    account.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "pulso-bench",
                "private_key_id": "kid-bench",
                "private_key": rsa_key.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                ).decode(),
                "client_email": "push@pulso-bench.iam.gserviceaccount.com",
                "token_uri": f"{url}/token",
            }
        )
    )
    apns_key = directory / "AuthKey_BENCHKEY01.p8"
    apns_key.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    conf = directory / "nginx.conf"
    conf.write_text(_CONF.format(dir=directory, port=port, cert=tls.certfile, key=tls.keyfile))
    process = subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while not port_open("127.0.0.1", port):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"nginx did not start: {(directory / 'error.log').read_text()[-2000:]}")
        time.sleep(0.05)
    env = {
        "PULSO_PUSH_PROVIDER": "fcm_apns",
        "PULSO_PUSH_FCM_ENDPOINT": url,
        "PULSO_PUSH_FCM_CREDENTIALS_FILE": str(account),
        "PULSO_PUSH_FCM_CA_FILE": str(tls.certfile),
        "PULSO_PUSH_APNS_ENDPOINT": url,
        "PULSO_PUSH_APNS_KEY_FILE": str(apns_key),
        "PULSO_PUSH_APNS_KEY_ID": "BENCHKEY01",
        "PULSO_PUSH_APNS_TEAM_ID": "PULSOBENCH",
        "PULSO_PUSH_APNS_TOPIC": "com.pulso.marketplace",
        "PULSO_PUSH_APNS_CA_FILE": str(tls.certfile),
        "_FAKE_PID": str(process.pid),
    }
    return NginxProviders(process, url, env)
