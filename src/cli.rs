//! The command line, as python3's: `corun [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
//!
//! The interpreter's options come before the program; everything after the script name (or
//! after `-c cmd`, or `-`) belongs to the program, in `sys.argv`. With no program, corun opens the
//! REPL when stdin is a terminal and otherwise runs what stdin holds.

use std::io::{IsTerminal, Read};
use std::path::Path;

use clap::{CommandFactory, FromArgMatches, Parser};

use crate::eval::Interp;
use crate::Outcome;

#[derive(Parser, Debug)]
#[command(
    name = "corun",
    version,
    about = "Runs Python 3.11 programs written with asyncio (the part of Python they use).",
    override_usage = "corun [option] ... [-c cmd | -m mod | file | -] [arg] ..."
)]
struct Opts {
    /// Program passed in as a string (terminates the option list)
    #[arg(short = 'c', value_name = "cmd")]
    command: Option<String>,
    /// Run library module as a script (terminates the option list)
    #[arg(short = 'm', value_name = "mod")]
    module: Option<String>,
    /// Don't print the version banner on interactive startup
    #[arg(short = 'q')]
    quiet: bool,
    /// Force the stdout and stderr streams to be unbuffered (as PYTHONUNBUFFERED=1)
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Don't imply 'import site' on initialization (corun has no `site`: sys.path is the
    /// script's folder and PYTHONPATH with or without it)
    #[arg(short = 'S')]
    #[allow(dead_code)] // accepted as python3 accepts it; there is nothing to leave out
    no_site: bool,
    /// Raise MemoryError once the program uses more than SIZE bytes (K, M, G: KiB, MiB, GiB)
    #[arg(long = "max-memory", value_name = "SIZE")]
    max_memory: Option<String>,
    /// Inspect interactively after running the script (the prompt, with its globals)
    #[arg(short = 'i')]
    interactive: bool,
    /// Warning control (`action:message:category:module:lineno`, as in python3)
    #[arg(short = 'W', value_name = "arg")]
    warnings: Vec<String>,
    /// Implementation-specific option, in sys._xoptions: `-X dev` (warnings shown, asyncio
    /// debug mode), `-X utf8` (sys.flags.utf8_mode); others change nothing else
    #[arg(short = 'X', value_name = "opt")]
    xoptions: Vec<String>,
    /// Program read from a script file; `-` reads it from stdin (terminates the option list)
    #[arg(value_name = "file")]
    file: Option<String>,
}

/// Splits the command line where the program's own arguments begin: after `-c cmd`, after the
/// script name or `-`, after `--` and the name following it.
fn split_args(args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "-c" || a == "-m" {
            let end = (i + 2).min(args.len());
            return (args[..end].to_vec(), args[end..].to_vec());
        }
        if a == "--" {
            let end = (i + 2).min(args.len());
            return (args[..end].to_vec(), args[end..].to_vec());
        }
        if a == "--max-memory" || a == "-W" || a == "-X" {
            // Its value follows.
            i += 2;
            continue;
        }
        if a == "-"
            || !a.starts_with('-')
            || ((a.starts_with("-c") || a.starts_with("-m")) && !a.starts_with("--"))
        {
            return (args[..=i].to_vec(), args[i + 1..].to_vec());
        }
        i += 1;
    }
    (args.to_vec(), Vec::new())
}

/// The text under the options in `--help`.
fn after_help() -> String {
    format!(
        "Time options (before the program):\n{}\n\
         Everything after the program (file, -c cmd or -) is passed to it in sys.argv.\n\
         With no program and a terminal on stdin, corun opens an interactive prompt where \
         `await` works at the top level.",
        crate::aio::trace::HELP
    )
}

/// Takes the time options (`--virtual-time`, `--timeline[=FILE]`, `--trace=FILE.json`) out of
/// the interpreter's part of the command line; the rest goes to the argument parser.
fn take_time_options(
    ours: Vec<String>,
) -> Result<(crate::aio::trace::Options, Vec<String>), String> {
    let mut time_opts = crate::aio::trace::Options::from_env();
    let mut left = Vec::with_capacity(ours.len());
    let mut it = ours.into_iter();
    left.extend(it.next());
    while let Some(a) = it.next() {
        if a == "-c" || a == "-m" || a == "--" {
            // What follows is the command (or the program's name), not an option.
            left.push(a);
            left.extend(it.next());
            continue;
        }
        if !time_opts.parse_arg(&a)? {
            left.push(a);
        }
    }
    Ok((time_opts, left))
}

/// Runs the command line; returns the process exit status. An uncaught KeyboardInterrupt ends
/// the process by SIGINT, as python3 does.
pub fn main(args: Vec<String>) -> i32 {
    if let Some(quiet) = asyncio_repl(&args) {
        crate::signals::install();
        return crate::repl::run(quiet);
    }
    let (ours, rest) = split_args(&args);
    let (time_opts, ours) = match take_time_options(ours) {
        Ok(t) => t,
        Err(msg) => {
            eprint!("corun: {}\n{}", msg, Opts::command().render_usage());
            return 2;
        }
    };
    if let Err(msg) = time_opts.check_files() {
        eprintln!("corun: {msg}");
        return 2;
    }
    let parsed = Opts::command()
        .after_help(after_help())
        .try_get_matches_from(&ours)
        .and_then(|m| Opts::from_arg_matches(&m));
    let opts = match parsed {
        Ok(o) => o,
        Err(e) => {
            if !e.use_stderr() {
                // --help, --version
                let _ = e.print();
                return 0;
            }
            // Every usage error shows the usage line, as python3's do.
            let mut msg = e.render().to_string();
            if !msg.contains("Usage:") {
                let usage = Opts::command().render_usage().to_string();
                msg = msg.replacen("\n\n", &format!("\n\n{usage}\n\n"), 1);
            }
            eprint!("{msg}");
            return 2;
        }
    };
    if let Some(size) = &opts.max_memory {
        match crate::memory::parse_size(size) {
            Some(bytes) => crate::memory::set_limit(bytes),
            None => {
                eprint!(
                    "corun: --max-memory: '{size}' is not a size (such as 200M or 1G)\n{}",
                    Opts::command().render_usage()
                );
                return 2;
            }
        }
    }
    if opts.unbuffered {
        crate::runtime::stdout::UNBUFFERED_OPTION.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    crate::signals::install();
    let dev = opts.xoptions.iter().any(|x| x == "dev");
    crate::runtime::sys::set_xoptions(opts.xoptions.clone());
    set_warning_options(&opts.warnings, dev);
    if dev {
        // Dev mode turns on asyncio's debug mode, which reads this.
        std::env::set_var("PYTHONASYNCIODEBUG", "1");
    }
    let interactive =
        opts.interactive || std::env::var_os("PYTHONINSPECT").is_some_and(|v| !v.is_empty());
    if let Some(cmd) = opts.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest);
        return run_text(argv, "<string>", &cmd, None, &time_opts, interactive);
    }
    if let Some(module) = opts.module {
        return crate::run_module::run(&module, rest, &time_opts);
    }
    match opts.file.as_deref() {
        Some("-") => {
            let mut argv = vec!["-".to_string()];
            argv.extend(rest);
            run_stdin(argv, &time_opts)
        }
        Some(file) => run_file(file, rest, &time_opts, interactive),
        None if interactive || std::io::stdin().is_terminal() => crate::repl::run(opts.quiet),
        None => run_stdin(vec![String::new()], &time_opts),
    }
}

fn run_stdin(argv: Vec<String>, time_opts: &crate::aio::trace::Options) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("corun: can't read stdin: {}", e);
        return 2;
    }
    match String::from_utf8(bytes) {
        Ok(src) => run_text(argv, "<stdin>", &src, None, time_opts, false),
        Err(e) => {
            not_utf8(&e, "<stdin>");
            1
        }
    }
}

fn not_utf8(e: &std::string::FromUtf8Error, name: &str) {
    // CPython's tokenizer message for a file that is not UTF-8.
    let pos = e.utf8_error().valid_up_to();
    let bytes = e.as_bytes();
    let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
    eprintln!(
        "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        bytes[pos], name, line
    );
}

fn run_file(
    file: &str,
    rest: Vec<String>,
    time_opts: &crate::aio::trace::Options,
    interactive: bool,
) -> i32 {
    // A name that is not UTF-8 came in surrogate-escaped: back to its bytes to open it.
    let os_name = crate::surrogates::to_os(file);
    let path = Path::new(&os_name);
    let abs = std::path::absolute(path)
        .map(|p| crate::surrogates::from_os(p.into_os_string()))
        .unwrap_or_else(|_| file.to_string());
    let shown = crate::surrogates::backslashed(&abs);
    if path.is_dir() {
        eprintln!("corun: can't find '__main__' module in '{}'", shown);
        return 1;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!(
                "corun: can't open file '{}': [Errno {}] {}",
                shown, errno, msg
            );
            return 2;
        }
    };
    let src = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            not_utf8(&e, &shown);
            return 1;
        }
    };
    let mut argv = vec![file.to_string()];
    argv.extend(rest);
    run_text(argv, file, &src, Some(&abs), time_opts, interactive)
}

/// `corun -m asyncio` (after `-q` at most): the asyncio REPL, as `corun` alone opens it.
/// Returns whether to be quiet. (Other modules run by `-m` are not handled here.)
fn asyncio_repl(args: &[String]) -> Option<bool> {
    let mut quiet = false;
    let mut it = args.iter().skip(1);
    loop {
        match it.next()?.as_str() {
            "-q" => quiet = true,
            "-m" => return (it.next()? == "asyncio").then_some(quiet),
            "-masyncio" => return Some(quiet),
            _ => return None,
        }
    }
}

/// `sys.warnoptions`: `default` in dev mode, those of `PYTHONWARNINGS` (comma-separated), then
/// the `-W` ones.
fn set_warning_options(given: &[String], dev: bool) {
    let mut all: Vec<String> = dev.then(|| "default".to_string()).into_iter().collect();
    let env: Vec<String> = std::env::var("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    all.extend(env);
    all.extend(given.iter().cloned());
    crate::stdlib::warnings::set_options(all);
}

/// Runs `src` as `__main__`. `name` is what syntax errors call it; `path` the absolute path of
/// a script file (tracebacks show it; imports look beside it), None for `-c` and stdin.
/// `time_opts` sets up the virtual clock and what to record for the timeline and the trace.
fn run_text(
    argv: Vec<String>,
    name: &str,
    src: &str,
    path: Option<&str>,
    time_opts: &crate::aio::trace::Options,
    interactive: bool,
) -> i32 {
    let ip = Interp::new();
    *ip.argv.borrow_mut() = argv;
    time_opts.install(&ip, name);
    *ip.script_dir.borrow_mut() = match path {
        Some(p) => Path::new(&crate::surrogates::to_os(p))
            .parent()
            .map(|p| p.to_path_buf()),
        None => std::env::current_dir().ok(),
    };
    crate::stdlib::warnings::import_if_options(&ip);
    // CPython flushes stdout (quietly) after a script file or stdin ends, before it prints the
    // error, but not after `-c`: there the error comes first.
    let report = reporter(&ip, name != "<string>");
    if interactive {
        crate::set_inspect_after(true);
        let (outcome, module) = crate::run_main(&ip, name, path.unwrap_or(name), src, None);
        crate::set_inspect_after(false);
        report(&outcome);
        if !matches!(outcome, Outcome::Exit(_) | Outcome::Interrupted(_)) {
            // `-i`: the prompt, with the script's globals, after an error too; the prompt's
            // own exit decides the status.
            crate::aio::trace::finish(&ip);
            let code = crate::repl::run_after_script(ip.clone());
            if let Some(m) = &module {
                crate::finish_main(&ip, m);
            }
            return code;
        }
        let flushed = match &module {
            Some(m) => crate::finish_main(&ip, m),
            None => ip.flush_at_exit(),
        };
        return finish(&ip, outcome, flushed);
    }
    let (outcome, flushed) = crate::run_source(&ip, name, path.unwrap_or(name), src, report);
    finish(&ip, outcome, flushed)
}

/// What prints how a run ended (the traceback of an uncaught exception, a syntax error),
/// called before the interpreter shuts down; `flush_first` flushes stdout before it.
pub(crate) fn reporter(ip: &Interp, flush_first: bool) -> impl Fn(&Outcome) + '_ {
    move |o: &Outcome| {
        if let Outcome::SyntaxError(s) | Outcome::Exception(s) | Outcome::Interrupted(s) = o {
            if flush_first {
                ip.flush_io();
            }
            ip.write_err(s);
        }
    }
}

/// The exit status of a run that has been reported and shut down (`flushed`: whether stdout's
/// last flush worked); the timeline and trace are written here.
pub(crate) fn finish(ip: &Interp, outcome: Outcome, flushed: bool) -> i32 {
    let recorded = crate::aio::trace::finish(ip);
    if let Outcome::Interrupted(_) = outcome {
        crate::signals::exit_by_sigint();
    }
    if !flushed {
        return 120;
    }
    if !recorded {
        return outcome.exit_code().max(1);
    }
    outcome.exit_code()
}

#[cfg(test)]
mod tests {
    use super::split_args;

    fn split(s: &str) -> (Vec<String>, Vec<String>) {
        let v: Vec<String> = s.split(' ').map(String::from).collect();
        split_args(&v)
    }

    #[test]
    fn program_arguments_start_after_the_program() {
        assert_eq!(split("corun s.py -x -q").1, ["-x", "-q"]);
        assert_eq!(split("corun -q s.py a").0, ["corun", "-q", "s.py"]);
        assert_eq!(split("corun -c code -q").1, ["-q"]);
        assert_eq!(split("corun -cprint(1) a").1, ["a"]);
        assert_eq!(split("corun - a b").1, ["a", "b"]);
        assert_eq!(split("corun -q --version").1, Vec::<String>::new());
    }
}
