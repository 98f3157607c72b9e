//! What corun says on stderr: syntax errors as ariadne reports ending in CPython's headline,
//! runtime errors as CPython-style tracebacks.

use std::io::IsTerminal;
use std::rc::Rc;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, ExcObj};
use crate::runtime::repr::exception_str;
use crate::syntax::span::LineTable;
use crate::syntax::SyntaxError;

/// Renders a syntax error: where it is (as CPython says it), an ariadne report pointing at the
/// span, and CPython's headline as the last line.
pub fn render_syntax_error(name: &str, src: &str, e: &SyntaxError, color: bool) -> String {
    let lines = LineTable::new(src);
    let line = lines.line_of(e.span.start.min(src.len() as u32));
    let mut start = (e.span.start as usize).min(src.len());
    while start > 0 && !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (e.span.end as usize).clamp(start, src.len());
    while end < src.len() && !src.is_char_boundary(end) {
        end += 1;
    }
    let headline = format!("{}: {}", e.kind.name(), e.msg);
    let mut out = format!("  File \"{}\", line {}\n", name, line);
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    let mut buf: Vec<u8> = Vec::new();
    let label_color = if color { Color::Red } else { Color::Primary };
    let report = Report::build(ReportKind::Error, (name, start..end))
        .with_config(config)
        .with_message(&headline)
        .with_label(
            Label::new((name, start..end))
                .with_message(&e.msg)
                .with_color(label_color),
        )
        .finish();
    if report.write((name, Source::from(src)), &mut buf).is_ok() {
        out.push_str(&String::from_utf8_lossy(&buf));
    }
    out.push_str(&headline);
    out.push('\n');
    out
}

/// Whether diagnostics on stderr should be coloured.
pub fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// The traceback of an uncaught exception, as CPython prints it (chained ones first).
pub fn format_traceback(ip: &Interp, e: &Exc) -> String {
    let mut out = String::new();
    let mut seen: Vec<*const ExcObj> = Vec::new();
    format_chain(ip, &e.0, &mut out, &mut seen);
    out
}

fn format_chain(ip: &Interp, e: &Rc<ExcObj>, out: &mut String, seen: &mut Vec<*const ExcObj>) {
    seen.push(Rc::as_ptr(e));
    let cause = e.cause.borrow().clone();
    let context = e.context.borrow().clone();
    if let Some(c) = cause {
        if !seen.contains(&Rc::as_ptr(&c)) {
            format_chain(ip, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(c) = context {
        if !e.suppress_context.get() && !seen.contains(&Rc::as_ptr(&c)) {
            format_chain(ip, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(ip, e, out);
}

fn format_one(ip: &Interp, e: &Rc<ExcObj>, out: &mut String) {
    let tb = e.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let files = ip.files.borrow();
        // As CPython: a line repeated more than three times in a row is shown three times,
        // then counted.
        let mut last: Option<(u32, usize, &str)> = None;
        let mut count = 0usize;
        let flush_repeats = |out: &mut String, count: usize| {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        for entry in tb.iter().rev() {
            let Some(f) = files.get(entry.file_id as usize) else {
                out.push_str(&format!("  File \"<unknown>\", in {}\n", entry.name));
                continue;
            };
            let line = f.lines.line_of(entry.pos);
            let key = (entry.file_id, line, entry.name.as_str());
            if last == Some(key) {
                count += 1;
                if count > 3 {
                    continue;
                }
            } else {
                flush_repeats(out, count);
                last = Some(key);
                count = 1;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                f.path, line, entry.name
            ));
            let start = f.lines.line_start(line) as usize;
            let text = f.src[start..].lines().next().unwrap_or("").trim();
            if !text.is_empty() {
                out.push_str(&format!("    {}\n", text));
            }
        }
        flush_repeats(out, count);
    }
    out.push_str(&exception_headline(ip, e));
    out.push('\n');
}

/// `Type: message` (or just `Type`), with the module for non-builtin exception types.
pub fn exception_headline(ip: &Interp, e: &std::rc::Rc<ExcObj>) -> String {
    let name = match e.class.module {
        "builtins" | "__main__" => e.class.qualname.clone(),
        m => format!("{}.{}", m, e.class.qualname),
    };
    let msg = exception_str(ip, e).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}

/// An exception raised by a loop callback: reported, and the loop goes on.
pub fn report_callback_exception(ip: &Interp, e: &Exc) {
    let mut s = String::from("Exception in callback\n");
    s.push_str(&format_traceback(ip, e));
    ip.write_err(&s);
}
