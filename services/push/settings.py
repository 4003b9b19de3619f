"""Push settings: where it listens, which provider delivers, retry and concurrency limits, provider credentials."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from services.infra.settings import PulsoSettings
from services.infra.topics import PUSH_DELIVERIES, PUSH_DLQ, PUSH_REQUESTS


class PushSettings(PulsoSettings):
    """Every ``PULSO_PUSH_*`` variable."""

    handles_signed_links: ClassVar[bool] = False  # delivers the links the pipeline signed, never reads them

    push_host: str = "127.0.0.1"
    push_port: int = Field(default=8090, ge=1, le=65535)
    #: local: every device's push goes to the JSONL sink; fcm_apns: android and web → FCM, ios → APNs
    push_provider: Literal["local", "fcm_apns"] = "local"
    push_sink_path: Path = Path(".pulso/pushes.jsonl")
    push_group_id: str = Field(default="pulso-push", min_length=1)
    push_requests_topic: str = PUSH_REQUESTS
    push_deliveries_topic: str = PUSH_DELIVERIES
    push_dlq_topic: str = PUSH_DLQ
    #: sends in flight at once (across all requests and devices)
    push_concurrency: int = Field(default=64, ge=1, le=10_000)
    #: requests consumed but not yet finished; the consumer stops fetching above this
    push_max_pending: int = Field(default=2_000, ge=1, le=1_000_000)
    #: the embedded Tansu broker only assigns partitions promptly with ≤ 10000 (docs/push.md)
    push_session_timeout_ms: int = Field(default=6_000, ge=1_000, le=300_000)
    #: librdkafka's fetch.wait.max.ms. Apache Kafka answers a fetch as soon as a record arrives, so there it
    #: only bounds idle polls: 500 (librdkafka's default; deploy/ sets it). The default is for the embedded
    #: Tansu, which holds a fetch for part of this wait even when records are waiting and lists every batch
    #: the topic stores on each fetch: 100 makes a quarter of 20's fetches for ~20 ms more (docs/push.md#fetch-wait)
    push_fetch_wait_max_ms: int = Field(default=100, ge=1, le=10_000)
    #: librdkafka's linger.ms for the receipts (push.deliveries.v1) and dead letters this worker produces. They
    #: feed the pipeline's feedback, read when a later push is composed, so a wait costs nothing a shopper sees;
    #: it makes fewer, fuller record batches, and the embedded Tansu scans every batch a partition holds on
    #: each fetch (docs/drills.md#the-embedded-broker-under-a-long-stream)
    push_producer_linger_ms: int = Field(default=100, ge=0, le=5_000)
    push_max_attempts: int = Field(default=5, ge=1, le=50)
    push_retry_base_s: float = Field(default=0.5, gt=0, le=60)
    push_retry_max_s: float = Field(default=30.0, gt=0, le=3_600)
    #: the least a QUOTA_EXCEEDED answer pauses a provider when it gives no Retry-After
    push_quota_backoff_s: float = Field(default=60.0, ge=0, le=3_600)
    push_http_timeout_s: float = Field(default=10.0, gt=0, le=120)
    #: the HTTP client for FCM and APNs sends: curl (libcurl's multi interface, ~13x less CPU per delivery)
    #: or httpx (httpx + h2), kept to compare the two (docs/push.md)
    push_http_client: Literal["httpx", "curl"] = "curl"
    #: libcurl's PIPEWAIT: transfers started while a connection is being set up wait to multiplex on it
    #: instead of opening more (docs/decisions/0020-push-libcurl-batches.md has the measurement)
    push_http_pipewait: bool = True
    #: a device API call whose Redis does not answer within this is a 503 with Retry-After
    push_api_redis_timeout_s: float = Field(default=2.0, gt=0, le=30)
    #: seconds a device API request's body may take to arrive in full; past it the answer is 408 request_timeout
    push_body_timeout_s: float = Field(default=30.0, gt=0, le=600)

    push_fcm_endpoint: str = Field(default="https://fcm.googleapis.com", pattern=r"^https?://")
    #: the OAuth2 token endpoint; unset → the key file's token_uri
    push_fcm_token_url: str | None = Field(default=None, pattern=r"^https?://")
    #: the Firebase service-account JSON key
    push_fcm_credentials_file: Path | None = None
    #: an extra CA bundle to trust (tests' self-signed fake FCM); unset → system CAs
    push_fcm_ca_file: Path | None = None
    #: HTTP/2 (multiplexed streams) or HTTP/1.1 (a pool of connections) to FCM; see docs/benchmarks/push.md
    push_fcm_http2: bool = True

    push_apns_endpoint: str = Field(default="https://api.push.apple.com", pattern=r"^https?://")
    #: the .p8 (EC P-256) signing key from Apple's developer account
    push_apns_key_file: Path | None = None
    push_apns_key_id: str = ""
    push_apns_team_id: str = ""
    #: the app's bundle id (apns-topic)
    push_apns_topic: str = ""
    #: an extra CA bundle to trust (tests' self-signed fake APNs); unset → system CAs
    push_apns_ca_file: Path | None = None

    def production_problems(self) -> list[str]:
        problems = super().production_problems()
        if self.push_provider == "local":
            problems.append(
                "PULSO_PUSH_PROVIDER is local: pushes are written to a file on this host instead of reaching "
                "devices; set fcm_apns with its credentials"
            )
        if self.push_provider == "fcm_apns":
            # the https? patterns admit the tests' local fakes; production talks to Google and Apple over TLS only
            for variable, url in (
                ("PULSO_PUSH_FCM_ENDPOINT", self.push_fcm_endpoint),
                ("PULSO_PUSH_FCM_TOKEN_URL", self.push_fcm_token_url),
                ("PULSO_PUSH_APNS_ENDPOINT", self.push_apns_endpoint),
            ):
                if url is not None and not url.startswith("https://"):
                    problems.append(f"{variable} is not https: device tokens and credentials would travel in clear")
        return problems
