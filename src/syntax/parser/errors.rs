//! Which error a failed parse reports: CPython's choice between the parser's first specific
//! error, a generic `invalid syntax` at the furthest token, and the tokenizer's errors.

use super::*;

/// Whether the token at `idx` is inside an f-string's replacement field.
fn in_fstring_field(toks: &[(Tok, Span)], idx: usize) -> bool {
    let mut depth = 0i32;
    for (t, _) in &toks[..idx.min(toks.len())] {
        match t {
            Tok::FieldStart(_) => depth += 1,
            Tok::FieldEnd => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Decides which error CPython would report for a failed parse.
pub(super) fn choose_error(st: &PState, lay: &Layout, furthest: usize) -> SyntaxError {
    let toks = &lay.toks;
    if toks.is_empty() {
        return serr("invalid syntax", Span::default());
    }
    let last = toks.len() - 1;
    let furthest = furthest.min(last);
    let tok_error = lay.error.as_ref().map(|te| {
        let idx = toks
            .iter()
            .position(|t| t.0 == Tok::TokError)
            .unwrap_or(last);
        (te, idx)
    });
    // The parser got as far as the tokenizer error: that is what CPython reports.
    if let Some((te, idx)) = tok_error {
        if furthest >= idx {
            return te.err.clone();
        }
    }
    let (mut err, at) = match &st.fatal {
        Some((e, at)) => (e.clone(), (*at).min(last)),
        None => {
            let (t, span) = toks[furthest];
            let msg = match t {
                Tok::Indent => "unexpected indent",
                Tok::Dedent => "unexpected unindent",
                _ => "",
            };
            if !msg.is_empty() {
                // CPython reports these without looking at the rest of the file.
                let mut e = SyntaxError::new(SyntaxErrorKind::IndentationError, msg, span);
                e.incomplete = furthest >= lay.eof_from;
                return e;
            }
            match t {
                Tok::Deferred(i) => (st.lexed.deferred[i as usize].clone(), furthest),
                _ => (serr("invalid syntax", span), furthest),
            }
        }
    };
    let deferred = matches!(toks[at].0, Tok::Deferred(_));
    if err.kind == SyntaxErrorKind::SyntaxError
        && !deferred
        && !err.msg.starts_with("f-string")
        && in_fstring_field(toks, at)
    {
        err.msg = format!("f-string: {}", err.msg);
    }
    // CPython then tokenizes the rest of the file: a bracket left open on an earlier line, or an
    // error the tokenizer raises by itself, takes precedence.
    if let Some((te, _)) = tok_error {
        if te.eager {
            return te.err.clone();
        }
        let err_line = st.lines.line_of(toks[furthest.max(at)].1.start);
        if let Some((c, open)) = te.open_bracket {
            if err_line > st.lines.line_of(open.start) {
                return serr(format!("'{c}' was never closed"), open);
            }
        }
    }
    if at >= lay.eof_from {
        err.incomplete = true;
    }
    err
}
