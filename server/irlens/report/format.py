"""The shape of a size report's module records, checked wherever one is read back from disk: the results
cache (a hand-edited or foreign entry is a miss, not a TypeError in the totals) and `irlens diff` (a JSON
that is not a report is refused with a message). report/report.py documents the fields."""

from __future__ import annotations

from typing import Any

_COUNTS = ("ir_instructions", "bytes", "oz_bytes", "best_bytes")


def _is_count(value: Any) -> bool:
    """A measured number: a non-negative integer (not a bool, not NaN), or None for unknown."""
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def function_record_problem(function: Any) -> str | None:
    """Why `function` is not a report's function record; None when it is."""
    if not isinstance(function, dict):
        return "a function is not a JSON object"
    if not isinstance(function.get("name"), str):
        return 'a function without a "name"'
    for field in _COUNTS:
        if not _is_count(function.get(field)):
            return f"function {function['name']!r}: {field!r} is not a byte or instruction count"
    if not isinstance(function.get("pipeline"), (str, type(None))):
        return f"function {function['name']!r}: \"pipeline\" is not a string"
    return None


def module_record_problem(module: Any) -> str | None:
    """Why `module` is not a report's module record; None when it is."""
    if not isinstance(module, dict):
        return "a module is not a JSON object"
    if not isinstance(module.get("module"), str):
        return 'a module without a "module" name'
    name = module["module"]
    if module.get("kind") not in ("ir", "asm"):
        return f"module {name!r}: \"kind\" is not \"ir\" or \"asm\""
    if not isinstance(module.get("error"), (str, type(None))):
        return f"module {name!r}: \"error\" is not a string"
    for field in ("text_data_bytes", "oz_text_data_bytes"):
        if not _is_count(module.get(field)):
            return f"module {name!r}: {field!r} is not a byte count"
    functions = module.get("functions")
    if not isinstance(functions, list):
        return f"module {name!r}: \"functions\" is not a list"
    for function in functions:
        if (problem := function_record_problem(function)) is not None:
            return f"module {name!r}: {problem}"
    return None


def report_problem(report: Any) -> str | None:
    """Why `report` is not what `irlens report --json` writes; None when it is."""
    if not isinstance(report, dict) or "irlens_report" not in report:
        return 'not a JSON object with "irlens_report"'
    modules = report.get("modules")
    if not isinstance(modules, list):
        return '"modules" is not a list'
    for module in modules:
        if (problem := module_record_problem(module)) is not None:
            return problem
    return None
