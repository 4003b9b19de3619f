"""Signed landing links for developers and support: ``python -m services.landing.links u-ar-1 es-AR``.

The pipeline signs the links in pushes itself (services.infra.signed_links); this prints one for
any user, with PULSO_LINK_SECRET, PULSO_LANDING_PUBLIC_URL and PULSO_LANDING_LINK_TTL_S.
"""

from __future__ import annotations

import argparse
import time

from services.infra.settings import load_settings
from services.infra.signed_links import LinkClaims, landing_url, sign_link
from services.landing.settings import LandingSettings


def landing_link_for(
    settings: LandingSettings,
    user_id: str,
    locale: str,
    now_unix: float,
    notification_id: str = "manual",
    generation_id: str | None = None,
) -> str:
    """The full landing URL for ``user_id`` in ``locale``, valid for PULSO_LANDING_LINK_TTL_S from ``now_unix``."""
    claims = LinkClaims(
        user_id=user_id,
        notification_id=notification_id,
        locale=locale,
        expires_at=int(now_unix) + settings.landing_link_ttl_s,
        generation_id=generation_id,
    )
    return landing_url(settings.landing_public_url, sign_link(claims, settings.link_secret))


def main(argv: list[str] | None = None) -> None:
    """Print a signed landing link."""
    parser = argparse.ArgumentParser(prog="python -m services.landing.links", description=__doc__)
    parser.add_argument("user_id")
    parser.add_argument("locale", help="es-AR, es-MX, pt-BR or en")
    parser.add_argument("--notification-id", default="manual")
    parser.add_argument("--generation-id", default=None)
    args = parser.parse_args(argv)
    settings = load_settings(LandingSettings)
    print(landing_link_for(settings, args.user_id, args.locale, time.time(), args.notification_id, args.generation_id))


if __name__ == "__main__":
    main()
