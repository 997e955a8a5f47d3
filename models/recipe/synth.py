"""Small random C functions for lifting pairs: thousands of tiny, typed, compilable functions.

Held-out lifting functions are mostly small: field reads, NULL checks, a call or two, a short loop.
csmith's functions are larger and stranger, and the Debian packages hold only so many. This generator
writes, per seed, one C file of a few structs, globals, external declarations and 6-14 short
functions (parameters, locals, struct fields through pointers, globals, arrays, calls, if/else,
loops, switch, ternaries, casts), typed so that clang accepts it. Nothing is run: a lifting pair is
the compiler's own output. Deterministic per seed; no text from any evaluation set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

INT_TYPES = ("int", "unsigned int", "long", "unsigned long", "char", "unsigned char", "short",
             "unsigned short", "long long", "size_t", "int32_t", "uint32_t", "uint64_t", "uint8_t",
             "_Bool")
FLOAT_TYPES = ("double", "float")
BINARY_INT = ("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>")
COMPARE = ("==", "!=", "<", "<=", ">", ">=")
HEADER = "#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n#include <stdlib.h>\n\n"


@dataclass
class Struct:
    name: str
    fields: list[tuple[str, str]]  # (type, name); type may be "struct X *" or "char *"


@dataclass
class Scope:
    values: dict[str, str] = field(default_factory=dict)  # name -> type
    depth: int = 0


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.structs: list[Struct] = []
        self.globals: dict[str, str] = {}
        self.arrays: dict[str, tuple[str, int]] = {}
        self.externs: list[tuple[str, str, list[str]]] = []  # (return type, name, parameter types)
        self.functions: list[tuple[str, str, list[str]]] = []
        self.locals = 0  # numbers local variables uniquely within the file

    # ---- types and names ----

    def int_type(self) -> str:
        return self.rng.choice(INT_TYPES[:6] * 3 + INT_TYPES[6:])

    def value_type(self) -> str:
        roll = self.rng.random()
        if roll < 0.7:
            return self.int_type()
        if roll < 0.8:
            return self.rng.choice(FLOAT_TYPES)
        if roll < 0.93 and self.structs:
            return f"struct {self.rng.choice(self.structs).name} *"
        return self.rng.choice(("char *", "const char *", "int *", "void *"))

    @staticmethod
    def is_pointer(type_: str) -> bool:
        return type_.endswith("*")

    @staticmethod
    def is_float(type_: str) -> bool:
        return type_ in FLOAT_TYPES

    # ---- expressions ----

    def constant(self, type_: str) -> str:
        if self.is_float(type_):
            return self.rng.choice(("0.0", "1.0", "0.5", "2.0", "100.0", "-1.0"))
        if self.is_pointer(type_):
            return "NULL"
        return str(self.rng.choice((0, 1, 1, 2, 3, 4, 7, 8, 10, 16, 31, 32, 64, 100, 255, 1024, -1, 0xFF,
                                    self.rng.randint(0, 5000))))

    def int_expr(self, scope: Scope, depth: int = 0) -> str:
        rng = self.rng
        ints = [n for n, t in scope.values.items() if not self.is_pointer(t) and not self.is_float(t)]
        pointers = [(n, t) for n, t in scope.values.items() if t.startswith("struct ")]
        roll = rng.random()
        if depth >= 2 or roll < 0.3:
            if ints and rng.random() < 0.75:
                return rng.choice(ints)
            if self.globals and rng.random() < 0.5:
                return rng.choice([g for g, t in self.globals.items()])
            return self.constant("int")
        if roll < 0.55:
            op = rng.choice(BINARY_INT + COMPARE)
            right = self.int_expr(scope, depth + 1)
            if op in ("/", "%"):
                right = f"({right} | 1)"
            if op in ("<<", ">>"):
                right = str(rng.randint(1, 7))
            return f"({self.int_expr(scope, depth + 1)} {op} {right})"
        if roll < 0.68 and pointers:
            name, type_ = rng.choice(pointers)
            struct = next(s for s in self.structs if type_ == f"struct {s.name} *")
            int_fields = [f for t, f in struct.fields if not self.is_pointer(t) and not self.is_float(t)]
            if int_fields:
                return f"{name}->{rng.choice(int_fields)}"
        if roll < 0.75 and self.arrays:
            array, (_, size) = rng.choice(list(self.arrays.items()))
            return f"{array}[{self.int_expr(scope, depth + 1)} & {size - 1}]"
        if roll < 0.83:
            operand = self.int_expr(scope, depth + 1)
            return f"{rng.choice(('-', '~', '!'))}{f'({operand})' if operand.startswith('-') else operand}"
        if roll < 0.9:
            return f"({self.int_type()}){self.int_expr(scope, depth + 1)}"
        if roll < 0.95:
            return (f"({self.int_expr(scope, depth + 1)} ? {self.int_expr(scope, depth + 1)} : "
                    f"{self.int_expr(scope, depth + 1)})")
        return self.call(scope, depth + 1, want="int")

    def expr(self, type_: str, scope: Scope, depth: int = 0) -> str:
        rng = self.rng
        if self.is_pointer(type_):
            same = [n for n, t in scope.values.items() if t == type_]
            if same and rng.random() < 0.7:
                return rng.choice(same)
            if type_.startswith("struct ") and rng.random() < 0.5:
                struct = next((s for s in self.structs if type_ == f"struct {s.name} *"), None)
                ptrs = [(n, t) for n, t in scope.values.items() if t == type_]
                if struct and ptrs:
                    link = [f for t, f in struct.fields if t == type_]
                    if link:
                        return f"{rng.choice(ptrs)[0]}->{link[0]}"
            return "NULL" if rng.random() < 0.5 else f"({type_})malloc(sizeof(int) * {rng.randint(1, 16)})"
        if self.is_float(type_):
            floats = [n for n, t in scope.values.items() if self.is_float(t)]
            if floats and rng.random() < 0.6:
                other = rng.choice(floats)
                if rng.random() < 0.5:
                    return f"({other} {rng.choice('+-*/')} {self.constant(type_)})"
                return other
            return f"({type_}){self.int_expr(scope, depth)}" if rng.random() < 0.5 else self.constant(type_)
        return self.int_expr(scope, depth)

    def call(self, scope: Scope, depth: int, want: str) -> str:
        callees = [c for c in self.externs + self.functions
                   if (want == "any" or (not self.is_pointer(c[0]) and not self.is_float(c[0])
                                         and c[0] != "void"))]
        if not callees:
            return self.constant("int")
        _, name, params = self.rng.choice(callees)
        args = ", ".join(self.expr(p, scope, depth + 1) for p in params)
        return f"{name}({args})"

    def condition(self, scope: Scope) -> str:
        pointers = [n for n, t in scope.values.items() if self.is_pointer(t)]
        if pointers and self.rng.random() < 0.35:
            return f"{self.rng.choice(pointers)} {self.rng.choice(('==', '!='))} NULL"
        return f"{self.int_expr(scope, 1)} {self.rng.choice(COMPARE)} {self.int_expr(scope, 1)}"

    # ---- statements ----

    def statement(self, scope: Scope, ret: str, lines: list[str], indent: str) -> None:
        rng = self.rng
        roll = rng.random()
        assignable = [n for n, t in scope.values.items() if not t.startswith("const")]
        pointers = [(n, t) for n, t in scope.values.items() if t.startswith("struct ")]
        if roll < 0.2:
            type_ = self.value_type() if rng.random() < 0.3 else self.int_type()
            self.locals += 1
            name = f"v{self.locals}"
            lines.append(f"{indent}{type_} {name} = {self.expr(type_, scope)};")
            scope.values[name] = type_
        elif roll < 0.35 and assignable:
            name = rng.choice(assignable)
            type_ = scope.values[name]
            op = rng.choice(("=", "=", "+=", "-=", "|=", "&=", "^=")) if not self.is_pointer(type_) else "="
            if self.is_float(type_) and op not in ("=", "+=", "-="):
                op = "="
            lines.append(f"{indent}{name} {op} {self.expr(type_, scope)};")
        elif roll < 0.47 and pointers:
            name, type_ = rng.choice(pointers)
            struct = next(s for s in self.structs if type_ == f"struct {s.name} *")
            field_type, field_name = rng.choice(struct.fields)
            lines.append(f"{indent}{name}->{field_name} = {self.expr(field_type, scope)};")
        elif roll < 0.55 and self.globals:
            name = rng.choice(list(self.globals))
            lines.append(f"{indent}{name} {rng.choice(('=', '+=', '^='))} {self.int_expr(scope)};")
        elif roll < 0.6 and self.arrays:
            array, (_, size) = rng.choice(list(self.arrays.items()))
            lines.append(f"{indent}{array}[{self.int_expr(scope, 1)} & {size - 1}] = {self.int_expr(scope)};")
        elif roll < 0.68:
            lines.append(f"{indent}{self.call(scope, 0, want='any')};")
        elif roll < 0.82 and scope.depth < 2:
            lines.append(f"{indent}if ({self.condition(scope)}) {{")
            self.block(scope, ret, lines, indent + "    ", rng.randint(1, 2))
            if rng.random() < 0.4:
                lines.append(f"{indent}}} else {{")
                self.block(scope, ret, lines, indent + "    ", rng.randint(1, 2))
            lines.append(f"{indent}}}")
        elif roll < 0.9 and scope.depth < 2:
            index = f"i{scope.depth}"
            bound = self.int_expr(scope, 1) if rng.random() < 0.5 else str(rng.randint(2, 16))
            lines.append(f"{indent}for (int {index} = 0; {index} < {bound}; {index}++) {{")
            inner = Scope(dict(scope.values), scope.depth + 1)
            inner.values[index] = "int"
            self.block(inner, ret, lines, indent + "    ", rng.randint(1, 2))
            lines.append(f"{indent}}}")
        elif roll < 0.94 and scope.depth < 2:
            lines.append(f"{indent}switch ({self.int_expr(scope, 1)}) {{")
            for case in sorted(rng.sample(range(10), rng.randint(1, 3))):
                lines.append(f"{indent}case {case}:")
                self.block(scope, ret, lines, indent + "    ", 1)
                lines.append(f"{indent}    break;")
            lines.append(f"{indent}default:")
            self.block(scope, ret, lines, indent + "    ", 1)
            lines.append(f"{indent}}}")
        elif scope.depth > 0:
            lines.append(f"{indent}{self.return_statement(scope, ret)}")
        else:
            lines.append(f"{indent}{self.call(scope, 0, want='any')};")

    def block(self, scope: Scope, ret: str, lines: list[str], indent: str, count: int) -> None:
        inner = Scope(dict(scope.values), scope.depth + 1)
        for _ in range(count):
            self.statement(inner, ret, lines, indent)

    def return_statement(self, scope: Scope, ret: str) -> str:
        return "return;" if ret == "void" else f"return {self.expr(ret, scope)};"

    # ---- the program ----

    def program(self) -> str:
        rng = self.rng
        out = [HEADER]
        for number in range(rng.randint(1, 3)):
            struct = Struct(f"s{number}", [])
            for index in range(rng.randint(2, 6)):
                type_ = rng.choice((self.int_type(), self.int_type(), "char *", "double",
                                    f"struct s{number} *"))
                struct.fields.append((type_, f"f{index}"))
            self.structs.append(struct)
            members = " ".join(f"{t} {n};" for t, n in struct.fields)
            out.append(f"struct {struct.name} {{ {members} }};\n")
        for number in range(rng.randint(0, 4)):
            type_ = self.int_type()
            self.globals[f"g{number}"] = type_
            storage = rng.choice(("", "static ", "extern "))
            init = f" = {self.constant(type_)}" if storage != "extern " and rng.random() < 0.5 else ""
            out.append(f"{storage}{type_} g{number}{init};\n")
        for number in range(rng.randint(0, 2)):
            size = rng.choice((4, 8, 16, 32, 256))
            type_ = self.int_type()
            self.arrays[f"a{number}"] = (type_, size)
            out.append(f"{rng.choice(('', 'static ', 'extern '))}{type_} a{number}[{size}];\n")
        for number in range(rng.randint(0, 3)):
            params = [self.value_type() for _ in range(rng.randint(0, 3))]
            ret = rng.choice(("int", "void", "long", self.value_type()))
            self.externs.append((ret, f"ext{number}", params))
            out.append(f"{ret} ext{number}({', '.join(params) or 'void'});\n")
        out.append("\n")
        for number in range(rng.randint(6, 14)):
            ret = rng.choice(("void", "int", "int", self.value_type(), self.int_type()))
            params = [self.value_type() for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4)))]
            scope = Scope({f"p{i}": t for i, t in enumerate(params)})
            lines = []
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4, 6))):
                self.statement(scope, ret, lines, "    ")
            lines.append(f"    {self.return_statement(scope, ret)}")
            signature = ", ".join(f"{t} p{i}" for i, t in enumerate(params)) or "void"
            storage = "static " if self.functions and rng.random() < 0.1 else ""
            out.append(f"{storage}{ret} fn{number}({signature}) {{\n" + "\n".join(lines) + "\n}\n\n")
            self.functions.append((ret, f"fn{number}", params))
        return "".join(out)


def program(seed: int) -> str:
    """One C file of small functions, the same text for the same seed."""
    return Generator(seed).program()
