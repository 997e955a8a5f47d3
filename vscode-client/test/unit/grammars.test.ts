import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

// The TextMate grammars are data VS Code loads without telling anyone when a pattern is broken:
// check that they parse, that every pattern compiles and that the main scopes match real lines.
// (The patterns use no Oniguruma-only syntax, so JavaScript's RegExp is a faithful check.)
const ROOT = path.join(__dirname, "..", "..", "..", "..");

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
}

interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository?: Record<string, Rule>;
}

function load(file: string): Grammar {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "syntaxes", file), "utf8")) as Grammar;
}

function allRules(grammar: Grammar): Rule[] {
  const rules: Rule[] = [];
  const visit = (rule: Rule) => {
    rules.push(rule);
    rule.patterns?.forEach(visit);
  };
  grammar.patterns.forEach(visit);
  Object.values(grammar.repository ?? {}).forEach(visit);
  return rules;
}

/** The scope a rule gives to the first match in `line` (its name, or its first capture's). */
function scopesIn(grammar: Grammar, line: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of allRules(grammar)) {
    const source = rule.match ?? rule.begin;
    if (!source) {
      continue;
    }
    const match = new RegExp(source).exec(line);
    if (!match) {
      continue;
    }
    const scope = rule.name ?? rule.captures?.["1"]?.name;
    const text = rule.captures?.["1"] ? match[1] : match[0];
    if (scope && !found.has(scope)) {
      found.set(scope, text);
    }
  }
  return found;
}

test("package.json's grammars exist and name their scopes", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  for (const grammar of manifest.contributes.grammars as { path: string; scopeName: string }[]) {
    assert.equal(load(path.basename(grammar.path)).scopeName, grammar.scopeName);
  }
});

test("every pattern compiles and every include resolves", () => {
  for (const file of ["llvm.tmLanguage.json", "asm.tmLanguage.json"]) {
    const grammar = load(file);
    for (const rule of allRules(grammar)) {
      for (const source of [rule.match, rule.begin, rule.end]) {
        if (source !== undefined) {
          assert.doesNotThrow(() => new RegExp(source), `${file}: ${source}`);
        }
      }
      const include = (rule as { include?: string }).include;
      if (include?.startsWith("#")) {
        assert.ok(grammar.repository?.[include.slice(1)], `${file}: ${include}`);
      }
    }
  }
});

test("LLVM IR lines get their scopes", () => {
  const grammar = load("llvm.tmLanguage.json");
  const define = scopesIn(grammar, "define dso_local i32 @sum_array(ptr noundef %0, i64 noundef %1) #0 {");
  assert.equal(define.get("entity.name.function.llvm"), "@sum_array");
  assert.equal(define.get("variable.other.llvm"), "%0");
  assert.equal(define.get("storage.type.llvm"), "i32");
  assert.equal(define.get("keyword.other.llvm"), "define");
  assert.equal(define.get("storage.modifier.attribute-group.llvm"), "#0");
  const loadLine = scopesIn(grammar, "  %8 = load i64, ptr %6, align 8 ; the loop counter");
  assert.equal(loadLine.get("keyword.operator.instruction.llvm"), "load");
  assert.equal(loadLine.get("comment.line.semicolon.llvm"), "; the loop counter");
  assert.equal(scopesIn(grammar, "7:                                                ; preds = %18, %2").get("entity.name.label.llvm"), "7");
  assert.equal(scopesIn(grammar, '@.str = private constant [4 x i8] c"%d\\0A\\00"').get("string.quoted.double.llvm"), 'c"');
});

test("GNU assembler lines get their scopes", () => {
  const grammar = load("asm.tmLanguage.json");
  assert.equal(scopesIn(grammar, "sum_array:                              # @sum_array").get("entity.name.function.label.asm"), "sum_array");
  const mov = scopesIn(grammar, "\tmovq\t%rdi, -8(%rbp)");
  assert.equal(mov.get("keyword.operator.mnemonic.asm"), "movq");
  assert.equal(mov.get("variable.language.register.asm"), "%rdi");
  assert.equal(scopesIn(grammar, "\t.globl\tsum_array").get("keyword.control.directive.asm"), ".globl");
  assert.equal(scopesIn(grammar, "\taddq\t$1, %rax").get("constant.numeric.immediate.asm"), "$1");
});
