//! `match` statements (PEP 634): the statement, its `case` blocks and the patterns, read by
//! hand over the tokens as the rest of the statements are. `match` and `case` are soft keywords:
//! a line is a `match` statement only when `match subject:` is followed by an indented block.

use super::*;

/// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
pub(super) fn match_stmt<'a>(x: &Exprs<'a>, block: P<'a, Vec<Stmt>>) -> P<'a, Stmt> {
    let subject = x.star_named_expression.clone();
    let guard = x.named_expression.clone();
    let strings = strings(x, fstring(x));
    let indent = indent();
    let colon = colon(true);
    custom(move |inp: &mut Inp<'a, '_>| {
        let kw = here_span(inp);
        inp.skip();
        let subject = subject_expr(inp, &subject)?;
        if inp.peek() != Some(Tok::Colon) {
            return Err(PErr::at(cur(inp)));
        }
        inp.skip();
        if inp.peek() != Some(Tok::Newline) {
            return Err(PErr::at(cur(inp)));
        }
        inp.skip();
        inp.parse(&indent)?;
        let mut cases = Vec::new();
        while is_name(inp.peek(), "case") {
            inp.skip();
            let pattern = patterns(inp, &strings)?;
            let guard = if inp.peek() == Some(Tok::If) {
                inp.skip();
                Some(inp.parse(&guard)?)
            } else {
                None
            };
            inp.parse(&colon)?;
            let body = inp.parse(&block)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        if cases.is_empty() || inp.peek() != Some(Tok::Dedent) {
            return Err(PErr::at(cur(inp)));
        }
        inp.skip();
        let end = cases.last().map_or(kw, |c| end_of(&c.body, c.pattern.span));
        Ok(Stmt::new(StmtKind::Match { subject, cases }, kw.to(end)))
    })
    .boxed()
}

fn is_name(t: Option<Tok>, s: &str) -> bool {
    matches!(t, Some(Tok::Name(n)) if n.as_str() == s)
}

/// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
fn subject_expr<'a>(inp: &mut Inp<'a, '_>, item: &P<'a, Expr>) -> Result<Expr, PErr> {
    let start = cur(inp);
    let first = inp.parse(item)?;
    if inp.peek() != Some(Tok::Comma) {
        if matches!(first.kind, ExprKind::Starred(_)) {
            return Err(PErr::at(cur(inp)));
        }
        return Ok(first);
    }
    let mut items = vec![first];
    while inp.peek() == Some(Tok::Comma) {
        inp.skip();
        if matches!(inp.peek(), Some(Tok::Colon) | None) {
            break;
        }
        items.push(inp.parse(item)?);
    }
    let span = span_from(inp, start);
    Ok(Expr::new(ExprKind::Tuple(items), span))
}

fn name_target(id: Symbol, span: Span) -> Expr {
    Expr::new(
        ExprKind::Name {
            id,
            scope: NameRef::Unresolved,
        },
        span,
    )
}

/// `patterns: open_sequence_pattern | pattern`
fn patterns<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Pattern, PErr> {
    let start = cur(inp);
    let first = maybe_star_pattern(inp, strings)?;
    if inp.peek() != Some(Tok::Comma) {
        if matches!(first.kind, PatternKind::Star(_)) {
            return Err(PErr::at(cur(inp)));
        }
        return Ok(first);
    }
    let mut items = vec![first];
    while inp.peek() == Some(Tok::Comma) {
        inp.skip();
        if matches!(inp.peek(), Some(Tok::If | Tok::Colon)) {
            break;
        }
        items.push(maybe_star_pattern(inp, strings)?);
    }
    let span = span_from(inp, start);
    Ok(Pattern {
        kind: PatternKind::Sequence(items),
        span,
    })
}

/// `maybe_star_pattern: star_pattern | pattern`
fn maybe_star_pattern<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Pattern, PErr> {
    if inp.peek() != Some(Tok::Star) {
        return pattern(inp, strings);
    }
    let start = cur(inp);
    inp.skip();
    let Some(Tok::Name(n)) = inp.peek() else {
        return Err(PErr::at(cur(inp)));
    };
    let at = here_span(inp);
    inp.skip();
    let target = (n.as_str() != "_").then(|| name_target(n, at));
    Ok(Pattern {
        kind: PatternKind::Star(target),
        span: span_from(inp, start),
    })
}

/// `pattern: or_pattern ['as' pattern_capture_target]`
fn pattern<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Pattern, PErr> {
    let start = cur(inp);
    let or = or_pattern(inp, strings)?;
    if inp.peek() != Some(Tok::As) {
        return Ok(or);
    }
    inp.skip();
    let target_at = cur(inp);
    let invalid = match inp.peek() {
        Some(Tok::Name(n)) if n.as_str() == "_" => {
            let at = here_span(inp);
            return Err(fatal_here(inp, serr("cannot use '_' as a target", at)));
        }
        Some(Tok::Name(_)) => {
            let st: &PState = inp.state();
            matches!(
                st.toks.get(target_at + 1).map(|t| t.0),
                Some(Tok::Dot | Tok::LPar | Tok::Equal)
            )
        }
        Some(t) => starts_expression(t),
        None => false,
    };
    if invalid {
        let at = here_span(inp);
        return Err(fatal_here(inp, serr("invalid pattern target", at)));
    }
    let Some(Tok::Name(n)) = inp.peek() else {
        return Err(PErr::at(cur(inp)));
    };
    let at = here_span(inp);
    inp.skip();
    Ok(Pattern {
        kind: PatternKind::As {
            pattern: Some(Box::new(or)),
            target: Some(name_target(n, at)),
        },
        span: span_from(inp, start),
    })
}

/// `or_pattern: '|'.closed_pattern+`
fn or_pattern<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Pattern, PErr> {
    let start = cur(inp);
    let first = closed_pattern(inp, strings)?;
    if inp.peek() != Some(Tok::VBar) {
        return Ok(first);
    }
    let mut alts = vec![first];
    while inp.peek() == Some(Tok::VBar) {
        inp.skip();
        alts.push(closed_pattern(inp, strings)?);
    }
    Ok(Pattern {
        kind: PatternKind::Or(alts),
        span: span_from(inp, start),
    })
}

fn closed_pattern<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Pattern, PErr> {
    let start = cur(inp);
    let kind = match inp.peek() {
        Some(Tok::Number(_) | Tok::Minus | Tok::Deferred(_)) => PatternKind::Value {
            value: number_literal(inp)?,
            by_identity: false,
        },
        Some(Tok::Str(_) | Tok::FStart) => PatternKind::Value {
            value: string_literal(inp, strings)?,
            by_identity: false,
        },
        Some(Tok::None | Tok::True | Tok::False) => PatternKind::Value {
            value: singleton(inp),
            by_identity: true,
        },
        Some(Tok::Name(n)) => {
            let at = here_span(inp);
            let next = {
                let st: &PState = inp.state();
                st.toks.get(start + 1).map(|t| t.0)
            };
            match next {
                Some(Tok::Dot | Tok::LPar) => {
                    let target = name_or_attr(inp)?;
                    if inp.peek() == Some(Tok::LPar) {
                        class_pattern(inp, strings, target)?
                    } else {
                        PatternKind::Value {
                            value: target,
                            by_identity: false,
                        }
                    }
                }
                _ => {
                    inp.skip();
                    let target = (n.as_str() != "_").then(|| name_target(n, at));
                    PatternKind::As {
                        pattern: None,
                        target,
                    }
                }
            }
        }
        Some(Tok::LPar) => {
            inp.skip();
            if inp.peek() == Some(Tok::RPar) {
                inp.skip();
                PatternKind::Sequence(Vec::new())
            } else {
                let first = maybe_star_pattern(inp, strings)?;
                if inp.peek() != Some(Tok::Comma) {
                    // `(p)` is a group: the pattern itself; `(*x)` is not a pattern.
                    if inp.peek() != Some(Tok::RPar) || matches!(first.kind, PatternKind::Star(_)) {
                        return Err(PErr::at(cur(inp)));
                    }
                    inp.skip();
                    return Ok(first);
                }
                let mut items = vec![first];
                sequence_rest(inp, strings, &mut items, Tok::RPar)?;
                PatternKind::Sequence(items)
            }
        }
        Some(Tok::LSqb) => {
            inp.skip();
            let mut items = Vec::new();
            if inp.peek() != Some(Tok::RSqb) {
                items.push(maybe_star_pattern(inp, strings)?);
            }
            sequence_rest(inp, strings, &mut items, Tok::RSqb)?;
            PatternKind::Sequence(items)
        }
        Some(Tok::LBrace) => mapping_pattern(inp, strings)?,
        _ => return Err(PErr::at(cur(inp))),
    };
    Ok(Pattern {
        kind,
        span: span_from(inp, start),
    })
}

/// The items after the first of a bracketed sequence pattern, through the closing bracket.
fn sequence_rest<'a>(
    inp: &mut Inp<'a, '_>,
    strings: &P<'a, Expr>,
    items: &mut Vec<Pattern>,
    close: Tok,
) -> Result<(), PErr> {
    while inp.peek() == Some(Tok::Comma) {
        inp.skip();
        if inp.peek() == Some(close) {
            break;
        }
        items.push(maybe_star_pattern(inp, strings)?);
    }
    if inp.peek() != Some(close) {
        return Err(PErr::at(cur(inp)));
    }
    inp.skip();
    Ok(())
}

/// `None`, `True` or `False`.
fn singleton(inp: &mut Inp<'_, '_>) -> Expr {
    let at = here_span(inp);
    let v = match inp.next() {
        Some(Tok::True) => Value::bool(true),
        Some(Tok::False) => Value::bool(false),
        _ => Value::None,
    };
    Expr::new(ExprKind::Constant(v), at)
}

/// A string literal of a pattern (no f-strings).
fn string_literal<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<Expr, PErr> {
    let s = inp.parse(strings)?;
    if matches!(s.kind, ExprKind::JoinedStr(_)) {
        let err = serr(
            "patterns may only match literals and attribute lookups",
            s.span,
        );
        return Err(fatal_here(inp, err));
    }
    Ok(s)
}

/// One number token as a constant; an imaginary one (deferred by the tokenizer) reports its
/// error.
fn number(inp: &mut Inp<'_, '_>) -> Result<(Expr, bool), PErr> {
    let at = here_span(inp);
    match inp.peek() {
        Some(Tok::Number(i)) => {
            inp.skip();
            let st: &PState = inp.state();
            let n = &st.lexed.numbers[i as usize];
            Ok((Expr::new(ExprKind::Constant(num_value(n)), at), is_imag(n)))
        }
        Some(Tok::Deferred(i)) => {
            let err = inp.state().lexed.deferred[i as usize].clone();
            Err(fatal_here(inp, err))
        }
        _ => Err(PErr::at(cur(inp))),
    }
}

fn is_imag(n: &Num) -> bool {
    matches!(n, Num::Imag(_))
}

/// `signed_number [('+' | '-') imaginary_number]`
fn number_literal(inp: &mut Inp<'_, '_>) -> Result<Expr, PErr> {
    let start = cur(inp);
    let neg = inp.peek() == Some(Tok::Minus);
    if neg {
        inp.skip();
    }
    let (mut value, imag) = number(inp)?;
    if neg {
        let span = span_from(inp, start);
        value = Expr::new(
            ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                operand: bx(value),
            },
            span,
        );
    }
    let op = match inp.peek() {
        Some(Tok::Plus) => BinOp::Add,
        Some(Tok::Minus) => BinOp::Sub,
        _ => return Ok(value),
    };
    if imag {
        let err = serr("real number required in complex literal", value.span);
        return Err(fatal_here(inp, err));
    }
    inp.skip();
    let (right, imag) = number(inp)?;
    if !imag {
        let err = serr("imaginary number required in complex literal", right.span);
        return Err(fatal_here(inp, err));
    }
    let span = span_from(inp, start);
    Ok(Expr::new(
        ExprKind::BinOp {
            left: bx(value),
            op,
            right: bx(right),
        },
        span,
    ))
}

/// `name_or_attr: attr | NAME` (a dotted name, as loads).
fn name_or_attr(inp: &mut Inp<'_, '_>) -> Result<Expr, PErr> {
    let start = cur(inp);
    let Some(Tok::Name(n)) = inp.peek() else {
        return Err(PErr::at(cur(inp)));
    };
    let at = here_span(inp);
    inp.skip();
    let mut e = name_target(n, at);
    while inp.peek() == Some(Tok::Dot) {
        inp.skip();
        let Some(Tok::Name(attr)) = inp.peek() else {
            return Err(PErr::at(cur(inp)));
        };
        inp.skip();
        let span = span_from(inp, start);
        e = Expr::new(
            ExprKind::Attribute {
                value: bx(e),
                attr,
                site: Default::default(),
            },
            span,
        );
    }
    Ok(e)
}

/// `Cls(positional..., keyword=pattern...)`, at the `(`.
fn class_pattern<'a>(
    inp: &mut Inp<'a, '_>,
    strings: &P<'a, Expr>,
    cls: Expr,
) -> Result<PatternKind, PErr> {
    inp.skip();
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    while inp.peek() != Some(Tok::RPar) {
        let at = cur(inp);
        let keyword = match inp.peek() {
            Some(Tok::Name(n)) => {
                let st: &PState = inp.state();
                (st.toks.get(at + 1).map(|t| t.0) == Some(Tok::Equal)).then_some(n)
            }
            _ => None,
        };
        if let Some(n) = keyword {
            let span = here_span(inp);
            inp.skip();
            inp.skip();
            kwd_attrs.push((n, span));
            kwd_patterns.push(pattern(inp, strings)?);
        } else {
            let p = pattern(inp, strings)?;
            if !kwd_patterns.is_empty() {
                let err = serr("positional patterns follow keyword patterns", p.span);
                return Err(fatal_here(inp, err));
            }
            patterns.push(p);
        }
        if inp.peek() != Some(Tok::Comma) {
            break;
        }
        inp.skip();
    }
    if inp.peek() != Some(Tok::RPar) {
        return Err(PErr::at(cur(inp)));
    }
    inp.skip();
    Ok(PatternKind::Class {
        cls,
        patterns,
        kwd_attrs,
        kwd_patterns,
    })
}

/// `{key: pattern, ..., **rest}`, at the `{`.
fn mapping_pattern<'a>(inp: &mut Inp<'a, '_>, strings: &P<'a, Expr>) -> Result<PatternKind, PErr> {
    inp.skip();
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    while inp.peek() != Some(Tok::RBrace) {
        if inp.peek() == Some(Tok::DoubleStar) {
            inp.skip();
            let Some(Tok::Name(n)) = inp.peek() else {
                return Err(PErr::at(cur(inp)));
            };
            if n.as_str() == "_" {
                return Err(PErr::at(cur(inp)));
            }
            let at = here_span(inp);
            inp.skip();
            rest = Some(name_target(n, at));
            if inp.peek() == Some(Tok::Comma) {
                inp.skip();
            }
            break;
        }
        let key = match inp.peek() {
            Some(Tok::Number(_) | Tok::Minus | Tok::Deferred(_)) => number_literal(inp)?,
            Some(Tok::Str(_) | Tok::FStart) => string_literal(inp, strings)?,
            Some(Tok::None | Tok::True | Tok::False) => singleton(inp),
            Some(Tok::Name(_)) => {
                let e = name_or_attr(inp)?;
                if !matches!(e.kind, ExprKind::Attribute { .. }) {
                    return Err(PErr::at(cur(inp)));
                }
                e
            }
            _ => return Err(PErr::at(cur(inp))),
        };
        if inp.peek() != Some(Tok::Colon) {
            return Err(PErr::at(cur(inp)));
        }
        inp.skip();
        keys.push(key);
        patterns.push(pattern(inp, strings)?);
        if inp.peek() != Some(Tok::Comma) {
            break;
        }
        inp.skip();
    }
    if inp.peek() != Some(Tok::RBrace) {
        return Err(PErr::at(cur(inp)));
    }
    inp.skip();
    Ok(PatternKind::Mapping {
        keys,
        patterns,
        rest,
    })
}

/// The checks CPython's compiler makes on a case's pattern, in its order: an irrefutable
/// pattern where more must follow (`irrefutable_ok` is false unless the case is the last one
/// or has a guard), a name bound twice, alternatives binding different names, two starred
/// names, a repeated keyword attribute, a duplicate literal key.
pub(crate) fn check_pattern(p: &Pattern, irrefutable_ok: bool) -> Result<(), SyntaxError> {
    let mut stores = Vec::new();
    check(p, irrefutable_ok, &mut stores)
}

fn store(name: Option<&Expr>, stores: &mut Vec<Symbol>) -> Result<(), SyntaxError> {
    let Some(Expr {
        kind: ExprKind::Name { id, .. },
        span,
        ..
    }) = name
    else {
        return Ok(());
    };
    if stores.contains(id) {
        let msg = format!("multiple assignments to name '{id}' in pattern");
        return Err(serr(msg, *span));
    }
    stores.push(*id);
    Ok(())
}

fn check(p: &Pattern, irrefutable_ok: bool, stores: &mut Vec<Symbol>) -> Result<(), SyntaxError> {
    match &p.kind {
        PatternKind::Value { .. } => Ok(()),
        PatternKind::As {
            pattern: None,
            target,
        } => {
            if !irrefutable_ok {
                let msg = match target {
                    Some(Expr {
                        kind: ExprKind::Name { id, .. },
                        ..
                    }) => format!("name capture '{id}' makes remaining patterns unreachable"),
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(serr(msg, p.span));
            }
            store(target.as_ref(), stores)
        }
        PatternKind::As {
            pattern: Some(inner),
            target,
        } => {
            check(inner, irrefutable_ok, stores)?;
            store(target.as_ref(), stores)
        }
        PatternKind::Star(target) => store(target.as_ref(), stores),
        PatternKind::Sequence(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                .count();
            if stars > 1 {
                return Err(serr("multiple starred names in sequence pattern", p.span));
            }
            items.iter().try_for_each(|i| check(i, true, stores))
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut seen: Vec<String> = Vec::new();
            for k in keys {
                if let Some((canon, repr)) = const_key(k) {
                    if seen.contains(&canon) {
                        let msg = format!("mapping pattern checks duplicate key ({repr})");
                        return Err(serr(msg, k.span));
                    }
                    seen.push(canon);
                }
            }
            patterns.iter().try_for_each(|i| check(i, true, stores))?;
            store(rest.as_ref(), stores)
        }
        PatternKind::Class {
            patterns,
            kwd_attrs,
            kwd_patterns,
            ..
        } => {
            for (i, (a, span)) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].iter().any(|(b, _)| b == a) {
                    let msg = format!("attribute name repeated in class pattern: {a}");
                    return Err(serr(msg, *span));
                }
            }
            patterns
                .iter()
                .chain(kwd_patterns.iter())
                .try_for_each(|i| check(i, true, stores))
        }
        PatternKind::Or(alts) => {
            let mut control: Option<Vec<Symbol>> = None;
            for (i, alt) in alts.iter().enumerate() {
                let mut own = Vec::new();
                check(alt, irrefutable_ok && i + 1 == alts.len(), &mut own)?;
                match &control {
                    None => control = Some(own),
                    Some(c) => {
                        let same = c.len() == own.len() && c.iter().all(|n| own.contains(n));
                        if !same {
                            let msg = "alternative patterns bind different names";
                            return Err(serr(msg, alt.span));
                        }
                    }
                }
            }
            for id in control.unwrap_or_default() {
                if stores.contains(&id) {
                    let msg = format!("multiple assignments to name '{id}' in pattern");
                    return Err(serr(msg, p.span));
                }
                stores.push(id);
            }
            Ok(())
        }
    }
}

/// A literal mapping key as (a form equal keys share, its repr), for the duplicate check;
/// None for a dotted name or a complex literal.
fn const_key(e: &Expr) -> Option<(String, String)> {
    use crate::runtime::repr::{bytes_repr, float_repr, str_repr};
    let (v, neg) = match &e.kind {
        ExprKind::Constant(v) => (v, false),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(v) => (v, true),
            _ => return None,
        },
        _ => return None,
    };
    let sign = if neg { "-" } else { "" };
    Some(match v {
        Value::Str(s) => (format!("s{}", &*s.s), str_repr(&s.s)),
        Value::Bytes(b) => {
            let r = bytes_repr(&b.b);
            (format!("b{r}"), r)
        }
        Value::None => ("None".into(), "None".into()),
        Value::Bool(b) => {
            let b = b.get();
            let n = if b { "n1" } else { "n0" };
            (n.into(), if b { "True" } else { "False" }.into())
        }
        Value::Int(i) => (format!("n{sign}{i}"), format!("{sign}{i}")),
        Value::BigInt(i) => (format!("n{sign}{i}"), format!("{sign}{i}")),
        Value::Float(f) => {
            let x = f.get();
            let canon = if x.fract() == 0.0 && x.abs() < 1e300 {
                format!("n{sign}{x:.0}")
            } else {
                format!("f{sign}{}", float_repr(x))
            };
            (canon, format!("{sign}{}", float_repr(x)))
        }
        _ => return None,
    })
}
