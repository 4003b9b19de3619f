"""The error-analysis tools read only the seen sets, and every cause on file is one the table explains."""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path

import pytest

from evals.matching import error_causes, rules_ablation, seen_sets

EVALS = Path(__file__).resolve().parents[2] / "evals" / "matching"


@pytest.mark.parametrize("name", [*(f"blind{n}" for n in range(43, 45)), "../pairs", "anything"])
def test_a_set_that_is_not_seen_is_refused_before_anything_is_read(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(Path, "read_text", lambda self, *args, **kwargs: opened.append(str(self)) or "")
    monkeypatch.setattr(Path, "open", lambda self, *args, **kwargs: opened.append(str(self)))
    assert error_causes.main(["--set", name]) == 2
    assert rules_ablation.main(["--sets", f"pairs,{name}"]) == 2
    assert "not a seen set" in capsys.readouterr().err
    assert opened == []


def test_both_tools_read_one_list_of_seen_sets_with_the_ended_blind_rounds_in_it() -> None:
    assert error_causes.SEEN_SETS is rules_ablation.SEEN_SETS is seen_sets.SEEN_SETS
    assert {f"blind{n}" for n in range(2, 43)} <= set(seen_sets.SEEN_SETS)
    assert not {f"blind{n}" for n in range(43, 45)} & set(seen_sets.SEEN_SETS)
    assert all((EVALS / f"{name}.jsonl").is_file() for name in seen_sets.SEEN_SETS)


def _seen_before(blind: str) -> tuple[str, ...]:
    """The seen sets in the order they were labeled, up to (not including) ``blind``."""
    return seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index(blind)]


def test_a_judge_version_is_refused() -> None:
    assert error_causes.main(["--version", "match-v7", "--set", "pairs"]) == 2


def test_every_labelled_cause_is_explained_and_every_pair_exists() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    for by_set in on_file["labels"].values():
        for set_name, labels in by_set.items():
            assert set_name in error_causes.SEEN_SETS
            ids = {json.loads(line)["pair_id"] for line in (EVALS / f"{set_name}.jsonl").read_text().splitlines()}
            assert set(labels) <= ids
            assert set(labels.values()) <= set(on_file["causes"])


def test_match_v9_has_causes_on_file_for_every_set_seen_when_they_were_classified() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # the causes on file were labeled before blind7 and blind8 were seen; every earlier seen set has them
    assert set(_seen_before("blind7")) <= set(on_file["labels"]["match-v9"])


def test_the_version_defaults_to_the_one_the_matching_service_runs() -> None:
    from services.matching.settings import MatchingSettings

    assert MatchingSettings.model_fields["matching_pipeline_version"].default == error_causes.DEFAULT_VERSION
    # each classified version's labels stay on file under its own name, read with --version; a new default is counted
    # "not classified" until its wrong decisions are labeled
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    assert {
        "match-v9",
        "match-v13",
        "match-v15",
        "match-v17",
        "match-v18",
        "match-v19",
        "match-v20",
        "match-v21",
    } <= set(on_file["labels"])


def test_match_v13_has_causes_on_file_for_every_set_seen_when_they_were_classified() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled while blind13 … blind16 were still blind
    assert set(on_file["labels"]["match-v13"]) == set(_seen_before("blind13"))


def test_match_v15_has_causes_on_file_for_every_seen_set() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind13 and blind14 joined the seen sets, while blind15 and blind16 were still blind: sixteen sets,
    # each cause one the file defines
    assert set(on_file["labels"]["match-v15"]) == set(_seen_before("blind15"))
    assert set().union(*map(dict.values, on_file["labels"]["match-v15"].values())) <= set(on_file["causes"])


def test_match_v17_has_causes_on_file_for_every_seen_set() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind17 and blind18 joined the seen sets, while blind19 and blind20 were still blind: the eighteen
    # sets it was chosen on and those two
    seen_then = seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index("blind18") + 1]
    assert set(on_file["labels"]["match-v17"]) == set(seen_then)
    assert set().union(*map(dict.values, on_file["labels"]["match-v17"].values())) <= set(on_file["causes"])


def test_match_v18_has_causes_on_file_for_every_seen_set() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind19 and blind20 joined the seen sets, while blind21 and blind22 were still blind: the twenty
    # sets it was chosen on and those two
    seen_then = seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index("blind20") + 1]
    assert set(on_file["labels"]["match-v18"]) == set(seen_then)
    assert set().union(*map(dict.values, on_file["labels"]["match-v18"].values())) <= set(on_file["causes"])


def test_match_v19_has_causes_on_file_for_the_seen_sets_it_was_labeled_on() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind21 and blind22 joined the seen sets, while blind23 … blind26 were still blind: the twenty-four
    seen_then = seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index("blind22") + 1]
    assert set(on_file["labels"]["match-v19"]) == set(seen_then)
    assert set().union(*map(dict.values, on_file["labels"]["match-v19"].values())) <= set(on_file["causes"])


def test_match_v20_has_causes_on_file_for_the_seen_sets_it_was_labeled_on() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind23 and blind24 joined the seen sets, while blind25 and blind26 were still blind: the twenty-six
    seen_then = seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index("blind24") + 1]
    assert set(on_file["labels"]["match-v20"]) == set(seen_then)
    assert set().union(*map(dict.values, on_file["labels"]["match-v20"].values())) <= set(on_file["causes"])


def test_match_v21_has_causes_on_file_for_the_seen_sets_it_was_labeled_on() -> None:
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    # labeled after blind25 … blind28 joined the seen sets, while blind29 … blind31 were still blind: the thirty
    seen_then = seen_sets.SEEN_SETS[: seen_sets.SEEN_SETS.index("blind28") + 1]
    assert set(on_file["labels"]["match-v21"]) == set(seen_then)
    assert set().union(*map(dict.values, on_file["labels"]["match-v21"].values())) <= set(on_file["causes"])


@pytest.mark.parametrize(
    "version", ["match-v13", "match-v15", "match-v17", "match-v18", "match-v19", "match-v20", "match-v21"]
)
def test_the_causes_on_file_are_exactly_the_versions_wrong_decisions_on_a_seen_set(version: str) -> None:
    """Decided again (e5 in-process, a few seconds): a pair whose verdict changed would leave a stale cause on file or a
    wrong decision without one. blind6 has both kinds for each version, a wrong match and missed ones."""
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    wrong = asyncio.run(error_causes.wrong_decisions("blind6", version))
    assert {pair_id for pair_id, *_ in wrong} == set(on_file["labels"][version]["blind6"])
    assert {kind for _, kind, *_ in wrong} == {"wrong match", "missed match"}


def test_match_v21s_causes_are_exactly_its_wrong_decisions_on_a_set_first_classified_for_it() -> None:
    """blind26 was first read by hand for match-v21 (it was blind while match-v20 was labeled): the most wrong matches
    of the four sets that joined, and missed ones."""
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    wrong = asyncio.run(error_causes.wrong_decisions("blind26", "match-v21"))
    assert {pair_id for pair_id, *_ in wrong} == set(on_file["labels"]["match-v21"]["blind26"])
    assert {kind for _, kind, *_ in wrong} == {"wrong match", "missed match"}


@pytest.mark.parametrize(
    "version", ["match-v9", "match-v13", "match-v15", "match-v17", "match-v18", "match-v19", "match-v20", "match-v21"]
)
def test_a_wrong_match_cause_labels_only_no_match_pairs(version: str) -> None:
    """A cause defined as a wrong match's (its meaning starts "wrong match:") can only explain a pair labeled
    no_match, and a missed one's ("missed") only a pair labeled match."""
    on_file = json.loads((EVALS / "error_causes.json").read_text())
    for set_name, labels in on_file["labels"][version].items():
        truth = {
            row["pair_id"]: row["label"]
            for row in map(json.loads, (EVALS / f"{set_name}.jsonl").read_text().splitlines())
        }
        for pair_id, cause in labels.items():
            meaning = on_file["causes"][cause]
            if meaning.startswith("wrong match:"):
                assert truth[pair_id] == "no_match", (set_name, pair_id, cause)
            if meaning.startswith("missed"):
                assert truth[pair_id] == "match", (set_name, pair_id, cause)


def test_the_pooled_table_adds_each_cause_over_the_sets_and_totals_them() -> None:
    from collections import Counter

    per_set = {
        "blind9": Counter({("variant_words", "wrong match"): 2, ("descriptive_words", "missed match"): 5}),
        "blind10": Counter({("variant_words", "wrong match"): 1, ("threshold", "missed match"): 1}),
    }
    assert error_causes._pooled_table(per_set) == [
        "| cause | `blind9` | `blind10` | all |",
        "|---|---|---|---|",
        "| descriptive_words | 0 / 5 | — | 0 / 5 |",
        "| variant_words | 2 / 0 | 1 / 0 | 3 / 0 |",
        "| threshold | — | 0 / 1 | 0 / 1 |",
        "| total | 2 / 5 | 1 / 1 | 3 / 6 |",
    ]


def test_every_ablation_stand_in_takes_the_arguments_of_the_function_it_replaces() -> None:
    # a stand-in with a shorter signature than the function it replaces makes the ablation raise TypeError for that
    # version only when a pair reaches it (match-v6's "one letter after a long code" did)
    checked = 0
    for version, mechanisms in rules_ablation.MECHANISMS_BY_VERSION.items():
        for mechanism, switch in mechanisms.items():
            for target, name, stand_in in getattr(switch, "patches", ()):
                modules = rules_ablation.bound(name) if target is rules_ablation.decision else [target]
                original = getattr(modules[0], name)
                if not (inspect.isfunction(original) and inspect.isfunction(stand_in)):
                    continue
                positional = [
                    parameter
                    for parameter in inspect.signature(original).parameters.values()
                    if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD)
                ]
                try:
                    inspect.signature(stand_in).bind(*[None] * len(positional))
                except TypeError as error:
                    raise AssertionError(f"{version} / {mechanism}: {name} stand-in: {error}") from None
                checked += 1
    assert checked >= 10
