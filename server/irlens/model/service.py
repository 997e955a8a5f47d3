"""ModelService: the one entry point the engine, the LSP features and the CLI use for the model.

    service = ModelService(settings, on_status=callback)   # nothing happens yet
    service.start()                 # background: discover, load, watch the model directories
    service.status()                # ModelStatus(state, name, detail, ...)
    service.propose_pipelines(ir_text, k=4, cancel=event)  # -> list[str], raw, NOT validated
    service.predict_sizes(ir_text, cancel=event)           # -> SizePrediction | None
    service.lift(asm_text, cancel=event, sampling=...)     # -> LiftAnswer (IR, complete?) | None
    service.rank_pipelines(module_ir, digest, k, cancel=event)  # -> PipelineRanking (order, or why not)
    service.stop()

Every request method blocks (call it from a worker thread), is serialized with the others, bounded
by `settings.model_max_tokens` and `settings.model_timeout_s`, cancellable through `cancel`, and
never raises: "no usable answer" is None (or []) and `status().detail` / `last_problem()` says why
(model loading, function too large for the context, server down, truncated answer, ...).

The model: `settings.remote_url` (a server), else the first local file that model/discovery.py finds.
The directories are watched (watchdog): a GGUF that appears, changes or is replaced is loaded in the
background and swapped in when it loaded; a truncated or corrupt file (e.g. still being copied) gives an
error detail and the model in service stays.

predict_sizes uses the flag-tuning answer (the same greedy generation propose_pipelines starts
with, so one generation serves both): the instruction count and binary size the model predicts
for the function AFTER its own proposed pipeline (`SizePrediction.pipeline`). The compiler-emulation
prompt would need the measured input sizes and a pipeline, which callers can run themselves.

rank_pipelines is for a ranking model (GGUF metadata: `gguf_info`): the flag-tuning prompt of the
function's extracted module, evaluated once; the logits of the K rank tokens at the last prompt position
order the coreset, higher first. The rank tokens are checked with llama.cpp's tokenizer when the
model loads; the caller names the coreset it wants ranked (digest and size), and a model made for
another coreset, a broken one, a remote or an LLM Compiler model answers with the reason instead.

Lifting may use a second model (`lifting_model_name()`): `settings.lift_model_path`, else the shipped
models/irlens-tiny-lift.gguf when it exists and the main model is the shipped irlens-tiny (which it
lifts better than) or cannot lift at all. A main model loaded from elsewhere that lifts (e.g. an LLM
Compiler FTD GGUF) keeps lifting. The lifting model's metadata is checked when the main model loads;
its weights load on the first lift (one llama.cpp instance of its own, used under its own lock).
Lifting models for other targets (`*-lift.gguf` in the model directories whose `irlens.lift_targets`
metadata names their targets, e.g. thumbv7m and riscv32) lift the assembly the first one was not
trained on: `lift` and `lifting_status` take the caller's test of a model (`suits`, the lifter's
target check) and use the first lifting model that passes it.

Answers are cached (model/answer_cache.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeGuard

from irlens.config import Settings
from irlens.model import answers, prompts
from irlens.model.answer_cache import AnswerCache, default_cache_dir, generation_key, ranking_key
from irlens.model.answers import LiftAnswer, SizePrediction
from irlens.model.backend import GREEDY, Backend, BackendError, ContextOverflow, Generation, SamplingOptions
from irlens.model.discovery import (
    FileIdentity,
    candidate_paths,
    default_lift_model_path,
    file_identity,
    is_shipped_model,
    lift_model_paths,
    search_dirs,
)
from irlens.model.gguf_info import (
    GGUFError,
    GGUFInfo,
    UnknownModelFormat,
    model_digest,
    read_gguf_info,
    resolve_format,
)
from irlens.model.prompts import PromptFormat, Task

__all__ = ["ModelService", "ModelStatus", "PipelineRanking", "SizePrediction"]

log = logging.getLogger("irlens.model")

State = Literal["disabled", "loading", "ready", "error"]

# Alternatives beyond the greedy answer are sampled at this temperature with seeds 1, 2, ...
SAMPLING_TEMPERATURE = 0.7
# Pipelines and sizes come before the code in a flag-tuning answer: stop there.
HEADER_STOP = ("<code>",)
RESCAN_DEBOUNCE_S = 0.4


@dataclass(frozen=True)
class ModelStatus:
    state: State
    name: str | None = None  # model file name or remote model id
    detail: str = ""  # one line for a status bar / log: what is loaded, or what went wrong
    prompt_format: PromptFormat | None = None
    source: str | None = None  # file path or server URL
    info: GGUFInfo | None = None  # metadata of a local model


@dataclass(frozen=True)
class PipelineRanking:
    """The model's order of a coreset for one function, or why there is none (`problem`)."""

    order: tuple[int, ...] = ()  # coreset indices, best first (all K); () when not ranked
    problem: str = ""
    oz_first: bool = False  # the model's "-Oz alone is best" token outscored every pipeline
    seconds: float = 0.0

    @property
    def ranked(self) -> bool:
        return bool(self.order)


@dataclass(frozen=True)
class _RankTokens:
    """A loaded ranking model's rank tokens, checked against its vocabulary."""

    coreset_digest: str
    token_ids: tuple[int, ...]
    oz_id: int | None


@dataclass
class _LiftModel:
    """The dedicated lifting model: metadata read when the main model loads, weights on first use."""
    path: Path
    info: GGUFInfo
    prompt_format: PromptFormat
    backend: Backend | None = None
    digest: str = ""
    problem: str = ""  # why it failed to load (then lifting has no model)

    def status(self) -> ModelStatus:
        state: State = "error" if self.problem else "ready"
        detail = self.problem or (self.backend.describe() if self.backend is not None else
                                  f"{self.path.name}, loads on the first lift")
        return ModelStatus(state, name=self.path.name, detail=detail, prompt_format=self.prompt_format,
                           source=str(self.path), info=self.info)


class ModelService:
    def __init__(
        self,
        settings: Settings,
        *,
        on_status: Callable[[ModelStatus], None] | None = None,
        cache_dir: Path | None = None,
        watch: bool = True,
    ) -> None:
        self._settings = settings
        self._on_status = on_status
        self._watch = watch
        self._status = ModelStatus("disabled", detail="not started")
        self._status_lock = threading.Lock()
        self._request_lock = threading.Lock()  # one generation at a time, and backend swaps
        self._backend: Backend | None = None
        self._backend_digest = ""
        self._backend_tasks: tuple[str, ...] = ()
        self._rank_tokens: _RankTokens | None = None
        self._ranking_problem = "no model loaded"  # why the model in service does not rank
        self._loaded_identity: FileIdentity | None = None
        self._rescan = threading.Event()
        self._stopping = threading.Event()
        self._loader: threading.Thread | None = None
        self._observer: Any = None
        self._answers = AnswerCache(cache_dir if cache_dir is not None else default_cache_dir())
        self._last_problem = ""
        self._remote_retry_at = 0.0
        self._lift_lock = threading.Lock()  # the lifting model's generations and its lazy load
        self._lift_model: _LiftModel | None = None
        self._target_lift_models: list[_LiftModel] = []  # lifting models for other targets (metadata read)
        self._lift_problem = ""  # why the configured lifting model is not used

    # ---- lifecycle ----

    def start(self) -> None:
        """Discover and load in the background and watch the model directories. Returns at once."""
        if self._loader is not None:
            return
        if not self._settings.model_enabled:
            self._set_status(ModelStatus("disabled", detail="model disabled by settings"))
            return
        self._set_status(ModelStatus("loading", detail="looking for a model"))
        self._loader = threading.Thread(target=self._loader_loop, name="irlens-model-loader", daemon=True)
        self._loader.start()
        self._rescan.set()
        if self._watch and not self._settings.remote_url:
            self._start_watching()

    def stop(self) -> None:
        self._stopping.set()
        self._rescan.set()
        if self._observer is not None:
            with contextlib.suppress(Exception):
                self._observer.stop()
                self._observer.join(timeout=2)
            self._observer = None
        if self._loader is not None:
            self._loader.join(timeout=5)
            self._loader = None
        with self._request_lock:
            if self._backend is not None:
                with contextlib.suppress(Exception):
                    self._backend.close()
                self._backend = None
        with self._lift_lock:
            for target_model in self._target_lift_models:
                if target_model.backend is not None:
                    with contextlib.suppress(Exception):
                        target_model.backend.close()
            self._target_lift_models = []
            if self._lift_model is not None and self._lift_model.backend is not None:
                with contextlib.suppress(Exception):
                    self._lift_model.backend.close()
            self._lift_model = None

    def wait_until_settled(self, timeout_s: float) -> ModelStatus:
        """Block until the state is no longer "loading" (for the CLI); returns the status."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            status = self.status()
            if status.state != "loading":
                return status
            time.sleep(0.05)
        return self.status()

    def status(self) -> ModelStatus:
        with self._status_lock:
            return self._status

    def last_problem(self) -> str:
        """Why the last request gave no usable answer ("" when it did)."""
        return self._last_problem

    def _set_status(self, status: ModelStatus) -> None:
        with self._status_lock:
            self._status = status
        log.info("model: %s %s", status.state, status.detail)
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:  # a broken listener must not stop the loader
                log.exception("model status listener failed")

    # ---- discovery and loading ----

    def _loader_loop(self) -> None:
        while not self._stopping.is_set():
            self._rescan.wait()
            if self._stopping.is_set():
                return
            # Debounce: a copy in progress fires many events; act once it has been quiet.
            while True:
                self._rescan.clear()
                if not self._rescan.wait(RESCAN_DEBOUNCE_S):
                    break
            if self._stopping.is_set():
                return
            try:
                self._discover_and_load()
            except Exception as exc:  # never let the loader thread die
                log.exception("model loader failed")
                self._set_status(ModelStatus("error", detail=f"model loader failed: {exc}"))

    def _discover_and_load(self) -> None:
        if self._settings.remote_url:
            self._connect_remote()
            return
        candidates = candidate_paths(self._settings)
        if not candidates:
            if self._backend is None:
                places = ", ".join(str(d) for d, _ in search_dirs(self._settings))
                self._set_status(ModelStatus(
                    "disabled", detail=f"no model found; pass --model PATH or --remote URL, or put a .gguf "
                                       f"file in {places}"
                ))
            return
        path = candidates[0]
        identity = file_identity(path)
        if identity is not None and identity == self._loaded_identity:
            return  # unchanged
        self._load_file(path, identity)

    def _load_file(self, path: Path, identity: FileIdentity | None) -> None:
        previous = self.status()
        serving = self._backend is not None

        def failed(message: str) -> None:
            if serving:  # the model in service stays; say what went wrong with the new one
                self._set_status(dataclasses.replace(previous, state="ready", detail=(
                    f"{message}; still serving {previous.name}"
                )))
            else:
                self._set_status(ModelStatus("error", name=path.name, detail=message, source=str(path)))

        try:
            info = read_gguf_info(path)
            prompt_format = resolve_format(info, self._settings.model_format)
        except (GGUFError, UnknownModelFormat) as exc:
            failed(str(exc))
            return
        asked = {Task.FLAG_TUNING.value, Task.DISASSEMBLY.value, Task.PIPELINE_RANKING.value}
        if not asked & set(info.tasks):
            failed(f"{path.name}: trained for none of the tasks irlens asks ({', '.join(info.tasks)})")
            return
        size_gb = info.file_bytes / 1e9
        self._set_status(ModelStatus(
            "loading" if not serving else "ready", name=path.name if not serving else previous.name,
            detail=f"loading {path.name} ({size_gb:.2f} GB, {info.quantization})",
            prompt_format=previous.prompt_format if serving else prompt_format,
            source=str(path), info=previous.info if serving else info,
        ))
        n_ctx = min(self._settings.n_ctx, info.context_length or self._settings.n_ctx)
        started = time.monotonic()
        try:
            loaded = self._load_within_deadline(path, prompt_format, n_ctx)
        except (BackendError, OSError) as exc:
            failed(str(exc))
            return
        if loaded is None:
            return  # stopping
        backend, digest = loaded
        rank_tokens, ranking_problem = _check_rank_tokens(backend, info)
        with self._request_lock:
            old, self._backend = self._backend, backend
            self._backend_digest = digest
            self._backend_tasks = info.tasks
            self._rank_tokens, self._ranking_problem = rank_tokens, ranking_problem
            self._loaded_identity = identity
        if old is not None:
            with contextlib.suppress(Exception):
                old.close()
        self._configure_lift_model(path)
        load_s = time.monotonic() - started
        ranking = ""
        if rank_tokens is not None:
            ranking = (f"; ranks {len(rank_tokens.token_ids)} coreset pipelines "
                       f"(coreset {rank_tokens.coreset_digest[:12]})")
        elif ranking_problem != "not a ranking model":
            ranking = f"; does not rank pipelines: {ranking_problem}"
        self._set_status(ModelStatus(
            "ready", name=path.name,
            detail=f"{backend.describe()}, {prompt_format} format, loaded in {load_s:.1f} s{ranking}",
            prompt_format=prompt_format, source=str(path), info=info,
        ))

    def _load_within_deadline(self, path: Path, prompt_format: PromptFormat,
                              n_ctx: int) -> tuple[Backend, str] | None:
        """llama.cpp loads on a helper thread (native code cannot be interrupted); past the load deadline
        the load is abandoned with a BackendError that names it, and the helper frees the model when it
        finishes. None when the service stops meanwhile."""
        from irlens.model.llama_backend import LlamaBackend

        outcome: list[tuple[Backend, str] | BaseException] = []
        handoff = threading.Lock()  # the loader's result and the waiter's "abandoned" never cross
        abandoned = False
        done = threading.Event()

        def load() -> None:
            try:
                backend = LlamaBackend(path, prompt_format=prompt_format, n_ctx=n_ctx,
                                       n_threads=self._settings.n_threads,
                                       n_gpu_layers=self._settings.n_gpu_layers)
                result: tuple[Backend, str] | BaseException = (backend, model_digest(path))
            except BaseException as exc:
                result = exc
            with handoff:
                outcome.append(result)
                unwanted = abandoned
            done.set()
            if unwanted and isinstance(result, tuple):
                with contextlib.suppress(Exception):
                    result[0].close()

        threading.Thread(target=load, name="irlens-model-load", daemon=True).start()
        deadline = time.monotonic() + self._settings.model_load_timeout_s
        while not done.wait(0.1):
            if self._stopping.is_set() or time.monotonic() >= deadline:
                with handoff:
                    abandoned = not outcome
                if not abandoned:
                    break  # it finished just now: keep it rather than waste the load
                if self._stopping.is_set():
                    return None
                raise BackendError(
                    f"loading {path.name} did not finish within the load deadline "
                    f"({self._settings.model_load_timeout_s:g} s, setting modelLoadTimeoutS)")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _connect_remote(self) -> None:
        url = self._settings.remote_url or ""
        from irlens.model.remote_backend import RemoteBackend

        self._set_status(ModelStatus("loading", detail=f"connecting to {url}", source=url))
        try:
            backend = RemoteBackend(
                url, requested_format=self._settings.model_format, n_ctx=self._settings.n_ctx,
                connect_timeout_s=self._settings.remote_connect_timeout_s,
                read_timeout_s=self._settings.remote_read_timeout_s,
            )
        except (BackendError, UnknownModelFormat) as exc:
            self._remote_retry_at = time.monotonic() + 30.0
            self._set_status(ModelStatus("error", detail=str(exc), source=url))
            return
        with self._request_lock:
            self._backend = backend
            self._backend_digest = hashlib.sha256(f"remote\0{url}\0{backend.name}".encode()).hexdigest()[:32]
            self._backend_tasks = prompts.TEXT_TASKS
            self._rank_tokens, self._ranking_problem = None, "a remote model does not rank pipelines"
        self._configure_lift_model(None)
        self._set_status(ModelStatus(
            "ready", name=backend.name, detail=f"{backend.describe()}, {backend.prompt_format} format",
            prompt_format=backend.prompt_format, source=url,
        ))

    def _configure_lift_model(self, main_path: Path | None) -> None:
        """Choose the lifting model for the main model just loaded (`main_path`; None: a server).
        Reads its metadata only; its weights load on the first lift."""
        explicit = bool(self._settings.lift_model_path)
        path = (Path(self._settings.lift_model_path).expanduser() if self._settings.lift_model_path
                else default_lift_model_path())
        main_lifts = Task.DISASSEMBLY.value in self._backend_tasks
        shipped_main = main_path is not None and is_shipped_model(main_path)
        chosen: _LiftModel | None = None
        problem = ""
        self._configure_target_lift_models({p.resolve() for p in (path, main_path) if p is not None})
        if path is not None and (explicit or shipped_main or not main_lifts) and \
                (main_path is None or path.resolve() != main_path.resolve()):
            current = self._lift_model
            if current is not None and current.path == path and not current.problem:
                return  # unchanged (its weights may be loaded already)
            try:
                info = read_gguf_info(path)
                prompt_format = resolve_format(info, "auto")
                if Task.DISASSEMBLY.value not in info.tasks:
                    raise GGUFError(f"{path.name} was not trained to lift assembly ({', '.join(info.tasks)})")
                chosen = _LiftModel(path, info, prompt_format)
            except (GGUFError, UnknownModelFormat, OSError) as exc:
                problem = f"lifting model not used: {exc}"
                log.warning("%s", problem)
        with self._lift_lock:
            old, self._lift_model = self._lift_model, chosen
            self._lift_problem = problem
        if old is not None and old.backend is not None:
            with contextlib.suppress(Exception):
                old.backend.close()

    def _configure_target_lift_models(self, taken: set[Path]) -> None:
        """The `*-lift.gguf` files of the model directories (not `taken`) that name their targets."""
        found: list[_LiftModel] = []
        for path in lift_model_paths(self._settings):
            if path.resolve() in taken:
                continue
            try:
                info = read_gguf_info(path)
                if info.lift_targets and Task.DISASSEMBLY.value in info.tasks:
                    found.append(_LiftModel(path, info, resolve_format(info, "auto")))
            except (GGUFError, UnknownModelFormat, OSError) as exc:
                log.warning("lifting model %s not used: %s", path.name, exc)
        with self._lift_lock:
            known = {model.path: model for model in self._target_lift_models}
            self._target_lift_models = [known.get(model.path, model) for model in found]

    def _suited_lift_model(self, suits: Callable[[ModelStatus], bool] | None) -> _LiftModel | None:
        """The lifting model for a lift the default one does not suit (None: the default one)."""
        if suits is None or self._backend is None:
            return None
        default = self._lift_model.status() if self._lift_model is not None else self.status()
        if suits(default):
            return None
        with self._lift_lock:
            return next((m for m in self._target_lift_models if not m.problem and suits(m.status())), None)

    def _lift_backend(self, model: _LiftModel) -> tuple[Backend, str] | None:
        """A lifting model's backend and digest, loaded now if it is not yet (call with _lift_lock
        held); None with `_last_problem` set when it cannot load."""
        if model.backend is None and not model.problem:
            n_ctx = min(self._settings.n_ctx, model.info.context_length or self._settings.n_ctx)
            try:
                loaded = self._load_within_deadline(model.path, model.prompt_format, n_ctx)
            except (BackendError, OSError) as exc:
                model.problem = f"the lifting model {model.path.name} did not load: {exc}"
                loaded = None
            if loaded is not None:
                model.backend, model.digest = loaded
        if model.backend is None:
            self._last_problem = model.problem or "stopping"
            return None
        return model.backend, model.digest

    def _start_watching(self) -> None:
        try:
            from watchdog.events import FileSystemEvent, FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:
            log.warning("watchdog missing: model files are not watched")
            return
        service = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                paths = [event.src_path, getattr(event, "dest_path", "")]
                if any(str(p).endswith(".gguf") for p in paths if p):
                    service._rescan.set()

        directories = {d for d, _ in search_dirs(self._settings)}
        if self._settings.model_path:
            directories.add(Path(self._settings.model_path).expanduser().parent)
        observer = Observer()
        watched = 0
        for directory in sorted(directories):
            if directory.is_dir():
                observer.schedule(Handler(), str(directory), recursive=False)
                watched += 1
        if watched:
            observer.daemon = True
            observer.start()
            self._observer = observer

    # ---- requests ----

    def propose_pipelines(self, ir_text: str, k: int = 4, cancel: threading.Event | None = None) -> list[str]:
        """Up to k distinct pass pipelines (opt -p syntax) for `ir_text`: the greedy answer first,
        then sampled alternatives. Raw model text: callers validate before use."""
        pipelines: list[str] = []
        prompt = prompts.flag_tuning_prompt(ir_text)
        for attempt in range(max(0, k) * 2):  # a few extra tries for duplicates and unusable answers
            if len(pipelines) >= k or (cancel is not None and cancel.is_set()):
                break
            sampling = GREEDY if attempt == 0 else SamplingOptions(SAMPLING_TEMPERATURE, attempt)
            answer = self._ask(Task.FLAG_TUNING, prompt, cancel, sampling=sampling, stop=HEADER_STOP)
            if answer is None:
                break  # not ready, too large, timed out, cancelled: another sample will not help
            parsed = answers.parse_flag_tuning(answer)
            if parsed is None:
                self._last_problem = "no usable answer: no pass pipeline in the model's answer"
                continue
            if parsed.pipeline not in pipelines:
                pipelines.append(parsed.pipeline)
        if pipelines:
            self._last_problem = ""
        return pipelines

    def predict_sizes(self, ir_text: str, cancel: threading.Event | None = None) -> SizePrediction | None:
        """Instruction count and object bytes the model predicts after its own greedy pipeline."""
        answer = self._ask(Task.FLAG_TUNING, prompts.flag_tuning_prompt(ir_text), cancel, stop=HEADER_STOP)
        if answer is None:
            return None
        parsed = answers.parse_flag_tuning(answer)
        sizes = answers.parse_sizes(answer)
        if sizes is None:
            self._last_problem = "no usable answer: no sizes in the model's answer"
            return None
        self._last_problem = ""
        return dataclasses.replace(sizes, pipeline=parsed.pipeline if parsed is not None else None)

    def lift(self, asm_text: str, cancel: threading.Event | None = None, *,
             sampling: SamplingOptions = GREEDY,
             suits: Callable[[ModelStatus], bool] | None = None) -> LiftAnswer | None:
        """LLVM IR the model proposes for an assembly function (not yet checked by the compiler),
        possibly cut off at the token limit (`LiftAnswer.complete`). `suits`: whether a lifting model
        can lift this assembly (its target); the first that can answers (module docstring)."""
        prompt = prompts.disassembly_prompt(asm_text)
        with self._lift_lock:
            lift_model = self._lift_model
        lift_model = self._suited_lift_model(suits) or lift_model
        if lift_model is not None:
            answer = self._ask_lift_model(lift_model, prompt, cancel, sampling)
        else:
            answer = self._ask(Task.DISASSEMBLY, prompt, cancel, sampling=sampling)
        if answer is None:
            return None
        lifted = answers.parse_disassembly(answer)
        if lifted is None:
            self._last_problem = "no usable answer: no <code> block with a function (garbage)"
            return None
        self._last_problem = ""
        return lifted

    def ranking_problem(self, coreset_digest: str, count: int) -> str:
        """Why the model in service cannot rank the coreset named by its digest and size ("" when it can)."""
        rank_tokens, backend = self._rank_tokens, self._backend
        if backend is None:
            status = self.status()
            return f"no model in service (model {status.state}: {status.detail})"
        if rank_tokens is None:
            return f"{backend.name} does not rank pipelines ({self._ranking_problem})"
        if rank_tokens.coreset_digest != coreset_digest:
            return (f"{backend.name} ranks another coreset (digest {rank_tokens.coreset_digest[:12]}; "
                    f"this irlens' coreset is {coreset_digest[:12]})")
        if len(rank_tokens.token_ids) != count:
            return f"{backend.name} has {len(rank_tokens.token_ids)} rank tokens for a coreset of {count}"
        return ""

    def rank_pipelines(self, module_ir: str, coreset_digest: str, count: int,
                       cancel: threading.Event | None = None) -> PipelineRanking:
        """The coreset (named by its digest and size) in the model's order for a function's extracted
        module, or the reason there is none. Never raises."""
        started = time.monotonic()
        try:
            problem = self.ranking_problem(coreset_digest, count)
            if problem:
                return PipelineRanking(problem=problem)
            prompt = prompts.flag_tuning_prompt(module_ir)
            key = ranking_key(self._backend_digest, coreset_digest, prompt)
            cached = self._answers.get(key)
            logits = cached.get("logits") if cached is not None else None
            if not _scores(logits, count):  # not cached, or an entry of another shape: scored again
                with self._request_lock:
                    backend, rank_tokens = self._backend, self._rank_tokens
                    if cancel is not None and cancel.is_set():
                        return PipelineRanking(problem="cancelled")
                    if rank_tokens is None or backend is None or not hasattr(backend, "score_tokens") \
                            or rank_tokens.coreset_digest != coreset_digest:
                        return PipelineRanking(problem="the model changed while ranking")
                    oz = () if rank_tokens.oz_id is None else (rank_tokens.oz_id,)
                    ids = [*rank_tokens.token_ids, *oz]
                    logits = backend.score_tokens(prompt, ids, timeout_s=self._settings.model_timeout_s,
                                                  cancel=cancel)
                self._answers.put(key, {"text": "", "logits": logits})
        except BackendError as exc:
            return PipelineRanking(problem=str(exc), seconds=time.monotonic() - started)
        except Exception as exc:  # a model must never take the search down
            log.exception("ranking failed")
            return PipelineRanking(problem=f"ranking failed: {exc}", seconds=time.monotonic() - started)
        scores = [float(v) for v in logits[:count]]
        order = tuple(sorted(range(count), key=lambda i: -scores[i]))  # ties keep coverage order
        oz_first = len(logits) > count and float(logits[count]) > max(scores)
        return PipelineRanking(order, "", oz_first, time.monotonic() - started)

    def lifts(self) -> bool:
        """Whether a model that was trained to lift assembly is in service (the lifting model, or the
        main model by its GGUF metadata / remote format)."""
        return self.lifting_model_name() is not None

    def lifting_model_name(self) -> str | None:
        """The name of the model that lifts (for the status), or None when none can."""
        if self._backend is None:
            return None
        lift_model = self._lift_model
        if lift_model is not None:
            return None if lift_model.problem else lift_model.path.name
        return self.status().name if Task.DISASSEMBLY.value in self._backend_tasks else None

    def lifting_status(self, suits: Callable[[ModelStatus], bool] | None = None) -> ModelStatus:
        """The status of the model that lifts (the main model's when it lifts itself); with `suits`,
        of the first lifting model it accepts, when the default one does not suit."""
        lift_model = self._suited_lift_model(suits) or self._lift_model
        return lift_model.status() if lift_model is not None else self.status()

    def lift_problem(self) -> str:
        """Why the configured lifting model is not used or did not load ("" when none is wrong)."""
        lift_model = self._lift_model
        return (lift_model.problem if lift_model is not None else "") or self._lift_problem

    def generate_raw(self, task: Task, prompt: str, cancel: threading.Event | None = None,
                     stop: tuple[str, ...] = ()) -> Generation | None:
        """One uncached generation with its timings (for `irlens bench model`)."""
        backend = self._ready_backend(task)
        if backend is None:
            return None
        with self._request_lock:
            try:
                return backend.generate(prompt, max_tokens=self._settings.model_max_tokens,
                                        timeout_s=self._settings.model_timeout_s, cancel=cancel, stop=stop)
            except BackendError as exc:
                self._last_problem = str(exc)
                return None

    def _ready_backend(self, task: Task) -> Backend | None:
        if self._backend is None and self._settings.remote_url and time.monotonic() >= self._remote_retry_at:
            self._rescan.set()  # the server may be back
        backend = self._backend
        if backend is None:
            status = self.status()
            self._last_problem = f"model {status.state}: {status.detail}"
            return None
        if task.value not in self._backend_tasks:
            self._last_problem = f"{backend.name} was not trained for {task.value}"
            return None
        return backend

    def _ask_lift_model(self, lift_model: _LiftModel, prompt: str, cancel: threading.Event | None,
                        sampling: SamplingOptions) -> str | None:
        """A disassembly answer from a dedicated lifting model (loaded now if need be)."""
        if self._backend is None:
            return self._ask(Task.DISASSEMBLY, prompt, cancel, sampling=sampling)  # says why: not ready
        return self._ask(Task.DISASSEMBLY, prompt, cancel, sampling=sampling, lift_model=lift_model)

    def _ask(self, task: Task, prompt: str, cancel: threading.Event | None, *,
             sampling: SamplingOptions = GREEDY, stop: tuple[str, ...] = (),
             lift_model: _LiftModel | None = None) -> str | None:
        """The model's answer text (cached), or None with `_last_problem` set. Never raises.
        `lift_model`: ask that dedicated lifting model under the lifting lock instead of the main one."""
        try:
            lock = self._lift_lock if lift_model is not None else self._request_lock
            if lift_model is not None:
                with lock:
                    loaded = self._lift_backend(lift_model)
                if loaded is None:
                    return None
                backend, digest = loaded
            else:
                ready = self._ready_backend(task)
                if ready is None:
                    return None
                backend, digest = ready, self._backend_digest
            key = generation_key(digest, task, prompt, sampling, stop, self._settings.model_max_tokens)
            cached = self._answers.get(key)
            if cached is not None:
                return str(cached["text"])
            with lock:
                if cancel is not None and cancel.is_set():
                    self._last_problem = "cancelled"
                    return None
                generation = backend.generate(
                    prompt, max_tokens=self._settings.model_max_tokens,
                    timeout_s=self._settings.model_timeout_s, cancel=cancel, sampling=sampling, stop=stop,
                )
        except ContextOverflow as exc:
            self._last_problem = str(exc)
            return None
        except BackendError as exc:
            self._last_problem = str(exc)
            if self._settings.remote_url:
                self._set_status(dataclasses.replace(self.status(), detail=str(exc)))
            return None
        except Exception as exc:  # a model must never take the server down
            log.exception("model request failed")
            self._last_problem = f"model request failed: {exc}"
            return None
        if generation.stop_reason in ("cancelled", "timeout"):
            self._last_problem = (
                "cancelled" if generation.stop_reason == "cancelled"
                else f"the model ran past its deadline ({self._settings.model_timeout_s:g} s, setting "
                     "modelTimeoutS)"
            )
            return None
        self._last_problem = ""
        self._answers.put(key, {"text": generation.text, "stop_reason": generation.stop_reason,
                              "prompt_tokens": generation.prompt_tokens,
                              "generated_tokens": generation.generated_tokens})
        return generation.text

def _check_rank_tokens(backend: Backend, info: GGUFInfo) -> tuple[_RankTokens | None, str]:
    """A ranking model's rank tokens as ids of its vocabulary (each must be one token for llama.cpp),
    or why the model does not rank."""
    if info.ranking_problem:
        return None, info.ranking_problem
    single_token = getattr(backend, "single_token", None)
    if single_token is None or info.coreset_digest is None:
        return None, "this backend cannot score tokens"
    ids = []
    for text in [*info.rank_tokens, *(() if info.rank_token_oz is None else (info.rank_token_oz,))]:
        token = single_token(text)
        if token is None:
            return None, f"rank token {text!r} is not one token of the model's vocabulary"
        ids.append(token)
    if len(set(ids)) != len(ids):
        return None, "two rank tokens are the same token of the vocabulary"
    count = len(info.rank_tokens)
    return _RankTokens(info.coreset_digest, tuple(ids[:count]), ids[count] if len(ids) > count else None), ""


def _scores(logits: Any, count: int) -> TypeGuard[list[float]]:
    """Whether a cached entry's `logits` are at least `count` numbers (what ranking reads)."""
    return isinstance(logits, list) and len(logits) >= count and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in logits)
