//! The grammar's expressions: atoms, strings and f-strings, calls and subscripts, operators by
//! precedence, comprehensions, lambdas and their parameters, assignment targets.

use super::*;

/// CPython's `_PyPegen_get_expr_name`.
pub(super) fn expr_name(st: &PState, e: &Expr) -> &'static str {
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
pub(super) enum Targets {
    Star,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be assigned to
/// (or deleted).
pub(super) fn invalid_target(e: &Expr, ty: Targets) -> Option<&Expr> {
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
pub(super) fn check_target(st: &PState, e: &Expr, ty: Targets) -> Result<(), SyntaxError> {
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
pub(super) fn check_starred_targets(e: &Expr) -> Result<(), SyntaxError> {
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

pub(super) fn is_single_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    )
}

/// An expression at the `bitwise_or` level or below (what CPython's `invalid_named_expression`
/// looks at).
pub(super) fn is_bitwise_or_level(e: &Expr) -> bool {
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

pub(super) fn starts_with_bitwise_or(e: &Expr) -> bool {
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
pub(super) fn leftmost(e: &Expr) -> &Expr {
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
pub(super) fn check_assignment(
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
pub(super) fn starts_expression(t: Tok) -> bool {
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
pub(super) enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Symbol, Expr, Span),
    DoubleStar(Expr, Span),
    /// A bare generator expression argument.
    Gen(Expr),
}

/// Parameter list items, in the order written.
pub(super) enum ParamItem {
    Plain(Param),
    Slash(Span),
    Star(Option<Param>, Span),
    DoubleStar(Param),
}

/// What follows the first element inside brackets.
pub(super) enum Tail {
    Comp(Vec<CompFor>),
    List(Vec<Expr>),
    Nothing,
}

/// One piece of an implicitly concatenated string.
pub(super) enum StrPiece {
    Plain(u32),
    F(Vec<FStringPart>),
}

#[derive(Clone)]
pub(super) struct Exprs<'a> {
    pub(super) expression: P<'a, Expr>,
    pub(super) named_expression: P<'a, Expr>,
    /// `NAME ':=' expression | expression`, as call arguments read it (no checks).
    pub(super) assignment_or_expression: P<'a, Expr>,
    pub(super) star_named_expression: P<'a, Expr>,
    pub(super) star_expressions: P<'a, Expr>,
    pub(super) yield_expr: P<'a, Expr>,
    pub(super) bitwise_or: P<'a, Expr>,
    pub(super) star_targets: P<'a, Expr>,
    pub(super) for_if_clauses: P<'a, Vec<CompFor>>,
    pub(super) arguments: P<'a, (Vec<Expr>, Vec<Keyword>)>,
    pub(super) params: P<'a, Params>,
    pub(super) lambda_params: P<'a, Params>,
}

pub(super) fn tok<'a>(t: Tok) -> P<'a, ()> {
    just(t).ignored().boxed()
}

pub(super) fn name<'a>() -> P<'a, Symbol> {
    select! { Tok::Name(s) => s }.boxed()
}

/// A name with its byte span.
pub(super) fn name_spanned<'a>() -> P<'a, (Symbol, Span)> {
    select! { Tok::Name(s) => s }
        .map_with(|s, e| (s, sp(e)))
        .boxed()
}

pub(super) fn name_expr<'a>() -> P<'a, Expr> {
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
pub(super) fn strings<'a>(x: &Exprs<'a>, fstring: P<'a, Vec<FStringPart>>) -> P<'a, Expr> {
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
                let value = Value::str_constant(&out);
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
pub(super) fn paren_inner<'a>(x: &Exprs<'a>) -> P<'a, Option<(Expr, Tail)>> {
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
pub(super) fn tail<'a>(x: &Exprs<'a>) -> P<'a, Tail> {
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

/// A list or set display (`[a, b]`, `{a, b}`) or comprehension (`[x for …]`) from its first
/// item and what followed it; a starred first item of a comprehension is an error, reported
/// at `at`.
fn display_or_comprehension(
    st: &mut PState<'_>,
    kind: CompKind,
    first: Expr,
    tail: Tail,
    whole: Span,
    at: usize,
) -> Result<Expr, PErr> {
    let display = |items: Vec<Expr>| match kind {
        CompKind::Set => ExprKind::Set(items),
        _ => ExprKind::List(items),
    };
    match tail {
        Tail::Nothing => Ok(Expr::new(display(vec![first]), whole)),
        Tail::List(rest) => {
            let mut items = vec![first];
            items.extend(rest);
            Ok(Expr::new(display(items), whole))
        }
        Tail::Comp(gens) => {
            if let ExprKind::Starred(_) = first.kind {
                st.set_fatal(
                    serr(
                        "iterable unpacking cannot be used in comprehension",
                        first.span,
                    ),
                    at,
                );
                return Err(PErr::at(at));
            }
            Ok(comprehension(kind, first, None, gens, whole))
        }
    }
}

pub(super) fn comprehension(
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
pub(super) fn make_paren(
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
pub(super) fn atom<'a>(x: &Exprs<'a>, fstring: P<'a, Vec<FStringPart>>) -> P<'a, Expr> {
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
            display_or_comprehension(st, CompKind::List, first, tail, whole, close)
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
pub(super) fn braces<'a>(x: &Exprs<'a>) -> P<'a, Expr> {
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
                (Item::Elem(first), Rest::Set(tail)) => {
                    display_or_comprehension(st, CompKind::Set, first, tail, whole, idx)
                }
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
pub(super) fn primary<'a>(
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
pub(super) type PowerUnit = (Vec<(UnaryOp, Span)>, Expr, usize);

/// Each unary operator is a level of CPython's parser for all that follows it: `levels` counts
/// those entered, for the caller to leave.
pub(super) fn power_unit<'a>(
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
pub(super) fn factor<'a>(x: &Exprs<'a>, atom: P<'a, Expr>) -> P<'a, Expr> {
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
pub(super) fn power_units<'a>(
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
pub(super) fn slices<'a>(x: &Exprs<'a>) -> P<'a, Expr> {
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
pub(super) fn arguments<'a>(x: &Exprs<'a>) -> P<'a, (Vec<Expr>, Vec<Keyword>)> {
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
pub(super) fn star_targets<'a>(bitwise_or: P<'a, Expr>) -> P<'a, Expr> {
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
pub(super) fn for_if_clauses<'a>(
    star_targets: P<'a, Expr>,
    disjunction: P<'a, Expr>,
) -> P<'a, Vec<CompFor>> {
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
pub(super) fn fstring<'a>(x: &Exprs<'a>) -> P<'a, Vec<FStringPart>> {
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
pub(super) fn apply_unary(ops: Vec<(UnaryOp, Span)>, mut e: Expr, end: Span) -> Expr {
    for (op, at) in ops.into_iter().rev() {
        let whole = Span {
            start: at.start,
            end: end.end,
        };
        e = Expr::new(ExprKind::UnaryOp { op, operand: bx(e) }, whole);
    }
    e
}

pub(super) fn lambda_def(params: Params, body: Expr, whole: Span, kw: Span) -> Expr {
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
pub(super) fn parameters<'a>(
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
pub(super) fn build_params(items: Vec<ParamItem>) -> Result<Params, SyntaxError> {
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
pub(super) enum Level {
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
pub(super) fn operators<'a>(factor: P<'a, Expr>, level: Level) -> P<'a, Expr> {
    custom(move |inp: &mut Inp<'a, '_>| climb(inp, &factor, level)).boxed()
}

/// Fails like CPython's compiler once a chain of operators gets too long.
pub(super) fn climb<'a>(
    inp: &mut Inp<'a, '_>,
    factor: &P<'a, Expr>,
    level: Level,
) -> Result<Expr, PErr> {
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
pub(super) fn too_deep(at: Span) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::RecursionError,
        "maximum recursion depth exceeded during compilation",
        at,
    )
}

/// CPython's parser on rules nested too deeply.
pub(super) fn parser_out_of_memory(at: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::MemoryError, "", at)
}

/// `named_expression`: `NAME := expression` or an expression.
/// `assignment_expression: NAME ':=' expression`
pub(super) fn assignment_expression<'a>(expression: P<'a, Expr>) -> P<'a, Expr> {
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

pub(super) fn named_expression<'a>(expression: P<'a, Expr>) -> P<'a, Expr> {
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
pub(super) fn named_expression_checked<'a>(
    named: P<'a, Expr>,
    bitwise_or: P<'a, Expr>,
) -> P<'a, Expr> {
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
pub(super) fn comma_list<'a>(item: P<'a, Expr>) -> P<'a, Expr> {
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

pub(super) fn starred<'a>(inner: P<'a, Expr>) -> P<'a, Expr> {
    tok(Tok::Star)
        .ignore_then(inner)
        .map_with(|v, e| Expr::new(ExprKind::Starred(bx(v)), sp(e)))
        .boxed()
}

/// Builds every expression rule.
pub(super) fn expressions<'a>() -> Exprs<'a> {
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
pub(super) fn expression_rule<'a>(
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
        let result = with_stack(inp, |inp| {
            expression_body(inp, &disjunction, &lambdef, &expression)
        });
        leave_level(inp, level::EXPRESSION);
        if let Err(e) = &result {
            inp.state().failed_expressions.insert(key, e.clone());
        }
        result
    })
    .boxed()
}

pub(super) fn expression_body<'a>(
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
