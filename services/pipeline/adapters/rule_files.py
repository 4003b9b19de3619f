"""Benefit rules and template copy read from the data files beside the code."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from schemas import Site
from services.pipeline.domain.benefits import SiteBenefitRules
from services.pipeline.domain.copywriting import CopyTemplates


class RulesFileError(Exception):
    """A rules or templates file is missing or invalid; the message names the file."""


def load_benefit_rules(directory: Path) -> dict[Site, SiteBenefitRules]:
    """``{SITE}.yaml`` for every site, validated."""
    rules: dict[Site, SiteBenefitRules] = {}
    for site in Site:
        path = directory / f"{site.value}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            rules[site] = SiteBenefitRules.model_validate(data)
        except (OSError, yaml.YAMLError, ValidationError) as error:
            raise RulesFileError(f"benefit rules {path}: {error}") from None
        if rules[site].site is not site:
            raise RulesFileError(f"benefit rules {path} say site {rules[site].site}, expected {site}")
    return rules


def load_copy_templates(path: Path) -> CopyTemplates:
    """The template copy per locale and trigger."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return CopyTemplates.from_mapping(data)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
        raise RulesFileError(f"copy templates {path}: {error}") from None
