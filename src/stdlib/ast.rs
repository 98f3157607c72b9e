//! `_corun_ast`: the parser's syntax tree as plain tuples, from which the shipped `ast` module
//! (`src/lib_py/_ast.py`) builds its node objects; and back, a tree of such tuples turned into
//! the syntax tree that `compile()` runs (`ast_in.rs`).
//!
//! Native because the parser already knows every node and position: the text is parsed once,
//! by the same parser that runs programs. A node crosses as `(class name, position, field…)`,
//! the position being `(lineno, col_offset, end_lineno, end_col_offset)` (columns in UTF-8
//! bytes, as CPython counts them) or None for the classes that have none.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::*;
use crate::syntax::span::{LineTable, Span};
use corun_macros::function;

#[path = "ast_in.rs"]
mod ast_in;
pub use ast_in::source_for;

/// `ast.PyCF_ONLY_AST`: the `compile()` flag asking for the tree.
pub const PYCF_ONLY_AST: i64 = 1024;

fn ast_module(ip: &Interp) -> PyResult<Value> {
    crate::runtime::modules::import_dotted(ip, "_ast")
}

fn call_ast(ip: &Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = crate::eval::ops::getattr(ip, &ast_module(ip)?, crate::intern::intern(name))?;
    crate::stdlib::call_with(ip, &f, args)
}

/// For `compile()` of an object: when it is an `ast` node, the tree as tuples, checked as
/// CPython checks it (`_ast._for_compile`).
pub fn tree_for_compile(ip: &Interp, obj: &Value, mode: &str) -> PyResult<Option<Value>> {
    let base = crate::eval::ops::getattr(ip, &ast_module(ip)?, crate::intern::intern("AST"))?;
    if !crate::runtime::builtins::isinstance_of(ip, obj, &base)? {
        return Ok(None);
    }
    call_ast(ip, "_for_compile", &[obj.clone(), Value::str(mode)]).map(Some)
}

/// The syntax tree to run for a tree of tuples, its positions pointing into `src`, with the
/// compiler's checks that `ast.parse` leaves out.
pub fn module_from_tree(ip: &Interp, tree: &Value, src: &str, filename: &str) -> PyResult<Module> {
    let m = ast_in::Build::new(ip, src, filename).module(tree)?;
    crate::syntax::checks::check_context(&m, false)
        .map_err(|e| crate::eval::dynamic::syntax_exc(ip, &e, src, filename))?;
    Ok(m)
}

/// `compile(source, filename, mode, ast.PyCF_ONLY_AST)`: what `ast.parse` gives.
pub fn parse_to_nodes(ip: &Interp, source: &Value, filename: &str, mode: &str) -> PyResult<Value> {
    call_ast(
        ip,
        "_parse",
        &[source.clone(), Value::str(filename), Value::str(mode)],
    )
}

/// Where each kind of name stands: read, assigned or deleted (CPython's `ctx`).
#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        }
    }
}

struct Conv<'a> {
    src: &'a str,
    lines: LineTable,
    base: u32,
}

fn s(text: &str) -> Value {
    Value::str(text)
}

fn sym(x: Symbol) -> Value {
    Value::str(x.as_str())
}

fn int(i: i64) -> Value {
    Value::Int(i)
}

fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

/// A node without a position: an operator, a context, `arguments`, `comprehension`, …
fn bare(name: &str, fields: Vec<Value>) -> Value {
    let mut items = vec![s(name), Value::None];
    items.extend(fields);
    Value::tuple(items)
}

impl Conv<'_> {
    fn pos(&self, span: Span) -> Value {
        let (l1, c1) = self.place(span.start);
        let (l2, c2) = self.place(span.end.max(span.start));
        Value::tuple(vec![int(l1), int(c1), int(l2), int(c2)])
    }

    fn place(&self, at: u32) -> (i64, i64) {
        let at = (at + self.base).min(self.src.len() as u32);
        let line = self.lines.line_of(at);
        (line as i64, (at - self.lines.line_start(line)) as i64)
    }

    fn node(&self, name: &str, span: Span, fields: Vec<Value>) -> Value {
        let mut items = vec![s(name), self.pos(span)];
        items.extend(fields);
        Value::tuple(items)
    }

    fn body(&self, body: &[Stmt]) -> Value {
        list(body.iter().map(|st| self.stmt(st)).collect())
    }

    fn exprs(&self, es: &[Expr], ctx: Ctx) -> Value {
        list(es.iter().map(|e| self.expr_in(e, ctx)).collect())
    }

    fn expr(&self, e: &Expr) -> Value {
        self.expr_in(e, Ctx::Load)
    }

    fn opt_expr(&self, e: Option<&Expr>) -> Value {
        opt(e.map(|e| self.expr(e)))
    }

    /// Where a `def` or `class` statement starts: its keyword (`async` included), after the
    /// decorators, as CPython places it.
    fn def_start(&self, name_start: u32, keyword: &str) -> u32 {
        let text = &self.src.as_bytes()[..(name_start + self.base) as usize];
        let mut at = text.len();
        while at > 0 && (text[at - 1].is_ascii_whitespace() || text[at - 1] == b'\\') {
            at -= 1;
        }
        at = at.saturating_sub(keyword.len());
        if keyword == "def" {
            let mut b = at;
            while b > 0 && (text[b - 1].is_ascii_whitespace() || text[b - 1] == b'\\') {
                b -= 1;
            }
            if b >= 5 && &text[b - 5..b] == b"async" {
                at = b - 5;
            }
        }
        at as u32 - self.base
    }

    fn stmt(&self, st: &Stmt) -> Value {
        let sp = st.span;
        match &st.kind {
            StmtKind::Expr(e) => self.node("Expr", sp, vec![self.expr(e)]),
            StmtKind::Assign { targets, value } => self.node(
                "Assign",
                sp,
                vec![
                    self.exprs(targets, Ctx::Store),
                    self.expr(value),
                    Value::None,
                ],
            ),
            StmtKind::AugAssign { target, op, value } => self.node(
                "AugAssign",
                sp,
                vec![
                    self.expr_in(target, Ctx::Store),
                    binop(*op),
                    self.expr(value),
                ],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.node(
                "AnnAssign",
                sp,
                vec![
                    self.expr_in(target, Ctx::Store),
                    self.expr(annotation),
                    self.opt_expr(value.as_ref()),
                    int(*simple as i64),
                ],
            ),
            StmtKind::FunctionDef { def, .. } => {
                let start = self.def_start(def.name_span.start, "def");
                let name = if def.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(
                    name,
                    Span { start, end: sp.end },
                    vec![
                        sym(def.name),
                        self.params(&def.params),
                        self.body(&def.body),
                        self.exprs(&def.decorators, Ctx::Load),
                        self.opt_expr(def.returns.as_ref()),
                        Value::None,
                    ],
                )
            }
            StmtKind::ClassDef { def, .. } => {
                let start = self.def_start(def.name_span.start, "class");
                self.node(
                    "ClassDef",
                    Span { start, end: sp.end },
                    vec![
                        sym(def.name),
                        self.exprs(&def.bases, Ctx::Load),
                        list(def.keywords.iter().map(|k| self.keyword(k)).collect()),
                        self.body(&def.body),
                        self.exprs(&def.decorators, Ctx::Load),
                    ],
                )
            }
            StmtKind::Return(v) => self.node("Return", sp, vec![self.opt_expr(v.as_ref())]),
            StmtKind::Delete(ts) => self.node("Delete", sp, vec![self.exprs(ts, Ctx::Del)]),
            StmtKind::Pass => self.node("Pass", sp, vec![]),
            StmtKind::Break => self.node("Break", sp, vec![]),
            StmtKind::Continue => self.node("Continue", sp, vec![]),
            StmtKind::If { test, body, orelse } => self.node(
                "If",
                sp,
                vec![self.expr(test), self.body(body), self.body(orelse)],
            ),
            StmtKind::While { test, body, orelse } => self.node(
                "While",
                sp,
                vec![self.expr(test), self.body(body), self.body(orelse)],
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => self.node(
                if *is_async { "AsyncFor" } else { "For" },
                sp,
                vec![
                    self.expr_in(target, Ctx::Store),
                    self.expr(iter),
                    self.body(body),
                    self.body(orelse),
                    Value::None,
                ],
            ),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.node(
                if *is_async { "AsyncWith" } else { "With" },
                sp,
                vec![
                    list(
                        items
                            .iter()
                            .map(|it| {
                                bare(
                                    "withitem",
                                    vec![
                                        self.expr(&it.context),
                                        opt(it.vars.as_ref().map(|v| self.expr_in(v, Ctx::Store))),
                                    ],
                                )
                            })
                            .collect(),
                    ),
                    self.body(body),
                    Value::None,
                ],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.node(
                if *is_star { "TryStar" } else { "Try" },
                sp,
                vec![
                    self.body(body),
                    list(
                        handlers
                            .iter()
                            .map(|h| {
                                self.node(
                                    "ExceptHandler",
                                    h.span,
                                    vec![
                                        self.opt_expr(h.typ.as_ref()),
                                        opt(h.name.as_ref().map(|n| sym(n.id))),
                                        self.body(&h.body),
                                    ],
                                )
                            })
                            .collect(),
                    ),
                    self.body(orelse),
                    self.body(finalbody),
                ],
            ),
            StmtKind::Raise { exc, cause } => self.node(
                "Raise",
                sp,
                vec![self.opt_expr(exc.as_ref()), self.opt_expr(cause.as_ref())],
            ),
            StmtKind::Assert { test, msg } => self.node(
                "Assert",
                sp,
                vec![self.expr(test), self.opt_expr(msg.as_ref())],
            ),
            StmtKind::Import(names) => self.node(
                "Import",
                sp,
                vec![list(names.iter().map(|a| self.alias(a)).collect())],
            ),
            StmtKind::ImportFrom {
                module,
                names,
                star,
                level,
            } => {
                let names = if *star {
                    let at = Span {
                        start: sp.end.saturating_sub(1),
                        end: sp.end,
                    };
                    vec![self.node("alias", at, vec![s("*"), Value::None])]
                } else {
                    names.iter().map(|a| self.alias(a)).collect()
                };
                self.node(
                    "ImportFrom",
                    sp,
                    vec![
                        opt(module.as_ref().map(dotted)),
                        list(names),
                        int(*level as i64),
                    ],
                )
            }
            StmtKind::Global(names) => self.node(
                "Global",
                sp,
                vec![list(names.iter().map(|n| sym(*n)).collect())],
            ),
            StmtKind::Nonlocal(names) => self.node(
                "Nonlocal",
                sp,
                vec![list(names.iter().map(|n| sym(*n)).collect())],
            ),
            StmtKind::Match { subject, cases } => self.node(
                "Match",
                sp,
                vec![
                    self.expr(subject),
                    list(
                        cases
                            .iter()
                            .map(|c| {
                                bare(
                                    "match_case",
                                    vec![
                                        self.pattern(&c.pattern),
                                        self.opt_expr(c.guard.as_ref()),
                                        self.body(&c.body),
                                    ],
                                )
                            })
                            .collect(),
                    ),
                ],
            ),
        }
    }

    fn alias(&self, a: &Alias) -> Value {
        self.node(
            "alias",
            a.span,
            vec![dotted(&a.name), opt(a.asname.map(sym))],
        )
    }

    fn keyword(&self, k: &Keyword) -> Value {
        self.node(
            "keyword",
            k.span,
            vec![opt(k.arg.map(sym)), self.expr(&k.value)],
        )
    }

    fn arg(&self, p: &Param) -> Value {
        let end = p.annotation.as_ref().map_or(p.span.end, |a| a.span.end);
        self.node(
            "arg",
            Span {
                start: p.span.start,
                end: end.max(p.span.end),
            },
            vec![
                sym(p.name),
                self.opt_expr(p.annotation.as_ref()),
                Value::None,
            ],
        )
    }

    fn params(&self, p: &Params) -> Value {
        let defaults: Vec<Value> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_ref().map(|d| self.expr(d)))
            .collect();
        let kw_defaults: Vec<Value> = p
            .kwonly
            .iter()
            .map(|a| self.opt_expr(a.default.as_ref()))
            .collect();
        bare(
            "arguments",
            vec![
                list(p.posonly.iter().map(|a| self.arg(a)).collect()),
                list(p.args.iter().map(|a| self.arg(a)).collect()),
                opt(p.vararg.as_ref().map(|a| self.arg(a))),
                list(p.kwonly.iter().map(|a| self.arg(a)).collect()),
                list(kw_defaults),
                opt(p.kwarg.as_ref().map(|a| self.arg(a))),
                list(defaults),
            ],
        )
    }

    fn name_of(target: &Expr) -> Value {
        match &target.kind {
            ExprKind::Name { id, .. } => sym(*id),
            _ => Value::None,
        }
    }

    fn patterns(&self, ps: &[Pattern]) -> Value {
        list(ps.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let sp = p.span;
        match &p.kind {
            PatternKind::Value { value, by_identity } => {
                if *by_identity {
                    let v = match &value.kind {
                        ExprKind::Constant(v) => v.clone(),
                        _ => Value::None,
                    };
                    self.node("MatchSingleton", sp, vec![v])
                } else {
                    self.node("MatchValue", sp, vec![self.expr(value)])
                }
            }
            PatternKind::As { pattern, target } => self.node(
                "MatchAs",
                sp,
                vec![
                    opt(pattern.as_ref().map(|p| self.pattern(p))),
                    opt(target.as_ref().map(Self::name_of)),
                ],
            ),
            PatternKind::Sequence(ps) => self.node("MatchSequence", sp, vec![self.patterns(ps)]),
            PatternKind::Star(t) => {
                self.node("MatchStar", sp, vec![opt(t.as_ref().map(Self::name_of))])
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.node(
                "MatchMapping",
                sp,
                vec![
                    self.exprs(keys, Ctx::Load),
                    self.patterns(patterns),
                    opt(rest.as_ref().map(Self::name_of)),
                ],
            ),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.node(
                "MatchClass",
                sp,
                vec![
                    self.expr(cls),
                    self.patterns(patterns),
                    list(kwd_attrs.iter().map(|(n, _)| sym(*n)).collect()),
                    self.patterns(kwd_patterns),
                ],
            ),
            PatternKind::Or(ps) => self.node("MatchOr", sp, vec![self.patterns(ps)]),
        }
    }

    fn expr_in(&self, e: &Expr, ctx: Ctx) -> Value {
        let sp = e.span;
        let c = || bare(ctx.name(), vec![]);
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.node(
                "BoolOp",
                sp,
                vec![
                    bare(
                        match op {
                            BoolOpKind::And => "And",
                            BoolOpKind::Or => "Or",
                        },
                        vec![],
                    ),
                    self.exprs(values, Ctx::Load),
                ],
            ),
            ExprKind::NamedExpr { target, value } => self.node(
                "NamedExpr",
                sp,
                vec![self.expr_in(target, Ctx::Store), self.expr(value)],
            ),
            ExprKind::BinOp { left, op, right } => self.node(
                "BinOp",
                sp,
                vec![self.expr(left), binop(*op), self.expr(right)],
            ),
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Not => "Not",
                    UnaryOp::Neg => "USub",
                    UnaryOp::Pos => "UAdd",
                    UnaryOp::Invert => "Invert",
                };
                self.node("UnaryOp", sp, vec![bare(op, vec![]), self.expr(operand)])
            }
            ExprKind::Lambda(def) => {
                let body = match def.body.first().map(|st| &st.kind) {
                    Some(StmtKind::Return(Some(v))) => self.expr(v),
                    Some(StmtKind::Expr(v)) => self.expr(v),
                    _ => Value::None,
                };
                self.node("Lambda", sp, vec![self.params(&def.params), body])
            }
            ExprKind::IfExp { test, body, orelse } => self.node(
                "IfExp",
                sp,
                vec![self.expr(test), self.expr(body), self.expr(orelse)],
            ),
            ExprKind::Dict { keys, values } => self.node(
                "Dict",
                sp,
                vec![
                    list(keys.iter().map(|k| self.opt_expr(k.as_ref())).collect()),
                    self.exprs(values, Ctx::Load),
                ],
            ),
            ExprKind::Set(items) => self.node("Set", sp, vec![self.exprs(items, Ctx::Load)]),
            ExprKind::List(items) => self.node("List", sp, vec![self.exprs(items, ctx), c()]),
            ExprKind::Tuple(items) => self.node("Tuple", sp, vec![self.exprs(items, ctx), c()]),
            ExprKind::Comp(comp) => {
                let gens = list(
                    comp.generators
                        .iter()
                        .map(|g| {
                            bare(
                                "comprehension",
                                vec![
                                    self.expr_in(&g.target, Ctx::Store),
                                    self.expr(&g.iter),
                                    self.exprs(&g.ifs, Ctx::Load),
                                    int(g.is_async as i64),
                                ],
                            )
                        })
                        .collect(),
                );
                match comp.kind {
                    CompKind::List => self.node("ListComp", sp, vec![self.expr(&comp.elt), gens]),
                    CompKind::Set => self.node("SetComp", sp, vec![self.expr(&comp.elt), gens]),
                    CompKind::Generator => {
                        self.node("GeneratorExp", sp, vec![self.expr(&comp.elt), gens])
                    }
                    CompKind::Dict => self.node(
                        "DictComp",
                        sp,
                        vec![
                            self.expr(&comp.elt),
                            self.opt_expr(comp.value.as_ref()),
                            gens,
                        ],
                    ),
                }
            }
            ExprKind::Await(v) => self.node("Await", sp, vec![self.expr(v)]),
            ExprKind::Yield(v) => self.node("Yield", sp, vec![self.opt_expr(v.as_deref())]),
            ExprKind::YieldFrom(v) => self.node("YieldFrom", sp, vec![self.expr(v)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.node(
                "Compare",
                sp,
                vec![
                    self.expr(left),
                    list(ops.iter().map(|o| bare(cmpop(*o), vec![])).collect()),
                    self.exprs(comparators, Ctx::Load),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.node(
                "Call",
                sp,
                vec![
                    self.expr(func),
                    self.exprs(args, Ctx::Load),
                    list(keywords.iter().map(|k| self.keyword(k)).collect()),
                ],
            ),
            ExprKind::FrameCall { call, .. } => self.expr_in(call, ctx),
            ExprKind::SuperCall { .. } => Value::None,
            ExprKind::JoinedStr(parts) => self.joined(parts, sp, sp),
            ExprKind::Constant(v) => {
                let kind = match self.src.as_bytes().get((sp.start + self.base) as usize) {
                    Some(b'u' | b'U') if matches!(v, Value::Str(_)) => s("u"),
                    _ => Value::None,
                };
                self.node("Constant", sp, vec![v.clone(), kind])
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.node("Attribute", sp, vec![self.expr(value), sym(*attr), c()])
            }
            ExprKind::Subscript { value, slice } => self.node(
                "Subscript",
                sp,
                vec![self.expr(value), self.expr(slice), c()],
            ),
            ExprKind::Starred(v) => self.node("Starred", sp, vec![self.expr_in(v, ctx), c()]),
            ExprKind::Name { id, .. } => self.node("Name", sp, vec![sym(*id), c()]),
            ExprKind::Slice { lower, upper, step } => self.node(
                "Slice",
                sp,
                vec![
                    self.opt_expr(lower.as_deref()),
                    self.opt_expr(upper.as_deref()),
                    self.opt_expr(step.as_deref()),
                ],
            ),
        }
    }

    /// An f-string: its literal parts and fields placed at the whole string `whole`, as
    /// CPython 3.11 places them, except the literal after the last field, which is placed as
    /// the string itself (`own`: a format spec reaches from the start of the whole string to
    /// the end of the piece it stands in). The `{x=}` form's text is a literal before the field.
    fn joined(&self, parts: &[FStringPart], whole: Span, own: Span) -> Value {
        let mut values: Vec<Value> = Vec::new();
        let mut text = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(l) => text.push_str(l),
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        text.push_str(d);
                    }
                    if !text.is_empty() {
                        let lit = s(&std::mem::take(&mut text));
                        values.push(self.node("Constant", whole, vec![lit, Value::None]));
                    }
                    let conv = match conversion {
                        Some(c) => *c as i64,
                        None if debug_text.is_some() && spec.is_empty() => 'r' as i64,
                        None => -1,
                    };
                    let spec = if spec.is_empty() {
                        Value::None
                    } else {
                        let piece = self.piece(whole, expr.span.end);
                        self.joined(spec, whole, piece)
                    };
                    values.push(self.node(
                        "FormattedValue",
                        whole,
                        vec![self.expr(expr), int(conv), spec],
                    ));
                }
            }
        }
        if !text.is_empty() {
            values.push(self.node("Constant", own, vec![s(&text), Value::None]));
        }
        self.node("JoinedStr", own, vec![list(values)])
    }

    /// The string literal, among the implicitly joined ones of `whole`, that holds offset `at`.
    fn piece(&self, whole: Span, at: u32) -> Span {
        let b = self.src.as_bytes();
        let base = self.base as usize;
        let mut i = whole.start as usize + base;
        let stop = (whole.end as usize + base).min(b.len());
        while i < stop {
            // Between pieces: blanks, comments, line continuations.
            match b[i] {
                b'#' => {
                    while i < stop && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                c if c.is_ascii_whitespace() || c == b'\\' => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let start = i;
            while i < stop && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let Some(&q) = b.get(i) else { break };
            let triple = b.get(i..i + 3).is_some_and(|t| t == [q, q, q]);
            let width = if triple { 3 } else { 1 };
            i += width;
            while i < stop {
                if b[i] == b'\\' {
                    i += 2;
                } else if b[i] == q && (!triple || b.get(i..i + 3).is_some_and(|t| t == [q, q, q]))
                {
                    i += width;
                    break;
                } else {
                    i += 1;
                }
            }
            if (i - base) as u32 >= at {
                return Span::new(start - base, i - base);
            }
        }
        whole
    }
}

fn dotted(d: &DottedName) -> Value {
    let parts: Vec<&str> = d.parts.iter().map(|p| p.as_str()).collect();
    Value::string(parts.join("."))
}

fn binop(op: BinOp) -> Value {
    let name = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
    };
    bare(name, vec![])
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// `_corun_ast.parse(source, filename, mode)`: the tree of `source` as tuples (see the top of
/// this file), with CPython's SyntaxError for bad source.
#[function(_corun_ast, "parse(source, filename, mode, /)")]
fn parse(ip: &Interp, source: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let dmode = match mode {
        "exec" => crate::eval::dynamic::Mode::Exec,
        "eval" => crate::eval::dynamic::Mode::Eval,
        "single" => crate::eval::dynamic::Mode::Single,
        "func_type" => {
            return Err(crate::eval::sync::not_yet(
                ip,
                "ast.parse() with mode='func_type'",
            ))
        }
        _ => {
            return Err(ip.err(
                ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
            ))
        }
    };
    // Unlike `eval()`, `ast.parse` keeps leading blanks, which are then an unexpected indent.
    let indented = source.starts_with([' ', '\t']);
    let how = if indented {
        crate::eval::dynamic::Mode::Exec
    } else {
        dmode
    };
    let m = crate::eval::dynamic::parse_with(ip, source, filename, how, false)?;
    // `eval` reads the text after its leading blanks; the offsets are in that text.
    let base = if dmode == crate::eval::dynamic::Mode::Eval {
        source.len() - source.trim_start_matches([' ', '\t']).len()
    } else {
        0
    };
    let conv = Conv {
        src: source,
        lines: LineTable::new(source),
        base: base as u32,
    };
    Ok(match mode {
        "eval" => {
            let body = match m.body.first().map(|st| &st.kind) {
                Some(StmtKind::Expr(e)) => conv.expr(e),
                _ => Value::None,
            };
            bare("Expression", vec![body])
        }
        "single" => bare("Interactive", vec![conv.body(&m.body)]),
        _ => bare("Module", vec![conv.body(&m.body), list(vec![])]),
    })
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_corun_ast", init);
crate::python_module!("_ast", "_ast.py");
crate::python_module!("ast", "ast.py");
crate::python_module!("_ast_unparse", "_ast_unparse.py");
