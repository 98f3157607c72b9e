//! The grammar's statements: simple statements (assignments, imports, …), blocks and the
//! compound statements (`if`, loops, `try`, `with`, definitions, decorators).

use super::*;

/// The `:` ending a block header. With `forced` (CPython's `&&':'`) any other token is
/// "expected ':'"; otherwise only a NEWLINE is.
pub(super) fn colon<'a>(forced: bool) -> P<'a, ()> {
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
pub(super) fn forced<'a>(t: Tok, msg: &'static str) -> P<'a, ()> {
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
pub(super) fn indent<'a>() -> P<'a, ()> {
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

pub(super) fn end_of(stmts: &[Stmt], default: Span) -> Span {
    stmts.last().map_or(default, |s| s.span)
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(super) fn docstring(st: &PState, body: &[Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) if matches!(e.kind, ExprKind::Constant(_)) => {
            st.str_consts.get(&e.span.start).map(|s| Value::str(s))
        }
        _ => None,
    }
}

pub(super) fn aug_op(t: Tok) -> Option<BinOp> {
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
pub(super) fn assignment<'a>(x: &Exprs<'a>) -> P<'a, StmtKind> {
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
            Some(Tok::ColonEqual)
                if !matches!(first.kind, ExprKind::Starred(_) | ExprKind::Name { .. })
                    && (!matches!(first.kind, ExprKind::Tuple(_))
                        || wrapped_in_parens(inp.state().text(first.span))) =>
            {
                // CPython's invalid_named_expression: `(a, b) := value` as a statement.
                let save = inp.save();
                inp.skip();
                let value = inp.parse(&expression);
                inp.rewind(save);
                if value.is_err() {
                    return Err(PErr::at(cur(inp)));
                }
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    expr_name(inp.state(), &first)
                );
                Err(fatal_here(inp, serr(msg, first.span)))
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

pub(super) fn dotted_name<'a>() -> P<'a, DottedName> {
    name()
        .separated_by(tok(Tok::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|parts, e| DottedName { parts, span: sp(e) })
        .boxed()
}

/// Whether the text is one parenthesised group: its first `(` closes at its last character.
pub(super) fn wrapped_in_parens(text: &str) -> bool {
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

pub(super) fn import_stmt<'a>() -> P<'a, StmtKind> {
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

pub(super) fn simple_stmt<'a>(x: &Exprs<'a>) -> P<'a, Stmt> {
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

pub(super) fn simple_stmts<'a>(x: &Exprs<'a>) -> P<'a, Vec<Stmt>> {
    simple_stmt(x)
        .separated_by(tok(Tok::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(tok(Tok::Newline))
        .boxed()
}

/// Parsed handlers of a `try`: (handler, is `except*`).
pub(super) fn except_block<'a>(
    x: &Exprs<'a>,
    block: P<'a, Vec<Stmt>>,
) -> P<'a, (ExceptHandler, bool)> {
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

pub(super) fn try_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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
pub(super) fn statements<'a>(x: &Exprs<'a>) -> P<'a, Vec<Stmt>> {
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
pub(super) fn block<'a>(
    statements: P<'a, Vec<Stmt>>,
    simple_stmts: P<'a, Vec<Stmt>>,
) -> P<'a, Vec<Stmt>> {
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
pub(super) fn else_block<'a>(block: P<'a, Vec<Stmt>>) -> P<'a, Vec<Stmt>> {
    tok(Tok::Else)
        .ignore_then(colon(true))
        .ignore_then(block)
        .boxed()
}

pub(super) fn compound_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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

pub(super) fn if_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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
pub(super) fn elifs<'a>(
    elif: P<'a, ((Span, Expr), Vec<Stmt>)>,
) -> P<'a, Vec<((Span, Expr), Vec<Stmt>)>> {
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

pub(super) fn while_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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

pub(super) fn for_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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

pub(super) fn with_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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
pub(super) fn with_item<'a>(x: &Exprs<'a>) -> P<'a, WithItem> {
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

pub(super) fn function_def_raw<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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

pub(super) fn class_def_raw<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
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
pub(super) fn decorated<'a>(
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
pub(super) fn file<'a>() -> P<'a, Vec<Stmt>> {
    let x = expressions();
    statements(&x)
        .or_not()
        .then_ignore(tok(Tok::EndMarker))
        .then_ignore(end())
        .map(Option::unwrap_or_default)
        .boxed()
}
