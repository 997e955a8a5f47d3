"""Section headers and symbols of an ELF object, read in process.

Measuring a candidate is opt, llc and then reading the object: reading it here instead of running
llvm-readelf and llvm-size saves two process starts per measurement (a third of a candidate's cost).
The figures are the tools' own definitions, and tests/test_elf.py checks them against llvm-readelf and
llvm-size on objects of every target irlens measures:

- a symbol's size is its st_size, its section its st_shndx (None: undefined, absolute or common);
  its address is st_value, less the Thumb bit on ARM (bit 0 of an STT_FUNC value marks Thumb code);
- Berkeley text/data/bss as llvm-size computes them (ELFObjectFile::isBerkeleyText/isBerkeleyData/
  isSectionBSS): text = allocated and (executable or not writable); data = allocated, not text, not
  NOBITS; bss = NOBITS and allocated or writable.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SHF_WRITE = 0x1
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
SHT_SYMTAB = 2
SHT_NOBITS = 8
EM_ARM = 40
_SPECIAL_SECTIONS = 0xFF00  # SHN_LORESERVE: ABS, COMMON, XINDEX, ...
_KINDS = {0: "NOTYPE", 1: "OBJECT", 2: "FUNC", 3: "SECTION", 4: "FILE", 5: "COMMON", 6: "TLS",
          10: "GNU_IFUNC"}
_BINDS = {0: "LOCAL", 1: "GLOBAL", 2: "WEAK", 10: "UNIQUE"}


class ElfError(ValueError):
    """Not an ELF object irlens can read."""


@dataclass(frozen=True)
class Section:
    index: int
    name: str
    size: int
    flags: int
    kind: int  # sh_type

    @property
    def executable(self) -> bool:
        return bool(self.flags & SHF_EXECINSTR)


@dataclass(frozen=True)
class Symbol:
    name: str
    value: int
    size: int
    kind: str  # FUNC, OBJECT, NOTYPE, ...
    bind: str  # LOCAL, GLOBAL, WEAK
    section: int | None  # None: undefined, absolute or common
    address: int  # where it starts in its section: st_value without ARM's Thumb bit


def read_elf(data: bytes) -> tuple[list[Symbol], dict[int, Section]]:
    """The symbols (of .symtab) and the sections of an ELF relocatable object."""
    if len(data) < 52 or data[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    wide = data[4] == 2  # ELFCLASS64
    order = "<" if data[5] == 1 else ">"
    try:
        machine, = struct.unpack_from(order + "H", data, 0x12)
        if wide:
            shoff, = struct.unpack_from(order + "Q", data, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", data, 0x3A)
        else:
            shoff, = struct.unpack_from(order + "I", data, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", data, 0x2E)
        headers = [_section_header(data, order, wide, shoff + i * shentsize) for i in range(shnum)]
        names = headers[shstrndx] if shstrndx < len(headers) else None
        sections = {
            i: Section(i, _string(data, names[4] + h[0]) if names else "", h[5], h[2], h[1])
            for i, h in enumerate(headers)
        }
        symbols: list[Symbol] = []
        for header in headers:
            if header[1] == SHT_SYMTAB:
                symbols += _symbols(data, order, wide, header, headers[header[6]], arm=machine == EM_ARM)
    except (struct.error, IndexError, OverflowError, ValueError) as error:
        raise ElfError(f"truncated or malformed ELF file ({error})") from None
    return symbols, sections


def berkeley_sizes(sections: dict[int, Section]) -> tuple[int, int, int]:
    """(text, data, bss) as `llvm-size --format=berkeley` counts them."""
    text = data = bss = 0
    for section in sections.values():
        allocated = bool(section.flags & SHF_ALLOC)
        is_text = allocated and bool(section.flags & SHF_EXECINSTR or not section.flags & SHF_WRITE)
        if is_text:
            text += section.size
        elif allocated and section.kind != SHT_NOBITS:
            data += section.size
        elif section.flags & (SHF_ALLOC | SHF_WRITE) and section.kind == SHT_NOBITS:
            bss += section.size
    return text, data, bss


def _section_header(data: bytes, order: str, wide: bool, offset: int) -> tuple[int, ...]:
    """(name, type, flags, addr, offset, size, link, info, addralign, entsize)."""
    if wide:
        return struct.unpack_from(order + "IIQQQQIIQQ", data, offset)
    return struct.unpack_from(order + "IIIIIIIIII", data, offset)


def _string(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("utf-8", "surrogateescape")


def _symbols(data: bytes, order: str, wide: bool, symtab: tuple[int, ...],
             strtab: tuple[int, ...], *, arm: bool) -> list[Symbol]:
    entry = 24 if wide else 16
    symbols: list[Symbol] = []
    for offset in range(symtab[4] + entry, symtab[4] + symtab[5], entry):  # entry 0 is the null symbol
        if wide:
            name, info, _other, shndx, value, size = struct.unpack_from(order + "IBBHQQ", data, offset)
        else:
            name, value, size, info, _other, shndx = struct.unpack_from(order + "IIIBBH", data, offset)
        section = None if shndx == 0 or shndx >= _SPECIAL_SECTIONS else shndx
        kind = _KINDS.get(info & 0xF, "UNKNOWN")
        address = value & ~1 if arm and kind == "FUNC" else value
        symbols.append(Symbol(_string(data, strtab[4] + name), value, size, kind,
                              _BINDS.get(info >> 4, "UNKNOWN"), section, address))
    return symbols
