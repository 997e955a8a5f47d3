"""What a `--gc-sections` link keeps of an object, per exported symbol.

A linker that collects garbage starts from its roots (the program's entry, what other objects use, and
sections it must retain) and keeps every allocated section reachable from them through relocations. An
object's text+data therefore says little about a gc link: with per-function and per-data sections, bytes
in functions that no program calls cost nothing. For each exported (global or weak, defined) symbol of an
object, `exported_reach` gives the text+data of the sections a link keeps when that symbol is a root:
its section, every allocated section reachable from it, and what every link keeps (init/fini arrays,
notes, sections marked retain, sections named as C identifiers, for __start_/__stop_), as GNU ld and lld
decide at section granularity (mergeable sections are kept whole, as GNU ld does).

Unwind tables follow their functions: an .eh_frame FDE is kept with the section its pc_begin refers to
(and what else it refers to, the LSDA, is reached from that section), and costs its .eh_frame_hdr entry
too; an SHF_LINK_ORDER section (.ARM.exidx) with the section it is linked to; a COMDAT group as a
whole. On x86-64 and AArch64 a dynamic PIE link (Debian's clang's default) adds bytes of its own for
what a section refers to (_DynamicLink): RELATIVE relocations for its pointers, PLT entries for its
calls to undefined functions, GOT slots; they count too, PLT entries and GOT slots once per symbol
(also for functions another object of the program defines, which need none: the cost is counted on
both sides). Without per-function sections every function is in .text, each reach is nearly the whole
object, and the rule is the total's.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from irlens.toolchain.elf import (
    SHF_ALLOC,
    SHT_NOBITS,
    ElfError,
    Relocation,
    Section,
    Symbol,
    read_elf,
    read_relocations,
)

SHF_LINK_ORDER = 0x80
SHF_GNU_RETAIN = 0x200000
SHT_NOTE = 7
SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY, SHT_GROUP = 14, 15, 16, 17
_RETAINED_NAMES = (".init", ".fini", ".ctors", ".dtors", ".jcr")
_EXPORTED_BINDS = ("GLOBAL", "WEAK")
# A kept FDE also costs its entry in the linker's .eh_frame_hdr search table (two 4-byte offsets), which a
# Linux link writes (--eh-frame-hdr): a static function that gets its own FDE must save more than that.
EH_FRAME_HDR_ENTRY = 8
GROWTH_SHARE = 10  # see reach_growth
EM_X86_64, EM_AARCH64 = 62, 183
RELA_ENTRY, GOT_SLOT, PLT_STUB, DYNSYM_ENTRY, VERSYM_ENTRY = 24, 8, 16, 24, 2


@dataclass(frozen=True)
class _DynamicLink:
    """Relocation types that cost a dynamic (PIE) link bytes of its own: an absolute pointer in the
    image becomes a RELATIVE dynamic relocation (.rela.dyn, 24 bytes); a call to a function the object
    does not define, a PLT stub, its .got.plt slot and its .rela.plt entry; a GOT load of an undefined
    symbol, a GOT slot and its GLOB_DAT relocation; either, the symbol's .dynsym entry, name and version
    (once per symbol)."""

    absolute: frozenset[int]
    calls: frozenset[int]
    got_loads: frozenset[int]
    non_pic: frozenset[int]  # absolute 32-bit addresses: code for a non-PIE link (no RELATIVE relocations)


_DYNAMIC_LINKS = {
    EM_X86_64: _DynamicLink(frozenset({1}), frozenset({4}), frozenset({9, 41, 42}), frozenset({10, 11})),
    EM_AARCH64: _DynamicLink(frozenset({257}), frozenset({282, 283}), frozenset({311, 312}), frozenset()),
}
REFUSAL = "a --gc-sections link keeping @"  # how reach_growth's reasons begin


def exported_reach(obj: bytes) -> dict[str, int]:
    """Exported symbol -> text+data (llvm-size's definition) that a --gc-sections link rooted at it keeps
    of this object, unwind entries included. ElfError for what cannot be read."""
    try:
        return _exported_reach(obj)
    except (struct.error, IndexError, KeyError) as error:
        raise ElfError(f"truncated or malformed ELF file ({error})") from None


def _exported_reach(obj: bytes) -> dict[str, int]:
    symbols, sections = read_elf(obj)
    relocations = read_relocations(obj, sections)
    allocated = {i for i, s in sections.items() if s.flags & SHF_ALLOC}

    def target(symbol_index: int) -> int | None:
        if not 0 < symbol_index <= len(symbols):
            return None
        section = symbols[symbol_index - 1].section
        return section if section in allocated else None

    edges: dict[int, set[int]] = {i: set() for i in allocated}
    unwind_bytes: dict[int, int] = {}  # a section -> bytes of the .eh_frame FDEs that cover it
    eh_frame_overhead = 0  # CIEs, and FDEs of no section: kept by every link that keeps an .eh_frame
    dynamic = _DYNAMIC_LINKS.get(struct.unpack_from("<H" if obj[5:6] == b"\x01" else ">H", obj, 0x12)[0])
    pie = dynamic is not None and not any(r.kind in dynamic.non_pic
                                          for found in relocations.values() for r in found)
    relative_bytes: dict[int, int] = {}  # a section -> bytes of the RELATIVE relocations it needs
    imports: dict[int, set[tuple[str, int]]] = {}  # a section -> (undefined symbol, its bytes) it needs
    for index, section in sections.items():
        if index not in allocated:
            continue
        if section.name == ".eh_frame":
            fdes, eh_frame_overhead = _fdes(obj, section, relocations.get(index, []), target)
            for covered, size, refers_to in fdes:
                unwind_bytes[covered] = unwind_bytes.get(covered, 0) + size + EH_FRAME_HDR_ENTRY
                edges[covered].update(refers_to)
            continue
        for relocation in relocations.get(index, []):
            reached = target(relocation.symbol)
            if reached is not None:
                edges[index].add(reached)
            if dynamic is None:
                continue
            if pie and relocation.kind in dynamic.absolute:
                relative_bytes[index] = relative_bytes.get(index, 0) + RELA_ENTRY
            elif 0 < relocation.symbol <= len(symbols) and symbols[relocation.symbol - 1].section is None:
                name = symbols[relocation.symbol - 1].name
                imported = DYNSYM_ENTRY + len(name.encode("utf-8", "surrogateescape")) + 1 + VERSYM_ENTRY
                if relocation.kind in dynamic.calls:
                    imports.setdefault(index, set()).add((name, PLT_STUB + GOT_SLOT + RELA_ENTRY + imported))
                elif relocation.kind in dynamic.got_loads:
                    imports.setdefault(index, set()).add((name, GOT_SLOT + RELA_ENTRY + imported))
        if section.flags & SHF_LINK_ORDER and section.link in allocated:
            edges[section.link].add(index)
    for group in (s for s in sections.values() if s.kind == SHT_GROUP):
        members = _group_members(obj, group) & allocated
        for member in members:
            edges[member].update(members)

    def closure(roots: set[int]) -> set[int]:
        seen, stack = set(roots), list(roots)
        while stack:
            for reached in edges.get(stack.pop(), ()):
                if reached not in seen:
                    seen.add(reached)
                    stack.append(reached)
        return seen

    def text_data(kept: set[int]) -> int:
        counted = sum(_text_data_bytes(sections[i]) for i in kept if sections[i].name != ".eh_frame")
        unwind = sum(unwind_bytes.get(i, 0) for i in kept)
        linking = sum(relative_bytes.get(i, 0) for i in kept) \
            + sum(cost for _name, cost in set().union(*(imports.get(i, set()) for i in kept)))
        return counted + unwind + (eh_frame_overhead if unwind else 0) + linking

    retained = {i for i in allocated if _always_kept(sections[i])}
    return {symbol.name: text_data(closure(retained | {symbol.section}))
            for symbol in _exported(symbols) if symbol.section in allocated}


def reach_growth(plain: dict[str, int], candidate: dict[str, int], saved: int) -> str | None:
    """Why a --gc-sections link would keep too much more of `candidate` than of `plain` (which it is
    `saved` bytes smaller than in total) for some exported symbol (the worst one), or None.

    A root's reach may grow by at most 1/GROWTH_SHARE of the saving: a link that keeps only that root
    loses those bytes, one that also keeps a root whose reach shrinks gains. blake2b for thumbv7m: its
    init functions' reaches grow by 98 and 52 bytes while every root that reaches the compression
    function (which any program that hashes keeps) saves 8.9 kB; cjson's unity.c: 35 bytes saved in
    total, up to 62 more in what a link keeping one of its assertion functions keeps."""
    allowed = max(0, saved) // GROWTH_SHARE
    grown = [(candidate[name] - plain[name], name) for name in plain.keys() & candidate.keys()
             if candidate[name] - plain[name] > allowed]
    if not grown:
        return None
    more, name = max(grown)
    others = f", and {len(grown) - 1} other symbols" if len(grown) > 1 else ""
    return (f"{REFUSAL}{name} would get {more} bytes more (over 1/{GROWTH_SHARE} of the "
            f"{max(0, saved)} bytes saved{others})")


def _exported(symbols: list[Symbol]) -> list[Symbol]:
    return [s for s in symbols if s.bind in _EXPORTED_BINDS and s.section is not None
            and s.kind not in ("SECTION", "FILE")]


def _text_data_bytes(section: Section) -> int:
    """A section's share of llvm-size's text+data (elf.berkeley_sizes: allocated and not NOBITS)."""
    return 0 if section.kind == SHT_NOBITS else section.size


def _always_kept(section: Section) -> bool:
    """Sections every gc link keeps (GNU ld's and lld's roots besides the symbols)."""
    name = section.name
    return bool(section.flags & SHF_GNU_RETAIN) \
        or section.kind in (SHT_NOTE, SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY) \
        or any(name == kept or name.startswith(kept + ".") for kept in _RETAINED_NAMES) \
        or name.isidentifier()  # __start_NAME/__stop_NAME may refer to it


def _fdes(obj: bytes, section: Section, relocations: list[Relocation],
          target: Callable[[int], int | None]) -> tuple[list[tuple[int, int, set[int]]], int]:
    """The FDEs of an .eh_frame section: (the section its pc_begin refers to, its bytes, the other sections
    it refers to), and the bytes of the rest (CIEs, FDEs of no allocated section)."""
    data = obj[section.offset:section.offset + section.size]
    order = "<" if obj[5:6] == b"\x01" else ">"
    by_offset = sorted(relocations, key=lambda r: r.offset)
    fdes: list[tuple[int, int, set[int]]] = []
    overhead = 0
    start = 0
    while start + 4 <= len(data):
        length, = struct.unpack_from(order + "I", data, start)
        header = 4
        if length == 0xFFFFFFFF:  # the 64-bit format
            length, = struct.unpack_from(order + "Q", data, start + 4)
            header = 12
        end = min(len(data), start + header + length)
        is_cie = length == 0 or struct.unpack_from(order + "I", data, start + header)[0] == 0
        refers = [target(r.symbol) for r in by_offset if start <= r.offset < end]
        covered = refers[0] if refers and not is_cie else None
        if covered is None:
            overhead += end - start
        else:
            fdes.append((covered, end - start, {s for s in refers[1:] if s is not None}))
        if length == 0:
            break
        start = end
    return fdes, overhead


def _group_members(obj: bytes, group: Section) -> set[int]:
    """The section indices a SHT_GROUP section lists (after its flag word)."""
    order = "<" if obj[5:6] == b"\x01" else ">"
    data = obj[group.offset:group.offset + group.size]
    return {index for (index,) in struct.iter_unpack(order + "I", data[4:len(data) - len(data) % 4])}
