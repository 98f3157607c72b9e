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
    let (ours, rest) = split_args(&args);
    let (time_opts, ours) = match take_time_options(ours) {
        Ok(t) => t,
        Err(msg) => {
            eprint!("corun: {}\n{}", msg, Opts::command().render_usage());
            return 2;
        }
    };
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
    crate::signals::install();
    if let Some(cmd) = opts.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest);
        return run_text(argv, "<string>", &cmd, None, &time_opts);
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
        Some(file) => run_file(file, rest, &time_opts),
        None if std::io::stdin().is_terminal() => crate::repl::run(opts.quiet),
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
        Ok(src) => run_text(argv, "<stdin>", &src, None, time_opts),
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

fn run_file(file: &str, rest: Vec<String>, time_opts: &crate::aio::trace::Options) -> i32 {
    let path = Path::new(file);
    let abs = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.to_string());
    if path.is_dir() {
        eprintln!("corun: can't find '__main__' module in '{}'", abs);
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
                abs, errno, msg
            );
            return 2;
        }
    };
    let src = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            not_utf8(&e, &abs);
            return 1;
        }
    };
    let mut argv = vec![file.to_string()];
    argv.extend(rest);
    run_text(argv, file, &src, Some(&abs), time_opts)
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
) -> i32 {
    let ip = Interp::new();
    *ip.argv.borrow_mut() = argv;
    time_opts.install(&ip, name);
    *ip.script_dir.borrow_mut() = match path {
        Some(p) => Path::new(p).parent().map(|p| p.to_path_buf()),
        None => std::env::current_dir().ok(),
    };
    let outcome = crate::run_source(&ip, name, path.unwrap_or(name), src);
    finish(&ip, outcome)
}

/// Prints what ended the run and gives the exit status.
pub(crate) fn finish(ip: &Interp, outcome: Outcome) -> i32 {
    match &outcome {
        Outcome::SyntaxError(s) | Outcome::Exception(s) => {
            ip.flush_out();
            eprint!("{}", s);
        }
        Outcome::Interrupted(s) => {
            ip.flush_out();
            eprint!("{}", s);
            crate::aio::trace::finish(ip);
            crate::signals::exit_by_sigint();
        }
        _ => {}
    }
    if !crate::aio::trace::finish(ip) {
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
