"""What the engine tells the language features: diagnostics, per-function facts, verified suggestions,
and the events that say new results landed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from irlens.ir.names import is_numbered
from irlens.toolchain.baseline import Baseline

if TYPE_CHECKING:
    from irlens.model.answers import SizePrediction
    from irlens.model.service import ModelService

EventKind = Literal["diagnostics", "measurements", "progress", "lift"]


@dataclass
class Diagnostic:
    line: int
    column: int
    message: str
    severity: Literal["error", "warning", "information"]
    source: str


@dataclass
class Suggestion:
    """A pipeline the compiler verified for one function, with its measured size."""

    pipeline: str
    size_bytes: int
    oz_bytes: int
    input_bytes: int | None  # the function as given (under the baseline's attributes)
    compilations: int
    optimized_module_text: str
    baseline: Baseline = "clang"  # "clang": the new body carries clang -Oz's minsize optsize

    @property
    def saving_vs_oz_percent(self) -> float:
        return 100.0 * (self.oz_bytes - self.size_bytes) / self.oz_bytes if self.oz_bytes else 0.0


@dataclass
class FunctionFacts:
    """What is known about one function right now; None means not (yet) known."""

    name: str
    ir_instructions: int  # from the text index, always known
    oz_label: str = "clang -Oz"  # what the -Oz numbers are: "clang -Oz" or "paper -Oz"
    oz_note: str = ""  # how they were had when not exactly that, e.g. "estimated from -O0 IR"
    measured_instructions: int | None = None
    bytes: int | None = None
    oz_bytes: int | None = None
    suggestion: Suggestion | None = None
    no_suggestion_reason: str | None = None  # e.g. "nothing beat -Oz" or a tool failure
    prediction: SizePrediction | None = None
    prediction_problem: str | None = None  # why the model gave no usable prediction
    suggestion_deferred: bool = False  # not searched in the background (settings); on request only
    target: str | None = None  # assembly: the triple llvm-mc assembles for, and why
    pending: list[str] = field(default_factory=list)  # what is still being computed
    errors: list[str] = field(default_factory=list)


@dataclass
class EngineEvent:
    kind: EventKind
    uri: str
    version: int
    payload: Any = None


UNNAMED_PROBLEM = ("a numbered function (@0, @1, ...) has no name that llvm-extract can select; "
                   "give it a name to get its -Oz size and suggestions")


def no_symbol_problem(name: str) -> str:
    if is_numbered(name):
        return "a numbered function has no symbol name of its own in the object file (llc calls it " \
               "__unnamed_N)"
    return "the object file has no symbol for this function (inlined or removed by llc?)"


def model_problem(model: ModelService) -> str:
    """Why the model's last request gave no usable answer, without the service's own prefix."""
    return model.last_problem().removeprefix("no usable answer: ") or "no answer"


def one_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]
