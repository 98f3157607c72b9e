//! The parser: `chumsky` combinators over the logical token slice, building the AST with a byte
//! span on every node.
//!
//! The grammar is `grammar/corun.ebnf` (Python 3.11's `Grammar/python.gram`); each rule there is
//! a function of the same name, in `parser/expressions.rs`, `parser/statements.rs` or
//! `parser/patterns.rs`. This file holds the parser's state, the helpers the rules share, and the
//! driver. Like CPython's parser, a failed parse is reported either by a specific check (the
//! `invalid_*` rules of python.gram, reproduced where the parse reaches them: they record the
//! first such error in the parser state and fail) or, if none fired, as `invalid syntax` at the
//! furthest token the parser looked at. Tokenizer errors then take precedence the way they do in
//! CPython (`parser/errors.rs`). A tree that parsed then goes through the compiler's checks
//! (`syntax/checks.rs`) and warnings (`syntax/warnings.rs`).
//!
//! Spans inside the parser are token indices (so that the furthest failure is a token); nodes get
//! byte spans through the token table.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use chumsky::input::{Input as _, InputRef, MappedInput};
use chumsky::inspector::SimpleState;
use chumsky::label::LabelError;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;

use super::ast::*;
use super::layout::{layout, Layout};
use super::lexer::{lex, Lexed, Lit, Num, Tok};
use super::span::{LineTable, Span};
use super::{SyntaxError, SyntaxErrorKind};
use crate::intern::{sym, Symbol};
use crate::runtime::value::Value;

type CSpan = SimpleSpan<usize>;
type In<'a> = MappedInput<'a, Tok, CSpan, &'a [(Tok, CSpan)]>;
type Ex<'a> = extra::Full<PErr, SimpleState<PState<'a>>, ()>;
type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Ex<'a>>;
type Inp<'a, 'p> = InputRef<'a, 'p, In<'a>, Ex<'a>>;

mod errors;
mod expressions;
mod patterns;
mod statements;

use expressions::*;
use statements::*;

use super::checks::{check_context, too_deep_at};
use super::visit::all_params;
use super::warnings::compiler_warnings;
use errors::choose_error;
pub(super) use patterns::check_pattern;

/// CPython's compiler gives up on a tree nested deeper than this, counting statements and
/// expressions (a RecursionError).
pub const MAX_EXPR_DEPTH: usize = 3000;

/// CPython's parser gives up with a MemoryError when its rules nest this deep (its MAXSTACK).
/// corun's parser keeps an estimate of that depth, from costs measured with CPython 3.11: the
/// estimate also bounds how deep corun's own parser recurses.
const CPYTHON_MAXSTACK: usize = 6000;

/// How deep, roughly, CPython's parser is at each point, relative to the `expression` around it.
mod level {
    /// A statement: its rules, and those from `expression` down to an atom.
    pub const STATEMENT: usize = 29;
    /// The body of a compound statement (and its header's expressions).
    pub const BLOCK: usize = 6;
    /// Each `expression` nested in another (a conditional expression's `else` part, say).
    pub const EXPRESSION: usize = 1;
    /// Beyond `EXPRESSION`: a lambda's body; each `**`; each `elif`.
    pub const LAMBDA: usize = 1;
    pub const POWER: usize = 2;
    pub const ELIF: usize = 1;
    /// Beyond `EXPRESSION`: the first item inside `( )`, `[ ]`, `{ }`, a call's arguments, a
    /// subscript.
    pub const PAREN: usize = 27;
    pub const LIST: usize = 28;
    pub const BRACE: usize = 28;
    pub const CALL: usize = 23;
    pub const SUBSCRIPT: usize = 23;
    /// An f-string's field is parsed by a parser of its own, starting about this deep.
    pub const FSTRING_FIELD: usize = 52;
    /// Beyond the first item: the items after it in a tuple, list or set display.
    pub const LATER_ITEM: usize = 2;
}

thread_local! {
    /// The furthest token index at which some rule failed to match (CPython reports a generic
    /// syntax error at the last token its first pass fetched).
    static FURTHEST: Cell<usize> = const { Cell::new(0) };
}

fn note_failure(idx: usize) {
    FURTHEST.with(|f| {
        if idx > f.get() {
            f.set(idx)
        }
    });
}

/// The parser's error value: only where it happened. Messages are decided afterwards.
#[derive(Debug, Clone, PartialEq)]
struct PErr {
    pos: usize,
}

impl PErr {
    fn at(pos: usize) -> PErr {
        note_failure(pos);
        PErr { pos }
    }
}

impl<'a> chumsky::error::Error<'a, In<'a>> for PErr {}

impl<'a, L> LabelError<'a, In<'a>, L> for PErr {
    fn expected_found<E: IntoIterator<Item = L>>(
        _expected: E,
        _found: Option<MaybeRef<'a, Tok>>,
        span: CSpan,
    ) -> Self {
        PErr::at(span.start)
    }
}

/// What the parser keeps on the side.
struct PState<'a> {
    lexed: &'a Lexed,
    toks: &'a [(Tok, Span)],
    levels: &'a [u16],
    src: &'a str,
    lines: &'a LineTable,
    /// The first specific error a check found (CPython's `invalid_*` rules).
    fatal: Option<(SyntaxError, usize)>,
    /// Plain string constants by their start offset (for docstrings).
    str_consts: HashMap<u32, String>,
    /// Set while parsing the second expression of the "forgot a comma" check.
    in_comma_check: bool,
    /// An estimate of how deep CPython's parser would be here (see `level`).
    level: usize,
    /// Where that estimate passed CPython's limit: the parse stops with a MemoryError.
    memory_error: Option<usize>,
    /// Where the tree nests deeper than CPython's compiler allows (a chain of operators, calls
    /// or attributes, whose nodes are not built past the limit). Reported as a RecursionError
    /// once the whole file has parsed: a syntax error anywhere comes first, as in CPython.
    too_deep: Option<Span>,
    /// Where the tokenizer stopped with an error, if it did.
    tok_error_at: Option<usize>,
    /// `expression`s known to fail, by start token and `in_comma_check`.
    failed_expressions: HashMap<(usize, bool), PErr>,
}

impl PState<'_> {
    fn span(&self, s: CSpan) -> Span {
        let n = self.toks.len();
        if n == 0 {
            return Span::default();
        }
        if s.start >= n {
            let e = self.toks[n - 1].1.end as usize;
            return Span::new(e, e);
        }
        if s.end <= s.start {
            let p = self.toks[s.start].1.start as usize;
            return Span::new(p, p);
        }
        Span {
            start: self.toks[s.start].1.start,
            end: self.toks[(s.end - 1).min(n - 1)].1.end,
        }
    }

    fn tok_span(&self, idx: usize) -> Span {
        self.span(CSpan::from(idx..idx + 1))
    }

    fn line(&self, span: Span) -> usize {
        self.lines.line_of(span.start)
    }

    fn set_fatal(&mut self, err: SyntaxError, at: usize) {
        // Inside the "forgot a comma" look-ahead no check applies (CPython's
        // expression_without_invalid).
        if self.fatal.is_none() && !self.in_comma_check {
            self.fatal = Some((err, at));
        }
    }

    fn text(&self, span: Span) -> &str {
        self.src.get(span.range()).unwrap_or("")
    }
}

fn serr(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
}

/// The token index the input is at.
fn cur(inp: &Inp<'_, '_>) -> usize {
    inp.cursor().inner().0
}

/// The byte span of the token the input is at.
fn here_span(inp: &mut Inp<'_, '_>) -> Span {
    let idx = cur(inp);
    inp.state().tok_span(idx)
}

/// The byte span from token `start` to where the input is.
fn span_from(inp: &mut Inp<'_, '_>, start: usize) -> Span {
    let idx = cur(inp);
    inp.state().span(CSpan::from(start..idx))
}

/// Records a specific error and fails here.
fn fatal_here(inp: &mut Inp<'_, '_>, err: SyntaxError) -> PErr {
    let idx = cur(inp);
    inp.state().set_fatal(err, idx);
    PErr::at(idx)
}

/// Goes `cost` levels deeper in CPython's parser (see `level`): past its limit the whole parse
/// stops with a MemoryError, as CPython's does.
fn enter_level(inp: &mut Inp<'_, '_>, cost: usize) -> Result<(), PErr> {
    let idx = cur(inp);
    let st = inp.state();
    if st.memory_error.is_some() {
        return Err(PErr { pos: idx });
    }
    if st.level + cost >= CPYTHON_MAXSTACK {
        st.memory_error = Some(idx);
        return Err(PErr { pos: idx });
    }
    st.level += cost;
    Ok(())
}

fn leave_level(inp: &mut Inp<'_, '_>, cost: usize) {
    inp.state().level -= cost;
}

/// Parses `p` `cost` levels deeper in CPython's parser.
fn deeper<'a, O>(inp: &mut Inp<'a, '_>, cost: usize, p: &P<'a, O>) -> Result<O, PErr> {
    enter_level(inp, cost)?;
    let r = with_stack(inp, |inp| inp.parse(p));
    leave_level(inp, cost);
    r
}

/// Runs one step of the parser's recursion (a nested expression, a block, a bracket), on a new
/// stack segment when little is left of this one, as the evaluator's frames do (`crate::stack`):
/// the levels above bound how deep the parse goes, whatever each level costs in native stack.
/// A segment that cannot be mapped stops the parse with a MemoryError.
fn with_stack<'a, 'p, R>(
    inp: &mut Inp<'a, 'p>,
    f: impl FnOnce(&mut Inp<'a, 'p>) -> Result<R, PErr>,
) -> Result<R, PErr> {
    match crate::stack::ensure(|| f(inp)) {
        Some(r) => r,
        None => {
            let idx = cur(inp);
            inp.state().memory_error.get_or_insert(idx);
            Err(PErr { pos: idx })
        }
    }
}

/// `p`, `cost` levels deeper in CPython's parser.
fn nested<'a, O: 'a>(cost: usize, p: P<'a, O>) -> P<'a, O> {
    custom(move |inp: &mut Inp<'a, '_>| deeper(inp, cost, &p)).boxed()
}

/// `p` as CPython 3.11 parses an f-string's field: with a new parser, whose depth starts
/// afresh.
fn on_fresh_parser<'a, O: 'a>(p: P<'a, O>) -> P<'a, O> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let outer = std::mem::replace(&mut inp.state().level, level::FSTRING_FIELD);
        let r = inp.parse(&p);
        inp.state().level = outer;
        r
    })
    .boxed()
}

/// Notes a chain (of operators, calls, attributes…) longer than CPython's compiler takes; its
/// parser goes on, so that a syntax error further on is still the one reported.
fn note_too_deep(inp: &mut Inp<'_, '_>, start: usize) {
    let whole = span_from(inp, start);
    inp.state().too_deep.get_or_insert(whole);
}

type Extra<'a, 'b> = chumsky::input::MapExtra<'a, 'b, In<'a>, Ex<'a>>;

/// The byte span of what a `map_with` closure matched.
fn sp(e: &mut Extra<'_, '_>) -> Span {
    let s = e.span();
    e.state().span(s)
}

/// The parser state, from a `map_with` closure.
fn pst<'x, 'a>(e: &'x mut Extra<'a, '_>) -> &'x mut PState<'a> {
    &mut e.state().0
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn num_value(n: &Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(*i),
        Num::Float(f) => Value::float(*f),
        Num::Big(b) => Value::from_bigint(b.clone()),
        Num::Imag(f) => crate::runtime::complex::value(0.0, *f),
    }
}

// ----- the driver ------------------------------------------------------------------------

/// The native stack the parse starts on, whatever stack the caller has: most input never leaves
/// it, and deeper recursion moves on to new segments (`with_stack`). The deepest input the
/// limits let through (3,000 nested lambdas) needs about 17 MiB in a release build and ten times
/// that in a debug build; the address space is reserved for each parse, and counts under
/// `ulimit -v`.
const PARSE_STACK: usize = if cfg!(debug_assertions) {
    64 << 20
} else {
    16 << 20
};

/// Parses a whole module. See `syntax::parse_module`.
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    parse_module_with(src, false)
}

/// Parses a module; with `top_level_await`, `await`, `async for`, `async with` and asynchronous
/// comprehensions may stand at the module level (a REPL entry, run as a coroutine body).
pub fn parse_module_with(src: &str, top_level_await: bool) -> Result<Module, SyntaxError> {
    parse_checked(src, Some(top_level_await))
}

/// Parses a module; `check` (`Some(top_level_await)`) also makes the compiler's checks of
/// where `return`, `yield`, `await`, `break` and `continue` stand, which `ast.parse` leaves out.
pub fn parse_checked(src: &str, check: Option<bool>) -> Result<Module, SyntaxError> {
    if let Some(nul) = src.find('\0') {
        return Err(serr(
            "source code cannot contain null bytes",
            Span::new(nul, nul + 1),
        ));
    }
    crate::stack::with_at_least(PARSE_STACK, || parse_inner(src, check))
}

fn parse_inner(src: &str, check: Option<bool>) -> Result<Module, SyntaxError> {
    let lexed = lex(src);
    let lay = layout(src, &lexed);
    let n = lay.toks.len();
    let toks: Vec<(Tok, CSpan)> = lay
        .toks
        .iter()
        .enumerate()
        .map(|(i, t)| (t.0, CSpan::from(i..i + 1)))
        .collect();
    let lines = LineTable::new(src);
    FURTHEST.with(|f| f.set(0));
    let mut state = SimpleState(PState {
        lexed: &lexed,
        toks: &lay.toks,
        levels: &lay.levels,
        src,
        lines: &lines,
        fatal: None,
        str_consts: HashMap::new(),
        in_comma_check: false,
        level: level::STATEMENT,
        memory_error: None,
        too_deep: None,
        tok_error_at: lay.toks.iter().position(|t| t.0 == Tok::TokError),
        failed_expressions: HashMap::new(),
    });
    let output = {
        let parser = file();
        let input = toks[..].split_token_span(CSpan::from(n..n));
        parser.parse_with_state(input, &mut state).into_output()
    };
    let furthest = FURTHEST.with(|f| f.get());
    if let Some(idx) = state.memory_error {
        // CPython's parser stops there and then, whatever else the file holds.
        return Err(parser_out_of_memory(state.tok_span(idx)));
    }
    match output {
        Some(body) => {
            let doc = docstring(&state, &body);
            let mut module = Module {
                body,
                scope: ScopeInfo::default(),
                warnings: Vec::new(),
                doc,
            };
            if let Some(at) = state.too_deep.or_else(|| too_deep_at(&module)) {
                return Err(too_deep(at));
            }
            if let Some(top_level_await) = check {
                super::future::check(&module)?;
                check_context(&module, top_level_await)?;
            }
            // The tokenizer's warnings come first: CPython's tokenizer has read the whole
            // source before its compiler looks at the tree.
            module.warnings = lexed
                .warnings
                .iter()
                .map(|(at, msg)| (*at as u32, msg.clone()))
                .collect();
            compiler_warnings(&module.body, &mut module.warnings);
            Ok(module)
        }
        None => {
            let mut e = choose_error(&state, &lay, furthest);
            // What the tokenizer had read when it reached the error.
            let read = e.span.end.max(e.span.start + 1) as usize;
            e.warnings = lexed
                .warnings
                .iter()
                .filter(|(at, _)| *at < read)
                .map(|(at, msg)| (*at as u32, msg.clone()))
                .collect();
            Err(e)
        }
    }
}
