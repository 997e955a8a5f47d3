"""Named struct types out of a lifting answer: field accesses as byte offsets, struct storage as bytes.

Assembly says nothing of a struct's name or field types, only the offsets it touches (`movl 24(%rax)`),
so a model that must write `%struct.cJSON = type { ptr, ptr, ptr, i32, ... }` makes it up. The flat
form writes what the assembly shows and llc compiles the same:
- a getelementptr through a named struct becomes `getelementptr inbounds i8, ptr %p, i64 24` (every
  index constant), or `getelementptr inbounds [S x i8], ptr %p, i64 %i, i64 C` (one variable index
  of stride S), the offsets computed with the x86-64 data layout;
- other uses of a named struct (alloca, an external or zero-initialised global, byval/sret) become
  `[S x i8]` of its size; the type definitions go.
A module this cannot express (struct values loaded or stored whole, initialisers, two variable
indices, other targets) is returned unchanged. `test_recipe` checks on real pairs that llc's
instructions do not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from irlens.ir.scan import closing_bracket, split_top_level

_TYPE_DEFINITION = re.compile(r'^(%[-\w.$]+|%"[^"]+") = type (.+)$', re.MULTILINE)
_NAMED = re.compile(r'%[-\w.$]+|%"[^"]+"')
_GEP = re.compile(r"\bgetelementptr\s+(inbounds\s+)?")
_INT = re.compile(r"^-?\d+$")
# Where a named struct may stand once its getelementptrs are flat: storage whose bytes are all that
# codegen needs (an alloca, a global or constant without initialiser or zero-initialised, byval/sret/byref).
_STORAGE_USE = re.compile(r"(?:\balloca\s+|\b(?:global|constant)\s+|\b(?:byval|sret|byref|elementtype)\()$")


class NotFlat(Exception):
    """The module uses a struct in a way the flat form cannot express."""


@dataclass(frozen=True)
class Layout:
    size: int  # allocation size in bytes
    align: int
    fields: tuple[tuple[int, str], ...] = ()  # struct: (offset, field type)
    element: str | None = None  # array or vector: element type


_SCALARS = {"ptr": (8, 8), "half": (2, 2), "bfloat": (2, 2), "float": (4, 4), "double": (8, 8),
            "x86_fp80": (16, 16), "fp128": (16, 16)}
_INTEGERS = {1: 1, 8: 1, 16: 2, 32: 4, 64: 8, 128: 16}  # x86-64: bytes of iN, also its alignment


def flat_struct_ir(ir: str) -> str:
    """The module with its named struct types flattened (see the module doc), or unchanged."""
    if '%struct.' not in ir and '%union.' not in ir:
        return ir
    if not re.search(r'^target triple = "x86_64-', ir, re.MULTILINE):
        return ir
    definitions = {m.group(1): m.group(2).strip() for m in _TYPE_DEFINITION.finditer(ir)}
    try:
        layouts = _Layouts(definitions)
        body = _TYPE_DEFINITION.sub("", ir)
        body = _flatten_geps(body, layouts)
        body = _flatten_storage(body, layouts)
    except NotFlat:
        return ir
    return re.sub(r"\n{3,}", "\n\n", body).lstrip("\n")


class _Layouts:
    def __init__(self, definitions: dict[str, str]) -> None:
        self.definitions = definitions
        self.cache: dict[str, Layout] = {}

    def of(self, text: str) -> Layout:
        text = text.strip()
        if text not in self.cache:
            self.cache[text] = self._compute(text)
        return self.cache[text]

    def _compute(self, text: str) -> Layout:
        if text in _SCALARS:
            size, align = _SCALARS[text]
            return Layout(size, align)
        if re.fullmatch(r"i\d+", text):
            bits = int(text[1:])
            if bits not in _INTEGERS:
                raise NotFlat(text)
            return Layout(_INTEGERS[bits], _INTEGERS[bits])
        if _NAMED.fullmatch(text):
            definition = self.definitions.get(text)
            if definition is None or definition == "opaque":
                raise NotFlat(text)
            return self.of(definition)
        array = re.fullmatch(r"\[\s*(\d+)\s+x\s+(.+)\]", text, re.DOTALL)
        if array:
            element = self.of(array.group(2))
            return Layout(int(array.group(1)) * element.size, element.align, element=array.group(2).strip())
        vector = re.fullmatch(r"<\s*(\d+)\s+x\s+(.+)>", text, re.DOTALL)
        if vector:
            element = self.of(vector.group(2))
            store = int(vector.group(1)) * element.size
            align = 1 << (store - 1).bit_length()
            return Layout(-(-store // align) * align, align, element=vector.group(2).strip())
        packed = text.startswith("<{") and text.endswith("}>")
        if packed or (text.startswith("{") and text.endswith("}")):
            inner = text[2:-2] if packed else text[1:-1]
            offset, align, fields = 0, 1, []
            for field in split_top_level(inner):
                layout = self.of(field)
                if not packed:
                    offset = -(-offset // layout.align) * layout.align
                    align = max(align, layout.align)
                fields.append((offset, field))
                offset += layout.size
            size = -(-offset // align) * align
            return Layout(size, align, fields=tuple(fields))
        raise NotFlat(text)

    def mentions_struct(self, text: str) -> bool:
        return any(name in self.definitions for name in _NAMED.findall(text))


def _flatten_geps(text: str, layouts: _Layouts) -> str:
    out: list[str] = []
    position = 0
    for match in _GEP.finditer(text):
        if match.start() < position:
            continue  # inside a getelementptr already rewritten (a nested constant expression)
        out.append(text[position:match.start()])
        inbounds = match.group(1) is not None
        start = match.end()
        if text.startswith("(", start):  # a constant expression: up to the matching parenthesis
            end = closing_bracket(text, start)
            if end is None:
                raise NotFlat("unbalanced getelementptr")
            arguments = _flatten_geps(text[start + 1:end], layouts)
            out.append(_rewrite(arguments, inbounds, layouts, constant=True))
            position = end + 1
        else:  # an instruction: to the end of the line
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            arguments = _flatten_geps(text[start:end], layouts)
            out.append(_rewrite(arguments, inbounds, layouts, constant=False))
            position = end
    out.append(text[position:])
    return "".join(out)


def _rewrite(arguments: str, inbounds: bool, layouts: _Layouts, *, constant: bool) -> str:
    keyword = "getelementptr inbounds " if inbounds else "getelementptr "
    parts = split_top_level(arguments)
    if len(parts) < 2 or not layouts.mentions_struct(parts[0]):
        return keyword + (f"({arguments})" if constant else arguments)
    source, pointer, indices = parts[0], parts[1], parts[2:]
    offset, variable = 0, None
    current = source
    for number, index in enumerate(indices):
        index_type, _, value = index.partition(" ")
        value = value.strip()
        layout = layouts.of(current) if number else None
        if number == 0:
            stride = layouts.of(source).size
        elif layout is not None and layout.fields:
            if not _INT.match(value):
                raise NotFlat(index)
            field_offset, current = layout.fields[int(value)]
            offset += field_offset
            continue
        elif layout is not None and layout.element is not None:
            current = layout.element
            stride = layouts.of(current).size
        else:
            raise NotFlat(index)
        if _INT.match(value):
            offset += int(value) * stride
        elif variable is None:
            variable = (stride, index_type, value)
        else:
            raise NotFlat(arguments)  # two variable indices: one flat getelementptr cannot say it
    if variable is None:
        flat = f"i8, {pointer}, i64 {offset}"
    else:
        stride, index_type, value = variable
        flat = f"[{stride} x i8], {pointer}, {index_type} {value}" + (f", i64 {offset}" if offset else "")
    return keyword + (f"({flat})" if constant else flat)


def _flatten_storage(text: str, layouts: _Layouts) -> str:
    def storage(match: re.Match[str]) -> str:
        name = match.group(0)
        if name not in layouts.definitions:
            return name
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        line_end = text.find("\n", match.end())
        after = text[match.end():line_end if line_end >= 0 else len(text)]
        bare_before = re.sub(r"(?:\[\s*\d+\s+x\s+)+$", "", before)  # arrays of the struct: [4 x %struct.S]
        if not _STORAGE_USE.search(bare_before):
            raise NotFlat(before + name)
        initialised = not re.match(r"[\]\s]*(?:,|$|zeroinitializer)", after)
        if bare_before.rstrip().endswith(("global", "constant")) and initialised:
            raise NotFlat(before + name + after)  # an initialiser written field by field
        return f"[{layouts.of(name).size} x i8]"

    return _NAMED.sub(storage, text)
