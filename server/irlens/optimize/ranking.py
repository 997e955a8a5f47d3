"""The order in which the search tries the coreset for one function: the ranking model's, when the model
in service ranks this irlens' coreset (its GGUF names the coreset's digest), else coverage order (the
file's), with the reason. The model can only reorder: what is tried, and the budget, stay the same,
and any failure of the model (missing, corrupt, another coreset, an exception, a deadline) leaves
coverage order."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from irlens.model.service import PipelineRanking
from irlens.optimize.candidates import Coreset, load_coreset

log = logging.getLogger("irlens.ranking")


class RankingModel(Protocol):
    """What the ranker needs of the model service."""

    def ranking_problem(self, coreset_digest: str, count: int) -> str: ...

    def rank_pipelines(self, module_ir: str, coreset_digest: str, count: int,
                       cancel: threading.Event | None = None) -> PipelineRanking: ...


class PipelineRanker:
    """Orders candidate lists for the search (optimize/optimizer.py's `Ranker`)."""

    def __init__(self, model: Callable[[], RankingModel | None], coreset: Coreset | None = None) -> None:
        """`model`: the model in service now (None when there is none)."""
        self._model = model
        self._coreset = coreset if coreset is not None else load_coreset()
        self.last_problem = ""  # why the last function was searched in coverage order ("" when it was not)

    def problem(self) -> str:
        """Why the search uses coverage order now ("" when the model ranks)."""
        model = self._model()
        if self._coreset is None:
            return "no coreset to rank"
        if model is None:
            return "no model in service"
        try:
            return model.ranking_problem(self._coreset.digest, len(self._coreset.pipelines))
        except Exception as error:  # a broken model must not break a status line
            return f"the model failed: {error}"

    def uses_model(self) -> bool:
        return not self.problem()

    def describe(self) -> str:
        """One line for status and hover."""
        problem = self.problem()
        if problem:
            return f"pipeline order: coverage order ({problem})"
        last = f"; the last function fell back to coverage order: {self.last_problem}" if self.last_problem \
            else ""
        count = len(self._coreset.pipelines) if self._coreset is not None else 0
        return f"pipeline order: the model's ranking of the {count} coreset pipelines{last}"

    def order(self, module_ir: str, candidates: Sequence[str],
              cancel: threading.Event | None = None) -> list[str]:
        """`candidates` with the coreset's pipelines among them in the model's order for this function's
        extracted module (the others keep their places after them); unchanged when the model does not
        rank. Never raises."""
        coreset, model = self._coreset, self._model()
        if coreset is None or model is None:
            return list(candidates)
        try:
            ranking = model.rank_pipelines(module_ir, coreset.digest, len(coreset.pipelines), cancel)
        except Exception as error:  # the service never raises; a broken one must not stop the search
            ranking = PipelineRanking(problem=f"ranking failed: {error}")
        if not ranking.ranked or sorted(ranking.order) != list(range(len(coreset.pipelines))):
            self.last_problem = ranking.problem or "the model's ranking was incomplete"
            log.info("coverage order: %s", self.last_problem)
            return list(candidates)
        self.last_problem = ""
        wanted = set(candidates)
        ranked = [coreset.pipelines[i] for i in ranking.order if coreset.pipelines[i] in wanted]
        members = set(coreset.pipelines)
        return ranked + [c for c in candidates if c not in members]
