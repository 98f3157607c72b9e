//! The layout pass: physical tokens → logical lines, exactly as CPython's tokenizer makes them.
//!
//! A physical newline ends a logical line (NEWLINE) unless it is inside brackets or the line has
//! no tokens (blank and comment-only lines vanish). At the first token of each logical line the
//! indentation is measured, tabs advancing to the next multiple of 8, and compared with the stack
//! of open indentation levels: deeper pushes an INDENT, shallower pops DEDENTs and must land on an
//! enclosing level. Like CPython, the same indentation is also measured with tabs as one column,
//! and the two measures must agree on the comparison (else `TabError`). Brackets are matched here
//! too (`unmatched ')'`, mismatched pairs, `too many nested parentheses`). At the end of input come
//! a NEWLINE for an unfinished line, the DEDENTs still owed, and ENDMARKER.
//!
//! The first error stops the pass: the token list then ends with `Tok::TokError` where CPython's
//! tokenizer would have reported it, so that the parser reports it only if it gets that far.

use super::lexer::{Lexed, Tok, MAX_PAREN_LEVEL};
use super::span::{LineTable, Span};
use super::{SyntaxError, SyntaxErrorKind};

/// CPython's limit on indentation levels (MAXINDENT).
pub const MAX_INDENT: usize = 100;

/// How the tokenizer stopped.
#[derive(Debug, Clone)]
pub struct TokenizerError {
    pub err: SyntaxError,
    /// Reported as soon as CPython's tokenizer meets it, even while scanning the rest of the file
    /// after a parser error (unterminated strings, bad characters and numbers, bracket errors);
    /// otherwise only when the parser reaches it (indentation errors, EOF inside brackets).
    pub eager: bool,
    /// The innermost bracket still open at that point.
    pub open_bracket: Option<(char, Span)>,
}

/// The logical token stream.
#[derive(Debug, Default)]
pub struct Layout {
    pub toks: Vec<(Tok, Span)>,
    /// Bracket nesting level after each token (CPython's `tok->level`).
    pub levels: Vec<u16>,
    /// Index of the first token made up at the end of the input (trailing DEDENTs, ENDMARKER).
    pub eof_from: usize,
    pub error: Option<TokenizerError>,
}

fn bracket_char(tok: Tok) -> char {
    match tok {
        Tok::LPar => '(',
        Tok::RPar => ')',
        Tok::LSqb => '[',
        Tok::RSqb => ']',
        Tok::LBrace | Tok::FieldStart(_) => '{',
        Tok::RBrace | Tok::FieldEnd => '}',
        _ => '?',
    }
}

struct Pass<'a> {
    src: &'a str,
    lines: LineTable,
    out: Layout,
    indents: Vec<usize>,
    alt_indents: Vec<usize>,
    brackets: Vec<(Tok, Span)>,
}

impl Pass<'_> {
    fn emit(&mut self, tok: Tok, span: Span) {
        self.out.toks.push((tok, span));
        self.out
            .levels
            .push(self.brackets.len().min(u16::MAX as usize) as u16);
    }

    fn fail(&mut self, err: SyntaxError, eager: bool, at: Span) {
        self.emit(Tok::TokError, at);
        self.out.eof_from = self.out.toks.len();
        self.emit(Tok::EndMarker, Span::new(at.end as usize, at.end as usize));
        self.out.error = Some(TokenizerError {
            err,
            eager,
            open_bracket: self
                .brackets
                .last()
                .map(|&(tok, span)| (bracket_char(tok), span)),
        });
    }

    /// Indentation of the line whose first token starts at `at`: (columns with tabs to the
    /// next multiple of 8, columns with tabs as 1).
    fn measure(&self, bol: usize, at: usize) -> (usize, usize) {
        let (mut col, mut alt) = (0, 0);
        let bytes = &self.src.as_bytes()[bol.min(at)..at];
        let mut i = 0;
        // CPython: indentation cannot be split over lines with backslashes; the first one
        // found decides the level.
        let mut cont_col: Option<(usize, usize)> = None;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            match b {
                b'\\' => {
                    cont_col.get_or_insert((col, alt));
                    while i < bytes.len() && matches!(bytes[i], b'\r' | b'\n') {
                        i += 1;
                    }
                }
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        cont_col.unwrap_or((col, alt))
    }

    /// Compares the indentation of a new logical line with the stack; emits INDENT/DEDENTs.
    /// Returns false after an error.
    fn indentation(&mut self, bol: usize, at: usize) -> bool {
        let (col, alt) = self.measure(bol, at);
        let here = Span::new(at, at);
        let top = *self.indents.last().unwrap_or(&0);
        let alt_top = *self.alt_indents.last().unwrap_or(&0);
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                here,
            )
        };
        if col == top {
            if alt != alt_top {
                self.fail(tab_error(), false, here);
                return false;
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let err = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    here,
                );
                self.fail(err, false, here);
                return false;
            }
            if alt <= alt_top {
                self.fail(tab_error(), false, here);
                return false;
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            self.emit(Tok::Indent, here);
        } else {
            // CPython checks that the dedent lands on an open level before it emits anything.
            let lands = self.indents.iter().rposition(|&c| c <= col);
            if lands.is_none_or(|i| self.indents[i] != col) {
                let err = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    here,
                );
                self.fail(err, false, here);
                return false;
            }
            while self.indents.len() > 1 && col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.alt_indents.pop();
                self.emit(Tok::Dedent, here);
            }
            if col != *self.indents.last().unwrap_or(&0) {
                let err = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    here,
                );
                self.fail(err, false, here);
                return false;
            }
            if alt != *self.alt_indents.last().unwrap_or(&0) {
                self.fail(tab_error(), false, here);
                return false;
            }
        }
        true
    }
}

/// Runs the layout pass over the lexer's physical tokens.
pub fn layout(src: &str, lexed: &Lexed) -> Layout {
    let mut p = Pass {
        src,
        lines: LineTable::new(src),
        out: Layout::default(),
        indents: vec![0],
        alt_indents: vec![0],
        brackets: Vec::new(),
    };
    let mut at_bol = true;
    let mut bol = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut line_has_tokens = false;
    for &(tok, span) in &lexed.toks {
        if tok == Tok::Nl {
            if p.brackets.is_empty() {
                if line_has_tokens {
                    p.emit(Tok::Newline, span);
                    line_has_tokens = false;
                }
                at_bol = true;
                bol = span.end as usize;
            }
            continue;
        }
        if at_bol {
            at_bol = false;
            if p.brackets.is_empty() && !p.indentation(bol, span.start as usize) {
                return p.out;
            }
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::FieldStart(_) => {
                // An f-string is one token to CPython 3.11's tokenizer, and each field is
                // tokenized afresh inside a pair of parentheses of its own: its brackets count
                // from there.
                let level = match p
                    .brackets
                    .iter()
                    .rposition(|(t, _)| matches!(t, Tok::FieldStart(_)))
                {
                    Some(field) => p.brackets.len() - field,
                    None if matches!(tok, Tok::FieldStart(_)) => 0,
                    None => p.brackets.len(),
                };
                if level >= MAX_PAREN_LEVEL {
                    let err = SyntaxError::new(
                        SyntaxErrorKind::SyntaxError,
                        "too many nested parentheses",
                        span,
                    );
                    p.fail(err, true, span);
                    return p.out;
                }
                p.brackets.push((tok, span));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::FieldEnd => {
                let close = bracket_char(tok);
                let Some((open_tok, open_span)) = p.brackets.pop() else {
                    let err = SyntaxError::new(
                        SyntaxErrorKind::SyntaxError,
                        format!("unmatched '{close}'"),
                        span,
                    );
                    p.fail(err, true, span);
                    return p.out;
                };
                let open = bracket_char(open_tok);
                let matched = matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}'));
                if !matched {
                    let open_line = p.lines.line_of(open_span.start);
                    let msg = if open_line != p.lines.line_of(span.start) {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                        )
                    } else {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                        )
                    };
                    p.brackets.push((open_tok, open_span));
                    let err = SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span);
                    p.fail(err, true, span);
                    return p.out;
                }
            }
            _ => {}
        }
        p.emit(tok, span);
        line_has_tokens = true;
    }
    let end = src.len();
    if let Some(e) = &lexed.error {
        // Indentation is measured before the offending token is read (but a stray backslash
        // is found while measuring it).
        let in_indent = src
            .as_bytes()
            .get(bol..e.err.span.start as usize)
            .is_some_and(|s| s.iter().all(|b| matches!(b, b' ' | b'\t' | b'\x0c')));
        let backslash = src.as_bytes().get(e.err.span.start as usize) == Some(&b'\\');
        if at_bol
            && p.brackets.is_empty()
            && !(backslash && in_indent)
            && !p.indentation(bol, e.err.span.start as usize)
        {
            return p.out;
        }
        let at = e.err.span;
        p.fail(e.err.clone(), e.eager, at);
        return p.out;
    }
    if let Some(&(open_tok, open_span)) = p.brackets.last() {
        let mut err = SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            format!("'{}' was never closed", bracket_char(open_tok)),
            open_span,
        );
        err.incomplete = true;
        p.fail(err, false, Span::new(end, end));
        return p.out;
    }
    // CPython reports the end of input on the last line, not after its newline.
    let eof = if src.ends_with('\n') { end - 1 } else { end };
    let last = Span::new(eof, eof);
    if line_has_tokens {
        p.emit(Tok::Newline, last);
    }
    p.out.eof_from = p.out.toks.len();
    while p.indents.len() > 1 {
        p.indents.pop();
        p.emit(Tok::Dedent, last);
    }
    p.emit(Tok::EndMarker, last);
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::lex;

    fn kinds(src: &str) -> Vec<&'static str> {
        let lexed = lex(src);
        let l = layout(src, &lexed);
        l.toks
            .iter()
            .map(|(t, _)| match t {
                Tok::Newline => "NL",
                Tok::Indent => "IN",
                Tok::Dedent => "DE",
                Tok::EndMarker => "END",
                Tok::TokError => "ERR",
                Tok::Name(_) => "n",
                Tok::Number(_) => "1",
                t => t.text(),
            })
            .collect()
    }

    fn error(src: &str) -> (SyntaxErrorKind, String, usize) {
        let lexed = lex(src);
        let l = layout(src, &lexed);
        let e = l.error.expect("an error");
        let line = LineTable::new(src).line_of(e.err.span.start);
        (e.err.kind, e.err.msg, line)
    }

    #[test]
    fn blocks_and_blank_lines() {
        let src = "if x:\n    a = 1\n\n    # c\n        \n    b\nc\n";
        assert_eq!(
            kinds(src),
            ["if", "n", ":", "NL", "IN", "n", "=", "1", "NL", "n", "NL", "DE", "n", "NL", "END"]
        );
    }

    #[test]
    fn brackets_join_lines() {
        assert_eq!(
            kinds("x = (1,\n  2)\ny"),
            ["n", "=", "(", "1", ",", "1", ")", "NL", "n", "NL", "END"]
        );
        assert_eq!(
            kinds("x = 1 + \\\n 2\n"),
            ["n", "=", "1", "+", "1", "NL", "END"]
        );
    }

    #[test]
    fn dedents_at_eof() {
        assert_eq!(
            kinds("if a:\n if b:\n  c"),
            [
                "if", "n", ":", "NL", "IN", "if", "n", ":", "NL", "IN", "n", "NL", "DE", "DE",
                "END"
            ]
        );
    }

    #[test]
    fn empty_and_comment_only() {
        assert_eq!(kinds(""), ["END"]);
        assert_eq!(kinds("# only a comment\n\n   # another\n"), ["END"]);
        assert_eq!(kinds("\r\n\r\nx\r\n"), ["n", "NL", "END"]);
    }

    #[test]
    fn tabs() {
        // A tab is 8 columns; 8 spaces after a tab-indented line is the same level... but not
        // with tabs counted as 1, so CPython calls it inconsistent.
        assert_eq!(
            error("if x:\n\tif y:\n        a\n"),
            (
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".into(),
                3
            )
        );
        assert_eq!(
            error("if x:\n        a\n\tb\n").0,
            SyntaxErrorKind::TabError
        );
        // Consistent tabs are fine.
        assert_eq!(
            kinds("if x:\n\ta\n\tb\n"),
            ["if", "n", ":", "NL", "IN", "n", "NL", "n", "NL", "DE", "END"]
        );
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(
            error("if x:\n    a\n  b\n"),
            (
                SyntaxErrorKind::IndentationError,
                "unindent does not match any outer indentation level".into(),
                3
            )
        );
        let deep: String = (0..101)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect();
        assert_eq!(error(&deep).1, "too many levels of indentation");
        assert_eq!(error(&deep).2, 101);
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(error("x = 1)\n").1, "unmatched ')'");
        assert_eq!(
            error("x = (1]\n").1,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            error("x = (1,\n2]\n").1,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        let (_, msg, line) = error("x = [1,\n2\n");
        assert_eq!((msg.as_str(), line), ("'[' was never closed", 1));
        let deep = format!("{}1{}\n", "(".repeat(300), ")".repeat(300));
        assert_eq!(error(&deep).1, "too many nested parentheses");
    }
}
