"""Packaging beyond what pyproject.toml can say: prompts/ and locales/ live at the repository root (prompt
authors and translators work there) and ship inside the wheel as services.resources.prompts and
services.resources.locales (services/infra/resources.py finds them). Everything else is in pyproject.toml.

The gateway's client, pulso_client, is its own distribution (clients/python, `pulso-client`) and also ships
inside this one, so a checkout's `pip install -e '.[dev]'` gives the services that use it (pipeline, matching)
the checkout's copy. (A `pulso_client` symlink at the root points at it for runs with the checkout on PYTHONPATH.)

Namespace discovery: data folders such as services/gateway/config are packages to setuptools too; listing
them keeps its build quiet and their files claimed by the package-data globs."""

from setuptools import find_namespace_packages, setup

BUNDLED = {"services.resources.prompts": "prompts", "services.resources.locales": "locales"}
CLIENT = {"pulso_client": "clients/python/src/pulso_client"}


def bundled_packages() -> list[str]:
    """Each bundled folder and its subfolders, as packages under services.resources."""
    packages = []
    for package, folder in BUNDLED.items():
        packages += [package, *(f"{package}.{sub}" for sub in find_namespace_packages(where=folder))]
    return packages


setup(
    packages=[*find_namespace_packages(include=["services*", "schemas*"]), *bundled_packages(), *CLIENT],
    package_dir={**BUNDLED, **CLIENT},
)
