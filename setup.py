"""Packaging beyond what pyproject.toml can say: prompts/ and locales/ live at the repository root (prompt
authors and translators work there) and ship inside the wheel as services.resources.prompts and
services.resources.locales (services/infra/resources.py finds them). Everything else is in pyproject.toml.

Namespace discovery: data folders such as services/gateway/config are packages to setuptools too; listing
them keeps its build quiet and their files claimed by the package-data globs."""

from setuptools import find_namespace_packages, setup

BUNDLED = {"services.resources.prompts": "prompts", "services.resources.locales": "locales"}


def bundled_packages() -> list[str]:
    """Each bundled folder and its subfolders, as packages under services.resources."""
    packages = []
    for package, folder in BUNDLED.items():
        packages += [package, *(f"{package}.{sub}" for sub in find_namespace_packages(where=folder))]
    return packages


setup(
    packages=[*find_namespace_packages(include=["services*", "schemas*"]), *bundled_packages()],
    package_dir=BUNDLED,
)
