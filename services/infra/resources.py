"""Where the data folders kept at the repository root are found: ``prompts/`` and ``locales/``.

They stay at the root of the repository (prompt authors and translators work there). The wheel
carries them inside the package, as ``services/resources/prompts`` and ``services/resources/locales``
(setup.py maps them in place), so an installed Pulso finds them with no checkout and from any working
directory. A checkout (tests, ``pip install -e``) uses the root folders themselves. Each service's
``PULSO_*`` setting (PULSO_GATEWAY_PROMPTS_DIR, PULSO_MATCHING_PROMPTS_DIR, PULSO_LANDING_LOCALES_DIR)
points elsewhere when set.
"""

from __future__ import annotations

from pathlib import Path

SERVICES_DIR = Path(__file__).resolve().parents[1]
#: the data folders inside an installed package
INSTALLED_DIR = SERVICES_DIR / "resources"
#: the repository root of a checkout
CHECKOUT_DIR = SERVICES_DIR.parent

#: the root folders the wheel carries; setup.py maps each to services.resources.<name>
BUNDLED = ("prompts", "locales")


def bundled_dir(name: str) -> Path:
    """``prompts`` or ``locales``: the installed package's copy, else the checkout's root folder."""
    if name not in BUNDLED:
        raise ValueError(f"{name!r} is not one of the bundled folders {BUNDLED}")
    installed = INSTALLED_DIR / name
    return installed if installed.is_dir() else CHECKOUT_DIR / name
