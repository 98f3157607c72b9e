//! Programs nested a hundred thousand levels deep, or a million terms long: corun gives
//! CPython's error or result, never a native stack overflow. Each input is made here (too big
//! to keep as a golden), run under corun, and checked against what CPython 3.11 does: the exit
//! status, the last line of stderr and stdout. Where python3 is 3.11, it is run on the same
//! input too, so that the expectation itself is checked.
//!
//! CPython stops such input at one of four limits: its tokenizer's 200 nested brackets and 100
//! indentation levels (SyntaxError, IndentationError), its parser's stack (MemoryError), or its
//! compiler's recursion limit (RecursionError).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

const DEEP: usize = 100_000;
const LONG: usize = 1_000_000;

const BRACKETS: &str = "SyntaxError: too many nested parentheses";
const INDENTS: &str = "IndentationError: too many levels of indentation";
const PARSER: &str = "MemoryError";
const COMPILER: &str = "RecursionError: maximum recursion depth exceeded during compilation";

struct Outcome {
    code: i32,
    stdout: String,
    last_err: String,
}

fn run(program: &str, name: &str, src: &str) -> Outcome {
    let dir = std::env::temp_dir().join(format!("corun-nesting-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.py"));
    std::fs::write(&file, src).unwrap();
    let child = Command::new(program)
        .arg(&file)
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    // A hang is a failure too; debug builds are slow on a million terms, so the limit is wide.
    let pid = child.id() as i32;
    let (done, timer) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        let timed_out = timer.recv_timeout(Duration::from_secs(120)).is_err();
        if timed_out {
            // SAFETY: a plain kill(2) of the child started above.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        timed_out
    });
    let out = child.wait_with_output().unwrap();
    let _ = done.send(());
    assert!(
        !watchdog.join().unwrap(),
        "{program} {name}.py: still running after 120 s"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    use std::os::unix::process::ExitStatusExt;
    Outcome {
        code: out
            .status
            .code()
            .unwrap_or_else(|| 128 + out.status.signal().unwrap_or(0)),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        last_err: err.lines().last().unwrap_or("").to_string(),
    }
}

fn python3() -> Option<&'static str> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11."));
    ok.then_some("python3")
}

/// Runs `src` under corun (and python3) and checks the exit status, stdout and the last line
/// of stderr.
fn check(name: &str, src: &str, code: i32, stdout: &str, last_err: &str) {
    let mut programs = vec![PathBuf::from(env!("CARGO_BIN_EXE_corun"))
        .display()
        .to_string()];
    programs.extend(python3().map(String::from));
    for p in programs {
        let o = run(&p, name, src);
        assert_eq!(
            (o.code, o.stdout.as_str(), o.last_err.as_str()),
            (code, stdout, last_err),
            "{p} on {name}.py ({} bytes)",
            src.len()
        );
    }
}

fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

/// `depth` blocks, each indented one space more than the last.
fn blocks(header: &str, depth: usize, body: &str) -> String {
    let mut s = String::new();
    for i in 0..depth {
        s.push_str(&" ".repeat(i));
        s.push_str(header);
        s.push('\n');
    }
    s.push_str(&" ".repeat(depth));
    s.push_str(body);
    s.push('\n');
    s
}

#[test]
fn brackets_stop_at_the_tokenizers_limit() {
    let err = |name, src: String| check(name, &src, 1, "", BRACKETS);
    err("parens", format!("x = {}\n", nested("(", "1", ")", DEEP)));
    err("lists", format!("x = {}\n", nested("[", "", "]", DEEP)));
    err("dicts", format!("x = {}\n", nested("{1: ", "1", "}", DEEP)));
    err("calls", format!("x = {}\n", nested("f(", "1", ")", DEEP)));
    err(
        "comprehensions",
        format!("x = {}\n", nested("[", "1", " for _ in y]", DEEP)),
    );
    err(
        "subscripts",
        format!("x = y{}\n", nested("[", "0", "]", DEEP)),
    );
    // Within the limit, the same forms run.
    check(
        "parens_ok",
        &format!("x = {}\nprint(x)\n", nested("(", "1", ")", 199)),
        0,
        "1\n",
        "",
    );
    check(
        "lists_ok",
        &format!(
            "x = {}\nn = 0\nwhile x:\n    x = x[0]\n    n += 1\nprint(n)\n",
            nested("[", "", "]", 200)
        ),
        0,
        "199\n",
        "",
    );
}

#[test]
fn f_strings_nest_within_their_own_limits() {
    // A field is tokenized afresh: its brackets count from the field, not from the line.
    check(
        "fstring_field",
        &format!(
            "x = 1\nprint({}f'{{{}}}'{})\n",
            "(".repeat(150),
            nested("(", "x", ")", 199),
            ")".repeat(150)
        ),
        0,
        "1\n",
        "",
    );
    check(
        "fstring_field_deep",
        &format!("x = 1\nprint(f'{{{}}}')\n", nested("(", "x", ")", DEEP)),
        1,
        "",
        "SyntaxError: f-string: too many nested parenthesis",
    );
    check(
        "fstring_spec",
        "x = 1\nprint(f'{x:{x:{x}}}')\n",
        1,
        "",
        "SyntaxError: f-string: expressions nested too deeply",
    );
    // f-strings inside f-strings, as deep as four kinds of quotes allow, each field deep.
    let inner = (0..4).fold("x".to_string(), |acc, i| {
        let (open, close) = [
            ("f\"{", "}\""),
            ("f'{", "}'"),
            ("f\"\"\"{", "}\"\"\""),
            ("f'''{", "}'''"),
        ][i];
        format!("{open}{}{acc}{close}", "x if x else ".repeat(5_000))
    });
    check(
        "fstrings_nested",
        &format!("x = 1\nprint({inner})\n"),
        1,
        "",
        COMPILER,
    );
}

#[test]
fn blocks_stop_at_the_indentation_limit() {
    check("ifs", &blocks("if True:", 1_000, "pass"), 1, "", INDENTS);
    check("defs", &blocks("def f():", 1_000, "pass"), 1, "", INDENTS);
    check("withs", &blocks("with x:", 1_000, "pass"), 1, "", INDENTS);
    check(
        "ok",
        &blocks("if True:", 99, "print('deep')"),
        0,
        "deep\n",
        "",
    );
}

#[test]
fn prefix_operators_and_right_nesting_stop_at_the_parsers_limit() {
    let err = |name, src: String| check(name, &src, 1, "", PARSER);
    err("nots", format!("x = 1\nprint({}x)\n", "not ".repeat(DEEP)));
    err("minus", format!("x = 1\nprint({}x)\n", "- ".repeat(DEEP)));
    err("invert", format!("x = 1\nprint({}x)\n", "~".repeat(DEEP)));
    err("lambdas", format!("f = {}1\n", "lambda: ".repeat(DEEP)));
    err(
        "lambdas_with_parameters",
        format!("f = {}1\n", "lambda a=1, *b, c, **d: ".repeat(DEEP)),
    );
    err(
        "lambdas_in_brackets",
        format!("f = {}\n", nested("(lambda: ", "1", ")", 5_000)),
    );
    err(
        "powers",
        format!("x = 1\nprint({}x)\n", "x ** ".repeat(DEEP)),
    );
    err(
        "conditionals",
        format!("x = 1\nprint({}x)\n", "x if x else ".repeat(DEEP)),
    );
    err(
        "tuples",
        format!("x = {}\n", nested("(1, ", "1", ")", DEEP)),
    );
    err(
        "elifs",
        format!(
            "x = 1\nif x == 0:\n    pass\n{}",
            "elif x == 0:\n    pass\n".repeat(DEEP)
        ),
    );
    // The parser stops where it is: a syntax error further on is never reached.
    err(
        "nots_then_error",
        format!("x = {}x\n)\n", "not ".repeat(DEEP)),
    );
}

#[test]
fn long_chains_stop_at_the_compilers_limit() {
    let err = |name, src: String| check(name, &src, 1, "", COMPILER);
    err("sum", format!("print({}1)\n", "1 + ".repeat(LONG)));
    err("or_bits", format!("print({}1)\n", "1 | ".repeat(LONG)));
    err("continued", format!("x = 1{}\n", " \\\n+ 1".repeat(DEEP)));
    err(
        "attributes",
        format!(
            "class A: pass\na = A()\na.a = a\nprint(a{} is a)\n",
            ".a".repeat(DEEP)
        ),
    );
    err(
        "call_chain",
        format!("def f(): return f\nprint(f{})\n", "()".repeat(DEEP)),
    );
    err(
        "subscript_chain",
        format!("x = []\nx.append(x)\nprint(x{} is x)\n", "[0]".repeat(DEEP)),
    );
    // Below the compiler's limit (and the parser's) these run.
    check(
        "nots_ok",
        &format!("x = 1\nprint({}x)\n", "not ".repeat(2_997)),
        0,
        "False\n",
        "",
    );
    check(
        "conditionals_ok",
        &format!("x = 0\nprint({}2)\n", "y if x else ".repeat(2_997)),
        0,
        "2\n",
        "",
    );
    check(
        "attributes_ok",
        &format!(
            "class A: pass\na = A()\na.a = a\nprint(a{} is a)\n",
            ".a".repeat(2_996)
        ),
        0,
        "True\n",
        "",
    );
    check(
        "elifs_ok",
        &format!(
            "x = 2990\nif x == 0:\n    pass\n{}",
            (1..2_996)
                .map(|i| format!("elif x == {i}:\n    print({i})\n"))
                .collect::<String>()
        ),
        0,
        "2990\n",
        "",
    );
    check(
        "sum_ok",
        &format!("print({}1)\n", "1 + ".repeat(2_990)),
        0,
        "2991\n",
        "",
    );
    // A syntax error anywhere comes first: CPython parses the whole file before compiling it.
    check(
        "sum_then_error",
        &format!("x = {}1\n)\n", "1 + ".repeat(LONG)),
        1,
        "",
        "SyntaxError: unmatched ')'",
    );
}

#[test]
fn flat_constructs_have_no_limit() {
    check(
        "and_chain",
        &format!("x = 1\nprint(x{})\n", " and x".repeat(LONG)),
        0,
        "1\n",
        "",
    );
    check(
        "comparison_chain",
        &format!("x = 1\nprint(x{})\n", " <= x".repeat(LONG)),
        0,
        "True\n",
        "",
    );
    check(
        "assignment_chain",
        &format!("{}1\nprint(x)\n", "x = ".repeat(DEEP)),
        0,
        "1\n",
        "",
    );
    let items: Vec<String> = (0..DEEP).map(|i| i.to_string()).collect();
    check(
        "list_literal",
        &format!("x = [{}]\nprint(len(x), sum(x))\n", items.join(", ")),
        0,
        "100000 4999950000\n",
        "",
    );
    let pairs: Vec<String> = (0..DEEP).map(|i| format!("'k{i}': {i}")).collect();
    check(
        "dict_literal",
        &format!("x = {{{}}}\nprint(len(x), x['k99999'])\n", pairs.join(", ")),
        0,
        "100000 99999\n",
        "",
    );
    check(
        "strings",
        &format!("print(len({}))\n", "'ab' ".repeat(DEEP)),
        0,
        "200000\n",
        "",
    );
}

#[test]
fn a_module_too_deep_to_compile_raises_in_its_importer() {
    let dir = std::env::temp_dir().join(format!("corun-nesting-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("deep_sum.py"),
        format!("x = {}1\n", "1 + ".repeat(5_000)),
    )
    .unwrap();
    std::fs::write(
        dir.join("deep_not.py"),
        format!("x = {}1\n", "not ".repeat(DEEP)),
    )
    .unwrap();
    check(
        "importer",
        "try:\n    import deep_sum\nexcept RecursionError as e:\n    print(type(e).__name__, e.args)\ntry:\n    import deep_not\nexcept MemoryError as e:\n    print(type(e).__name__, e.args)\nimport deep_sum\n",
        1,
        "RecursionError ('maximum recursion depth exceeded during compilation',)\nMemoryError ()\n",
        COMPILER,
    );
}

#[test]
fn deep_recursion_with_a_raised_limit_is_a_recursion_error() {
    // The native stack grows as far as the limit, where a call raises RecursionError (CPython
    // 3.11 crashes on the asynchronous form before it gets there).
    let src = "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(5000))\ntry:\n    f(10 ** 6)\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    let o = run(env!("CARGO_BIN_EXE_corun"), "recursion", src);
    assert_eq!(
        (o.code, o.stdout.as_str()),
        (0, "5000\nRecursionError maximum recursion depth exceeded\n")
    );
    let src = "import sys, asyncio\nsys.setrecursionlimit(100000)\nasync def f(n):\n    return 0 if n == 0 else 1 + await f(n - 1)\nasync def main():\n    print(await f(5000))\n    try:\n        await f(10 ** 6)\n    except RecursionError as e:\n        print('RecursionError', e)\nasyncio.run(main())\ndef g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n        yield n\ntry:\n    print(list(g(10 ** 6)))\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    let o = run(env!("CARGO_BIN_EXE_corun"), "async_recursion", src);
    assert_eq!(
        (o.code, o.stdout.as_str()),
        (
            0,
            "5000\nRecursionError maximum recursion depth exceeded\nRecursionError maximum recursion depth exceeded\n"
        )
    );
}

#[test]
fn deep_input_parses_deep_in_a_recursion() {
    // `eval` and `compile` parse on whatever stack segment the recursion has reached.
    let src = format!(
        "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    if n == 0:\n        g = eval({:?})\n        try:\n            compile({:?}, 'deep', 'exec')\n        except MemoryError:\n            return callable(g), 'MemoryError'\n    return f(n - 1)\nprint(*f(20000))\n",
        "lambda: ".repeat(1_990) + "1",
        "lambda: ".repeat(DEEP) + "1",
    );
    check("parse_in_recursion", &src, 0, "True MemoryError\n", "");
}
