"""Section headers and symbols of an ELF object, read in process.

Measuring a candidate is opt, llc and then reading the object: reading it here instead of running
llvm-readelf and llvm-size saves two process starts per measurement (a third of a candidate's cost).
The figures are the tools' own definitions, and tests/test_elf.py checks them against llvm-readelf and
llvm-size on objects of every target irlens measures:

- a symbol's size is its st_size, its section its st_shndx (None: undefined, absolute or common);
  its address is st_value, less the Thumb bit on ARM (bit 0 of an STT_FUNC value marks Thumb code);
- Berkeley text/data/bss as llvm-size computes them (ELFObjectFile::isBerkeleyText/isBerkeleyData/
  isSectionBSS): text = allocated and (executable or not writable); data = allocated, not text, not
  NOBITS; bss = NOBITS and allocated or writable;
- relocations (SHT_REL and SHT_RELA, ELF32 and ELF64) as llvm-readelf -r lists them: offset, type and
  symbol index (r_info split as the class says), addend for RELA.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

SHF_WRITE = 0x1
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
SHT_SYMTAB = 2
SHT_RELA = 4
SHT_NOBITS = 8
SHT_REL = 9
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
    offset: int = 0  # sh_offset: where its bytes are in the file
    link: int = 0  # sh_link
    info: int = 0  # sh_info (a relocation section: the section it applies to)

    @property
    def executable(self) -> bool:
        return bool(self.flags & SHF_EXECINSTR)


@dataclass(frozen=True)
class Relocation:
    offset: int  # r_offset: where in the section it applies to
    kind: int  # the relocation type (r_info's low bits)
    symbol: int  # index in the symbol table (0: none): read_elf's symbols[symbol - 1]
    addend: int | None  # None for SHT_REL (the addend is in the section's bytes)


@dataclass(frozen=True)
class Symbol:
    name: str
    value: int
    size: int
    kind: str  # FUNC, OBJECT, NOTYPE, ...
    bind: str  # LOCAL, GLOBAL, WEAK
    section: int | None  # None: undefined, absolute or common
    address: int  # where it starts in its section: st_value without ARM's Thumb bit


def read_elf(data: bytes | BinaryIO, *,
             max_read: int | None = None) -> tuple[list[Symbol], dict[int, Section]]:
    """The symbols (of .symtab) and the sections of an ELF relocatable object, from its bytes or from an
    open file. A file is read in parts (the header, the section headers, their names, the symbol tables
    and their names), never whole: `max_read` bounds the bytes those parts may take in all."""
    read = _bytes_reader(data) if isinstance(data, bytes) else _file_reader(data, max_read)

    def part(offset: int, size: int) -> bytes:
        chunk = read(offset, size)
        if len(chunk) != size:
            raise ElfError(f"truncated or malformed ELF file ({size} bytes at {offset} are not there)")
        return chunk

    head = read(0, 64)
    if len(head) < 52 or head[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    wide = head[4] == 2  # ELFCLASS64
    order = "<" if head[5] == 1 else ">"
    try:
        machine, = struct.unpack_from(order + "H", head, 0x12)
        if wide:
            shoff, = struct.unpack_from(order + "Q", head, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", head, 0x3A)
        else:
            shoff, = struct.unpack_from(order + "I", head, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", head, 0x2E)
        table = part(shoff, shnum * shentsize)
        headers = [_section_header(table, order, wide, i * shentsize) for i in range(shnum)]
        names = part(headers[shstrndx][4], headers[shstrndx][5]) if 0 < shstrndx < len(headers) else None
        sections = {
            i: Section(i, _string(names, h[0]) if names is not None else "", h[5], h[2], h[1], h[4], h[6],
                       h[7])
            for i, h in enumerate(headers)
        }
        symbols: list[Symbol] = []
        for header in headers:
            if header[1] == SHT_SYMTAB:
                strtab = headers[header[6]]
                symbols += _symbols(part(header[4], header[5]), part(strtab[4], strtab[5]), order, wide,
                                    arm=machine == EM_ARM)
    except ElfError:
        raise
    except (struct.error, IndexError, OverflowError, ValueError) as error:
        raise ElfError(f"truncated or malformed ELF file ({error})") from None
    return symbols, sections


def read_relocations(data: bytes, sections: dict[int, Section]) -> dict[int, list[Relocation]]:
    """The relocations of an ELF object (its bytes, and its sections from read_elf), by the index of the
    section they apply to (the relocation section's sh_info)."""
    wide = data[4:5] == b"\x02"
    order = "<" if data[5:6] == b"\x01" else ">"
    found: dict[int, list[Relocation]] = {}
    for section in sections.values():
        if section.kind not in (SHT_REL, SHT_RELA):
            continue
        with_addend = section.kind == SHT_RELA
        layout = order + ("QQq" if wide else "IIi")[:3 if with_addend else 2]
        entry = struct.calcsize(layout)
        table = data[section.offset:section.offset + section.size]
        if len(table) != section.size or section.size % entry:
            raise ElfError(f"truncated or malformed ELF file (relocation section {section.name!r})")
        relocations = found.setdefault(section.info, [])
        for fields in struct.iter_unpack(layout, table):
            info = fields[1]
            symbol, kind = (info >> 32, info & 0xFFFFFFFF) if wide else (info >> 8, info & 0xFF)
            relocations.append(Relocation(fields[0], kind, symbol, fields[2] if with_addend else None))
    return found


def _bytes_reader(data: bytes) -> Callable[[int, int], bytes]:
    def part(offset: int, size: int) -> bytes:
        return data[offset:offset + size]
    return part


def _file_reader(file: BinaryIO, max_read: int | None) -> Callable[[int, int], bytes]:
    taken = 0

    def part(offset: int, size: int) -> bytes:
        nonlocal taken
        taken += size
        if max_read is not None and taken > max_read:
            raise ElfError(f"its section headers and symbol tables take more than {max_read // 2**20} MB, "
                           "the input limit (setting maxInputMb)")
        try:
            file.seek(offset)
            return file.read(size)
        except OSError as error:
            raise ElfError(f"cannot be read ({error.strerror or error})") from None
    return part


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


def _symbols(data: bytes, names: bytes, order: str, wide: bool, *, arm: bool) -> list[Symbol]:
    """The entries of one symbol table (`data`) whose names are in `names` (its string table)."""
    entry = 24 if wide else 16
    symbols: list[Symbol] = []
    for offset in range(entry, len(data), entry):  # entry 0 is the null symbol
        if wide:
            name, info, _other, shndx, value, size = struct.unpack_from(order + "IBBHQQ", data, offset)
        else:
            name, value, size, info, _other, shndx = struct.unpack_from(order + "IIIBBH", data, offset)
        section = None if shndx == 0 or shndx >= _SPECIAL_SECTIONS else shndx
        kind = _KINDS.get(info & 0xF, "UNKNOWN")
        address = value & ~1 if arm and kind == "FUNC" else value
        symbols.append(Symbol(_string(names, name), value, size, kind,
                              _BINDS.get(info >> 4, "UNKNOWN"), section, address))
    return symbols
