//! The lexer: source text → physical tokens.
//!
//! `RawToken` is the `logos` automaton: names, keywords, operators, the first character of a
//! number or a string, physical newlines, line continuations; whitespace and comments are skipped.
//! Numbers and strings are then scanned by hand, following CPython's tokenizer (number forms and
//! their errors, every string prefix, escapes). An f-string is taken apart here as CPython 3.11's
//! string parser does: its literal parts become `FLit` tokens and each `{field}`'s expression is
//! lexed in place, so the parser sees
//! `FStart FLit FieldStart <expression tokens> [FConv] [FSpec <parts>] FieldEnd … FEnd`.
//!
//! The result is the physical token list (`Tok::Nl` for newlines) that `layout` turns into
//! NEWLINE/INDENT/DEDENT. The first tokenizer error stops lexing; errors that CPython only reports
//! when the parser reaches a string (bad escapes, f-string errors) become a
//! `Tok::Deferred` token instead, so that an earlier syntax error still wins.

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num as _;

use super::span::{LineTable, Span};
use super::{SyntaxError, SyntaxErrorKind};
use crate::intern::{intern, Symbol};

/// Makes the lexer's token types from the one list of keywords and operators below: the
/// `logos` automaton (`RawToken`, a `#[token]` for each), the parser's `Tok`, the text of each
/// (`Tok::fixed_text`), the step from one to the other (`fixed_tok`) and `KEYWORDS`.
macro_rules! tokens {
    (
        raw { $($raw:tt)* }
        tok { $($tok:tt)* }
        keywords { $($kw:ident = $kw_text:literal,)* }
        operators { $($op:ident = $op_text:literal,)* }
    ) => {
        /// The `logos` automaton over the source text.
        #[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
        #[logos(skip r"[ \t\x0c]+")]
        #[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
        pub enum RawToken {
            $($raw)*
            $(#[token($kw_text)] $kw,)*
            $(#[token($op_text)] $op,)*
        }

        /// A token as the layout pass and the parser see it. Small and `Copy`: literal values
        /// live in side tables of `Lexed`, indexed by the payload.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Tok {
            $($tok)*
            $($kw,)*
            $($op,)*
        }

        /// Python's keywords, as written.
        pub const KEYWORDS: &[&str] = &[$($kw_text),*];

        impl Tok {
            /// The text of a keyword or operator token.
            fn fixed_text(self) -> Option<&'static str> {
                match self {
                    $(Tok::$kw => Some($kw_text),)*
                    $(Tok::$op => Some($op_text),)*
                    _ => None,
                }
            }
        }

        /// The token of a keyword or operator.
        #[inline]
        fn fixed_tok(raw: RawToken) -> Option<Tok> {
            match raw {
                $(RawToken::$kw => Some(Tok::$kw),)*
                $(RawToken::$op => Some(Tok::$op),)*
                _ => None,
            }
        }
    };
}

tokens! {
    raw {
        #[regex(r"\r\n|\n|\r")]
        Newline,
        #[regex(r"\\(\r\n|\n|\r)")]
        LineContinuation,
        #[token("\\")]
        Backslash,
        /// Any run of identifier characters; non-ASCII ones are checked afterwards, as CPython does.
        #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
        Name,
        /// The start of a number; the rest is scanned by hand.
        #[regex(r"[0-9]|\.[0-9]")]
        Number,
        /// A string's prefix and opening quote; the rest is scanned by hand.
        #[regex(r#"([rRuUbBfF]|[rR][bB]|[bB][rR]|[fF][rR]|[rR][fF])?["']"#)]
        StringStart,

        /// Characters CPython's tokenizer passes on as operators that no rule accepts.
        #[token("!")]
        #[token("$")]
        #[token("?")]
        #[token("`")]
        Unknown,
    }
    tok {
        Name(Symbol),
        /// Index into `Lexed::numbers`.
        Number(u32),
        /// A plain (non-f) string or bytes literal: index into `Lexed::strings`.
        Str(u32),
        /// The start and end of an f-string.
        FStart,
        FEnd,
        /// Literal text of an f-string: index into `Lexed::texts`.
        FLit(u32),
        /// `{` of a replacement field: index into `Lexed::fields`.
        FieldStart(u32),
        /// `!r`, `!s`, `!a` (also the implied `!r` of `{x=}`).
        FConv(char),
        /// `:` starting a format spec.
        FSpec,
        /// `}` closing a replacement field.
        FieldEnd,
        /// An error CPython reports only once the parser reaches this literal: index into
        /// `Lexed::deferred`.
        Deferred(u32),

        /// `$`, `?`, `!` alone, `` ` ``: valid for the tokenizer, never for the parser.
        Unknown,

        /// A physical newline (lexer output only; layout turns it into `Newline` or drops it).
        Nl,
        /// The logical-line tokens made by the layout pass.
        Newline,
        Indent,
        Dedent,
        EndMarker,
        /// Where the tokenizer stopped with an error (`Layout::error`).
        TokError,
    }
    keywords {
        False = "False",
        None = "None",
        True = "True",
        And = "and",
        As = "as",
        Assert = "assert",
        Async = "async",
        Await = "await",
        Break = "break",
        Class = "class",
        Continue = "continue",
        Def = "def",
        Del = "del",
        Elif = "elif",
        Else = "else",
        Except = "except",
        Finally = "finally",
        For = "for",
        From = "from",
        Global = "global",
        If = "if",
        Import = "import",
        In = "in",
        Is = "is",
        Lambda = "lambda",
        Nonlocal = "nonlocal",
        Not = "not",
        Or = "or",
        Pass = "pass",
        Raise = "raise",
        Return = "return",
        Try = "try",
        While = "while",
        With = "with",
        Yield = "yield",
    }
    operators {
        Plus = "+",
        Minus = "-",
        Star = "*",
        DoubleStar = "**",
        Slash = "/",
        DoubleSlash = "//",
        Percent = "%",
        At = "@",
        LeftShift = "<<",
        RightShift = ">>",
        Amper = "&",
        VBar = "|",
        Circumflex = "^",
        Tilde = "~",
        ColonEqual = ":=",
        Less = "<",
        Greater = ">",
        LessEqual = "<=",
        GreaterEqual = ">=",
        EqEqual = "==",
        NotEqual = "!=",
        LPar = "(",
        RPar = ")",
        LSqb = "[",
        RSqb = "]",
        LBrace = "{",
        RBrace = "}",
        Comma = ",",
        Colon = ":",
        Dot = ".",
        Ellipsis = "...",
        Semi = ";",
        Equal = "=",
        RArrow = "->",
        PlusEqual = "+=",
        MinEqual = "-=",
        StarEqual = "*=",
        SlashEqual = "/=",
        DoubleSlashEqual = "//=",
        PercentEqual = "%=",
        AtEqual = "@=",
        AmperEqual = "&=",
        VBarEqual = "|=",
        CircumflexEqual = "^=",
        LeftShiftEqual = "<<=",
        RightShiftEqual = ">>=",
        DoubleStarEqual = "**=",
    }
}

impl Tok {
    /// The text of a keyword or operator token, for messages; the kind of any other token.
    pub fn text(self) -> &'static str {
        use Tok::*;
        match self {
            Name(_) => "NAME",
            Number(_) => "NUMBER",
            Str(_) | FStart | FEnd | FLit(_) | FieldStart(_) | FConv(_) | FSpec | FieldEnd => {
                "STRING"
            }
            Deferred(_) | TokError | Unknown => "ERRORTOKEN",
            Nl | Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            EndMarker => "ENDMARKER",
            fixed => fixed.fixed_text().unwrap_or(""),
        }
    }
}

fn tok_of(raw: RawToken) -> Tok {
    if let Some(t) = fixed_tok(raw) {
        return t;
    }
    match raw {
        RawToken::Newline => Tok::Nl,
        // `Unknown`; the others are handled by the driver before it gets here.
        _ => Tok::Unknown,
    }
}

/// A number literal's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    /// An imaginary literal (`2.5j`): its imaginary part.
    Imag(f64),
}

/// A string or bytes literal's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lit {
    Str(String),
    Bytes(Vec<u8>),
}

/// What the `=` of `{expr=}` prints before the value.
#[derive(Debug, Clone, Default)]
pub struct FieldInfo {
    pub debug_text: Option<String>,
}

/// How the tokenizer stopped.
#[derive(Debug, Clone)]
pub struct LexError {
    pub err: SyntaxError,
    /// CPython raises this one as soon as it tokenizes it (even when scanning the rest of the file
    /// after a parser error); the others (a bad line continuation, EOF after a backslash) only
    /// when the parser asks for that token.
    pub eager: bool,
}

/// The lexer's output: physical tokens and the tables their payloads index.
#[derive(Debug, Default)]
pub struct Lexed {
    pub toks: Vec<(Tok, Span)>,
    pub numbers: Vec<Num>,
    pub strings: Vec<Lit>,
    pub texts: Vec<String>,
    pub fields: Vec<FieldInfo>,
    pub deferred: Vec<SyntaxError>,
    /// The SyntaxWarnings of the tokenizer (`1if x else y`: "invalid decimal literal"), with
    /// where each is.
    pub warnings: Vec<(usize, String)>,
    /// The tokenizer stopped here; `toks` holds what came before.
    pub error: Option<LexError>,
}

/// CPython's limit on nested brackets (the tokenizer's MAXLEVEL).
pub const MAX_PAREN_LEVEL: usize = 200;

/// Tokenizes `src` (already stripped of a BOM; offsets are into `src`).
pub fn lex(src: &str) -> Lexed {
    let mut lexed = Lexed::default();
    let lines = LineTable::new(src);
    let mut cx = Cx {
        src,
        lines: &lines,
        out: &mut lexed,
    };
    // A UTF-8 byte order mark is not part of the text.
    let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    if let Err(e) = cx.lex_range(start, src.len(), false) {
        cx.out.error = Some(e);
    }
    lexed
}

struct Cx<'s, 'o> {
    src: &'s str,
    lines: &'s LineTable,
    out: &'o mut Lexed,
}

fn syntax_error(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || c.is_ascii_digit()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(
                    c,
                    '\u{300}'..='\u{36f}' | '\u{203f}' | '\u{2040}' | '\u{b7}'
                )))
}

fn invalid_character_message(c: char) -> String {
    if crate::runtime::repr::is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

impl Cx<'_, '_> {
    fn push(&mut self, tok: Tok, start: usize, end: usize) {
        self.out.toks.push((tok, Span::new(start, end)));
    }

    fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(offset as u32)
    }

    /// Lexes `src[start..end]`. Inside an f-string field (`in_field`), physical newlines are
    /// dropped (the expression is bracketed).
    fn lex_range(&mut self, start: usize, end: usize, in_field: bool) -> Result<(), LexError> {
        let text = &self.src[start..end];
        let mut lex = RawToken::lexer(text);
        while let Some(res) = lex.next() {
            let sp = lex.span();
            let (s, e) = (sp.start + start, sp.end + start);
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => {
                    let c = text[sp.start..].chars().next().unwrap_or('\0');
                    return Err(LexError {
                        err: syntax_error(
                            invalid_character_message(c),
                            Span::new(s, s + c.len_utf8()),
                        ),
                        eager: true,
                    });
                }
            };
            match raw {
                RawToken::Newline => {
                    if !in_field {
                        self.push(Tok::Nl, s, e);
                    }
                }
                RawToken::LineContinuation => {
                    // A continuation line that ends the file: CPython's "unexpected EOF".
                    if text[sp.end..].trim_matches([' ', '\t', '\x0c']).is_empty() {
                        let mut err =
                            syntax_error("unexpected EOF while parsing", Span::new(s, s + 1));
                        err.incomplete = true;
                        return Err(LexError { err, eager: false });
                    }
                }
                RawToken::Backslash => {
                    return Err(LexError {
                        err: syntax_error(
                            "unexpected character after line continuation character",
                            Span::new(s, e),
                        ),
                        eager: false,
                    });
                }
                RawToken::Name => {
                    let name = &text[sp.clone()];
                    if !name.is_ascii() {
                        self.check_identifier(name, s)?;
                    }
                    self.push(Tok::Name(intern(name)), s, e);
                }
                RawToken::Number => {
                    let end_num = self.number(s, end)?;
                    lex.bump(end_num - e);
                }
                RawToken::StringStart => {
                    let end_str = self.string(s, e, end)?;
                    lex.bump(end_str - e);
                }
                other => self.push(tok_of(other), s, e),
            }
        }
        Ok(())
    }

    fn check_identifier(&self, name: &str, start: usize) -> Result<(), LexError> {
        for (i, c) in name.char_indices() {
            let ok = if i == 0 {
                is_id_start(c)
            } else {
                is_id_continue(c)
            };
            if !ok {
                let at = start + i;
                return Err(LexError {
                    err: syntax_error(
                        invalid_character_message(c),
                        Span::new(at, at + c.len_utf8()),
                    ),
                    eager: true,
                });
            }
        }
        Ok(())
    }

    // ----- numbers -------------------------------------------------------------------------

    /// Scans a number starting at `start`, pushes its token, and returns where it ends.
    fn number(&mut self, start: usize, limit: usize) -> Result<usize, LexError> {
        let b = &self.src.as_bytes()[..limit];
        let (end, kind, warn) = scan_number(b, start).map_err(|(msg, s, e)| LexError {
            err: syntax_error(msg, Span::new(s, e.max(s))),
            eager: true,
        })?;
        if let Some(kind) = warn {
            self.out
                .warnings
                .push((start, format!("invalid {kind} literal")));
        }
        let text: String = self.src[start..end].chars().filter(|&c| c != '_').collect();
        let tok = match kind {
            NumKind::Imag => {
                let digits = &text[..text.len() - 1];
                let v: f64 = digits.parse().unwrap_or(f64::INFINITY);
                self.push_number(Num::Imag(v))
            }
            NumKind::Float => {
                let v: f64 = text.parse().unwrap_or(f64::INFINITY);
                self.push_number(Num::Float(v))
            }
            NumKind::Int(radix) => {
                let digits = if radix == 10 { &text[..] } else { &text[2..] };
                let n = match i64::from_str_radix(digits, radix) {
                    Ok(v) => Num::Int(v),
                    Err(_) => Num::Big(BigInt::from_str_radix(digits, radix).unwrap_or_default()),
                };
                self.push_number(n)
            }
        };
        self.push(tok, start, end);
        Ok(end)
    }

    // ----- strings -------------------------------------------------------------------------

    /// Scans a string whose prefix starts at `start` and whose opening quote ends at
    /// `after_quote`; pushes its tokens and returns where it ends.
    fn string(
        &mut self,
        start: usize,
        after_quote: usize,
        limit: usize,
    ) -> Result<usize, LexError> {
        let b = &self.src.as_bytes()[..limit];
        let q = b[after_quote - 1];
        let prefix = self.src[start..after_quote - 1].to_ascii_lowercase();
        let raw = prefix.contains('r');
        let is_bytes = prefix.contains('b');
        let is_f = prefix.contains('f');
        let triple = byte_at(b, after_quote) == q && byte_at(b, after_quote + 1) == q;
        let body_start = if triple { after_quote + 2 } else { after_quote };
        let mut i = body_start;
        let (body_end, end) = loop {
            if i >= limit {
                let last = limit.saturating_sub(1);
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.line_of(last)
                    )
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        self.line_of(last)
                    )
                };
                let mut err = syntax_error(msg, Span::new(start, start + 1));
                err.incomplete = true;
                return Err(LexError { err, eager: true });
            }
            let c = b[i];
            if c == b'\\' {
                i += 1;
                if byte_at(b, i) == b'\r' && byte_at(b, i + 1) == b'\n' {
                    i += 2;
                } else if i < limit {
                    i += 1;
                }
                continue;
            }
            if triple {
                if c == q && byte_at(b, i + 1) == q && byte_at(b, i + 2) == q {
                    break (i, i + 3);
                }
            } else if c == q {
                break (i, i + 1);
            } else if c == b'\n' || c == b'\r' {
                let msg = format!(
                    "unterminated string literal (detected at line {})",
                    self.line_of(i)
                );
                return Err(LexError {
                    err: syntax_error(msg, Span::new(start, start + 1)),
                    eager: true,
                });
            }
            i += 1;
        };
        let body = &self.src[body_start..body_end];
        if is_f {
            self.fstring(start, body_start, body_end, end, raw);
            return Ok(end);
        }
        let value = if is_bytes && !body.is_ascii() {
            Err("bytes can only contain ASCII literal characters".to_string())
        } else if raw {
            let text = normalize_newlines(body);
            Ok(if is_bytes {
                Lit::Bytes(text.into_bytes())
            } else {
                Lit::Str(text)
            })
        } else {
            decode_escapes(body, is_bytes)
        };
        let tok = match value {
            Ok(lit) => {
                let idx = self.out.strings.len() as u32;
                self.out.strings.push(lit);
                Tok::Str(idx)
            }
            Err(msg) => self.defer(syntax_error(msg, Span::new(start, end))),
        };
        self.push(tok, start, end);
        Ok(end)
    }

    fn defer(&mut self, err: SyntaxError) -> Tok {
        let idx = self.out.deferred.len() as u32;
        self.out.deferred.push(err);
        Tok::Deferred(idx)
    }

    /// An f-string's tokens. On an error, the tokens read so far stay (CPython compiles a
    /// field's expression before it looks further, so an error in it comes first), then a
    /// `Deferred` token with the error, then whatever closes the open fields.
    fn fstring(&mut self, start: usize, body_start: usize, body_end: usize, end: usize, raw: bool) {
        let mark = self.out.toks.len();
        self.push(Tok::FStart, start, body_start);
        let whole = Span::new(start, end);
        match self.fstring_parts(body_start, body_end, raw, 0, whole) {
            Ok(_) => self.push(Tok::FEnd, body_end, end),
            Err(err) => {
                let mut open = 0usize;
                for (t, _) in &self.out.toks[mark..] {
                    match t {
                        Tok::FieldStart(_) => open += 1,
                        Tok::FieldEnd => open = open.saturating_sub(1),
                        _ => {}
                    }
                }
                let tok = self.defer(err);
                self.push(tok, start, end);
                for _ in 0..open {
                    self.push(Tok::FieldEnd, end, end);
                }
                self.push(Tok::FEnd, end, end);
            }
        }
    }

    fn push_literal(&mut self, text: String, start: usize, end: usize) {
        if let Some((Tok::FLit(idx), span)) = self.out.toks.last_mut() {
            self.out.texts[*idx as usize].push_str(&text);
            span.end = end as u32;
            return;
        }
        let idx = self.out.texts.len() as u32;
        self.out.texts.push(text);
        self.push(Tok::FLit(idx), start, end);
    }

    /// Literal parts and fields of an f-string body (or of a format spec, at `level` 1) from
    /// `pos`; returns where it stopped (`end`, or the `}` closing a format spec).
    fn fstring_parts(
        &mut self,
        mut pos: usize,
        end: usize,
        raw: bool,
        level: u32,
        whole: Span,
    ) -> Result<usize, SyntaxError> {
        let b = self.src.as_bytes();
        let err = |msg: &str| syntax_error(msg, whole);
        loop {
            // The literal part (CPython's fstring_find_literal).
            let lit_start = pos;
            let mut s = pos;
            let mut doubled = false;
            while s < end {
                let ch = b[s];
                s += 1;
                if !raw && ch == b'\\' && s < end {
                    let c2 = b[s];
                    s += 1;
                    if c2 == b'N' {
                        // `\N{name}`: its braces are not a field.
                        if s < end && b[s] == b'{' {
                            s += 1;
                            while s < end {
                                s += 1;
                                if b[s - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                    if c2 != b'{' && c2 != b'}' {
                        continue;
                    }
                    // `\{` and `\}` count as braces, as in CPython 3.11.
                }
                let ch = b[s - 1];
                if ch == b'{' || ch == b'}' {
                    if level == 0 {
                        if s < end && b[s] == ch {
                            doubled = true;
                            break;
                        }
                        if ch == b'}' {
                            return Err(err("f-string: single '}' is not allowed"));
                        }
                    }
                    s -= 1;
                    break;
                }
            }
            if s > lit_start {
                let chunk = &self.src[lit_start..s];
                let text = if raw {
                    normalize_newlines(chunk)
                } else {
                    match decode_escapes(chunk, false) {
                        Ok(Lit::Str(t)) => t,
                        Ok(Lit::Bytes(_)) => String::new(),
                        Err(msg) => return Err(err(&msg)),
                    }
                };
                self.push_literal(text, lit_start, s);
            }
            if doubled {
                pos = s + 1;
                continue;
            }
            pos = s;
            if pos >= end || b[pos] == b'}' {
                return Ok(pos);
            }
            // A replacement field (CPython's fstring_find_expr).
            debug_assert_eq!(b[pos], b'{');
            if level >= 2 {
                return Err(err("f-string: expressions nested too deeply"));
            }
            let brace = pos;
            pos += 1;
            let expr_start = pos;
            let mut quote: u8 = 0;
            let mut triple = false;
            let mut stack: Vec<u8> = Vec::new();
            while pos < end {
                let ch = b[pos];
                if ch == b'\\' {
                    return Err(err("f-string expression part cannot include a backslash"));
                }
                if quote != 0 {
                    if ch == quote {
                        if triple {
                            if pos + 2 < end && b[pos + 1] == ch && b[pos + 2] == ch {
                                pos += 3;
                                quote = 0;
                                triple = false;
                                continue;
                            }
                        } else {
                            pos += 1;
                            quote = 0;
                            continue;
                        }
                    }
                    pos += 1;
                    continue;
                }
                match ch {
                    b'\'' | b'"' => {
                        if pos + 2 < end && b[pos + 1] == ch && b[pos + 2] == ch {
                            triple = true;
                            pos += 2;
                        }
                        quote = ch;
                    }
                    b'[' | b'{' | b'(' => {
                        if stack.len() >= MAX_PAREN_LEVEL {
                            return Err(err("f-string: too many nested parenthesis"));
                        }
                        stack.push(ch);
                    }
                    b'#' => return Err(err("f-string expression part cannot include '#'")),
                    b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                        let next = if pos + 1 < end { b[pos + 1] } else { 0 };
                        if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                            pos += 2;
                            continue;
                        }
                        if ch == b'>' || ch == b'<' {
                            pos += 1;
                            continue;
                        }
                        break;
                    }
                    b']' | b'}' | b')' => {
                        let Some(open) = stack.pop() else {
                            return Err(err(&format!("f-string: unmatched '{}'", ch as char)));
                        };
                        let matching =
                            matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                        if !matching {
                            return Err(err(&format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                ch as char, open as char
                            )));
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            let expr_end = pos;
            if quote != 0 {
                return Err(err("f-string: unterminated string"));
            }
            if let Some(&open) = stack.last() {
                return Err(err(&format!("f-string: unmatched '{}'", open as char)));
            }
            if pos >= end {
                return Err(err("f-string: expecting '}'"));
            }
            let expr_text = &self.src[expr_start..expr_end];
            if expr_text
                .bytes()
                .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
            {
                return Err(err("f-string: empty expression not allowed"));
            }
            let field = self.out.fields.len() as u32;
            self.out.fields.push(FieldInfo::default());
            self.push(Tok::FieldStart(field), brace, brace + 1);
            if let Err(e) = self.lex_range(expr_start, expr_end, true) {
                return Err(e.err);
            }
            let mut debug = false;
            if b[pos] == b'=' {
                pos += 1;
                while pos < end
                    && matches!(b[pos], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
                {
                    pos += 1;
                }
                if pos >= end {
                    return Err(err("f-string: expecting '}'"));
                }
                self.out.fields[field as usize].debug_text =
                    Some(self.src[expr_start..pos].to_string());
                debug = true;
            }
            let mut conversion = None;
            if b[pos] == b'!' {
                pos += 1;
                if pos >= end {
                    return Err(err("f-string: expecting '}'"));
                }
                let c = self.src[pos..].chars().next().unwrap_or('\0');
                pos += c.len_utf8();
                if !matches!(c, 's' | 'r' | 'a') {
                    return Err(err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ));
                }
                conversion = Some((c, pos - 2));
            }
            if pos >= end {
                return Err(err("f-string: expecting '}'"));
            }
            if debug && conversion.is_none() && b[pos] != b':' {
                conversion = Some(('r', pos));
            }
            if let Some((c, at)) = conversion {
                self.push(Tok::FConv(c), at, pos);
            }
            if b[pos] == b':' {
                self.push(Tok::FSpec, pos, pos + 1);
                pos += 1;
                if pos >= end {
                    return Err(err("f-string: expecting '}'"));
                }
                pos = self.fstring_parts(pos, end, raw, level + 1, whole)?;
            }
            if pos >= end || b[pos] != b'}' {
                return Err(err("f-string: expecting '}'"));
            }
            self.push(Tok::FieldEnd, pos, pos + 1);
            pos += 1;
        }
    }

    fn push_number(&mut self, n: Num) -> Tok {
        let idx = self.out.numbers.len() as u32;
        self.out.numbers.push(n);
        Tok::Number(idx)
    }
}

enum NumKind {
    Int(u32),
    Float,
    Imag,
}

type NumErr = (String, usize, usize);

fn byte_at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// A number literal's end, and the kind of literal to warn of when a keyword follows it right
/// away (`1if x else y`: "invalid decimal literal").
type NumEnd = (usize, NumKind, Option<&'static str>);

/// A letter right after a number is an error, except the keywords that may follow a number in
/// valid code (`1if x else y`), which CPython lets through with a warning: then `kind` is
/// returned, for the warning.
fn verify_end_of_number(
    b: &[u8],
    i: usize,
    kind: &'static str,
) -> Result<Option<&'static str>, NumErr> {
    let c = byte_at(b, i);
    let rest = &b[i.min(b.len())..];
    // The whole keyword, not the start of a longer name (`1else_` is an error); after `i`,
    // CPython looks at one more letter only.
    let word = |w: &[u8]| {
        rest.starts_with(w) && {
            let next = byte_at(rest, w.len());
            !(next.is_ascii_alphanumeric() || next == b'_' || next >= 0x80)
        }
    };
    let keyword_follows = match c {
        b'a' => word(b"and"),
        b'e' => word(b"else"),
        b'f' => word(b"for"),
        b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
        b'o' => word(b"or"),
        b'n' => word(b"not"),
        _ => false,
    };
    if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
        return Err((format!("invalid {kind} literal"), i, i + 1));
    }
    Ok(keyword_follows.then_some(kind))
}

/// Digits with single underscores between them, from `i`; returns the position after them.
fn decimal_tail(b: &[u8], mut i: usize) -> Result<usize, NumErr> {
    loop {
        while byte_at(b, i).is_ascii_digit() {
            i += 1;
        }
        if byte_at(b, i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !byte_at(b, i).is_ascii_digit() {
            return Err(("invalid decimal literal".into(), i, i + 1));
        }
    }
}

/// The fraction, exponent and imaginary suffix of a number, from `i` (at a `.`, `e` or `j`, or
/// anywhere else for an integer part already scanned).
fn float_tail(b: &[u8], mut i: usize) -> Result<NumEnd, NumErr> {
    let mut kind = NumKind::Int(10);
    if byte_at(b, i) == b'.' {
        kind = NumKind::Float;
        i += 1;
        if byte_at(b, i).is_ascii_digit() {
            i = decimal_tail(b, i)?;
        }
    }
    if matches!(byte_at(b, i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(byte_at(b, i), b'+' | b'-') {
            i += 1;
            if !byte_at(b, i).is_ascii_digit() {
                return Err(("invalid decimal literal".into(), i, i + 1));
            }
        } else if !byte_at(b, i).is_ascii_digit() {
            // `1else`: the `e` starts a keyword.
            let warn = verify_end_of_number(b, e, "decimal")?;
            return Ok((e, kind, warn));
        }
        i = decimal_tail(b, i)?;
        kind = NumKind::Float;
    }
    if matches!(byte_at(b, i), b'j' | b'J') {
        i += 1;
        let warn = verify_end_of_number(b, i, "imaginary")?;
        return Ok((i, NumKind::Imag, warn));
    }
    let warn = verify_end_of_number(b, i, "decimal")?;
    Ok((i, kind, warn))
}

/// Scans a number literal at `start` the way CPython's tokenizer does.
fn scan_number(b: &[u8], start: usize) -> Result<NumEnd, NumErr> {
    let mut i = start;
    let c0 = byte_at(b, i);
    if c0 == b'.' {
        // `.5`
        i = decimal_tail(b, i + 1)?;
        let (end, kind, warn) = float_tail(b, i)?;
        return Ok((
            end,
            if matches!(kind, NumKind::Imag) {
                kind
            } else {
                NumKind::Float
            },
            warn,
        ));
    }
    if c0 == b'0' && matches!(byte_at(b, i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, name) = match byte_at(b, i + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        i += 2;
        let is_digit = |c: u8| (c as char).is_digit(radix);
        let bad_digit = |i: usize| {
            (
                format!(
                    "invalid digit '{}' in {name} literal",
                    byte_at(b, i) as char
                ),
                i,
                i + 1,
            )
        };
        loop {
            if byte_at(b, i) == b'_' {
                i += 1;
            }
            if !is_digit(byte_at(b, i)) {
                if radix != 16 && byte_at(b, i).is_ascii_digit() {
                    return Err(bad_digit(i));
                }
                return Err((format!("invalid {name} literal"), i, i + 1));
            }
            while is_digit(byte_at(b, i)) {
                i += 1;
            }
            if byte_at(b, i) != b'_' {
                break;
            }
        }
        if radix != 16 && byte_at(b, i).is_ascii_digit() {
            return Err(bad_digit(i));
        }
        let warn = verify_end_of_number(b, i, name)?;
        return Ok((i, NumKind::Int(radix), warn));
    }
    if c0 == b'0' {
        // Zeros; then maybe an old-style octal (an error) or the rest of a float.
        loop {
            if byte_at(b, i) == b'_' {
                i += 1;
                if !byte_at(b, i).is_ascii_digit() {
                    return Err(("invalid decimal literal".into(), i, i + 1));
                }
            }
            if byte_at(b, i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let mut nonzero = false;
        if byte_at(b, i).is_ascii_digit() {
            nonzero = true;
            i = decimal_tail(b, i)?;
        }
        if matches!(byte_at(b, i), b'.' | b'e' | b'E' | b'j' | b'J') {
            return float_tail(b, i);
        }
        if nonzero {
            return Err((
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
                    .into(),
                start,
                zeros_end,
            ));
        }
        let warn = verify_end_of_number(b, i, "decimal")?;
        return Ok((i, NumKind::Int(10), warn));
    }
    i = decimal_tail(b, i)?;
    float_tail(b, i)
}

/// `\r\n` and `\r` as `\n`, as CPython reads source text.
fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

/// Decodes the escapes of a non-raw string or bytes literal body, with CPython's messages.
pub fn decode_escapes(body: &str, is_bytes: bool) -> Result<Lit, String> {
    let mut out = String::with_capacity(body.len());
    let mut bytes: Vec<u8> = Vec::new();
    let chars: Vec<char> = body.chars().collect();
    // Positions as CPython counts them: a non-ASCII character is first written as `\UXXXXXXXX`.
    let mut pos = 0usize;
    let mut i = 0usize;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    let unicode_err = |a: usize, b: usize, what: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {what}"
        )
    };
    macro_rules! emit {
        ($c:expr) => {{
            let c: char = $c;
            if is_bytes {
                let mut buf = [0u8; 4];
                bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            } else {
                out.push(c);
            }
        }};
    }
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            if c == '\r' {
                emit!('\n');
                if chars.get(i + 1) == Some(&'\n') {
                    i += 1;
                    pos += 1;
                }
            } else {
                emit!(c);
            }
            pos += width(c);
            i += 1;
            continue;
        }
        let start = pos;
        let Some(&n) = chars.get(i + 1) else {
            // A lone trailing backslash (an f-string's `\{`): kept.
            emit!('\\');
            break;
        };
        i += 2;
        pos += 2;
        match n {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                    pos += 1;
                }
            }
            '\\' => emit!('\\'),
            '\'' => emit!('\''),
            '"' => emit!('"'),
            'a' => emit!('\x07'),
            'b' => emit!('\x08'),
            'f' => emit!('\x0c'),
            'n' => emit!('\n'),
            'r' => emit!('\r'),
            't' => emit!('\t'),
            'v' => emit!('\x0b'),
            '0'..='7' => {
                let mut v = n as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.get(i) {
                        Some(&d @ '0'..='7') => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            i += 1;
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                if is_bytes {
                    bytes.push((v & 0xff) as u8);
                } else {
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
            }
            'x' | 'u' | 'U' if n == 'x' || !is_bytes => {
                let len = match n {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < len {
                    match chars.get(i).and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                            pos += 1;
                            got += 1;
                        }
                        None => break,
                    }
                }
                if got < len {
                    if is_bytes {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ));
                    }
                    let what = match n {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_err(start, start + 1 + got, what));
                }
                if is_bytes {
                    bytes.push(v as u8);
                } else if v > 0x10ffff {
                    return Err(unicode_err(
                        start,
                        start + 1 + got,
                        "illegal Unicode character",
                    ));
                } else {
                    out.push(match char::from_u32(v) {
                        Some(c) => c,
                        None => crate::surrogates::char_of(v),
                    });
                }
            }
            'N' if !is_bytes => {
                let close = if chars.get(i) == Some(&'{') {
                    chars[i..].iter().position(|&c| c == '}').map(|p| i + p)
                } else {
                    None
                };
                let Some(close) = close else {
                    return Err(unicode_err(
                        start,
                        start + 1,
                        "malformed \\N character escape",
                    ));
                };
                let name: String = chars[i + 1..close].iter().collect();
                let consumed: usize = chars[i..=close].iter().map(|&c| width(c)).sum();
                let end = pos + consumed - 1;
                i = close + 1;
                pos += consumed;
                match lookup_unicode_name(&name) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_err(start, end, "unknown Unicode character name")),
                }
            }
            other => {
                // Not an escape: kept as written (CPython warns).
                emit!('\\');
                if other == '\r' {
                    emit!('\n');
                } else {
                    emit!(other);
                }
                pos += width(other) - 1;
            }
        }
    }
    Ok(if is_bytes {
        Lit::Bytes(bytes)
    } else {
        Lit::Str(out)
    })
}

/// `\N{…}` names, as CPython reads them.
fn lookup_unicode_name(name: &str) -> Option<char> {
    crate::unicode_name::lookup(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let l = lex(src);
        assert!(l.error.is_none(), "{:?}", l.error);
        l.toks.iter().map(|t| t.0).collect()
    }

    fn err(src: &str) -> String {
        lex(src).error.expect("an error").err.msg
    }

    fn deferred(src: &str) -> String {
        let l = lex(src);
        assert!(l.error.is_none(), "{:?}", l.error);
        l.deferred.first().expect("a deferred error").msg.clone()
    }

    fn number(src: &str) -> Num {
        let l = lex(src);
        assert!(l.error.is_none(), "{src}: {:?}", l.error);
        assert_eq!(l.toks.len(), 1, "{src}");
        l.numbers[0].clone()
    }

    fn string(src: &str) -> Lit {
        let l = lex(src);
        assert!(l.error.is_none(), "{src}: {:?}", l.error);
        assert_eq!(l.toks.len(), 1, "{src}: {:?}", l.toks);
        l.strings[0].clone()
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            toks("if ifx match _ привет"),
            [
                Tok::If,
                Tok::Name(intern("ifx")),
                Tok::Name(intern("match")),
                Tok::Name(intern("_")),
                Tok::Name(intern("привет"))
            ]
        );
        assert_eq!(err("x = a¤b"), "invalid character '¤' (U+00A4)");
        assert_eq!(
            err("x = a\u{a0}b"),
            "invalid non-printable character U+00A0"
        );
        assert_eq!(err("x = \u{1}"), "invalid non-printable character U+0001");
        assert_eq!(toks("$ ? !"), [Tok::Unknown, Tok::Unknown, Tok::Unknown]);
    }

    #[test]
    fn operators() {
        assert_eq!(
            toks("**= ** // //= -> ... . := != <<= >>"),
            [
                Tok::DoubleStarEqual,
                Tok::DoubleStar,
                Tok::DoubleSlash,
                Tok::DoubleSlashEqual,
                Tok::RArrow,
                Tok::Ellipsis,
                Tok::Dot,
                Tok::ColonEqual,
                Tok::NotEqual,
                Tok::LeftShiftEqual,
                Tok::RightShift
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(number("42"), Num::Int(42));
        assert_eq!(number("1_000_000"), Num::Int(1_000_000));
        assert_eq!(number("0x_ff"), Num::Int(255));
        assert_eq!(number("0o17"), Num::Int(15));
        assert_eq!(number("0B101"), Num::Int(5));
        assert_eq!(number("000"), Num::Int(0));
        assert_eq!(number("1."), Num::Float(1.0));
        assert_eq!(number(".5"), Num::Float(0.5));
        assert_eq!(number("1e3"), Num::Float(1000.0));
        assert_eq!(number("1_0.2_5E-1_0"), Num::Float(10.25e-10));
        assert_eq!(number("0.0"), Num::Float(0.0));
        assert!(matches!(
            number("123456789012345678901234567890"),
            Num::Big(_)
        ));
        assert_eq!(number("1j"), Num::Imag(1.0));
        assert_eq!(number("1.5e3J"), Num::Imag(1500.0));
        assert_eq!(number("1_0j"), Num::Imag(10.0));
        assert_eq!(err("1abc"), "invalid decimal literal");
        assert_eq!(err("1_"), "invalid decimal literal");
        assert_eq!(err("1__0"), "invalid decimal literal");
        assert_eq!(err("1e"), "invalid decimal literal");
        assert_eq!(err("1.e+"), "invalid decimal literal");
        assert_eq!(err("0x"), "invalid hexadecimal literal");
        assert_eq!(err("0b"), "invalid binary literal");
        assert_eq!(err("0b12"), "invalid digit '2' in binary literal");
        assert_eq!(err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(
            err("09"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        );
        // A keyword right after a number is allowed (CPython only warns).
        assert_eq!(toks("1if x else 2").len(), 5);
        assert_eq!(toks("0xfor")[..2], [Tok::Number(0), Tok::Or]);
    }

    #[test]
    fn strings() {
        assert_eq!(string("'a\\tb'"), Lit::Str("a\tb".into()));
        assert_eq!(string("\"\"\"a\nb\"\"\""), Lit::Str("a\nb".into()));
        assert_eq!(string("r'a\\tb'"), Lit::Str("a\\tb".into()));
        assert_eq!(string("Rb'\\x00'"), Lit::Bytes(b"\\x00".to_vec()));
        assert_eq!(string("b'\\x00\\n\\101'"), Lit::Bytes(vec![0, 10, 65]));
        assert_eq!(
            string("u'\\u0416\\U0001F600\\N{EM DASH}'"),
            Lit::Str("Ж😀—".into())
        );
        assert_eq!(string("'a\\\nb'"), Lit::Str("ab".into()));
        assert_eq!(string("'\\d'"), Lit::Str("\\d".into()));
        assert_eq!(string("''"), Lit::Str("".into()));
        assert_eq!(string("''''''"), Lit::Str("".into()));
        assert_eq!(string("'Привет'"), Lit::Str("Привет".into()));
        assert_eq!(
            err("x = \"abc\ny"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("x = '''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(
            deferred("'\\x4'"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            deferred("b'\\x4'"),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(
            deferred("b'é'"),
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            deferred("'\\U00110000'"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
    }

    #[test]
    fn fstrings() {
        let l = lex("f'a{x!r:>{w}}b{{c}}'");
        let kinds: Vec<Tok> = l.toks.iter().map(|t| t.0).collect();
        assert_eq!(
            kinds,
            [
                Tok::FStart,
                Tok::FLit(0),
                Tok::FieldStart(0),
                Tok::Name(intern("x")),
                Tok::FConv('r'),
                Tok::FSpec,
                Tok::FLit(1),
                Tok::FieldStart(1),
                Tok::Name(intern("w")),
                Tok::FieldEnd,
                Tok::FieldEnd,
                Tok::FLit(2),
                Tok::FEnd
            ]
        );
        assert_eq!(l.texts, ["a", ">", "b{c}"]);
        let l = lex("f'{x = }'");
        assert_eq!(l.fields[0].debug_text.as_deref(), Some("x = "));
        assert!(l.toks.iter().any(|t| t.0 == Tok::FConv('r')));
        let l = lex("f'{x=:>4}'");
        assert!(!l.toks.iter().any(|t| matches!(t.0, Tok::FConv(_))));
        let l = lex("f\"{a['b'] != 1}\"");
        assert!(l.toks.contains(&(Tok::NotEqual, Span::new(10, 12))));
        assert_eq!(deferred("f'{}'"), "f-string: empty expression not allowed");
        assert_eq!(deferred("f'{a'"), "f-string: expecting '}'");
        assert_eq!(deferred("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(
            deferred("f'{a!x}'"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(
            deferred("f'{a:{b:{c}}}'"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(
            deferred("f'{a\\n}'"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            deferred("f'{a#}'"),
            "f-string expression part cannot include '#'"
        );
        assert_eq!(deferred("f'{)}'"), "f-string: unmatched ')'");
        assert_eq!(
            deferred("f'{(}'"),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(deferred("f'{1abc}'"), "invalid decimal literal");
        let l = lex("rf'\\{a}'");
        assert_eq!(l.texts, ["\\"]);
    }
}
