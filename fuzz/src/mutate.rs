//! The mutation engine: new scripts cut, spliced and edited out of existing ones.
//!
//! Each edit works on lines, on tokens or on bytes; a variant is one to four edits of one seed
//! script, taking material from others. The edits are chosen to reach the places where an
//! interpreter is fragile: half-finished constructs, blocks re-indented or cut off, code moved
//! into another context (a `yield` into a class body, an `await` into a plain function), deep
//! nesting, extreme numbers and sizes.

use fastrand::Rng;

/// A variant of `sources[rng-chosen]`.
pub fn variant(rng: &mut Rng, sources: &[Vec<u8>]) -> Vec<u8> {
    let pick = |rng: &mut Rng| sources[rng.usize(..sources.len())].as_slice();
    let mut text = pick(rng).to_vec();
    for _ in 0..rng.usize(1..=3) {
        let other = pick(rng);
        text = if rng.bool() {
            // Edits that mostly keep the script valid, so that it runs rather than stopping
            // at a syntax error.
            match rng.u8(..8) {
                0 | 1 => swap_token(rng, &text, other),
                2 => insert_snippet(rng, &text),
                3 => insert_lines(rng, &text, other),
                4 => wrap_in_block(rng, &text),
                5 => duplicate_lines(rng, &text),
                6 => delete_lines(rng, &text),
                _ => nest_deeply(rng, &text),
            }
        } else {
            match rng.u8(..12) {
                0 => splice_lines(rng, &text, other),
                1 => insert_lines(rng, &text, other),
                2 => splice_bytes(rng, &text, other),
                3 => reindent(rng, &text),
                4 => truncate(rng, &text),
                5 | 6 => replace_token(rng, &text, other),
                7 => swap_lines(rng, &text),
                8 => edit_bytes(rng, &text),
                9 => delete_token(rng, &text),
                10 => insert_snippet(rng, &text),
                _ => nest_deeply(rng, &text),
            }
        };
        // Keep variants of a size that runs quickly.
        if text.len() > 256 << 10 {
            text.truncate(256 << 10);
        }
    }
    text
}

fn lines(src: &[u8]) -> Vec<&[u8]> {
    src.split_inclusive(|&b| b == b'\n').collect()
}

fn join(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

/// The head of `a` up to a line, then the tail of `b` from a line.
fn splice_lines(rng: &mut Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let (la, lb) = (lines(a), lines(b));
    let i = rng.usize(..=la.len());
    let j = rng.usize(..=lb.len());
    let mut out = la[..i].concat();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(lb[j..].concat());
    out
}

/// A run of `b`'s lines put in between two lines of `a`, at the indentation of the line there.
fn insert_lines(rng: &mut Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let (la, lb) = (lines(a), lines(b));
    let at = rng.usize(..=la.len());
    let from = rng.usize(..=lb.len());
    let to = (from + rng.usize(1..=8)).min(lb.len());
    let mut out: Vec<u8> = la[..at].concat();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let chunk = &lb[from..to];
    if rng.bool() {
        out.extend(chunk.concat());
    } else {
        // Re-indent the chunk to the indentation of the line it goes before.
        let target = la.get(at).map_or(0, |l| indent_of(l));
        let base = chunk
            .iter()
            .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
            .map(|l| indent_of(l))
            .min()
            .unwrap_or(0);
        for l in chunk {
            let cut = indent_of(l).min(base);
            out.extend(std::iter::repeat_n(b' ', target));
            out.extend_from_slice(&l[cut..]);
        }
    }
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(la[at..].concat());
    out
}

fn indent_of(line: &[u8]) -> usize {
    line.iter().take_while(|&&c| c == b' ').count()
}

/// `a[..i] + b[j..k] + a[l..]` at arbitrary byte offsets (which may cut a UTF-8 character).
fn splice_bytes(rng: &mut Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let i = rng.usize(..=a.len());
    let l = (i + rng.usize(..=64)).min(a.len());
    let j = rng.usize(..=b.len());
    let k = rng.usize(j..=b.len().min(j + 200));
    join(&[&a[..i], &b[j..k], &a[l..]])
}

fn delete_lines(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    let from = rng.usize(..=la.len());
    let to = (from + rng.usize(1..=4)).min(la.len());
    la[..from]
        .iter()
        .chain(&la[to..])
        .flat_map(|l| l.iter().copied())
        .collect()
}

fn duplicate_lines(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    if la.is_empty() {
        return a.to_vec();
    }
    let from = rng.usize(..la.len());
    let to = (from + rng.usize(1..=4)).min(la.len());
    let mut out: Vec<u8> = la[..to].concat();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(la[from..].concat());
    out
}

fn swap_lines(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let mut la = lines(a);
    if la.len() < 2 {
        return a.to_vec();
    }
    let i = rng.usize(..la.len());
    let j = rng.usize(..la.len());
    la.swap(i, j);
    let mut out = Vec::new();
    for l in la {
        out.extend_from_slice(l);
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
    }
    out
}

/// Shifts a few lines' indentation: more spaces, fewer, or a tab.
fn reindent(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    let from = rng.usize(..=la.len());
    let to = (from + rng.usize(1..=5)).min(la.len());
    let how = rng.u8(..3);
    let mut out = Vec::with_capacity(a.len() + 32);
    for (n, line) in la.iter().enumerate() {
        if n < from || n >= to {
            out.extend_from_slice(line);
            continue;
        }
        match how {
            0 => {
                out.extend(std::iter::repeat_n(b' ', rng.usize(1..=8)));
                out.extend_from_slice(line);
            }
            1 => {
                let cut = line.iter().take(4).take_while(|&&c| c == b' ').count();
                out.extend_from_slice(&line[cut..]);
            }
            _ => {
                out.push(b'\t');
                out.extend_from_slice(line);
            }
        }
    }
    out
}

fn truncate(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    a[..rng.usize(..=a.len())].to_vec()
}

/// Puts a few lines under a new block header (indenting them), so that code lands in another
/// context: a function, a generator, a coroutine, a class body, a loop, a `try`, a `with`.
fn wrap_in_block(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    const HEADERS: &[&str] = &[
        "def _f():",
        "def _g(*a, **k):",
        "async def _c():",
        "class _K:",
        "for _i in range(3):",
        "while False:",
        "if True:",
        "try:",
        "with open(__file__) as _w:",
        "async def _d(x=1):\n    async with x:",
        "lambda_ = lambda: 0\nif lambda_():",
    ];
    let la = lines(a);
    let from = rng.usize(..=la.len());
    let to = (from + rng.usize(1..=10)).min(la.len());
    let indent = la.get(from).map_or(0, |l| indent_of(l));
    let header = HEADERS[rng.usize(..HEADERS.len())];
    let mut out: Vec<u8> = la[..from].concat();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let mut extra = 0;
    for h in header.lines() {
        out.extend(std::iter::repeat_n(b' ', indent + extra));
        out.extend_from_slice(h.trim_start().as_bytes());
        out.push(b'\n');
        extra += 4;
    }
    for l in &la[from..to] {
        out.extend(std::iter::repeat_n(b' ', extra));
        out.extend_from_slice(l);
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
    }
    if header == "try:" {
        out.extend(std::iter::repeat_n(b' ', indent));
        out.extend_from_slice(
            [
                &b"except Exception as _e:\n"[..],
                b"finally:\n",
                b"except* ValueError:\n",
            ][rng.usize(..3)],
        );
        out.extend(std::iter::repeat_n(b' ', indent + 4));
        out.extend_from_slice(b"pass\n");
    }
    out.extend(la[to..].concat());
    out
}

/// Snippets that are valid on a line of their own, or nearly so.
const SNIPPETS: &[&str] = &[
    "yield",
    "yield from x",
    "await x",
    "return",
    "return 1",
    "break",
    "continue",
    "raise",
    "raise ValueError('x') from None",
    "del x",
    "global x",
    "nonlocal x",
    "x = x",
    "x += 1",
    "x: int = 1",
    "(x := 1)",
    "assert False, 'no'",
    "pass",
    "import asyncio",
    "import sys; sys.setrecursionlimit(100000)",
    "import sys; sys.setrecursionlimit(50)",
    "def f(): return f()",
    "async def f(): await f()",
    "class C: pass",
    "class C(C): pass",
    "x = [x]",
    "x.append(x)",
    "x = {}; x[x] = x",
    "print(x, x)",
    "print(*x)",
    "print(**x)",
    "lambda *a, **k: (a, k)",
    "[x for x in x]",
    "{x: y for x, y in x}",
    "(yield)",
    "async for x in x: pass",
    "async with x: pass",
    "with x: pass",
    "for x in x: pass",
    "while x: x -= 1",
    "try: pass\nexcept* ValueError: pass",
    "try:\n    pass\nfinally:\n    return",
    "@x\ndef g(): pass",
    "x = 10 ** 10 ** 2",
    "x = 'a' * 10 ** 6",
    "x = [0] * 10 ** 6",
    "x = 1e308 * 10",
    "x = -2 ** 63",
    "x = 2 ** 64 // 0",
    "x = float('nan')",
    "x = b'\\xff' * 3",
    "x = f'{x!r:>{x}}'",
    "x = f'{x=}'",
    "x = '%s %d' % (x, x)",
    "x = x[::-1]",
    "x = x[2**63:]",
    "x = x[::0]",
    "x = sorted(x, key=lambda v: -v)",
    "x = dict(x)",
    "x = set(x) | {x}",
    "x = x.__class__.__mro__",
    "x = super()",
    "x = type(x)(x)",
    "x = getattr(x, 'y', x)",
    "x = iter(x); next(x)",
    "x = asyncio.run(x)",
    "asyncio.get_event_loop().call_soon(print, 1)",
    "x = asyncio.create_task(x)",
    "x.cancel()",
    "x = await asyncio.gather(x, return_exceptions=True)",
    "x = await asyncio.wait_for(x, 0)",
    "async with asyncio.timeout(0): await asyncio.sleep(1)",
    "async with asyncio.TaskGroup() as tg: tg.create_task(x)",
    "x = exec('x = 1')",
    "x = eval('1 +')",
    "x = compile('x', 'f', 'eval')",
    "x = __import__('sys')",
    "from . import x",
    "from __future__ import annotations",
    "import x.y.z as w",
    "if __name__ == '__main__': pass",
    "match x:\n    case 1: pass",
    "x = 1j",
    "x = 0x_1",
    "x = 1__0",
    "x = '\\N{EM DASH}'",
    "x = '\\N{no such name}'",
    "x = r'\\'",
    "x = '''",
    "x = (",
    "x = )",
    "x = [1, 2",
    "\\",
    "\t",
    "# -*- coding: latin-1 -*-",
    "x = 'é'",
    "x = \"\\ud800\"",
    "x = chr(0xd800)",
    "x = bytes(range(256)).decode('utf-8', 'replace')",
    "print(end='', sep=None, flush=True)",
    "input()",
    "open('/dev/full', 'w').write('x')",
    "x = memoryview(b'')",
    "x = bytearray(10) * -1",
    "x = range(10 ** 20)[10 ** 19]",
    "x = len(range(10 ** 20))",
    "x = hash(x)",
    "x = id(x)",
    "x = vars()",
    "x = locals()",
    "x = globals()",
    "x = dir()",
    "del x[0]",
    "x[0] = x",
    "x[::2] = x",
    "x.x = x",
    "x.__dict__ = {}",
    "x.__class__ = int",
    "object.__setattr__(x, 'y', 1)",
    "x = isinstance(x, (int, (str, (bytes,))))",
    "x = 1 if x else 2 if x else 3",
    "x = not not not x",
    "x = - - - x",
    "x = x < x < x",
    "x = x is not x",
    "x = x in x",
    "x, *y = x",
    "*x, = x",
    "(x, y), z = x",
    "x = {**x, 'a': 1}",
    "x = [*x, *x]",
];

fn insert_snippet(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    let at = rng.usize(..=la.len());
    let indent = if rng.bool() {
        la.get(at).map_or(0, |l| indent_of(l))
    } else {
        la.get(at.wrapping_sub(1)).map_or(0, |l| indent_of(l))
    };
    let snippet = SNIPPETS[rng.usize(..SNIPPETS.len())];
    let mut out: Vec<u8> = la[..at].concat();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    for l in snippet.lines() {
        out.extend(std::iter::repeat_n(b' ', indent));
        out.extend_from_slice(l.as_bytes());
        out.push(b'\n');
    }
    out.extend(la[at..].concat());
    out
}

/// Byte ranges of the tokens of a script, roughly: names and numbers, strings (one line),
/// operators and brackets one byte each. Comments and whitespace are skipped.
fn tokens(a: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < a.len() {
        let c = a[i];
        let start = i;
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            while i < a.len() && (a[i].is_ascii_alphanumeric() || a[i] == b'_' || a[i] >= 0x80) {
                i += 1;
            }
        } else if c == b'\'' || c == b'"' {
            i += 1;
            while i < a.len() && a[i] != c && a[i] != b'\n' {
                if a[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(a.len());
        } else if c == b'#' {
            while i < a.len() && a[i] != b'\n' {
                i += 1;
            }
            continue;
        } else if c.is_ascii_whitespace() {
            i += 1;
            continue;
        } else {
            const LONG_OPS: &[&str] = &[
                "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "<<", ">>",
                "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            ];
            i += LONG_OPS
                .iter()
                .find(|op| a[i..].starts_with(op.as_bytes()))
                .map_or(1, |op| op.len());
        }
        out.push((start, i));
    }
    out
}

/// Tokens worth putting anywhere: keywords, operators, brackets, extreme literals.
const TOKENS: &[&str] = &[
    "def",
    "class",
    "lambda",
    "return",
    "yield",
    "await",
    "async",
    "for",
    "in",
    "if",
    "else",
    "elif",
    "while",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "raise",
    "from",
    "import",
    "del",
    "global",
    "nonlocal",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "False",
    "pass",
    "break",
    "continue",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "<=",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    ":=",
    "->",
    "...",
    "\\",
    "0",
    "1",
    "-1",
    "2**63",
    "2**64",
    "10**100",
    "1e308",
    "1e-320",
    "0.0",
    "-0.0",
    "''",
    "'x'",
    "f'{x}'",
    "b''",
    "[]",
    "{}",
    "()",
    "x",
    "self",
    "cls",
    "__class__",
    "__init__",
    "super()",
    "print",
    "len",
    "range",
    "object",
    "type",
    "int",
    "str",
    "list",
    "dict",
    "tuple",
    "set",
    "asyncio",
    "asyncio.sleep(0)",
];

fn replace_token(rng: &mut Rng, a: &[u8], other: &[u8]) -> Vec<u8> {
    let toks = tokens(a);
    if toks.is_empty() {
        return a.to_vec();
    }
    let (s, e) = toks[rng.usize(..toks.len())];
    let new: Vec<u8> = if rng.u8(..3) == 0 {
        let ot = tokens(other);
        match ot.get(rng.usize(..ot.len().max(1))) {
            Some(&(os, oe)) => other[os..oe].to_vec(),
            None => Vec::new(),
        }
    } else {
        TOKENS[rng.usize(..TOKENS.len())].as_bytes().to_vec()
    };
    join(&[&a[..s], &new, &a[e..]])
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Class {
    Name,
    Number,
    Str,
    Op,
}

fn class_of(tok: &[u8]) -> Class {
    match tok[0] {
        b'0'..=b'9' => Class::Number,
        b'\'' | b'"' => Class::Str,
        c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => Class::Name,
        _ => Class::Op,
    }
}

/// Replaces a token by another of its kind: a name by a name of this script or the other, a
/// number by an extreme one, a string by another string, an operator by another operator.
fn swap_token(rng: &mut Rng, a: &[u8], other: &[u8]) -> Vec<u8> {
    const NUMBERS: &[&str] = &[
        "0",
        "1",
        "2",
        "-1",
        "3",
        "10",
        "255",
        "256",
        "1000",
        "2**31",
        "2**63",
        "2**64 - 1",
        "10**20",
        "0.5",
        "1e308",
        "1e-320",
        "0.0",
        "1.5",
        "3.0",
    ];
    const OPS: &[&str] = &[
        "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", ">", "==", "!=", "<=",
        ">=", "@",
    ];
    const STRS: &[&str] = &[
        "''", "'a'", "'abc'", "'%s'", "'{}'", "'\\n'", "'é'", "'x' * 3",
    ];
    let toks = tokens(a);
    if toks.is_empty() {
        return a.to_vec();
    }
    let (s, e) = toks[rng.usize(..toks.len())];
    let new: Vec<u8> = match class_of(&a[s..e]) {
        Class::Name => {
            let from = if rng.bool() { a } else { other };
            let names: Vec<(usize, usize)> = tokens(from)
                .into_iter()
                .filter(|&(s, e)| class_of(&from[s..e]) == Class::Name)
                .collect();
            match names.get(rng.usize(..names.len().max(1))) {
                Some(&(ns, ne)) => from[ns..ne].to_vec(),
                None => a[s..e].to_vec(),
            }
        }
        Class::Number => NUMBERS[rng.usize(..NUMBERS.len())].as_bytes().to_vec(),
        Class::Str => STRS[rng.usize(..STRS.len())].as_bytes().to_vec(),
        // Only binary operators stand in for one another.
        Class::Op if OPS.contains(&std::str::from_utf8(&a[s..e]).unwrap_or("")) => {
            OPS[rng.usize(..OPS.len())].as_bytes().to_vec()
        }
        Class::Op => a[s..e].to_vec(),
    };
    join(&[&a[..s], &new, &a[e..]])
}

fn delete_token(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    let toks = tokens(a);
    if toks.is_empty() {
        return a.to_vec();
    }
    let i = rng.usize(..toks.len());
    let j = (i + rng.usize(1..=3)).min(toks.len());
    let (s, e) = (toks[i].0, toks[j - 1].1);
    join(&[&a[..s], &a[e..]])
}

/// Wraps a token in many levels of one kind of nesting (brackets, unary operators, calls,
/// lambdas, conditional expressions), so that every recursive path sees depth.
fn nest_deeply(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    const WRAPS: &[(&str, &str)] = &[
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("(", ",)"),
        ("not ", ""),
        ("-", ""),
        ("~", ""),
        ("f(", ")"),
        ("lambda: ", ""),
        ("1 if x else ", ""),
        ("x[", "]"),
        ("await ", ""),
        ("*", ""),
        ("", ".a"),
        ("", "()"),
        ("", "+1"),
        ("", "**2"),
        ("f'{", "}'"),
    ];
    let toks = tokens(a);
    if toks.is_empty() {
        return a.to_vec();
    }
    let (s, e) = toks[rng.usize(..toks.len())];
    let (open, close) = WRAPS[rng.usize(..WRAPS.len())];
    let depth = match rng.u8(..4) {
        0 => rng.usize(2..50),
        1 => rng.usize(50..400),
        2 => rng.usize(400..4000),
        _ => rng.usize(4000..40000),
    };
    let mut out = a[..s].to_vec();
    out.extend(open.repeat(depth).as_bytes());
    out.extend_from_slice(&a[s..e]);
    out.extend(close.repeat(depth).as_bytes());
    out.extend_from_slice(&a[e..]);
    out
}

/// A few single-byte edits: inserted, deleted or replaced by a character that matters to the
/// lexer.
fn edit_bytes(rng: &mut Rng, a: &[u8]) -> Vec<u8> {
    const BYTES: &[u8] = b"()[]{}:;,.=+-*/%'\"\\#\n\t @!$?`\x00\x0c\r\xff\xc3";
    let mut out = a.to_vec();
    for _ in 0..rng.usize(1..=4) {
        let at = rng.usize(..=out.len());
        let b = BYTES[rng.usize(..BYTES.len())];
        match rng.u8(..3) {
            0 => out.insert(at, b),
            1 if at < out.len() => {
                out.remove(at);
            }
            _ if at < out.len() => out[at] = b,
            _ => out.push(b),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_deterministic_and_varied() {
        let sources = vec![
            b"def f(x):\n    return x + 1\nprint(f(2))\n".to_vec(),
            b"import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n"
                .to_vec(),
        ];
        let a: Vec<Vec<u8>> = (0..50)
            .map(|i| variant(&mut Rng::with_seed(i), &sources))
            .collect();
        let b: Vec<Vec<u8>> = (0..50)
            .map(|i| variant(&mut Rng::with_seed(i), &sources))
            .collect();
        assert_eq!(a, b);
        let distinct: std::collections::HashSet<_> = a.iter().collect();
        assert!(
            distinct.len() > 40,
            "only {} distinct variants",
            distinct.len()
        );
    }

    #[test]
    fn tokens_split_names_strings_and_operators() {
        let t = tokens(b"x = f('a b', 12)  # c\n");
        let words: Vec<&[u8]> = t
            .iter()
            .map(|&(s, e)| &b"x = f('a b', 12)  # c\n"[s..e])
            .collect();
        assert_eq!(
            words,
            vec![&b"x"[..], b"=", b"f", b"(", b"'a b'", b",", b"12", b")"]
        );
    }
}
