//! What corun says on stderr: syntax errors as ariadne reports ending in CPython's headline,
//! runtime errors as CPython-style tracebacks.

use std::io::IsTerminal;
use std::rc::Rc;

use crate::runtime::value::Value;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, ExcObj};
use crate::runtime::repr::exception_str;
use crate::syntax::span::LineTable;
use crate::syntax::SyntaxError;

/// Renders a syntax error: where it is (as CPython says it), an ariadne report pointing at the
/// span, and CPython's headline as the last line.
pub fn render_syntax_error(name: &str, src: &str, e: &SyntaxError, color: bool) -> String {
    if !e.kind.is_syntax_error() {
        // Too deep to compile: CPython names no place.
        return match e.msg.as_str() {
            "" => format!("{}\n", e.kind.name()),
            msg => format!("{}: {}\n", e.kind.name(), msg),
        };
    }
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

/// The traceback of an uncaught exception, as CPython prints it (chained ones first; exception
/// groups in boxes, as `print_exception_group` in CPython's `pythonrun.c` draws them).
/// Each traceback shows its innermost `sys.tracebacklimit` entries (1,000 unless set).
pub fn format_traceback(ip: &Interp, e: &Exc) -> String {
    let keep = crate::runtime::sys::traceback_limit(ip).min(i64::MAX as usize) as i64;
    format_exception(ip, e, true, Some(-keep), false)
}

/// The same, with `traceback.format_exception`'s choices: whether to follow `__cause__` and
/// `__context__`, and a limit on the entries of each traceback (the outermost ones if positive,
/// the innermost if negative). `by_module`: drawn as the `traceback` module draws it (its
/// marker lines differ on lines with trailing white space).
pub fn format_exception(
    ip: &Interp,
    e: &Exc,
    chain: bool,
    limit: Option<i64>,
    by_module: bool,
) -> String {
    let mut p = TbPrinter {
        by_module,
        ip,
        out: String::new(),
        seen: rustc_hash::FxHashSet::default(),
        depth: 0,
        need_close: false,
        chain,
        limit,
    };
    p.recursive(&e.0);
    p.out
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct TbPrinter<'a> {
    ip: &'a Interp,
    out: String,
    seen: rustc_hash::FxHashSet<*const ExcObj>,
    /// How deep inside exception groups the exception being printed is.
    depth: usize,
    need_close: bool,
    chain: bool,
    limit: Option<i64>,
    by_module: bool,
}

/// One entry of a traceback, ready to print.
pub struct FrameLine {
    pub path: String,
    pub line: usize,
    pub name: String,
    /// The source line, stripped; None where CPython shows none.
    pub text: Option<String>,
    /// The line marking the failed expression under the source line (`    ~~^~~`), where
    /// CPython draws one.
    pub carets: Option<String>,
}

/// Where on its line an entry's failed expression is: byte offsets of its start and end in
/// the raw line (the end is the line's end when the expression goes on to later lines).
pub struct Marked<'a> {
    pub line: &'a str,
    pub start: usize,
    pub end: usize,
    pub one_line: bool,
}

/// The marker line CPython 3.11 draws under a traceback's source line: `^` under the failed
/// expression, or, for a binary operation or a subscript, `~` under the operands and `^` under
/// the operator or the brackets; none when the expression is the whole line. `shift` moves it
/// left: the `traceback` module counts the line's trailing white space with its leading.
pub fn caret_line(m: &Marked, shift: usize) -> Option<String> {
    let chars_to = |b: usize| {
        let b = b.min(m.line.len());
        match m.line.get(..b) {
            Some(s) => s.chars().count(),
            None => m.line[..b].len(),
        }
    };
    let line: Vec<char> = m.line.chars().collect();
    let leading = line.iter().take_while(|c| c.is_whitespace()).count();
    let stripped_len = m.line.trim().chars().count();
    let start = chars_to(m.start);
    let mut end = chars_to(m.end);
    let mut anchors = None;
    if m.one_line {
        if end > start {
            let segment: String = line[start..end].iter().collect();
            anchors = anchors_of(&segment);
        }
    } else {
        end = m.line.trim_end().chars().count();
    }
    if end <= start {
        return None;
    }
    let split = anchors.is_some_and(|(l, r)| r > l);
    if end - start >= stripped_len && !split {
        return None;
    }
    let mut out = String::from("    ");
    let pad = (start + 1).saturating_sub(leading + 1 + shift);
    out.extend(std::iter::repeat_n(' ', pad));
    match anchors {
        Some((l, r)) => {
            out.extend(std::iter::repeat_n('~', l));
            out.extend(std::iter::repeat_n('^', r.saturating_sub(l)));
            out.extend(std::iter::repeat_n('~', (end - start).saturating_sub(r)));
        }
        None => out.extend(std::iter::repeat_n('^', end - start)),
    }
    Some(out)
}

/// Where the operator of a binary operation, or the brackets of a subscript, stand in the
/// source of the failed expression (char offsets): parsed again, as CPython does.
fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = crate::syntax::parse_tree(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |b: u32| segment.get(..b as usize).map(|s| s.chars().count());
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (op_start, op_end) = (at(left.span.end)?, at(right.span.start)?);
            let op = chars.get(op_start..op_end)?;
            let op_offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut l = op_start + op_offset;
            let mut r = l + 1;
            if op_offset + 1 < op.len() && !op[op_offset + 1].is_whitespace() {
                r += 1;
            }
            while l < chars.len()
                && (chars[l].is_whitespace() || chars[l] == ')' || chars[l] == '#')
            {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = at(value.span.end)?;
            let mut r = at(slice.span.end)? + 1;
            while l < chars.len() && chars[l] != '[' {
                l += 1;
            }
            while r < chars.len() && chars[r] != ']' {
                r += 1;
            }
            if r < chars.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The raw text of line `line` of a source (without its line break).
pub fn raw_line<'a>(src: &'a str, lines: &LineTable, line: usize) -> &'a str {
    let start = lines.line_start(line) as usize;
    let text = src[start..].split('\n').next().unwrap_or("");
    text.strip_suffix('\r').unwrap_or(text)
}

/// The marker line of a traceback entry whose failed expression spans `range` of `src`.
fn entry_carets(
    src: &str,
    lines: &LineTable,
    range: (u32, u32),
    by_module: bool,
) -> Option<String> {
    if range.1 <= range.0 {
        return None;
    }
    let line = lines.line_of(range.0);
    let start_of_line = lines.line_start(line) as usize;
    let one_line = lines.line_of(range.1.saturating_sub(1).max(range.0)) == line;
    let text = raw_line(src, lines, line);
    let m = Marked {
        line: text,
        start: range.0 as usize - start_of_line,
        end: if one_line {
            range.1 as usize - start_of_line
        } else {
            text.len()
        },
        one_line,
    };
    caret_line(&m, if by_module { trailing_space(text) } else { 0 })
}

/// How many white-space characters end `line` (the `traceback` module shifts its marker lines
/// left by as many).
pub fn trailing_space(line: &str) -> usize {
    line.chars().rev().take_while(|c| c.is_whitespace()).count()
}

/// The source line of an entry as a traceback shows it: CPython shows one only where it can
/// read the file again (not for `<string>` (-c), `<stdin>` or the modules shipped inside corun).
fn source_text(path: &str, src: &str, lines: &LineTable, line: usize) -> Option<String> {
    if path.starts_with('<') || line == 0 || line > lines.line_count() {
        return None;
    }
    let start = lines.line_start(line) as usize;
    let text = src[start..].lines().next().unwrap_or("").trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The stripped text of line `line` of a file corun has run (or reads now), as `linecache`
/// gives it to the `traceback` module; None where a traceback shows no line.
pub fn source_line(ip: &Interp, path: &str, line: usize) -> Option<String> {
    if path.starts_with('<') {
        return None;
    }
    {
        let files = ip.files.borrow();
        if let Some(f) = files.iter().rev().find(|f| f.path == path) {
            return source_text(path, &f.src, &f.lines, line);
        }
    }
    let src = std::fs::read_to_string(path).ok()?;
    let lines = LineTable::new(&src);
    source_text(path, &src, &lines, line)
}

/// The raw text of line `line` of a file, as `linecache` holds it (without its line break).
pub fn raw_source_line(ip: &Interp, path: &str, line: usize) -> Option<String> {
    if path.starts_with('<') || line == 0 {
        return None;
    }
    {
        let files = ip.files.borrow();
        if let Some(f) = files.iter().rev().find(|f| f.path == path) {
            return (line <= f.lines.line_count())
                .then(|| raw_line(&f.src, &f.lines, line).to_string());
        }
    }
    let src = std::fs::read_to_string(path).ok()?;
    let lines = LineTable::new(&src);
    (line <= lines.line_count()).then(|| raw_line(&src, &lines, line).to_string())
}

/// Keeps the entries `limit` asks for (`traceback`'s `limit` argument).
pub fn apply_limit<T>(frames: &mut Vec<T>, limit: Option<i64>) {
    match limit {
        Some(n) if n >= 0 => frames.truncate(n as usize),
        Some(n) => {
            let keep = (n.unsigned_abs() as usize).min(frames.len());
            frames.drain(..frames.len() - keep);
        }
        None => {}
    }
}

/// The lines of the entries, outermost first, as CPython writes them: a line repeated more than
/// three times in a row is shown three times, then counted. Each line comes with whether it is
/// drawn with an exception group's margin (CPython writes the repeat count without it).
pub fn format_frames(frames: &[FrameLine]) -> Vec<(String, bool)> {
    let mut last: Option<(&str, usize, &str)> = None;
    let mut count = 0usize;
    let mut lines: Vec<(String, bool)> = Vec::new();
    let flush_repeats = |lines: &mut Vec<(String, bool)>, count: usize| {
        if count > 3 {
            let n = count - 3;
            lines.push((
                format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ),
                false,
            ));
        }
    };
    for f in frames {
        let key = (f.path.as_str(), f.line, f.name.as_str());
        if last == Some(key) {
            count += 1;
            if count > 3 {
                continue;
            }
        } else {
            flush_repeats(&mut lines, count);
            last = Some(key);
            count = 1;
        }
        if f.line == 0 {
            lines.push((format!("  File \"{}\", in {}\n", f.path, f.name), true));
            continue;
        }
        lines.push((
            format!("  File \"{}\", line {}, in {}\n", f.path, f.line, f.name),
            true,
        ));
        if let Some(t) = &f.text {
            lines.push((format!("    {}\n", t), true));
            if let Some(c) = &f.carets {
                lines.push((format!("{}\n", c), true));
            }
        }
    }
    flush_repeats(&mut lines, count);
    lines
}

impl TbPrinter<'_> {
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    fn indent(&mut self) {
        for _ in 0..2 * self.depth {
            self.out.push(' ');
        }
    }

    fn indented_margin(&mut self) {
        self.indent();
        let m = self.margin();
        self.out.push_str(m);
    }

    /// `e` with the exceptions it was raised from or during, oldest first. The chain is walked
    /// in a loop, not by recursion: a chain may be as long as memory allows.
    fn recursive(&mut self, e: &Rc<ExcObj>) {
        const CAUSE: &str =
            "The above exception was the direct cause of the following exception:\n";
        const CONTEXT: &str =
            "During handling of the above exception, another exception occurred:\n";
        // Newest first: each exception with the message that links the one before it to it.
        let mut chain: Vec<(Rc<ExcObj>, Option<&str>)> = Vec::new();
        let mut cur = e.clone();
        loop {
            self.seen.insert(Rc::as_ptr(&cur));
            let next = if !self.chain {
                None
            } else if let Some(c) = cur.cause.borrow().clone() {
                Some((c, CAUSE))
            } else if cur.suppress_context.get() {
                None
            } else {
                cur.context.borrow().clone().map(|c| (c, CONTEXT))
            };
            match next {
                Some((c, message)) if !self.seen.contains(&Rc::as_ptr(&c)) => {
                    chain.push((cur, Some(message)));
                    cur = c;
                }
                _ => {
                    chain.push((cur, None));
                    break;
                }
            }
        }
        let need_close = self.need_close;
        for i in (0..chain.len()).rev() {
            self.need_close = need_close;
            let x = chain[i].0.clone();
            if crate::runtime::exception_group::is_group(self.ip, &x) {
                self.group(&x);
            } else {
                self.one(&x);
            }
            if i > 0 {
                if let Some(message) = chain[i - 1].1 {
                    self.need_close = need_close;
                    self.indented_margin();
                    self.out.push('\n');
                    self.indented_margin();
                    self.out.push_str(message);
                    self.indented_margin();
                    self.out.push('\n');
                }
            }
        }
    }

    fn group(&mut self, e: &Rc<ExcObj>) {
        if self.depth > MAX_GROUP_DEPTH {
            self.indented_margin();
            self.out
                .push_str(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
            return;
        }
        if self.depth == 0 {
            self.depth = 1;
        }
        self.one(e);
        let excs = crate::runtime::exception_group::members(e);
        let n = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for (i, x) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            self.indent();
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out
                    .push_str(&format!("{}+---------------- ... ----------------\n", lead));
            } else {
                self.out.push_str(&format!(
                    "{}+---------------- {} ----------------\n",
                    lead,
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                self.indented_margin();
                self.out.push_str(&format!(
                    "and {} more exception{}\n",
                    more,
                    if more > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(x);
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }

    fn one(&mut self, e: &Rc<ExcObj>) {
        let ip = self.ip;
        let is_group = crate::runtime::exception_group::is_group(ip, e);
        let mut frames = frame_lines(ip, &e.traceback.borrow(), self.by_module);
        apply_limit(&mut frames, self.limit);
        if !frames.is_empty() {
            self.indent();
            let (header_margin, header) = if is_group {
                (
                    if self.depth == 1 { "+ " } else { self.margin() },
                    "Exception Group Traceback (most recent call last):\n",
                )
            } else {
                (self.margin(), "Traceback (most recent call last):\n")
            };
            self.out.push_str(header_margin);
            self.out.push_str(header);
            for (l, margin) in format_frames(&frames) {
                if margin {
                    self.indented_margin();
                }
                self.out.push_str(&l);
            }
        }
        if let Some((block, headline)) = syntax_error_place(ip, e) {
            for l in block.lines() {
                self.indented_margin();
                self.out.push_str(l);
                self.out.push('\n');
            }
            self.indented_margin();
            self.out.push_str(&headline);
            self.out.push('\n');
            self.notes(e);
            return;
        }
        self.indented_margin();
        self.out.push_str(&exception_headline(ip, e));
        self.out.push('\n');
        self.notes(e);
    }

    /// The notes of `e` (`__notes__`, what `add_note` adds) under its headline, a line each,
    /// as CPython prints them: a note that is not a str by its str(), and `__notes__` that is
    /// not a list or tuple by its repr.
    fn notes(&mut self, e: &Rc<ExcObj>) {
        use crate::runtime::value::Value;
        let Some(notes) = e.attrs.get(crate::intern::intern("__notes__")) else {
            return;
        };
        let texts: Vec<String> = match &notes {
            Value::List(_) | Value::Tuple(_) => {
                let items = crate::eval::ops::collect(self.ip, &notes).unwrap_or_default();
                items
                    .iter()
                    .map(|n| {
                        crate::runtime::repr::str_of(self.ip, n)
                            .unwrap_or_else(|_| "<note str() failed>".into())
                    })
                    .collect()
            }
            _ => vec![crate::runtime::repr::repr(self.ip, &notes)
                .unwrap_or_else(|_| "<__notes__ repr failed>".into())],
        };
        for text in texts {
            for line in text.split('\n') {
                self.indented_margin();
                self.out.push_str(line);
                self.out.push('\n');
            }
        }
    }
}

/// A SyntaxError that knows where it is (one raised by an import, `compile()` or `exec()`),
/// drawn as CPython draws it: the file and line, the line's text with a caret under the
/// place, then `SyntaxError: message` without the place.
fn syntax_error_place(ip: &Interp, e: &std::rc::Rc<ExcObj>) -> Option<(String, String)> {
    use crate::runtime::exceptions::ExcKind;
    if !e.class.is_subclass(ip.exc_class(ExcKind::SyntaxError)) {
        return None;
    }
    let args = e.args.borrow();
    let (Some(Value::Str(msg)), Some(Value::Tuple(d))) = (args.first(), args.get(1)) else {
        return None;
    };
    let (Some(Value::Str(file)), Some(Value::Int(line))) = (d.items.first(), d.items.get(1)) else {
        return None;
    };
    let mut block = format!("  File \"{}\", line {}\n", file.s, line);
    if let (Some(Value::Str(text)), Some(Value::Int(offset))) = (d.items.get(3), d.items.get(2)) {
        let trimmed = text.s.trim_start();
        let skipped = text.s.chars().count() - trimmed.chars().count();
        let shown = trimmed.trim_end();
        if !shown.is_empty() {
            block.push_str(&format!("    {}\n", shown));
            let col = (*offset as usize).saturating_sub(1).saturating_sub(skipped);
            block.push_str(&format!(
                "    {}^\n",
                " ".repeat(col.min(shown.chars().count()))
            ));
        }
    }
    let name = match e.class.module {
        "builtins" | "__main__" => e.class.qualname.clone(),
        m => format!("{}.{}", m, e.class.qualname),
    };
    Some((block, format!("{}: {}", name, msg.s)))
}

/// Modules shipped as Python whose CPython counterparts are written in C: their frames are
/// left out of printed tracebacks, as CPython's have none.
const SHOWN_AS_NATIVE: &[&str] = &[
    "<corun>/decimal.py",
    "<corun>/pickle.py",
    "<corun>/copyreg.py",
    "<corun>/_codecs.py",
    "<corun>/sqlite3.py",
    "<corun>/pyexpat.py",
];

/// An exception's traceback entries (innermost first, as it keeps them), outermost first and
/// ready to print.
fn frame_lines(
    ip: &Interp,
    tb: &[crate::runtime::exceptions::TbEntry],
    by_module: bool,
) -> Vec<FrameLine> {
    let files = ip.files.borrow();
    tb.iter()
        .rev()
        .filter(|entry| {
            files
                .get(entry.file_id as usize)
                .is_none_or(|f| !SHOWN_AS_NATIVE.contains(&f.path.as_str()))
        })
        .map(|entry| match files.get(entry.file_id as usize) {
            Some(f) => {
                let line = f.lines.line_of(entry.pos);
                let text = source_text(&f.path, &f.src, &f.lines, line);
                FrameLine {
                    path: f.path.clone(),
                    line,
                    name: entry.name.clone(),
                    carets: text
                        .as_ref()
                        .and_then(|_| entry_carets(&f.src, &f.lines, entry.range, by_module)),
                    text,
                }
            }
            None => FrameLine {
                path: "<unknown>".into(),
                line: 0,
                name: entry.name.clone(),
                text: None,
                carets: None,
            },
        })
        .collect()
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

/// The SyntaxWarnings of a source as the warnings module prints them: `path:line:
/// SyntaxWarning: message`, then the text of the line for a file; none for `<string>` and
/// `<stdin>`, whose lines the warnings module cannot read back.
pub fn render_syntax_warnings(path: &str, src: &str, warnings: &[(u32, String)]) -> String {
    let mut out = String::new();
    if warnings.is_empty() {
        return out;
    }
    let lines = crate::syntax::span::LineTable::new(src);
    for (at, msg) in warnings {
        let line = lines.line_of(*at);
        out.push_str(&format!("{path}:{line}: SyntaxWarning: {msg}\n"));
        if !path.starts_with('<') {
            let start = lines.line_start(line) as usize;
            let text = src[start..].lines().next().unwrap_or("").trim();
            if !text.is_empty() {
                out.push_str(&format!("  {text}\n"));
            }
        }
    }
    out
}
