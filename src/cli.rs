//! The command line: `corun script.py [args…]`.

use std::path::Path;

use crate::eval::Interp;
use crate::Outcome;

const USAGE: &str = "usage: corun [--version] [--help] [--virtual-time] [--timeline[=FILE]] [--trace=FILE.json] file [arg] ...\n";

/// Runs the command line; returns the process exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut it = args.into_iter().skip(1);
    // The time options (virtual time, timeline, trace) come before the script's name.
    let mut time_opts = crate::aio::trace::Options::from_env();
    let mut first = it.next();
    while let Some(a) = &first {
        match time_opts.parse_arg(a) {
            Ok(true) => first = it.next(),
            Ok(false) => break,
            Err(msg) => {
                eprint!("corun: {}\n{}", msg, USAGE);
                return 2;
            }
        }
    }
    let Some(first) = first else {
        eprintln!(
            "{}corun: no script given (the interactive prompt is not available yet)",
            USAGE
        );
        return 2;
    };
    match first.as_str() {
        "--version" | "-V" => {
            println!("corun {}", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        "--help" | "-h" => {
            print!(
                "{}\nRuns a Python 3.11 script (the part asyncio programs are written in).\n\n{}",
                USAGE,
                crate::aio::trace::HELP
            );
            return 0;
        }
        s if s.starts_with('-') && s != "-" => {
            eprint!("unknown option {}\n{}", s, USAGE);
            return 2;
        }
        _ => {}
    }
    let path = Path::new(&first);
    let abs = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| first.clone());
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
            // CPython's tokenizer message for a file that is not UTF-8.
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[pos], abs, line
            );
            return 1;
        }
    };
    let ip = Interp::new();
    let mut argv = vec![first.clone()];
    argv.extend(it);
    *ip.argv.borrow_mut() = argv;
    time_opts.install(&ip, &first);
    *ip.script_dir.borrow_mut() = std::path::Path::new(&abs).parent().map(|p| p.to_path_buf());
    let outcome = crate::run_source(&ip, &first, &abs, &src);
    match &outcome {
        Outcome::SyntaxError(s) | Outcome::Exception(s) => {
            ip.flush_out();
            eprint!("{}", s);
        }
        _ => {}
    }
    if !crate::aio::trace::finish(&ip) {
        return outcome.exit_code().max(1);
    }
    outcome.exit_code()
}
