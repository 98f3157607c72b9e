//! The parser: `chumsky` combinators over the logical token slice, building the AST with a byte
//! span on every node.
//!
//! The grammar is `grammar/corun.ebnf` (Python 3.11's `Grammar/python.gram`); each rule there is a function here of the same name. Like CPython's parser,
//! a failed parse is reported either by a specific check (the `invalid_*` rules of python.gram,
//! reproduced where the parse reaches them: they record the first such error in the parser state
//! and fail) or, if none fired, as `invalid syntax` at the furthest token the parser looked at.
//! Tokenizer errors then take precedence the way they do in CPython (see `choose_error`).
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
mod patterns;

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
    let r = inp.parse(p);
    leave_level(inp, cost);
    r
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

// ----- expression helpers ------------------------------------------------------------------

/// CPython's `_PyPegen_get_expr_name`.
fn expr_name(st: &PState, e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Call { .. } | ExprKind::SuperCall { .. } | ExprKind::FrameCall { .. } => {
            "function call"
        }
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Comp(c) => match c.kind {
            CompKind::Generator => "generator expression",
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(_) => match st.text(e.span) {
            "None" => "None",
            "True" => "True",
            "False" => "False",
            "..." => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be assigned to
/// (or deleted).
fn invalid_target(e: &Expr, ty: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|x| invalid_target(x, ty))
        }
        ExprKind::Starred(v) => {
            if ty == Targets::Del {
                Some(e)
            } else {
                invalid_target(v, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if ty == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    invalid_target(left, ty)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Checks a target list, with CPython's message for the first bad part.
fn check_target(st: &PState, e: &Expr, ty: Targets) -> Result<(), SyntaxError> {
    if let Some(bad) = invalid_target(e, ty) {
        let verb = if ty == Targets::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(serr(
            format!("cannot {verb} {}", expr_name(st, bad)),
            bad.span,
        ));
    }
    if ty != Targets::Del {
        check_starred_targets(e)?;
    }
    Ok(())
}

/// The compiler's checks on starred assignment targets.
fn check_starred_targets(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Starred(_) => Err(serr(
            "starred assignment target must be in a list or tuple",
            e.span,
        )),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            let mut seen = false;
            for item in items {
                if let ExprKind::Starred(inner) = &item.kind {
                    if seen {
                        return Err(serr(
                            "multiple starred expressions in assignment",
                            item.span,
                        ));
                    }
                    seen = true;
                    check_starred_targets(inner)?;
                } else {
                    check_starred_targets(item)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn is_single_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    )
}

/// An expression at the `bitwise_or` level or below (what CPython's `invalid_named_expression`
/// looks at).
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda(_)
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Tuple(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

fn starts_with_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        }
        | ExprKind::Lambda(_)
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
        ExprKind::Tuple(items) => items.first().is_some_and(starts_with_bitwise_or),
        ExprKind::BoolOp { values, .. } => values.first().is_some_and(starts_with_bitwise_or),
        ExprKind::Compare { left, .. } => starts_with_bitwise_or(left),
        ExprKind::IfExp { body, .. } => starts_with_bitwise_or(body),
        _ => true,
    }
}

/// The leftmost atom of an expression.
fn leftmost(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::BinOp { left, .. } => leftmost(left),
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => leftmost(value),
        ExprKind::Call { func, .. } => leftmost(func),
        ExprKind::Compare { left, .. } => leftmost(left),
        _ => e,
    }
}

/// The checks of CPython's `invalid_assignment` / `invalid_named_expression` for
/// `t1 = t2 = … = value`.
fn check_assignment(
    st: &PState,
    stmt_start: usize,
    targets: &[Expr],
    value: &Expr,
) -> Result<(), SyntaxError> {
    for t in targets {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(serr("assignment to yield expression not possible", t.span));
        }
    }
    let first = &targets[0];
    if invalid_target(first, Targets::Star).is_some() && is_bitwise_or_level(first) {
        let first_tok = st.toks.get(stmt_start).map(|t| t.0);
        let atom = leftmost(first);
        let starts_display = atom.span.start == st.tok_span(stmt_start).start
            && (matches!(atom.kind, ExprKind::List(_) | ExprKind::Tuple(_))
                || matches!(&atom.kind, ExprKind::Comp(c) if c.kind == CompKind::Generator));
        let excluded =
            starts_display || matches!(first_tok, Some(Tok::True | Tok::False | Tok::None));
        let next = targets.get(1).unwrap_or(value);
        let applies =
            starts_with_bitwise_or(next) && (targets.len() == 1 || !is_bitwise_or_level(next));
        if !excluded && applies {
            return Err(serr(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(st, first)
                ),
                first.span,
            ));
        }
    }
    for t in targets {
        check_target(st, t, Targets::Star)?;
    }
    Ok(())
}

/// Tokens that can start an expression (for the "forgot a comma" check).
fn starts_expression(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::FStart
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Await
            | Tok::Tilde
            | Tok::Not
    )
}

/// Arguments of a call, in the order written.
enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Symbol, Expr, Span),
    DoubleStar(Expr, Span),
    /// A bare generator expression argument.
    Gen(Expr),
}

/// Parameter list items, in the order written.
enum ParamItem {
    Plain(Param),
    Slash(Span),
    Star(Option<Param>, Span),
    DoubleStar(Param),
}

/// What follows the first element inside brackets.
enum Tail {
    Comp(Vec<CompFor>),
    List(Vec<Expr>),
    Nothing,
}

/// One piece of an implicitly concatenated string.
enum StrPiece {
    Plain(u32),
    F(Vec<FStringPart>),
}

#[derive(Clone)]
struct Exprs<'a> {
    expression: P<'a, Expr>,
    named_expression: P<'a, Expr>,
    /// `NAME ':=' expression | expression`, as call arguments read it (no checks).
    assignment_or_expression: P<'a, Expr>,
    star_named_expression: P<'a, Expr>,
    star_expressions: P<'a, Expr>,
    yield_expr: P<'a, Expr>,
    bitwise_or: P<'a, Expr>,
    star_targets: P<'a, Expr>,
    for_if_clauses: P<'a, Vec<CompFor>>,
    arguments: P<'a, (Vec<Expr>, Vec<Keyword>)>,
    params: P<'a, Params>,
    lambda_params: P<'a, Params>,
}

fn tok<'a>(t: Tok) -> P<'a, ()> {
    just(t).ignored().boxed()
}

fn name<'a>() -> P<'a, Symbol> {
    select! { Tok::Name(s) => s }.boxed()
}

/// A name with its byte span.
fn name_spanned<'a>() -> P<'a, (Symbol, Span)> {
    select! { Tok::Name(s) => s }
        .map_with(|s, e| (s, sp(e)))
        .boxed()
}

fn name_expr<'a>() -> P<'a, Expr> {
    name()
        .map_with(|id, e| {
            Expr::new(
                ExprKind::Name {
                    id,
                    scope: NameRef::Unresolved,
                },
                sp(e),
            )
        })
        .boxed()
}

/// `strings: (STRING | fstring)+`, joined into one constant or a JoinedStr.
fn strings<'a>(x: &Exprs<'a>, fstring: P<'a, Vec<FStringPart>>) -> P<'a, Expr> {
    let _ = x;
    let plain = select! { Tok::Str(i) => i }.map(StrPiece::Plain);
    let f = fstring.map(StrPiece::F);
    plain
        .or(f)
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .then(custom(|inp: &mut Inp<'a, '_>| {
            let idx = cur(inp);
            Ok(idx)
        }))
        .try_map_with(|(pieces, next_idx), e| {
            let whole = sp(e);
            let st = pst(e);
            let lexed = st.lexed;
            let mut has_bytes = false;
            let mut has_str = false;
            let mut has_f = false;
            for p in &pieces {
                match p {
                    StrPiece::Plain(i) => match lexed.strings[*i as usize] {
                        Lit::Bytes(_) => has_bytes = true,
                        Lit::Str(_) => has_str = true,
                    },
                    StrPiece::F(_) => has_f = true,
                }
            }
            if has_bytes && (has_str || has_f) {
                let at = st.tok_span(next_idx);
                st.set_fatal(serr("cannot mix bytes and nonbytes literals", at), next_idx);
                return Err(PErr::at(next_idx));
            }
            if has_bytes {
                let mut out = Vec::new();
                for p in &pieces {
                    if let StrPiece::Plain(i) = p {
                        if let Lit::Bytes(b) = &lexed.strings[*i as usize] {
                            out.extend_from_slice(b);
                        }
                    }
                }
                return Ok(Expr::new(ExprKind::Constant(Value::bytes(&out)), whole));
            }
            if !has_f {
                let mut out = String::new();
                for p in &pieces {
                    if let StrPiece::Plain(i) = p {
                        if let Lit::Str(s) = &lexed.strings[*i as usize] {
                            out.push_str(s);
                        }
                    }
                }
                let value = Value::str(&out);
                st.str_consts.insert(whole.start, out);
                return Ok(Expr::new(ExprKind::Constant(value), whole));
            }
            let mut parts: Vec<FStringPart> = Vec::new();
            let push_lit = |parts: &mut Vec<FStringPart>, s: &str| {
                if s.is_empty() {
                    return;
                }
                if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
                    prev.push_str(s);
                } else {
                    parts.push(FStringPart::Literal(s.to_string()));
                }
            };
            for p in pieces {
                match p {
                    StrPiece::Plain(i) => {
                        if let Lit::Str(s) = &lexed.strings[i as usize] {
                            push_lit(&mut parts, s);
                        }
                    }
                    StrPiece::F(fparts) => {
                        for part in fparts {
                            match part {
                                FStringPart::Literal(s) => push_lit(&mut parts, &s),
                                field => parts.push(field),
                            }
                        }
                    }
                }
            }
            Ok(Expr::new(ExprKind::JoinedStr(parts), whole))
        })
        .boxed()
}

/// The inside of `( … )` (and of an f-string's `{ … }`): a group, a tuple, a generator
/// expression, or a yield.
fn paren_inner<'a>(x: &Exprs<'a>) -> P<'a, Option<(Expr, Tail)>> {
    let tail = tail(x);
    x.yield_expr
        .clone()
        .map(|y| (y, Tail::Nothing))
        .or(x.star_named_expression.clone().then(tail))
        .or_not()
        .boxed()
}

/// What follows the first element of a bracketed display: comprehension clauses, more
/// comma-separated elements (a trailing comma gives an empty list), or nothing.
fn tail<'a>(x: &Exprs<'a>) -> P<'a, Tail> {
    let more = tok(Tok::Comma).ignore_then(nested(
        level::LATER_ITEM,
        x.star_named_expression
            .clone()
            .separated_by(tok(Tok::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .boxed(),
    ));
    choice((
        x.for_if_clauses.clone().map(Tail::Comp),
        more.map(Tail::List),
        empty().map(|_| Tail::Nothing),
    ))
    .boxed()
}

fn comprehension(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<CompFor>,
    span: Span,
) -> Expr {
    Expr::new(
        ExprKind::Comp(
            Comprehension {
                kind,
                elt,
                value,
                generators,
                scope: ScopeInfo::default(),
                qualname: String::new(),
            }
            .into(),
        ),
        span,
    )
}

/// Builds `( … )` from its inside, with CPython's checks.
fn make_paren(
    st: &mut PState,
    inner: Option<(Expr, Tail)>,
    whole: Span,
    idx: usize,
) -> Result<Expr, PErr> {
    let Some((first, tail)) = inner else {
        return Ok(Expr::new(ExprKind::Tuple(Vec::new()), whole));
    };
    match tail {
        Tail::Nothing => {
            if let ExprKind::Starred(_) = first.kind {
                st.set_fatal(serr("cannot use starred expression here", first.span), idx);
                return Err(PErr::at(idx));
            }
            Ok(first)
        }
        Tail::List(rest) => {
            let mut items = vec![first];
            items.extend(rest);
            Ok(Expr::new(ExprKind::Tuple(items), whole))
        }
        Tail::Comp(gens) => {
            if let ExprKind::Starred(_) = first.kind {
                st.set_fatal(
                    serr(
                        "iterable unpacking cannot be used in comprehension",
                        first.span,
                    ),
                    idx,
                );
                return Err(PErr::at(idx));
            }
            Ok(comprehension(CompKind::Generator, first, None, gens, whole))
        }
    }
}

/// `atom`: names, constants, strings, numbers, and the bracketed displays.
fn atom<'a>(x: &Exprs<'a>, fstring: P<'a, Vec<FStringPart>>) -> P<'a, Expr> {
    let constant = select! {
        Tok::True => 1u8,
        Tok::False => 2u8,
        Tok::None => 3u8,
        Tok::Ellipsis => 4u8,
    }
    .map_with(|k, e| {
        let v = match k {
            1 => Value::bool(true),
            2 => Value::bool(false),
            3 => Value::None,
            _ => Value::Ellipsis,
        };
        Expr::new(ExprKind::Constant(v), sp(e))
    });
    let number = select! { Tok::Number(i) => i }.map_with(|i, e| {
        let whole = sp(e);
        let v = num_value(&pst(e).lexed.numbers[i as usize]);
        Expr::new(ExprKind::Constant(v), whole)
    });
    let deferred = select! { Tok::Deferred(i) => i }.try_map_with(|i, e| {
        let s = e.span();
        let st = pst(e);
        let err = st.lexed.deferred[i as usize].clone();
        st.set_fatal(err, s.start);
        Err(PErr::at(s.start))
    });
    let paren = tok(Tok::LPar)
        .ignore_then(paren_inner(x))
        .then_ignore(tok(Tok::RPar))
        .try_map_with(|inner, e| {
            let whole = sp(e);
            let idx = e.span().start;
            make_paren(pst(e), inner, whole, idx)
        });
    let list = tok(Tok::LSqb)
        .ignore_then(x.star_named_expression.clone().then(tail(x)).or_not())
        .then(custom(|inp: &mut Inp<'a, '_>| Ok(cur(inp))))
        .then_ignore(tok(Tok::RSqb))
        .try_map_with(|(inner, close), e| {
            let whole = sp(e);
            let st = pst(e);
            let Some((first, tail)) = inner else {
                return Ok(Expr::new(ExprKind::List(Vec::new()), whole));
            };
            match tail {
                Tail::Nothing => Ok(Expr::new(ExprKind::List(vec![first]), whole)),
                Tail::List(rest) => {
                    let mut items = vec![first];
                    items.extend(rest);
                    Ok(Expr::new(ExprKind::List(items), whole))
                }
                Tail::Comp(gens) => {
                    if let ExprKind::Starred(_) = first.kind {
                        st.set_fatal(
                            serr(
                                "iterable unpacking cannot be used in comprehension",
                                first.span,
                            ),
                            close,
                        );
                        return Err(PErr::at(close));
                    }
                    Ok(comprehension(CompKind::List, first, None, gens, whole))
                }
            }
        });
    let braces = braces(x);
    let name = name_expr();
    let constant = constant.boxed();
    let number = number.boxed();
    let strings = strings(x, fstring);
    let paren = paren.boxed();
    let list = list.boxed();
    let deferred = deferred.boxed();
    // Each kind of atom starts with its own kind of token: dispatch on it.
    custom(move |inp: &mut Inp<'a, '_>| match inp.peek() {
        Some(Tok::Name(_)) => inp.parse(&name),
        Some(Tok::True | Tok::False | Tok::None | Tok::Ellipsis) => inp.parse(&constant),
        Some(Tok::Number(_)) => inp.parse(&number),
        Some(Tok::Str(_) | Tok::FStart) => inp.parse(&strings),
        Some(Tok::LPar) => deeper(inp, level::PAREN, &paren),
        Some(Tok::LSqb) => deeper(inp, level::LIST, &list),
        Some(Tok::LBrace) => deeper(inp, level::BRACE, &braces),
        Some(Tok::Deferred(_)) => inp.parse(&deferred),
        _ => Err(PErr::at(cur(inp))),
    })
    .boxed()
}

/// `{ … }`: dict and set displays and comprehensions.
fn braces<'a>(x: &Exprs<'a>) -> P<'a, Expr> {
    enum Item {
        Pair(Expr, Expr),
        Unpack(Expr),
        Elem(Expr),
    }
    let double_starred = tok(Tok::DoubleStar)
        .ignore_then(x.bitwise_or.clone())
        .map(Item::Unpack);
    let first = double_starred.clone().or(x
        .star_named_expression
        .clone()
        .then(tok(Tok::Colon).ignore_then(x.expression.clone()).or_not())
        .map(|(k, v)| match v {
            Some(v) => Item::Pair(k, v),
            None => Item::Elem(k),
        }));
    let kvpair = x
        .expression
        .clone()
        .then_ignore(tok(Tok::Colon))
        .then(x.expression.clone())
        .map(|(k, v)| Item::Pair(k, v));
    let dict_item = double_starred.or(kvpair);
    let dict_rest = tok(Tok::Comma)
        .ignore_then(
            dict_item
                .separated_by(tok(Tok::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not();
    enum Rest {
        Dict(Option<Vec<Item>>),
        Set(Tail),
        Comp(Vec<CompFor>),
    }
    let rest_after_pair = x
        .for_if_clauses
        .clone()
        .map(Rest::Comp)
        .or(dict_rest.clone().map(Rest::Dict));
    let set_tail = tail(x);
    let inner = custom(move |inp: &mut Inp<'a, '_>| {
        let f = inp.parse(&first)?;
        let rest = match &f {
            Item::Pair(..) => inp.parse(&rest_after_pair)?,
            Item::Unpack(_) => Rest::Dict(inp.parse(&dict_rest)?),
            Item::Elem(_) => Rest::Set(inp.parse(&set_tail)?),
        };
        Ok((f, rest))
    })
    .or_not();
    tok(Tok::LBrace)
        .ignore_then(inner)
        .then_ignore(tok(Tok::RBrace))
        .try_map_with(|inner, e| {
            let whole = sp(e);
            let idx = e.span().start;
            let st = pst(e);
            let Some((first, rest)) = inner else {
                return Ok(Expr::new(
                    ExprKind::Dict {
                        keys: Vec::new(),
                        values: Vec::new(),
                    },
                    whole,
                ));
            };
            let mut keys = Vec::new();
            let mut values = Vec::new();
            let mut add = |item: Item| match item {
                Item::Pair(k, v) => {
                    keys.push(Some(k));
                    values.push(v);
                }
                Item::Unpack(v) | Item::Elem(v) => {
                    keys.push(None);
                    values.push(v);
                }
            };
            match (first, rest) {
                (Item::Elem(first), Rest::Set(tail)) => match tail {
                    Tail::Nothing => Ok(Expr::new(ExprKind::Set(vec![first]), whole)),
                    Tail::List(more) => {
                        let mut items = vec![first];
                        items.extend(more);
                        Ok(Expr::new(ExprKind::Set(items), whole))
                    }
                    Tail::Comp(gens) => {
                        if let ExprKind::Starred(_) = first.kind {
                            st.set_fatal(
                                serr(
                                    "iterable unpacking cannot be used in comprehension",
                                    first.span,
                                ),
                                idx,
                            );
                            return Err(PErr::at(idx));
                        }
                        Ok(comprehension(CompKind::Set, first, None, gens, whole))
                    }
                },
                (Item::Pair(k, v), Rest::Comp(gens)) => {
                    Ok(comprehension(CompKind::Dict, k, Some(v), gens, whole))
                }
                (first @ (Item::Pair(..) | Item::Unpack(_)), Rest::Dict(more)) => {
                    add(first);
                    for item in more.into_iter().flatten() {
                        add(item);
                    }
                    Ok(Expr::new(ExprKind::Dict { keys, values }, whole))
                }
                _ => Err(PErr::at(idx)),
            }
        })
        .boxed()
}

/// `primary`: an atom followed by `.name`, `(arguments)` and `[slices]`.
fn primary<'a>(
    inp: &mut Inp<'a, '_>,
    atom: &P<'a, Expr>,
    arguments: &P<'a, (Vec<Expr>, Vec<Keyword>)>,
    slices: &P<'a, Expr>,
) -> Result<Expr, PErr> {
    let start = cur(inp);
    let mut e = inp.parse(atom)?;
    let mut trailers = 0;
    loop {
        let save = inp.save();
        let kind = match inp.next() {
            Some(Tok::Dot) => match inp.next() {
                Some(Tok::Name(attr)) => ExprKind::Attribute {
                    value: bx(e),
                    attr,
                    site: Default::default(),
                },
                _ => {
                    let at = cur(inp) - 1;
                    note_failure(at);
                    inp.rewind(save);
                    break;
                }
            },
            Some(Tok::LPar) => match deeper(inp, level::CALL, arguments) {
                Ok((args, keywords)) if inp.peek() == Some(Tok::RPar) => {
                    inp.skip();
                    ExprKind::Call {
                        func: bx(e),
                        args,
                        keywords,
                    }
                }
                _ => {
                    note_failure(cur(inp));
                    inp.rewind(save);
                    break;
                }
            },
            Some(Tok::LSqb) => match deeper(inp, level::SUBSCRIPT, slices) {
                Ok(slice) if inp.peek() == Some(Tok::RSqb) => {
                    inp.skip();
                    ExprKind::Subscript {
                        value: bx(e),
                        slice: bx(slice),
                    }
                }
                _ => {
                    note_failure(cur(inp));
                    inp.rewind(save);
                    break;
                }
            },
            _ => {
                inp.rewind(save);
                break;
            }
        };
        trailers += 1;
        if trailers > MAX_EXPR_DEPTH {
            // Past the limit the chain is read but not built.
            note_too_deep(inp, start);
            e = match kind {
                ExprKind::Attribute { value, .. } => *value,
                ExprKind::Call { func, .. } => *func,
                ExprKind::Subscript { value, .. } => *value,
                _ => Expr::new(ExprKind::Constant(Value::None), span_from(inp, start)),
            };
            continue;
        }
        e = Expr::new(kind, span_from(inp, start));
    }
    Ok(e)
}

/// One operand of a `**` chain: unary operators, then `await primary` or `primary`.
type PowerUnit = (Vec<(UnaryOp, Span)>, Expr, usize);

/// Each unary operator is a level of CPython's parser for all that follows it: `levels` counts
/// those entered, for the caller to leave.
fn power_unit<'a>(
    inp: &mut Inp<'a, '_>,
    atom: &P<'a, Expr>,
    arguments: &P<'a, (Vec<Expr>, Vec<Keyword>)>,
    slices: &P<'a, Expr>,
    levels: &mut usize,
) -> Result<PowerUnit, PErr> {
    let mut ops = Vec::new();
    loop {
        let op = match inp.peek() {
            Some(Tok::Plus) => UnaryOp::Pos,
            Some(Tok::Minus) => UnaryOp::Neg,
            Some(Tok::Tilde) => UnaryOp::Invert,
            _ => break,
        };
        enter_level(inp, level::EXPRESSION)?;
        *levels += level::EXPRESSION;
        ops.push((op, here_span(inp)));
        inp.skip();
    }
    let base_start = cur(inp);
    let base = if inp.peek() == Some(Tok::Await) {
        inp.skip();
        let v = primary(inp, atom, arguments, slices)?;
        Expr::new(ExprKind::Await(bx(v)), span_from(inp, base_start))
    } else {
        primary(inp, atom, arguments, slices)?
    };
    Ok((ops, base, base_start))
}

/// `factor` and `power` together, without recursion: `-a ** -b ** c` is read as a list of
/// (unary operators, operand) joined by `**`, then folded from the right.
fn factor<'a>(x: &Exprs<'a>, atom: P<'a, Expr>) -> P<'a, Expr> {
    let arguments = x.arguments.clone();
    let slices = slices(x);
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        let mut levels = 0;
        let units = power_units(inp, &atom, &arguments, &slices, &mut levels);
        leave_level(inp, levels);
        let mut units = units?;
        let end = span_from(inp, start);
        let Some((ops, last, _)) = units.pop() else {
            return Err(PErr::at(start));
        };
        let mut acc = apply_unary(ops, last, end);
        while let Some((ops, base, base_start)) = units.pop() {
            let whole = Span {
                start: inp.state().tok_span(base_start).start,
                end: end.end,
            };
            acc = Expr::new(
                ExprKind::BinOp {
                    left: bx(base),
                    op: BinOp::Pow,
                    right: bx(acc),
                },
                whole,
            );
            acc = apply_unary(ops, acc, end);
        }
        Ok(acc)
    })
    .boxed()
}

/// The operands of a `**` chain (the right operand of each `**` is two levels of CPython's
/// parser deeper than the left one).
fn power_units<'a>(
    inp: &mut Inp<'a, '_>,
    atom: &P<'a, Expr>,
    arguments: &P<'a, (Vec<Expr>, Vec<Keyword>)>,
    slices: &P<'a, Expr>,
    levels: &mut usize,
) -> Result<Vec<PowerUnit>, PErr> {
    let mut units = vec![power_unit(inp, atom, arguments, slices, levels)?];
    while inp.peek() == Some(Tok::DoubleStar) {
        let save = inp.save();
        inp.skip();
        enter_level(inp, level::POWER)?;
        *levels += level::POWER;
        match power_unit(inp, atom, arguments, slices, levels) {
            Ok(u) => units.push(u),
            Err(_) => {
                inp.rewind(save);
                break;
            }
        }
    }
    Ok(units)
}

/// `slices`: one slice or expression, or a tuple of them.
fn slices<'a>(x: &Exprs<'a>) -> P<'a, Expr> {
    let named = x.named_expression.clone();
    let opt_expr = x.expression.clone().or_not().boxed();
    let starred = x.expression.clone();
    let slice = custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        if inp.peek() == Some(Tok::Star) {
            inp.skip();
            let v = inp.parse(&starred)?;
            let whole = span_from(inp, start);
            return Ok(Expr::new(ExprKind::Starred(bx(v)), whole));
        }
        let lower = if inp.peek() == Some(Tok::Colon) {
            None
        } else {
            Some(inp.parse(&named)?)
        };
        if inp.peek() != Some(Tok::Colon) {
            return lower.ok_or_else(|| PErr::at(cur(inp)));
        }
        inp.skip();
        let upper = inp.parse(&opt_expr)?;
        let mut step = None;
        if inp.peek() == Some(Tok::Colon) {
            inp.skip();
            step = inp.parse(&opt_expr)?;
        }
        let whole = span_from(inp, start);
        Ok(Expr::new(
            ExprKind::Slice {
                lower: lower.map(bx),
                upper: upper.map(bx),
                step: step.map(bx),
            },
            whole,
        ))
    })
    .boxed();
    slice
        .clone()
        .then(
            tok(Tok::Comma)
                .ignore_then(
                    slice
                        .separated_by(tok(Tok::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            // A lone starred expression is a tuple too (`x[*a]`).
            None if !matches!(first.kind, ExprKind::Starred(_)) => first,
            rest => {
                let whole = sp(e);
                let mut items = vec![first];
                items.extend(rest.unwrap_or_default());
                Expr::new(ExprKind::Tuple(items), whole)
            }
        })
        .boxed()
}

/// `arguments` of a call, checked for CPython's ordering rules.
fn arguments<'a>(x: &Exprs<'a>) -> P<'a, (Vec<Expr>, Vec<Keyword>)> {
    let starred = tok(Tok::Star)
        .ignore_then(x.expression.clone())
        .map_with(|v, e| Arg::Star(Expr::new(ExprKind::Starred(bx(v)), sp(e))));
    let double = tok(Tok::DoubleStar)
        .ignore_then(x.expression.clone())
        .map_with(|v, e| Arg::DoubleStar(v, sp(e)));
    let kw = name()
        .then_ignore(tok(Tok::Equal))
        .then(x.expression.clone())
        .map_with(|(n, v), e| Arg::Kw(n, v, sp(e)));
    let named = x.assignment_or_expression.clone();
    let clauses = x.for_if_clauses.clone();
    let positional = custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        let v = inp.parse(&named)?;
        match inp.peek() {
            Some(Tok::For | Tok::Async) => {
                let gens = inp.parse(&clauses)?;
                // CPython gives a bare generator argument the call's parentheses.
                let end = cur(inp);
                let st: &PState = inp.state();
                let parens = start > 0
                    && st.toks[start - 1].0 == Tok::LPar
                    && st.toks.get(end).map(|t| t.0) == Some(Tok::RPar);
                let whole = if parens {
                    st.span(CSpan::from(start - 1..end + 1))
                } else {
                    st.span(CSpan::from(start..end))
                };
                Ok(Arg::Gen(comprehension(
                    CompKind::Generator,
                    v,
                    None,
                    gens,
                    whole,
                )))
            }
            Some(Tok::Equal) => {
                let now = cur(inp);
                let st: &PState = inp.state();
                let eq = st.tok_span(now);
                let first = st.toks[start].0;
                let msg = match first {
                    Tok::True | Tok::False | Tok::None if now == start + 1 => {
                        format!("cannot assign to {}", first.text())
                    }
                    _ => "expression cannot contain assignment, perhaps you meant \"==\"?"
                        .to_string(),
                };
                let err = serr(msg, v.span.to(eq));
                Err(fatal_here(inp, err))
            }
            _ => Ok(Arg::Pos(v)),
        }
    });
    let arg = choice((
        starred.boxed(),
        double.boxed(),
        kw.boxed(),
        positional.boxed(),
    ));
    arg.separated_by(tok(Tok::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .try_map_with(|items, e| {
            let end = e.span().end;
            let st = pst(e);
            let n = items.len();
            let mut args = Vec::new();
            let mut keywords: Vec<Keyword> = Vec::new();
            let (mut seen_kw, mut seen_unpack) = (false, false);
            let mut error = None;
            for item in items {
                match item {
                    Arg::Pos(v) => {
                        if seen_unpack {
                            error.get_or_insert(serr(
                                "positional argument follows keyword argument unpacking",
                                v.span,
                            ));
                        } else if seen_kw {
                            error.get_or_insert(serr(
                                "positional argument follows keyword argument",
                                v.span,
                            ));
                        }
                        args.push(v);
                    }
                    Arg::Gen(v) => {
                        if n > 1 {
                            error.get_or_insert(serr(
                                "Generator expression must be parenthesized",
                                v.span,
                            ));
                        }
                        args.push(v);
                    }
                    Arg::Star(v) => {
                        if seen_unpack {
                            error.get_or_insert(serr(
                                "iterable argument unpacking follows keyword argument unpacking",
                                v.span,
                            ));
                        }
                        args.push(v);
                    }
                    Arg::Kw(name, value, span) => {
                        if keywords.iter().any(|k| k.arg == Some(name)) {
                            error.get_or_insert(serr(
                                format!("keyword argument repeated: {name}"),
                                span,
                            ));
                        }
                        seen_kw = true;
                        keywords.push(Keyword {
                            arg: Some(name),
                            value,
                            span,
                        });
                    }
                    Arg::DoubleStar(value, span) => {
                        seen_unpack = true;
                        keywords.push(Keyword {
                            arg: None,
                            value,
                            span,
                        });
                    }
                }
            }
            if let Some(err) = error {
                st.set_fatal(err, end);
                return Err(PErr::at(end));
            }
            Ok((args, keywords))
        })
        .boxed()
}

/// `star_targets`, as the targets of `for` loops and comprehensions (checked by the caller).
fn star_targets<'a>(bitwise_or: P<'a, Expr>) -> P<'a, Expr> {
    let star_target = tok(Tok::Star)
        .ignore_then(bitwise_or.clone())
        .map_with(|v, e| Expr::new(ExprKind::Starred(bx(v)), sp(e)))
        .or(bitwise_or)
        .boxed();
    star_target
        .clone()
        .then(
            tok(Tok::Comma)
                .ignore_then(
                    star_target
                        .separated_by(tok(Tok::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            None => first,
            Some(rest) => {
                let whole = sp(e);
                let mut items = vec![first];
                items.extend(rest);
                Expr::new(ExprKind::Tuple(items), whole)
            }
        })
        .boxed()
}

/// `for_if_clauses` of a comprehension.
fn for_if_clauses<'a>(star_targets: P<'a, Expr>, disjunction: P<'a, Expr>) -> P<'a, Vec<CompFor>> {
    tok(Tok::Async)
        .or_not()
        .then_ignore(tok(Tok::For))
        .then(star_targets)
        .then_ignore(tok(Tok::In))
        .then(disjunction.clone())
        .then(
            tok(Tok::If)
                .ignore_then(disjunction)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .try_map_with(|(((is_async, target), iter), ifs), e| {
            let st = pst(e);
            if let Err(err) = check_target(st, &target, Targets::For) {
                let at = e.span().start;
                pst(e).set_fatal(err, at);
                return Err(PErr::at(at));
            }
            Ok(CompFor {
                target,
                iter,
                ifs,
                is_async: is_async.is_some(),
            })
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed()
}

/// An f-string's parts, from `FStart` to `FEnd`.
fn fstring<'a>(x: &Exprs<'a>) -> P<'a, Vec<FStringPart>> {
    let literal = select! { Tok::FLit(i) => i }.map_with(|i, e| {
        let st = pst(e);
        FStringPart::Literal(st.lexed.texts[i as usize].clone())
    });
    let inner = on_fresh_parser(paren_inner(x))
        .map_with(|inner, e| (inner, sp(e), e.span().start))
        .boxed();
    let field = recursive(move |field| {
        let spec = literal.or(field).repeated().collect::<Vec<FStringPart>>();
        select! { Tok::FieldStart(i) => i }
            .then(inner.clone())
            .then(select! { Tok::FConv(c) => c }.or_not())
            .then(tok(Tok::FSpec).ignore_then(spec).or_not())
            .then_ignore(tok(Tok::FieldEnd))
            .try_map_with(|(((i, (inner, whole, idx)), conversion), spec), e| {
                let st = pst(e);
                let expr = make_paren(st, inner, whole, idx)?;
                Ok(FStringPart::Field {
                    expr: bx(expr),
                    conversion,
                    spec: spec.unwrap_or_default(),
                    debug_text: st.lexed.fields[i as usize].debug_text.clone(),
                })
            })
    });
    let literal = select! { Tok::FLit(i) => i }.map_with(|i, e| {
        let st = pst(e);
        FStringPart::Literal(st.lexed.texts[i as usize].clone())
    });
    tok(Tok::FStart)
        .ignore_then(literal.or(field).repeated().collect::<Vec<_>>())
        .then_ignore(tok(Tok::FEnd))
        .boxed()
}

/// Applies prefix operators to an operand whose tokens end at `end`.
fn apply_unary(ops: Vec<(UnaryOp, Span)>, mut e: Expr, end: Span) -> Expr {
    for (op, at) in ops.into_iter().rev() {
        let whole = Span {
            start: at.start,
            end: end.end,
        };
        e = Expr::new(ExprKind::UnaryOp { op, operand: bx(e) }, whole);
    }
    e
}

fn lambda_def(params: Params, body: Expr, whole: Span, kw: Span) -> Expr {
    let ret_span = body.span;
    let def = FunctionDef {
        name: sym::lambda,
        qualname: String::new(),
        params,
        body: vec![Stmt::new(StmtKind::Return(Some(body)), ret_span)],
        decorators: Vec::new(),
        returns: None,
        is_async: false,
        is_lambda: true,
        span: whole,
        name_span: kw,
        doc: None,
        scope: ScopeInfo::default(),
    };
    Expr::new(ExprKind::Lambda(Rc::new(def)), whole)
}

/// Parameter lists of `def` (with annotations) and `lambda`.
fn parameters<'a>(
    x_expression: P<'a, Expr>,
    star_expression: P<'a, Expr>,
    annotations: bool,
) -> P<'a, Params> {
    let annotation = if annotations {
        tok(Tok::Colon)
            .ignore_then(x_expression.clone())
            .or_not()
            .boxed()
    } else {
        empty().map(|_| None).boxed()
    };
    let star_annotation = if annotations {
        tok(Tok::Colon)
            .ignore_then(star_expression)
            .or_not()
            .boxed()
    } else {
        empty().map(|_| None).boxed()
    };
    let default = tok(Tok::Equal).ignore_then(x_expression).or_not().boxed();
    let param = |ann: P<'a, Option<Expr>>| {
        name_spanned()
            .then(ann)
            .then(default.clone())
            .map(|(((name, span), annotation), default)| Param {
                name,
                annotation,
                default,
                span,
                scope: NameRef::Unresolved,
            })
            .boxed()
    };
    let item = choice((
        tok(Tok::Slash)
            .map_with(|_, e| ParamItem::Slash(sp(e)))
            .boxed(),
        tok(Tok::DoubleStar)
            .ignore_then(param(annotation.clone()))
            .map(ParamItem::DoubleStar)
            .boxed(),
        tok(Tok::Star)
            .map_with(|_, e| sp(e))
            .then(param(star_annotation).or_not())
            .map(|(at, p)| ParamItem::Star(p, at))
            .boxed(),
        param(annotation).map(ParamItem::Plain).boxed(),
    ));
    item.separated_by(tok(Tok::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .try_map_with(|items, e| {
            let end = e.span().end;
            match build_params(items) {
                Ok(p) => Ok(p),
                Err(err) => {
                    pst(e).set_fatal(err, end);
                    Err(PErr::at(end))
                }
            }
        })
        .boxed()
}

/// Sorts parameter items into `Params`, with CPython's messages for misplaced ones.
fn build_params(items: Vec<ParamItem>) -> Result<Params, SyntaxError> {
    let mut p = Params::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut pending: Vec<Param> = Vec::new();
    let n = items.len();
    let mut names: Vec<Symbol> = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if p.kwarg.is_some() {
            let at = match &item {
                ParamItem::Plain(q) | ParamItem::DoubleStar(q) => q.span,
                ParamItem::Slash(s) | ParamItem::Star(_, s) => *s,
            };
            return Err(serr("arguments cannot follow var-keyword argument", at));
        }
        match item {
            ParamItem::Slash(at) => {
                if seen_slash {
                    return Err(serr("/ may appear only once", at));
                }
                if seen_star {
                    return Err(serr("/ must be ahead of *", at));
                }
                if pending.is_empty() {
                    return Err(serr("at least one argument must precede /", at));
                }
                seen_slash = true;
                p.posonly.append(&mut pending);
            }
            ParamItem::Star(param, at) => {
                if seen_star {
                    return Err(serr("* argument may appear only once", at));
                }
                seen_star = true;
                match param {
                    Some(param) => {
                        if let Some(d) = &param.default {
                            return Err(serr(
                                "var-positional argument cannot have default value",
                                d.span,
                            ));
                        }
                        names.push(param.name);
                        p.vararg = Some(param);
                    }
                    None => {
                        if i + 1 == n {
                            return Err(serr("named arguments must follow bare *", at));
                        }
                    }
                }
            }
            ParamItem::DoubleStar(param) => {
                if let Some(d) = &param.default {
                    return Err(serr(
                        "var-keyword argument cannot have default value",
                        d.span,
                    ));
                }
                if seen_star && p.vararg.is_none() && p.kwonly.is_empty() {
                    return Err(serr("named arguments must follow bare *", param.span));
                }
                names.push(param.name);
                p.kwarg = Some(param);
            }
            ParamItem::Plain(param) => {
                names.push(param.name);
                if seen_star {
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(serr(
                            "non-default argument follows default argument",
                            param.span,
                        ));
                    }
                    pending.push(param);
                }
            }
        }
    }
    p.args = pending;
    for (i, n) in names.iter().enumerate() {
        if names[..i].contains(n) {
            let at = all_params(&p)
                .filter(|q| q.name == *n)
                .nth(1)
                .map(|q| q.span)
                .unwrap_or_default();
            return Err(serr(
                format!("duplicate argument '{n}' in function definition"),
                at,
            ));
        }
    }
    Ok(p)
}

/// The operator levels from `disjunction` down to `term`, innermost last.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Or,
    And,
    Not,
    Comparison,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Term,
    Factor,
}

impl Level {
    fn inner(self) -> Level {
        match self {
            Level::Or => Level::And,
            Level::And => Level::Not,
            Level::Not => Level::Comparison,
            Level::Comparison => Level::BitOr,
            Level::BitOr => Level::BitXor,
            Level::BitXor => Level::BitAnd,
            Level::BitAnd => Level::Shift,
            Level::Shift => Level::Sum,
            Level::Sum => Level::Term,
            Level::Term | Level::Factor => Level::Factor,
        }
    }

    fn binop(self, t: Tok) -> Option<BinOp> {
        Some(match (self, t) {
            (Level::BitOr, Tok::VBar) => BinOp::BitOr,
            (Level::BitXor, Tok::Circumflex) => BinOp::BitXor,
            (Level::BitAnd, Tok::Amper) => BinOp::BitAnd,
            (Level::Shift, Tok::LeftShift) => BinOp::LShift,
            (Level::Shift, Tok::RightShift) => BinOp::RShift,
            (Level::Sum, Tok::Plus) => BinOp::Add,
            (Level::Sum, Tok::Minus) => BinOp::Sub,
            (Level::Term, Tok::Star) => BinOp::Mult,
            (Level::Term, Tok::Slash) => BinOp::Div,
            (Level::Term, Tok::DoubleSlash) => BinOp::FloorDiv,
            (Level::Term, Tok::Percent) => BinOp::Mod,
            (Level::Term, Tok::At) => BinOp::MatMult,
            _ => return None,
        })
    }
}

/// `disjunction` … `term` (or any level in between) over `factor`: precedence climbing, one
/// function call per level, no allocation for a plain operand.
fn operators<'a>(factor: P<'a, Expr>, level: Level) -> P<'a, Expr> {
    custom(move |inp: &mut Inp<'a, '_>| climb(inp, &factor, level)).boxed()
}

/// Fails like CPython's compiler once a chain of operators gets too long.
fn climb<'a>(inp: &mut Inp<'a, '_>, factor: &P<'a, Expr>, level: Level) -> Result<Expr, PErr> {
    let start = cur(inp);
    match level {
        Level::Factor => inp.parse(factor),
        Level::Or | Level::And => {
            let op = if level == Level::Or {
                Tok::Or
            } else {
                Tok::And
            };
            let first = climb(inp, factor, level.inner())?;
            if inp.peek() != Some(op) {
                return Ok(first);
            }
            let mut values = vec![first];
            while inp.peek() == Some(op) {
                let save = inp.save();
                inp.skip();
                match climb(inp, factor, level.inner()) {
                    Ok(v) => values.push(v),
                    Err(_) => {
                        inp.rewind(save);
                        break;
                    }
                }
            }
            if values.len() == 1 {
                return Ok(values.pop().unwrap_or_else(|| {
                    Expr::new(ExprKind::Constant(Value::None), Span::default())
                }));
            }
            let kind = if level == Level::Or {
                BoolOpKind::Or
            } else {
                BoolOpKind::And
            };
            let whole = span_from(inp, start);
            Ok(Expr::new(ExprKind::BoolOp { op: kind, values }, whole))
        }
        Level::Not => {
            let mut nots = Vec::new();
            let mut entered = Ok(());
            while inp.peek() == Some(Tok::Not) {
                // Each `not` is a level of CPython's parser.
                entered = enter_level(inp, level::EXPRESSION);
                if entered.is_err() {
                    break;
                }
                nots.push(here_span(inp));
                inp.skip();
            }
            let operand = entered.and_then(|_| climb(inp, factor, Level::Comparison));
            leave_level(inp, nots.len() * level::EXPRESSION);
            let operand = operand?;
            if nots.is_empty() {
                return Ok(operand);
            }
            let end = span_from(inp, start);
            Ok(apply_unary(
                nots.into_iter().map(|s| (UnaryOp::Not, s)).collect(),
                operand,
                end,
            ))
        }
        Level::Comparison => {
            let left = climb(inp, factor, Level::BitOr)?;
            let mut ops = Vec::new();
            let mut comparators = Vec::new();
            loop {
                let save = inp.save();
                let op = match inp.next() {
                    Some(Tok::EqEqual) => CmpOp::Eq,
                    Some(Tok::NotEqual) => CmpOp::NotEq,
                    Some(Tok::LessEqual) => CmpOp::LtE,
                    Some(Tok::Less) => CmpOp::Lt,
                    Some(Tok::GreaterEqual) => CmpOp::GtE,
                    Some(Tok::Greater) => CmpOp::Gt,
                    Some(Tok::In) => CmpOp::In,
                    Some(Tok::Not) if inp.peek() == Some(Tok::In) => {
                        inp.skip();
                        CmpOp::NotIn
                    }
                    Some(Tok::Is) if inp.peek() == Some(Tok::Not) => {
                        inp.skip();
                        CmpOp::IsNot
                    }
                    Some(Tok::Is) => CmpOp::Is,
                    _ => {
                        inp.rewind(save);
                        break;
                    }
                };
                match climb(inp, factor, Level::BitOr) {
                    Ok(c) => {
                        ops.push(op);
                        comparators.push(c);
                    }
                    Err(_) => {
                        inp.rewind(save);
                        break;
                    }
                }
            }
            if ops.is_empty() {
                return Ok(left);
            }
            let whole = span_from(inp, start);
            Ok(Expr::new(
                ExprKind::Compare {
                    left: bx(left),
                    ops,
                    comparators,
                },
                whole,
            ))
        }
        _ => {
            let mut left = climb(inp, factor, level.inner())?;
            let mut count = 0;
            while let Some(op) = inp.peek().and_then(|t| level.binop(t)) {
                let save = inp.save();
                inp.skip();
                match climb(inp, factor, level.inner()) {
                    Ok(right) => {
                        count += 1;
                        if count > MAX_EXPR_DEPTH {
                            // Past the limit the chain is read but not built.
                            note_too_deep(inp, start);
                            continue;
                        }
                        let whole = span_from(inp, start);
                        left = Expr::new(
                            ExprKind::BinOp {
                                left: bx(left),
                                op,
                                right: bx(right),
                            },
                            whole,
                        );
                    }
                    Err(_) => {
                        inp.rewind(save);
                        break;
                    }
                }
            }
            Ok(left)
        }
    }
}

/// CPython's compiler on a tree nested too deeply.
fn too_deep(at: Span) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::RecursionError,
        "maximum recursion depth exceeded during compilation",
        at,
    )
}

/// CPython's parser on rules nested too deeply.
fn parser_out_of_memory(at: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::MemoryError, "", at)
}

/// `named_expression`: `NAME := expression` or an expression.
/// `assignment_expression: NAME ':=' expression`
fn assignment_expression<'a>(expression: P<'a, Expr>) -> P<'a, Expr> {
    name_spanned()
        .then_ignore(tok(Tok::ColonEqual))
        .then(expression)
        .map_with(|((id, nsp), value), e| {
            let target = Expr::new(
                ExprKind::Name {
                    id,
                    scope: NameRef::Unresolved,
                },
                nsp,
            );
            Expr::new(
                ExprKind::NamedExpr {
                    target: bx(target),
                    value: bx(value),
                },
                sp(e),
            )
        })
        .boxed()
}

fn named_expression<'a>(expression: P<'a, Expr>) -> P<'a, Expr> {
    let walrus = name_spanned()
        .then_ignore(tok(Tok::ColonEqual))
        .then(expression.clone())
        .map_with(|((id, nsp), value), e| {
            let target = Expr::new(
                ExprKind::Name {
                    id,
                    scope: NameRef::Unresolved,
                },
                nsp,
            );
            Expr::new(
                ExprKind::NamedExpr {
                    target: bx(target),
                    value: bx(value),
                },
                sp(e),
            )
        });
    let value = expression.clone();
    let plain = custom(move |inp: &mut Inp<'a, '_>| {
        let v = inp.parse(&expression)?;
        if inp.peek() != Some(Tok::ColonEqual) {
            return Ok(v);
        }
        // CPython's invalid_named_expression: `a := b` with `a` not a name.
        let save = inp.save();
        inp.skip();
        let rhs = inp.parse(&value);
        note_failure(cur(inp));
        inp.rewind(save);
        if rhs.is_err() {
            return Ok(v);
        }
        let msg = format!(
            "cannot use assignment expressions with {}",
            expr_name(inp.state(), &v)
        );
        Err(fatal_here(inp, serr(msg, v.span)))
    });
    walrus.or(plain).boxed()
}

/// `named_expression` with CPython's `invalid_named_expression` checks for a `=` that should
/// have been `==` (`if x = 1:`).
fn named_expression_checked<'a>(named: P<'a, Expr>, bitwise_or: P<'a, Expr>) -> P<'a, Expr> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        let a = inp.parse(&named)?;
        if inp.peek() != Some(Tok::Equal) || matches!(a.kind, ExprKind::NamedExpr { .. }) {
            return Ok(a);
        }
        let save = inp.save();
        inp.skip();
        let b = inp.parse(&bitwise_or);
        let follows_ok = !matches!(inp.peek(), Some(Tok::Equal | Tok::ColonEqual));
        if b.is_ok() && follows_ok {
            note_failure(cur(inp));
        }
        inp.rewind(save);
        let Ok(b) = b else { return Ok(a) };
        if !follows_ok {
            return Ok(a);
        }
        let end = cur(inp);
        let st: &PState = inp.state();
        let first = st.toks[start].0;
        let msg = if matches!(a.kind, ExprKind::Name { .. }) && end == start + 1 {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
        } else {
            let atom = leftmost(&a);
            let display = atom.span.start == st.tok_span(start).start
                && (matches!(atom.kind, ExprKind::List(_) | ExprKind::Tuple(_))
                    || matches!(&atom.kind, ExprKind::Comp(c) if c.kind == CompKind::Generator));
            if display
                || matches!(first, Tok::True | Tok::False | Tok::None)
                || !is_bitwise_or_level(&a)
            {
                return Ok(a);
            }
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(st, &a)
            )
        };
        let span = if msg.starts_with("invalid") {
            a.span.to(b.span)
        } else {
            a.span
        };
        Err(fatal_here(inp, serr(msg, span)))
    })
    .boxed()
}

/// Starred-or-not list, as a tuple when there is a comma.
fn comma_list<'a>(item: P<'a, Expr>) -> P<'a, Expr> {
    item.clone()
        .then(
            tok(Tok::Comma)
                .ignore_then(
                    item.separated_by(tok(Tok::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            None => first,
            Some(rest) => {
                let whole = sp(e);
                let mut items = vec![first];
                items.extend(rest);
                Expr::new(ExprKind::Tuple(items), whole)
            }
        })
        .boxed()
}

fn starred<'a>(inner: P<'a, Expr>) -> P<'a, Expr> {
    tok(Tok::Star)
        .ignore_then(inner)
        .map_with(|v, e| Expr::new(ExprKind::Starred(bx(v)), sp(e)))
        .boxed()
}

/// Builds every expression rule.
fn expressions<'a>() -> Exprs<'a> {
    let mut expression_rec = Recursive::declare();
    let mut bitwise_or_rec = Recursive::declare();
    let mut disjunction_rec = Recursive::declare();
    let mut arguments_rec = Recursive::declare();
    let expression: P<'a, Expr> = expression_rec.clone().boxed();
    let bitwise_or: P<'a, Expr> = bitwise_or_rec.clone().boxed();
    let disjunction: P<'a, Expr> = disjunction_rec.clone().boxed();

    let named_plain = named_expression(expression.clone());
    let named = named_expression_checked(named_plain, bitwise_or.clone());
    let star_named_expression = starred(bitwise_or.clone()).or(named.clone()).boxed();
    let star_expression = starred(bitwise_or.clone()).or(expression.clone()).boxed();
    let star_expressions = comma_list(star_expression.clone());
    let yield_expr = tok(Tok::Yield)
        .ignore_then(
            tok(Tok::From)
                .ignore_then(expression.clone())
                .map(|v| Some(Ok(v)))
                .or(star_expressions.clone().or_not().map(|v| v.map(Err))),
        )
        .map_with(|v, e| {
            let kind = match v {
                Some(Ok(from)) => ExprKind::YieldFrom(bx(from)),
                Some(Err(v)) => ExprKind::Yield(Some(bx(v))),
                None => ExprKind::Yield(None),
            };
            Expr::new(kind, sp(e))
        })
        .boxed();
    let targets = star_targets(bitwise_or.clone());
    let clauses = for_if_clauses(targets.clone(), disjunction.clone());
    let x = Exprs {
        expression: expression.clone(),
        named_expression: named,
        assignment_or_expression: assignment_expression(expression.clone())
            .or(expression.clone())
            .boxed(),
        star_named_expression,
        star_expressions,
        yield_expr,
        bitwise_or: bitwise_or.clone(),
        star_targets: targets,
        for_if_clauses: clauses,
        arguments: arguments_rec.clone().boxed(),
        params: parameters(expression.clone(), star_expression.clone(), true),
        lambda_params: parameters(expression.clone(), star_expression, false),
    };
    let atom = atom(&x, fstring(&x));
    let factor = factor(&x, atom);
    bitwise_or_rec.define(operators(factor.clone(), Level::BitOr));
    disjunction_rec.define(operators(factor, Level::Or));
    let lambdef = tok(Tok::Lambda)
        .map_with(|_, e| sp(e))
        .then(x.lambda_params.clone().or_not())
        .then_ignore(tok(Tok::Colon))
        .then(nested(level::LAMBDA, expression.clone()))
        .map_with(|((kw, params), body), e| lambda_def(params.unwrap_or_default(), body, sp(e), kw))
        .boxed();
    expression_rec.define(expression_rule(disjunction, lambdef, expression));
    arguments_rec.define(arguments(&x));
    x
}

/// `expression`: a conditional expression or a lambda; with CPython's checks for a missing
/// `else` and for two expressions in a row inside brackets (a forgotten comma).
fn expression_rule<'a>(
    disjunction: P<'a, Expr>,
    lambdef: P<'a, Expr>,
    expression: P<'a, Expr>,
) -> P<'a, Expr> {
    custom(move |inp: &mut Inp<'a, '_>| {
        // A failure is remembered by position: the alternatives around a bracket each parse the
        // expression inside it again, which takes exponential time in the nesting once that
        // expression fails (CPython's parser memoizes `expression` for the same reason).
        let key = (cur(inp), inp.state().in_comma_check);
        if let Some(e) = inp.state().failed_expressions.get(&key) {
            return Err(PErr::at(e.pos));
        }
        enter_level(inp, level::EXPRESSION)?;
        let result = expression_body(inp, &disjunction, &lambdef, &expression);
        leave_level(inp, level::EXPRESSION);
        if let Err(e) = &result {
            inp.state().failed_expressions.insert(key, e.clone());
        }
        result
    })
    .boxed()
}

fn expression_body<'a>(
    inp: &mut Inp<'a, '_>,
    disjunction: &P<'a, Expr>,
    lambdef: &P<'a, Expr>,
    expression: &P<'a, Expr>,
) -> Result<Expr, PErr> {
    if inp.peek() == Some(Tok::Lambda) {
        return inp.parse(lambdef);
    }
    let start = cur(inp);
    let a = inp.parse(disjunction)?;
    if inp.peek() == Some(Tok::If) {
        inp.skip();
        let b = inp.parse(disjunction)?;
        return match inp.peek() {
            Some(Tok::Else) => {
                inp.skip();
                let c = inp.parse(expression)?;
                let whole = span_from(inp, start);
                Ok(Expr::new(
                    ExprKind::IfExp {
                        test: bx(b),
                        body: bx(a),
                        orelse: bx(c),
                    },
                    whole,
                ))
            }
            Some(Tok::Colon) => Err(PErr::at(cur(inp))),
            _ => {
                let err = serr("expected 'else' after 'if' expression", a.span.to(b.span));
                Err(fatal_here(inp, err))
            }
        };
    }
    // CPython's invalid_expression: `a b` inside brackets is a forgotten comma.
    let idx = cur(inp);
    let check = {
        let st: &PState = inp.state();
        let inside = idx > 0 && st.levels.get(idx - 1).copied().unwrap_or(0) > 0;
        let first = st.toks.get(start).map(|t| t.0);
        let second = st.toks.get(start + 1).map(|t| t.0);
        let excluded = match first {
            Some(Tok::Name(n)) => {
                matches!(second, Some(Tok::Str(_) | Tok::FStart))
                    || matches!(n.as_str(), "match" | "case" | "_")
                    || (idx == start + 1 && matches!(n.as_str(), "print" | "exec"))
            }
            _ => false,
        };
        (!st.in_comma_check && !excluded, inside)
    };
    let (check, inside) = check;
    if check && inp.peek().is_some_and(starts_expression) {
        let before = FURTHEST.with(|f| f.get());
        let save = inp.save();
        inp.state().in_comma_check = true;
        let b = inp.parse(expression);
        let after_b = cur(inp);
        inp.state().in_comma_check = false;
        inp.rewind(save);
        if !inside {
            // Outside brackets CPython only looks; doing so, it may meet a tokenizer error.
            let reached = FURTHEST.with(|f| f.get());
            if inp.state().tok_error_at.is_none_or(|t| reached < t) {
                FURTHEST.with(|f| f.set(before));
            }
        } else if let Ok(b) = b {
            note_failure(after_b);
            let err = serr(
                "invalid syntax. Perhaps you forgot a comma?",
                a.span.to(b.span),
            );
            return Err(fatal_here(inp, err));
        }
    }
    Ok(a)
}

// ----- statements ----------------------------------------------------------------------------

/// The `:` ending a block header. With `forced` (CPython's `&&':'`) any other token is
/// "expected ':'"; otherwise only a NEWLINE is.
fn colon<'a>(forced: bool) -> P<'a, ()> {
    custom(move |inp: &mut Inp<'a, '_>| match inp.peek() {
        Some(Tok::Colon) => {
            inp.skip();
            Ok(())
        }
        found => {
            if forced || found == Some(Tok::Newline) {
                let at = here_span(inp);
                return Err(fatal_here(inp, serr("expected ':'", at)));
            }
            Err(PErr::at(cur(inp)))
        }
    })
    .boxed()
}

/// A token that must come next (CPython's `&&'('`).
fn forced<'a>(t: Tok, msg: &'static str) -> P<'a, ()> {
    custom(move |inp: &mut Inp<'a, '_>| {
        if inp.peek() == Some(t) {
            inp.skip();
            return Ok(());
        }
        let at = here_span(inp);
        Err(fatal_here(inp, serr(msg, at)))
    })
    .boxed()
}

/// The INDENT of a block, or CPython's IndentationError naming the block's header.
fn indent<'a>() -> P<'a, ()> {
    custom(|inp: &mut Inp<'a, '_>| {
        if inp.peek() == Some(Tok::Indent) {
            inp.skip();
            return Ok(());
        }
        let idx = cur(inp);
        let st: &PState = inp.state();
        let nl = idx.saturating_sub(1);
        let mut s = nl;
        while s > 0 && !matches!(st.toks[s - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent) {
            s -= 1;
        }
        if st.toks.get(s).map(|t| t.0) == Some(Tok::Async) {
            s += 1;
        }
        let next = st.toks.get(s + 1).map(|t| t.0);
        let label = match st.toks.get(s).map(|t| t.0) {
            Some(Tok::Def) => Some("function definition"),
            Some(Tok::Class) => Some("class definition"),
            Some(Tok::If) => Some("'if' statement"),
            Some(Tok::Elif) => Some("'elif' statement"),
            Some(Tok::Else) => Some("'else' statement"),
            Some(Tok::While) => Some("'while' statement"),
            Some(Tok::For) => Some("'for' statement"),
            Some(Tok::With) => Some("'with' statement"),
            Some(Tok::Try) => Some("'try' statement"),
            Some(Tok::Except) if next == Some(Tok::Star) => Some("'except*' statement"),
            Some(Tok::Except) => Some("'except' statement"),
            Some(Tok::Finally) => Some("'finally' statement"),
            Some(Tok::Name(n)) if n.as_str() == "match" => Some("'match' statement"),
            Some(Tok::Name(n)) if n.as_str() == "case" => Some("'case' statement"),
            _ => None,
        };
        let msg = match label {
            Some(label) => {
                let line = st.line(st.tok_span(s));
                format!("expected an indented block after {label} on line {line}")
            }
            None => "expected an indented block".to_string(),
        };
        let at = st.tok_span(idx);
        let err = SyntaxError::new(SyntaxErrorKind::IndentationError, msg, at);
        Err(fatal_here(inp, err))
    })
    .boxed()
}

fn end_of(stmts: &[Stmt], default: Span) -> Span {
    stmts.last().map_or(default, |s| s.span)
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(st: &PState, body: &[Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) if matches!(e.kind, ExprKind::Constant(_)) => {
            st.str_consts.get(&e.span.start).map(|s| Value::str(s))
        }
        _ => None,
    }
}

fn aug_op(t: Tok) -> Option<BinOp> {
    Some(match t {
        Tok::PlusEqual => BinOp::Add,
        Tok::MinEqual => BinOp::Sub,
        Tok::StarEqual => BinOp::Mult,
        Tok::AtEqual => BinOp::MatMult,
        Tok::SlashEqual => BinOp::Div,
        Tok::PercentEqual => BinOp::Mod,
        Tok::AmperEqual => BinOp::BitAnd,
        Tok::VBarEqual => BinOp::BitOr,
        Tok::CircumflexEqual => BinOp::BitXor,
        Tok::LeftShiftEqual => BinOp::LShift,
        Tok::RightShiftEqual => BinOp::RShift,
        Tok::DoubleStarEqual => BinOp::Pow,
        Tok::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

/// Expression statements and the assignment forms (CPython's `assignment` and its
/// `invalid_assignment` checks).
fn assignment<'a>(x: &Exprs<'a>) -> P<'a, StmtKind> {
    let rhs = x.yield_expr.clone().or(x.star_expressions.clone()).boxed();
    let expression = x.expression.clone();
    let star_expressions = x.star_expressions.clone();
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        let first = inp.parse(&rhs)?;
        match inp.peek() {
            Some(Tok::Colon) => {
                if let ExprKind::Starred(_) = first.kind {
                    // Not an expression: no rule applies, plain invalid syntax at the ':'.
                    return Err(PErr::at(cur(inp)));
                }
                inp.skip();
                let annotation = inp.parse(&expression)?;
                let value = if inp.peek() == Some(Tok::Equal) {
                    inp.skip();
                    Some(inp.parse(&rhs)?)
                } else {
                    None
                };
                let msg = match &first.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => None,
                    ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
                    ExprKind::List(_) => Some("only single target (not list) can be annotated"),
                    _ => Some("illegal target for annotation"),
                };
                if let Some(msg) = msg {
                    return Err(fatal_here(inp, serr(msg, first.span)));
                }
                let st: &PState = inp.state();
                let simple = matches!(first.kind, ExprKind::Name { .. })
                    && first.span.start == st.tok_span(start).start;
                Ok(StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                })
            }
            Some(t) if aug_op(t).is_some() => {
                inp.skip();
                let value = inp.parse(&rhs)?;
                if !is_single_target(&first) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(inp.state(), &first)
                    );
                    return Err(fatal_here(inp, serr(msg, first.span)));
                }
                Ok(StmtKind::AugAssign {
                    target: first,
                    op: aug_op(t).unwrap_or(BinOp::Add),
                    value,
                })
            }
            Some(Tok::Equal) => {
                let mut parts = vec![first];
                while inp.peek() == Some(Tok::Equal) {
                    inp.skip();
                    parts.push(inp.parse(&rhs)?);
                }
                let value = parts
                    .pop()
                    .unwrap_or_else(|| Expr::new(ExprKind::Constant(Value::None), Span::default()));
                if let Err(err) = check_assignment(inp.state(), start, &parts, &value) {
                    return Err(fatal_here(inp, err));
                }
                Ok(StmtKind::Assign {
                    targets: parts,
                    value,
                })
            }
            next => {
                // CPython's invalid_legacy_expression: `print "hi"`.
                if let ExprKind::Name { id, .. } = &first.kind {
                    if matches!(id.as_str(), "print" | "exec")
                        && next.is_some_and(starts_expression)
                    {
                        let save = inp.save();
                        let rest = inp.parse(&star_expressions);
                        inp.rewind(save);
                        if let Ok(rest) = rest {
                            let msg = format!(
                                "Missing parentheses in call to '{id}'. Did you mean {id}(...)?"
                            );
                            return Err(fatal_here(inp, serr(msg, first.span.to(rest.span))));
                        }
                    }
                }
                Ok(StmtKind::Expr(first))
            }
        }
    })
    .boxed()
}

fn dotted_name<'a>() -> P<'a, DottedName> {
    name()
        .separated_by(tok(Tok::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|parts, e| DottedName { parts, span: sp(e) })
        .boxed()
}

/// Whether the text is one parenthesised group: its first `(` closes at its last character.
fn wrapped_in_parens(text: &str) -> bool {
    if !text.starts_with('(') {
        return false;
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}

fn import_stmt<'a>() -> P<'a, StmtKind> {
    let dotted_as_name = dotted_name()
        .then(tok(Tok::As).ignore_then(name_spanned()).or_not())
        .map_with(|(name, asname), e| {
            let whole = sp(e);
            let bind = match asname {
                Some((a, sp)) => NameSlot::new(a, sp),
                None => NameSlot::new(name.parts[0], name.span),
            };
            Alias {
                name,
                asname: asname.map(|a| a.0),
                bind,
                span: whole,
            }
        });
    let import_name = tok(Tok::Import)
        .ignore_then(
            dotted_as_name
                .separated_by(tok(Tok::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map(StmtKind::Import);
    let as_name = name_spanned()
        .then(tok(Tok::As).ignore_then(name_spanned()).or_not())
        .map_with(|((n, nsp), asname), e| {
            let whole = sp(e);
            let bind = match asname {
                Some((a, sp)) => NameSlot::new(a, sp),
                None => NameSlot::new(n, nsp),
            };
            Alias {
                name: DottedName {
                    parts: vec![n],
                    span: nsp,
                },
                asname: asname.map(|a| a.0),
                bind,
                span: whole,
            }
        })
        .boxed();
    let trailing_comma = custom(|inp: &mut Inp<'a, '_>| {
        if inp.peek() == Some(Tok::Comma) {
            inp.skip();
            if inp.peek() == Some(Tok::Newline) {
                let at = here_span(inp);
                let err = serr(
                    "trailing comma not allowed without surrounding parentheses",
                    at,
                );
                return Err(fatal_here(inp, err));
            }
            return Err(PErr::at(cur(inp)));
        }
        Ok(())
    });
    let targets = choice((
        tok(Tok::LPar)
            .ignore_then(
                as_name
                    .clone()
                    .separated_by(tok(Tok::Comma))
                    .at_least(1)
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .then_ignore(tok(Tok::RPar))
            .map(Some)
            .boxed(),
        tok(Tok::Star).map(|_| None).boxed(),
        as_name
            .separated_by(tok(Tok::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .then_ignore(trailing_comma)
            .map(Some)
            .boxed(),
    ));
    let dots = select! { Tok::Dot => 1u32, Tok::Ellipsis => 3u32 }
        .repeated()
        .collect::<Vec<u32>>()
        .map(|d| d.iter().sum::<u32>());
    let import_from = tok(Tok::From)
        .ignore_then(dots)
        .then(dotted_name().or_not())
        .try_map(|(level, module), s: CSpan| {
            if level == 0 && module.is_none() {
                return Err(PErr::at(s.end));
            }
            Ok((level, module))
        })
        .then_ignore(tok(Tok::Import))
        .then(targets)
        .map(|((level, module), names)| StmtKind::ImportFrom {
            module,
            star: names.is_none(),
            names: names.unwrap_or_default(),
            level,
        });
    import_name.or(import_from).boxed()
}

fn simple_stmt<'a>(x: &Exprs<'a>) -> P<'a, Stmt> {
    let return_stmt = tok(Tok::Return)
        .ignore_then(x.star_expressions.clone().or_not())
        .map(StmtKind::Return);
    let raise_stmt = tok(Tok::Raise)
        .ignore_then(
            x.expression
                .clone()
                .then(tok(Tok::From).ignore_then(x.expression.clone()).or_not())
                .or_not(),
        )
        .map(|v| match v {
            Some((exc, cause)) => StmtKind::Raise {
                exc: Some(exc),
                cause,
            },
            None => StmtKind::Raise {
                exc: None,
                cause: None,
            },
        });
    let del_stmt = tok(Tok::Del)
        .ignore_then(x.star_expressions.clone())
        .then_ignore(choice((tok(Tok::Semi), tok(Tok::Newline))).rewind())
        .try_map_with(|targets, e| {
            let st = pst(e);
            // `(a, b)` is one target, `(a, b), c` two.
            let parenthesized = wrapped_in_parens(st.text(targets.span));
            let targets = match targets.kind {
                ExprKind::Tuple(items) if !parenthesized => items,
                _ => vec![targets],
            };
            for t in &targets {
                if let Err(err) = check_target(st, t, Targets::Del) {
                    let at = e.span().end;
                    pst(e).set_fatal(err, at);
                    return Err(PErr::at(at));
                }
            }
            Ok(StmtKind::Delete(targets))
        });
    let assert_stmt = tok(Tok::Assert)
        .ignore_then(x.expression.clone())
        .then(tok(Tok::Comma).ignore_then(x.expression.clone()).or_not())
        .map(|(test, msg)| StmtKind::Assert { test, msg });
    let names = name()
        .separated_by(tok(Tok::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let global_stmt = tok(Tok::Global)
        .ignore_then(names.clone())
        .map(StmtKind::Global);
    let nonlocal_stmt = tok(Tok::Nonlocal)
        .ignore_then(names)
        .map(StmtKind::Nonlocal);
    let keyword = select! {
        Tok::Pass => StmtKind::Pass,
        Tok::Break => StmtKind::Break,
        Tok::Continue => StmtKind::Continue,
    };
    let keyword = keyword.boxed();
    let return_stmt = return_stmt.boxed();
    let import_stmt = import_stmt();
    let raise_stmt = raise_stmt.boxed();
    let del_stmt = del_stmt.boxed();
    let assert_stmt = assert_stmt.boxed();
    let global_stmt = global_stmt.boxed();
    let nonlocal_stmt = nonlocal_stmt.boxed();
    let assignment = assignment(x);
    // The keyword a simple statement starts with tells which one it is.
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        let kind = match inp.peek() {
            Some(Tok::Pass | Tok::Break | Tok::Continue) => inp.parse(&keyword)?,
            Some(Tok::Return) => inp.parse(&return_stmt)?,
            Some(Tok::Import | Tok::From) => inp.parse(&import_stmt)?,
            Some(Tok::Raise) => inp.parse(&raise_stmt)?,
            Some(Tok::Del) => inp.parse(&del_stmt)?,
            Some(Tok::Assert) => inp.parse(&assert_stmt)?,
            Some(Tok::Global) => inp.parse(&global_stmt)?,
            Some(Tok::Nonlocal) => inp.parse(&nonlocal_stmt)?,
            _ => inp.parse(&assignment)?,
        };
        Ok(Stmt::new(kind, span_from(inp, start)))
    })
    .boxed()
}

fn simple_stmts<'a>(x: &Exprs<'a>) -> P<'a, Vec<Stmt>> {
    simple_stmt(x)
        .separated_by(tok(Tok::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(tok(Tok::Newline))
        .boxed()
}

/// Parsed handlers of a `try`: (handler, is `except*`).
fn except_block<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, (ExceptHandler, bool)> {
    let expression = x.expression.clone();
    let name = name_spanned();
    let colon = colon(false);
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = cur(inp);
        if inp.peek() != Some(Tok::Except) {
            return Err(PErr::at(start));
        }
        inp.skip();
        let star = inp.peek() == Some(Tok::Star);
        if star {
            inp.skip();
            if matches!(inp.peek(), Some(Tok::Colon | Tok::Newline)) {
                let at = here_span(inp);
                return Err(fatal_here(
                    inp,
                    serr("expected one or more exception types", at),
                ));
            }
        }
        let mut typ = None;
        let mut bound = None;
        if !matches!(inp.peek(), Some(Tok::Colon | Tok::Newline)) {
            let t = inp.parse(&expression)?;
            if inp.peek() == Some(Tok::Comma) {
                let err = serr("multiple exception types must be parenthesized", t.span);
                return Err(fatal_here(inp, err));
            }
            if inp.peek() == Some(Tok::As) {
                inp.skip();
                let (n, sp) = inp.parse(&name)?;
                bound = Some(NameSlot::new(n, sp));
            }
            typ = Some(t);
        }
        inp.parse(&colon)?;
        let body = inp.parse(&block)?;
        let head = inp.state().tok_span(start);
        let span = head.to(end_of(&body, head));
        Ok((
            ExceptHandler {
                typ,
                name: bound,
                body,
                span,
            },
            star,
        ))
    })
    .boxed()
}

fn try_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let handler = except_block(x, block.clone());
    let else_block = tok(Tok::Else)
        .ignore_then(colon(true))
        .ignore_then(block.clone())
        .boxed();
    let finally_block = tok(Tok::Finally)
        .ignore_then(colon(true))
        .ignore_then(block.clone())
        .boxed();
    let rest = custom(move |inp: &mut Inp<'a, '_>| {
        let mut handlers = Vec::new();
        let mut is_star = false;
        let mut orelse = Vec::new();
        match inp.peek() {
            Some(Tok::Finally) => {}
            Some(Tok::Except) => {
                while inp.peek() == Some(Tok::Except) {
                    let at = cur(inp);
                    let (h, star) = inp.parse(&handler)?;
                    if handlers.is_empty() {
                        is_star = star;
                    } else if star != is_star {
                        let err = serr(
                            "cannot have both 'except' and 'except*' on the same 'try'",
                            inp.state().tok_span(at),
                        );
                        return Err(fatal_here(inp, err));
                    }
                    handlers.push(h);
                }
                if inp.peek() == Some(Tok::Else) {
                    orelse = inp.parse(&else_block)?;
                }
            }
            _ => {
                let at = here_span(inp);
                return Err(fatal_here(
                    inp,
                    serr("expected 'except' or 'finally' block", at),
                ));
            }
        }
        let finalbody = if inp.peek() == Some(Tok::Finally) {
            inp.parse(&finally_block)?
        } else {
            Vec::new()
        };
        Ok((handlers, is_star, orelse, finalbody))
    });
    tok(Tok::Try)
        .map_with(|_, e| sp(e))
        .then_ignore(colon(true))
        .then(block)
        .then(rest)
        .map(|((kw, body), (handlers, is_star, orelse, finalbody))| {
            let mut end = end_of(&body, kw);
            if let Some(h) = handlers.last() {
                end = h.span;
            }
            end = end_of(&orelse, end);
            end = end_of(&finalbody, end);
            Stmt::new(
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star,
                },
                kw.to(end),
            )
        })
        .boxed()
}

/// All statements: `statements`, with `block` and the compound statements built on it.
fn statements<'a>(x: &Exprs<'a>) -> P<'a, Vec<Stmt>> {
    let mut statements_rec = Recursive::declare();
    let statements: P<'a, Vec<Stmt>> = statements_rec.clone().boxed();
    let simple = simple_stmts(x);
    let block = block(statements.clone(), simple.clone());
    let statement = compound_stmt(x, block).map(|s| vec![s]).or(simple).boxed();
    statements_rec.define(
        statement
            .repeated()
            .at_least(1)
            .collect::<Vec<Vec<Stmt>>>()
            .map(|v| v.into_iter().flatten().collect()),
    );
    statements
}

/// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
fn block<'a>(statements: P<'a, Vec<Stmt>>, simple_stmts: P<'a, Vec<Stmt>>) -> P<'a, Vec<Stmt>> {
    choice((
        tok(Tok::Newline)
            .ignore_then(indent())
            .ignore_then(statements)
            .then_ignore(tok(Tok::Dedent))
            .boxed(),
        simple_stmts,
    ))
    .boxed()
}

/// `else_block: 'else' ':' block`
fn else_block<'a>(block: P<'a, Vec<Stmt>>) -> P<'a, Vec<Stmt>> {
    tok(Tok::Else)
        .ignore_then(colon(true))
        .ignore_then(block)
        .boxed()
}

fn compound_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let function_def_raw = function_def_raw(x, block.clone());
    let class_def_raw = class_def_raw(x, block.clone());
    let decorated = decorated(x, function_def_raw.clone(), class_def_raw.clone());
    let if_stmt = if_stmt(x, block.clone());
    let with_stmt = with_stmt(x, block.clone());
    let for_stmt = for_stmt(x, block.clone());
    let try_stmt = try_stmt(x, block.clone());
    let while_stmt = while_stmt(x, block.clone());
    let match_stmt = patterns::match_stmt(x, block);
    // The keyword a compound statement starts with tells which one it is.
    custom(move |inp: &mut Inp<'a, '_>| {
        let first = inp.peek();
        let second = if first == Some(Tok::Async) {
            let save = inp.save();
            inp.skip();
            let t = inp.peek();
            inp.rewind(save);
            t
        } else {
            first
        };
        let stmt = match second {
            Some(Tok::At) if first == second => &decorated,
            Some(Tok::Def) => &function_def_raw,
            Some(Tok::If) if first == second => &if_stmt,
            Some(Tok::Class) if first == second => &class_def_raw,
            Some(Tok::With) => &with_stmt,
            Some(Tok::For) => &for_stmt,
            Some(Tok::Try) if first == second => &try_stmt,
            Some(Tok::While) if first == second => &while_stmt,
            Some(Tok::Name(n)) if first == second && n.as_str() == "match" => &match_stmt,
            _ => return Err(PErr::at(cur(inp))),
        };
        deeper(inp, level::BLOCK, stmt)
    })
    .boxed()
}

fn if_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let named = x.named_expression.clone();
    let else_block = else_block(block.clone());
    let elif = tok(Tok::Elif)
        .map_with(|_, e| sp(e))
        .then(named.clone())
        .then_ignore(colon(false))
        .then(block.clone());
    tok(Tok::If)
        .map_with(|_, e| sp(e))
        .then(named.clone())
        .then_ignore(colon(false))
        .then(block.clone())
        .then(elifs(elif.boxed()))
        .then(else_block.clone().or_not())
        .map(|((((kw, test), body), elifs), orelse)| {
            let mut orelse = orelse.unwrap_or_default();
            for ((ekw, etest), ebody) in elifs.into_iter().rev() {
                let end = end_of(&orelse, end_of(&ebody, ekw));
                orelse = vec![Stmt::new(
                    StmtKind::If {
                        test: etest,
                        body: ebody,
                        orelse,
                    },
                    ekw.to(end),
                )];
            }
            let end = end_of(&orelse, end_of(&body, kw));
            Stmt::new(StmtKind::If { test, body, orelse }, kw.to(end))
        })
        .boxed()
}

/// The `elif` parts of an `if`: each is a level of CPython's parser deeper than the one
/// before.
#[allow(clippy::type_complexity)]
fn elifs<'a>(elif: P<'a, ((Span, Expr), Vec<Stmt>)>) -> P<'a, Vec<((Span, Expr), Vec<Stmt>)>> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let mut out = Vec::new();
        let mut entered = 0;
        let r = loop {
            if inp.peek() != Some(Tok::Elif) {
                break Ok(());
            }
            if let Err(e) = enter_level(inp, level::ELIF) {
                break Err(e);
            }
            entered += level::ELIF;
            let save = inp.save();
            match inp.parse(&elif) {
                Ok(e) => out.push(e),
                Err(_) => {
                    inp.rewind(save);
                    break Ok(());
                }
            }
        };
        leave_level(inp, entered);
        r.map(|_| out)
    })
    .boxed()
}

fn while_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let named = x.named_expression.clone();
    let else_block = else_block(block.clone());
    tok(Tok::While)
        .map_with(|_, e| sp(e))
        .then(named.clone())
        .then_ignore(colon(false))
        .then(block.clone())
        .then(else_block.clone().or_not())
        .map(|(((kw, test), body), orelse)| {
            let orelse = orelse.unwrap_or_default();
            let end = end_of(&orelse, end_of(&body, kw));
            Stmt::new(StmtKind::While { test, body, orelse }, kw.to(end))
        })
        .boxed()
}

fn for_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let else_block = else_block(block.clone());
    tok(Tok::Async)
        .map_with(|_, e| sp(e))
        .or_not()
        .then(tok(Tok::For).map_with(|_, e| sp(e)))
        .then(x.star_targets.clone())
        .then_ignore(tok(Tok::In))
        .then(x.star_expressions.clone())
        .then_ignore(colon(false))
        .then(block.clone())
        .then(else_block.clone().or_not())
        .try_map_with(|(((((is_async, kw), target), iter), body), orelse), e| {
            let st = pst(e);
            if let Err(err) = check_target(st, &target, Targets::For) {
                let at = e.span().start;
                pst(e).set_fatal(err, at);
                return Err(PErr::at(at));
            }
            let start = is_async.unwrap_or(kw);
            let orelse = orelse.unwrap_or_default();
            let end = end_of(&orelse, end_of(&body, kw));
            Ok(Stmt::new(
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async: is_async.is_some(),
                },
                start.to(end),
            ))
        })
        .boxed()
}

fn with_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let with_item = with_item(x);
    let paren_items = tok(Tok::LPar)
        .ignore_then(
            with_item
                .clone()
                .separated_by(tok(Tok::Comma))
                .at_least(1)
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then_ignore(tok(Tok::RPar))
        .then_ignore(choice((tok(Tok::Colon), tok(Tok::Newline))).rewind());
    let items = paren_items.or(with_item
        .separated_by(tok(Tok::Comma))
        .at_least(1)
        .collect::<Vec<_>>());
    tok(Tok::Async)
        .map_with(|_, e| sp(e))
        .or_not()
        .then(tok(Tok::With).map_with(|_, e| sp(e)))
        .then(items)
        .then_ignore(colon(false))
        .then(block.clone())
        .map(|(((is_async, kw), items), body)| {
            let start = is_async.unwrap_or(kw);
            let end = end_of(&body, kw);
            Stmt::new(
                StmtKind::With {
                    items,
                    body,
                    is_async: is_async.is_some(),
                },
                start.to(end),
            )
        })
        .boxed()
}

/// `with_item: expression ['as' star_target]`
fn with_item<'a>(x: &Exprs<'a>) -> P<'a, WithItem> {
    let as_target = starred(x.bitwise_or.clone())
        .or(x.bitwise_or.clone())
        .boxed();
    x.expression
        .clone()
        .then(tok(Tok::As).ignore_then(as_target).or_not())
        .try_map_with(|(context, vars), e| {
            if let Some(v) = &vars {
                let st = pst(e);
                if let Err(err) = check_target(st, v, Targets::Star) {
                    let at = e.span().end;
                    pst(e).set_fatal(err, at);
                    return Err(PErr::at(at));
                }
            }
            Ok(WithItem { context, vars })
        })
        .boxed()
}

fn function_def_raw<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    tok(Tok::Async)
        .map_with(|_, e| sp(e))
        .or_not()
        .then(tok(Tok::Def).map_with(|_, e| sp(e)))
        .then(name_spanned())
        .then_ignore(forced(Tok::LPar, "expected '('"))
        .then(x.params.clone())
        .then_ignore(tok(Tok::RPar))
        .then(tok(Tok::RArrow).ignore_then(x.expression.clone()).or_not())
        .then_ignore(colon(true))
        .then(block.clone())
        .map_with(
            |(((((is_async, kw), (name, name_span)), params), returns), body), e| {
                let start = is_async.unwrap_or(kw);
                let whole = start.to(end_of(&body, kw));
                let doc = docstring(pst(e), &body);
                let def = FunctionDef {
                    name,
                    qualname: String::new(),
                    params,
                    body,
                    decorators: Vec::new(),
                    returns,
                    is_async: is_async.is_some(),
                    is_lambda: false,
                    span: whole,
                    name_span,
                    doc,
                    scope: ScopeInfo::default(),
                };
                Stmt::new(
                    StmtKind::FunctionDef {
                        def: Rc::new(def),
                        target: NameSlot::new(name, name_span),
                    },
                    whole,
                )
            },
        )
        .boxed()
}

fn class_def_raw<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    tok(Tok::Class)
        .map_with(|_, e| sp(e))
        .then(name_spanned())
        .then(
            tok(Tok::LPar)
                .ignore_then(x.arguments.clone())
                .then_ignore(tok(Tok::RPar))
                .or_not(),
        )
        .then_ignore(colon(false))
        .then(block.clone())
        .map_with(|(((kw, (name, name_span)), args), body), e| {
            let whole = kw.to(end_of(&body, kw));
            let doc = docstring(pst(e), &body);
            let (bases, keywords) = args.unwrap_or_default();
            let def = ClassDef {
                name,
                qualname: String::new(),
                bases,
                keywords,
                body,
                decorators: Vec::new(),
                span: whole,
                name_span,
                doc,
                scope: ScopeInfo::default(),
            };
            Stmt::new(
                StmtKind::ClassDef {
                    def: Rc::new(def),
                    target: NameSlot::new(name, name_span),
                },
                whole,
            )
        })
        .boxed()
}

/// `decorators (function_def_raw | class_def_raw)`
fn decorated<'a>(
    x: &Exprs<'a>,
    function_def_raw: P<'a, Stmt>,
    class_def_raw: P<'a, Stmt>,
) -> P<'a, Stmt> {
    let named = x.named_expression.clone();
    let decorators = tok(Tok::At)
        .ignore_then(named)
        .then_ignore(tok(Tok::Newline))
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>();
    decorators
        .then(function_def_raw.clone().or(class_def_raw.clone()))
        .map(|(decs, mut stmt)| {
            match &mut stmt.kind {
                StmtKind::FunctionDef { def, .. } => {
                    if let Some(d) = Rc::get_mut(def) {
                        d.decorators = decs;
                    }
                }
                StmtKind::ClassDef { def, .. } => {
                    if let Some(d) = Rc::get_mut(def) {
                        d.decorators = decs;
                    }
                }
                _ => {}
            }
            stmt
        })
        .boxed()
}

/// `file: [statements] ENDMARKER`
fn file<'a>() -> P<'a, Vec<Stmt>> {
    let x = expressions();
    statements(&x)
        .or_not()
        .then_ignore(tok(Tok::EndMarker))
        .then_ignore(end())
        .map(Option::unwrap_or_default)
        .boxed()
}

// ----- the driver ------------------------------------------------------------------------

/// The native stack the parse runs on: deep (but bounded) syntax trees are built and dropped
/// there, whatever stack the caller has. The deepest input the limits let through needs about
/// 20 MiB in a debug build and a tenth of that in a release build; the address space is reserved
/// for each parse, and counts under `ulimit -v`.
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
