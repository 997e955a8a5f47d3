"""GGUF metadata: which prompt format a model speaks.

Keys irlens reads (the irlens-tiny exporter in models/recipe writes the `irlens.*` ones):

- ``irlens.prompt_format`` (string): ``"irlens"`` for irlens' own models, which are trained on the
  prompt strings of `irlens.model.prompts` and answer as `irlens.model.answers` describes;
  ``"llm-compiler"`` for a re-export of Meta's LLM Compiler that keeps its formats.
- ``irlens.prompt_format_version`` (uint32): 1. A version this code does not know is refused.
- ``irlens.tasks`` (string, comma-separated `Task` values, e.g. ``"flag-tuning,compiler-emulation-ir"``):
  the tasks the model was trained for; absent means all of them.

Meta's LLM Compiler GGUFs carry no irlens keys; they are recognised by "llm-compiler" (also
"llm_compiler", "llm compiler", any case) in ``general.name``, ``general.basename``,
``general.finetune`` or the file name. Any other model is refused with a message, never run with a
guessed format.
"""

from __future__ import annotations

KEY_PROMPT_FORMAT = "irlens.prompt_format"
KEY_PROMPT_FORMAT_VERSION = "irlens.prompt_format_version"
KEY_TASKS = "irlens.tasks"
PROMPT_FORMAT_VERSION = 1
