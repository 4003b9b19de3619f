"""Packaging beyond what pyproject.toml can say: prompts/ and locales/ live at the repository root (prompt
authors and translators work there) and ship inside the wheel as services.resources.prompts and
services.resources.locales (services/infra/resources.py finds them). Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

BUNDLED = {"services.resources.prompts": "prompts", "services.resources.locales": "locales"}

setup(packages=[*find_packages(include=["services*", "schemas*"]), *BUNDLED], package_dir=BUNDLED)
