//! The layers of `src/` point one way: each file may name (`crate::x::…`) only modules of its
//! own layer or of the layers below it (docs/ARCHITECTURE.md, "The layers").
//!
//! From the bottom: the crate-root helpers every layer shares (`intern`, `stack`,
//! `surrogates`, `unicode_name`); `syntax` (the front end, with no runtime types); `compile`
//! (scopes and slots); `runtime` (values, the object protocol, the builtin types); `eval` (the
//! evaluator); `aio` (the event loop); `stdlib` (the native modules); and on top the program
//! itself (the CLI, the REPL, running a module, diagnostics, signals, threads, memory limits).
//!
//! Where today's code still names a module above it, the edge is listed in `KNOWN`. The test
//! fails on an upward edge that is not listed, and on a listed one that is gone (remove it from
//! the list), so the list only shrinks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layer of a top-level module of the crate, lowest first.
fn layer(module: &str) -> Option<usize> {
    Some(match module {
        "intern" | "stack" | "surrogates" | "unicode_name" => 0,
        "syntax" => 1,
        "compile" => 2,
        "runtime" => 3,
        "eval" => 4,
        "aio" => 5,
        "stdlib" => 6,
        "cli" | "repl" | "run_module" | "lib" | "main" | "diagnostics" | "signals" | "threads"
        | "memory" => 7,
        _ => return None,
    })
}

/// Upward edges the code has today: (file under `src/`, the module above it that it names).
const KNOWN: &[(&str, &str)] = &[
    ("aio/api.rs", "diagnostics"),
    ("aio/api.rs", "stdlib"),
    ("aio/api.rs", "threads"),
    ("aio/context.rs", "stdlib"),
    ("aio/event_loop.rs", "signals"),
    ("aio/event_loop.rs", "stdlib"),
    ("aio/event_loop.rs", "threads"),
    ("aio/io_api.rs", "stdlib"),
    ("aio/locks.rs", "stdlib"),
    ("aio/mod.rs", "signals"),
    ("aio/mod.rs", "stdlib"),
    ("aio/objects.rs", "stdlib"),
    ("aio/queues.rs", "stdlib"),
    ("aio/reactor.rs", "signals"),
    ("aio/task_stack.rs", "stdlib"),
    ("aio/waiting.rs", "stdlib"),
    ("compile/resolve.rs", "runtime"),
    ("eval/call.rs", "stdlib"),
    ("eval/classes.rs", "stdlib"),
    ("eval/dynamic.rs", "stdlib"),
    ("eval/matching.rs", "stdlib"),
    ("eval/mod.rs", "aio"),
    ("eval/mod.rs", "diagnostics"),
    ("eval/mod.rs", "signals"),
    ("eval/mod.rs", "stdlib"),
    ("eval/ops.rs", "aio"),
    ("eval/ops.rs", "stdlib"),
    ("eval/suspend.rs", "aio"),
    ("eval/suspend.rs", "signals"),
    ("eval/sync.rs", "signals"),
    ("eval/sync.rs", "stdlib"),
    ("runtime/async_gen.rs", "aio"),
    ("runtime/async_gen.rs", "diagnostics"),
    ("runtime/async_gen.rs", "eval"),
    ("runtime/bind.rs", "eval"),
    ("runtime/bind.rs", "stdlib"),
    ("runtime/builtins.rs", "eval"),
    ("runtime/builtins.rs", "stdlib"),
    ("runtime/bytearray.rs", "eval"),
    ("runtime/bytearray.rs", "stdlib"),
    ("runtime/bytes.rs", "eval"),
    ("runtime/bytes.rs", "stdlib"),
    ("runtime/bytes_format.rs", "eval"),
    ("runtime/codecs.rs", "eval"),
    ("runtime/codecs_escape.rs", "stdlib"),
    ("runtime/complex.rs", "eval"),
    ("runtime/complex.rs", "stdlib"),
    ("runtime/coro_objects.rs", "eval"),
    ("runtime/coroutine.rs", "eval"),
    ("runtime/descriptors.rs", "eval"),
    ("runtime/dict.rs", "eval"),
    ("runtime/dict_methods.rs", "eval"),
    ("runtime/dict_views.rs", "eval"),
    ("runtime/dict_views.rs", "stdlib"),
    ("runtime/exception_attrs.rs", "eval"),
    ("runtime/exception_group.rs", "eval"),
    ("runtime/finalize.rs", "aio"),
    ("runtime/finalize.rs", "diagnostics"),
    ("runtime/finalize.rs", "eval"),
    ("runtime/format.rs", "eval"),
    ("runtime/format.rs", "stdlib"),
    ("runtime/frames.rs", "eval"),
    ("runtime/frames.rs", "stdlib"),
    ("runtime/function_attrs.rs", "eval"),
    ("runtime/function_attrs.rs", "stdlib"),
    ("runtime/gc.rs", "aio"),
    ("runtime/gc.rs", "eval"),
    ("runtime/gc.rs", "signals"),
    ("runtime/gc.rs", "stdlib"),
    ("runtime/grow.rs", "eval"),
    ("runtime/grow.rs", "memory"),
    ("runtime/instance.rs", "eval"),
    ("runtime/iterators.rs", "diagnostics"),
    ("runtime/iterators.rs", "eval"),
    ("runtime/iterators.rs", "stdlib"),
    ("runtime/lists.rs", "eval"),
    ("runtime/lists.rs", "stdlib"),
    ("runtime/memoryview.rs", "eval"),
    ("runtime/memoryview.rs", "stdlib"),
    ("runtime/modules.rs", "eval"),
    ("runtime/modules.rs", "lib"),
    ("runtime/modules.rs", "signals"),
    ("runtime/modules.rs", "stdlib"),
    ("runtime/modules.rs", "threads"),
    ("runtime/numbers.rs", "eval"),
    ("runtime/numbers.rs", "stdlib"),
    ("runtime/object.rs", "eval"),
    ("runtime/range.rs", "eval"),
    ("runtime/range.rs", "stdlib"),
    ("runtime/repr.rs", "aio"),
    ("runtime/repr.rs", "eval"),
    ("runtime/repr.rs", "stdlib"),
    ("runtime/set.rs", "eval"),
    ("runtime/slots.rs", "eval"),
    ("runtime/strings.rs", "eval"),
    ("runtime/sys.rs", "diagnostics"),
    ("runtime/sys.rs", "eval"),
    ("runtime/sys.rs", "stdlib"),
    ("runtime/traceback.rs", "diagnostics"),
    ("runtime/traceback.rs", "eval"),
    ("runtime/traceback.rs", "stdlib"),
    ("runtime/trashcan.rs", "signals"),
    ("runtime/types.rs", "aio"),
    ("runtime/types.rs", "eval"),
    ("runtime/types.rs", "stdlib"),
    ("runtime/value.rs", "aio"),
    ("runtime/value.rs", "stdlib"),
    ("runtime/weakref.rs", "aio"),
    ("runtime/weakref.rs", "eval"),
    ("runtime/weakref.rs", "stdlib"),
    ("stdlib/atexit.rs", "diagnostics"),
    ("stdlib/io.rs", "signals"),
    ("stdlib/io.rs", "threads"),
    ("stdlib/os.rs", "signals"),
    ("stdlib/os_fd.rs", "threads"),
    ("stdlib/re/objects.rs", "signals"),
    ("stdlib/select.rs", "signals"),
    ("stdlib/select.rs", "threads"),
    ("stdlib/signal.rs", "signals"),
    ("stdlib/signal.rs", "threads"),
    ("stdlib/socket.rs", "signals"),
    ("stdlib/socket.rs", "threads"),
    ("stdlib/subprocess.rs", "signals"),
    ("stdlib/subprocess.rs", "threads"),
    ("stdlib/thread.rs", "diagnostics"),
    ("stdlib/thread.rs", "signals"),
    ("stdlib/thread.rs", "threads"),
    ("stdlib/time.rs", "signals"),
    ("stdlib/time.rs", "threads"),
    ("stdlib/warnings.rs", "diagnostics"),
    ("syntax/ast.rs", "runtime"),
    ("syntax/future.rs", "runtime"),
    ("syntax/lexer.rs", "runtime"),
    ("syntax/parser.rs", "runtime"),
    ("syntax/parser/patterns.rs", "runtime"),
    ("syntax/warnings.rs", "runtime"),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The text of a Rust file without its comments (line comments, doc comments, block comments)
/// and the contents of its string literals, so that a path in prose is not taken for an import.
fn without_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        let c = b[i];
        if in_str {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
                out.push('"');
            }
            i += 1;
            continue;
        }
        if c == b'"' && (i == 0 || b[i - 1] != b'\'') {
            in_str = true;
            out.push('"');
            i += 1;
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else {
            // Keep the text byte for byte (non-ASCII bytes are never part of a path).
            if c.is_ascii() {
                out.push(c as char);
            } else {
                out.push(' ');
            }
            i += 1;
        }
    }
    out
}

/// The top-level modules a file names: `crate::x::…` paths, and the members of
/// `use crate::{x::…, y::…}` groups. An item of the crate root (`crate::exec_module`) is named
/// as it is.
fn named_modules(src: &str) -> BTreeSet<String> {
    let text = without_comments(src);
    let mut found = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut rest = text.as_str();
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name = ident(part.trim());
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name = ident(after);
            // `crate::native_module!`: a macro exported at the root, not a module.
            if !name.is_empty() && !after[name.len()..].starts_with('!') {
                found.insert(name);
            }
        }
        rest = after;
    }
    found
}

/// The layer a file under `src/` belongs to: its folder's, or its own module's at the root.
fn file_layer(rel: &str) -> Option<usize> {
    let first = rel.split('/').next()?;
    layer(first.trim_end_matches(".rs"))
}

fn upward_edges() -> BTreeSet<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges = BTreeSet::new();
    for f in files {
        let rel = f
            .strip_prefix(&src)
            .expect("under src/")
            .to_string_lossy()
            .replace('\\', "/");
        let Some(own) = file_layer(&rel) else {
            panic!("src/{rel} is in no layer: add its module to `layer` in tests/layers.rs");
        };
        let text = std::fs::read_to_string(&f).expect("a readable source file");
        for m in named_modules(&text) {
            // Items of the crate root itself (`crate::run_main`) belong to the top layer.
            let to = layer(&m).unwrap_or(7);
            if to > own {
                let target = if layer(&m).is_some() {
                    m
                } else {
                    "lib".to_string()
                };
                edges.insert((rel.clone(), target));
            }
        }
    }
    edges
}

#[test]
fn layers_point_one_way() {
    let found = upward_edges();
    let known: BTreeSet<(String, String)> = KNOWN
        .iter()
        .map(|(f, m)| (f.to_string(), m.to_string()))
        .collect();
    let new: Vec<_> = found.difference(&known).collect();
    let gone: Vec<_> = known.difference(&found).collect();
    let mut msg = String::new();
    for (f, m) in &new {
        msg.push_str(&format!(
            "src/{f} names `crate::{m}`, a layer above its own: move what it needs down, or \
             reach it through an interface the lower layer defines\n"
        ));
    }
    for (f, m) in &gone {
        msg.push_str(&format!(
            "src/{f} no longer names `crate::{m}`: remove (\"{f}\", \"{m}\") from KNOWN in \
             tests/layers.rs\n"
        ));
    }
    assert!(msg.is_empty(), "{msg}");
}

#[test]
fn the_scanner_reads_paths_and_groups_but_not_comments() {
    let src = "use crate::eval::Interp;\n// crate::aio::x\nuse crate::{runtime::value::Value, \
               intern::sym};\nlet s = \"crate::stdlib\"; /* crate::cli */ crate::syntax::ast::Expr";
    let got: Vec<String> = named_modules(src).into_iter().collect();
    assert_eq!(
        got,
        ["eval", "intern", "runtime", "syntax"].map(String::from)
    );
}
