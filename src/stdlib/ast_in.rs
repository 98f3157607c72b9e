//! A tree of node tuples (as `_ast._for_compile` gives it) turned into the syntax tree the
//! evaluator runs, so that `compile()` of a tree keeps its line numbers. The tuples have
//! passed `_ast`'s checks of kinds and required fields; what is checked here is what CPython
//! checks of a tree's meaning (contexts, empty bodies, matching counts), with its messages.
//!
//! Positions are (line, column) pairs; the code gets a source text to point into: the file
//! named, when it can be read (a traceback then shows its lines, as CPython's does), or blank
//! lines long enough to hold every position.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::*;
use crate::syntax::span::Span;

pub struct Build<'a> {
    ip: &'a Interp,
    src: &'a str,
    filename: &'a str,
    /// Where each line of the source text starts, and how long it is.
    lines: Vec<(u32, u32)>,
}

#[derive(Clone, Copy, PartialEq)]
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

fn items(v: &Value) -> &[Value] {
    match v {
        Value::Tuple(t) => &t.items,
        _ => &[],
    }
}

fn list(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.items.borrow().clone(),
        _ => Vec::new(),
    }
}

fn text(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s.s.as_str()),
        _ => None,
    }
}

fn kind(v: &Value) -> &str {
    items(v).first().and_then(text).unwrap_or("")
}

/// The field `i` of a node tuple (after its name and position).
fn field(v: &Value, i: usize) -> &Value {
    items(v).get(i + 2).unwrap_or(&Value::None)
}

fn some(v: &Value) -> Option<&Value> {
    (!v.is_none()).then_some(v)
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => 0,
    }
}

/// The largest line and column of any position in the tree.
fn extent(v: &Value, max: &mut (i64, i64)) {
    match v {
        Value::Tuple(t) => {
            if let [Value::Str(_), Value::Tuple(p), ..] = &t.items[..] {
                if let [l1, c1, l2, c2] = &p.items[..] {
                    for (l, c) in [(l1, c1), (l2, c2)] {
                        max.0 = max.0.max(int_of(l));
                        max.1 = max.1.max(int_of(c));
                    }
                }
            }
            for item in t.items.iter() {
                extent(item, max);
            }
        }
        Value::List(l) => {
            for item in l.items.borrow().iter() {
                extent(item, max);
            }
        }
        _ => {}
    }
}

/// The source text the compiled tree points into (see the top of this file).
pub fn source_for(tree: &Value, filename: &str) -> String {
    if let Ok(text) = std::fs::read_to_string(filename) {
        return text;
    }
    let mut max = (1, 0);
    extent(tree, &mut max);
    // Kept small for absurd positions: those then point at the last place there is.
    let lines = max.0.clamp(1, 100_000) as usize;
    let width = (max.1 + 1).clamp(1, 1000) as usize;
    let line = format!("{}\n", " ".repeat(width));
    line.repeat(lines)
}

type R<T> = PyResult<T>;

impl<'a> Build<'a> {
    pub fn new(ip: &'a Interp, src: &'a str, filename: &'a str) -> Build<'a> {
        let mut lines = Vec::new();
        let mut start = 0u32;
        for l in src.split_inclusive('\n') {
            let len = l.trim_end_matches(['\n', '\r']).len() as u32;
            lines.push((start, len));
            start += l.len() as u32;
        }
        if lines.is_empty() {
            lines.push((0, 0));
        }
        Build {
            ip,
            src,
            filename,
            lines,
        }
    }

    fn value_error(&self, msg: impl Into<String>) -> Exc {
        self.ip.err(ExcKind::ValueError, msg)
    }

    fn offset(&self, line: &Value, col: &Value) -> u32 {
        let l = (int_of(line).max(1) as usize).min(self.lines.len()) - 1;
        let (start, len) = self.lines[l];
        start + (int_of(col).max(0) as u32).min(len)
    }

    fn span(&self, node: &Value) -> Span {
        match items(node).get(1) {
            Some(Value::Tuple(p)) if p.items.len() == 4 => {
                let start = self.offset(&p.items[0], &p.items[1]);
                let end = if p.items[2].is_none() || p.items[3].is_none() {
                    start
                } else {
                    self.offset(&p.items[2], &p.items[3])
                };
                Span {
                    start,
                    end: end.max(start),
                }
            }
            _ => Span::default(),
        }
    }

    fn sym(&self, v: &Value) -> Symbol {
        intern(text(v).unwrap_or(""))
    }

    /// An identifier that must not be one of the constants' names.
    fn ident(&self, v: &Value) -> R<Symbol> {
        let name = text(v).unwrap_or("");
        if matches!(name, "None" | "True" | "False") {
            return Err(self.value_error(format!(
                "identifier field can't represent '{name}' constant"
            )));
        }
        Ok(intern(name))
    }

    pub fn module(&self, tree: &Value) -> R<Module> {
        let body = match kind(tree) {
            "Module" | "Interactive" => self.body(field(tree, 0), None)?,
            "Expression" => {
                let e = self.expr(field(tree, 0))?;
                let sp = e.span;
                vec![Stmt::new(StmtKind::Expr(e), sp)]
            }
            other => {
                return Err(crate::eval::sync::not_yet(
                    self.ip,
                    &format!("compile() of a {other} tree"),
                ))
            }
        };
        let doc = Self::docstring(&body);
        Ok(Module {
            body,
            scope: ScopeInfo::default(),
            warnings: Vec::new(),
            doc,
        })
    }

    /// A statement list; `owner` names the node for CPython's "empty body" error when the
    /// list must not be empty.
    fn body(&self, v: &Value, owner: Option<&str>) -> R<Vec<Stmt>> {
        let stmts = list(v);
        if stmts.is_empty() {
            if let Some(owner) = owner {
                return Err(self.value_error(format!("empty body on {owner}")));
            }
        }
        stmts.iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&self, v: &Value, ctx: Ctx) -> R<Vec<Expr>> {
        list(v).iter().map(|e| self.expr_in(e, ctx)).collect()
    }

    fn expr(&self, v: &Value) -> R<Expr> {
        self.expr_in(v, Ctx::Load)
    }

    fn opt_expr(&self, v: &Value) -> R<Option<Expr>> {
        some(v).map(|e| self.expr(e)).transpose()
    }

    fn bx(&self, v: &Value) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(v)?))
    }

    fn docstring(body: &[Stmt]) -> Option<Value> {
        match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Constant(v @ Value::Str(_)),
                ..
            })) => Some(v.clone()),
            _ => None,
        }
    }

    fn stmt(&self, v: &Value) -> R<Stmt> {
        let sp = self.span(v);
        let k = kind(v);
        let f = |i| field(v, i);
        let kind = match k {
            "Expr" => StmtKind::Expr(self.expr(f(0))?),
            "Assign" => {
                let targets = list(f(0))
                    .iter()
                    .map(|e| self.target(e))
                    .collect::<R<Vec<_>>>()?;
                if targets.is_empty() {
                    return Err(self.value_error("empty targets on Assign"));
                }
                StmtKind::Assign {
                    targets,
                    value: self.expr(f(1))?,
                }
            }
            "AugAssign" => {
                let target = self.expr_in(f(0), Ctx::Store)?;
                let what = match &target.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => None,
                    ExprKind::Tuple(_) => Some("tuple"),
                    ExprKind::List(_) => Some("list"),
                    _ => Some("starred"),
                };
                if let Some(what) = what {
                    return Err(self.syntax_error(
                        &format!("'{what}' is an illegal expression for augmented assignment"),
                        target.span,
                    ));
                }
                StmtKind::AugAssign {
                    target,
                    op: binop(kind(f(1))),
                    value: self.expr(f(2))?,
                }
            }
            "AnnAssign" => {
                let target = self.expr_in(f(0), Ctx::Store)?;
                if !matches!(
                    target.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(self.syntax_error(
                        "only single target (not tuple) can be annotated",
                        target.span,
                    ));
                }
                StmtKind::AnnAssign {
                    target,
                    annotation: self.expr(f(1))?,
                    value: self.opt_expr(f(2))?,
                    simple: int_of(f(3)) != 0,
                }
            }
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident(f(0))?;
                let body = self.body(f(2), Some(k))?;
                let def = FunctionDef {
                    name,
                    qualname: String::new(),
                    params: self.arguments(f(1))?,
                    doc: Self::docstring(&body),
                    body,
                    decorators: self.exprs(f(3), Ctx::Load)?,
                    returns: self.opt_expr(f(4))?,
                    is_async: k == "AsyncFunctionDef",
                    is_lambda: false,
                    span: sp,
                    name_span: sp,
                    scope: ScopeInfo::default(),
                };
                StmtKind::FunctionDef {
                    def: Rc::new(def),
                    target: NameSlot::new(name, sp),
                }
            }
            "ClassDef" => {
                let name = self.ident(f(0))?;
                let body = self.body(f(3), Some(k))?;
                let def = ClassDef {
                    name,
                    qualname: String::new(),
                    bases: self.exprs(f(1), Ctx::Load)?,
                    keywords: self.keywords(f(2))?,
                    doc: Self::docstring(&body),
                    body,
                    decorators: self.exprs(f(4), Ctx::Load)?,
                    span: sp,
                    name_span: sp,
                    scope: ScopeInfo::default(),
                };
                StmtKind::ClassDef {
                    def: Rc::new(def),
                    target: NameSlot::new(name, sp),
                }
            }
            "Return" => StmtKind::Return(self.opt_expr(f(0))?),
            "Delete" => {
                let targets = self.exprs(f(0), Ctx::Del)?;
                if targets.is_empty() {
                    return Err(self.value_error("empty targets on Delete"));
                }
                if let Some(t) = targets.iter().find(|t| Self::has_star(t)) {
                    return Err(self.syntax_error("can't use starred expression here", t.span));
                }
                StmtKind::Delete(targets)
            }
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            "Continue" => StmtKind::Continue,
            "If" | "While" => {
                let test = self.expr(f(0))?;
                let body = self.body(f(1), Some(k))?;
                let orelse = self.body(f(2), None)?;
                if k == "If" {
                    StmtKind::If { test, body, orelse }
                } else {
                    StmtKind::While { test, body, orelse }
                }
            }
            "For" | "AsyncFor" => StmtKind::For {
                target: self.target(f(0))?,
                iter: self.expr(f(1))?,
                body: self.body(f(2), Some(k))?,
                orelse: self.body(f(3), None)?,
                is_async: k == "AsyncFor",
            },
            "With" | "AsyncWith" => {
                let raw = list(f(0));
                if raw.is_empty() {
                    return Err(self.value_error(format!("empty items on {k}")));
                }
                let mut with_items = Vec::new();
                for it in &raw {
                    with_items.push(WithItem {
                        context: self.expr(field(it, 0))?,
                        vars: some(field(it, 1)).map(|t| self.target(t)).transpose()?,
                    });
                }
                StmtKind::With {
                    items: with_items,
                    body: self.body(f(1), Some(k))?,
                    is_async: k == "AsyncWith",
                }
            }
            "Try" | "TryStar" => {
                let body = self.body(f(0), Some(k))?;
                let mut handlers = Vec::new();
                for h in list(f(1)) {
                    let hsp = self.span(&h);
                    handlers.push(ExceptHandler {
                        typ: self.opt_expr(field(&h, 0))?,
                        name: some(field(&h, 1)).map(|n| NameSlot::new(self.sym(n), hsp)),
                        body: self.body(field(&h, 2), Some("ExceptHandler"))?,
                        span: hsp,
                    });
                }
                let orelse = self.body(f(2), None)?;
                let finalbody = self.body(f(3), None)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(
                        self.value_error(format!("{k} has neither except handlers nor finalbody"))
                    );
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(self.value_error(format!("{k} has orelse but no except handlers")));
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star: k == "TryStar",
                }
            }
            "Raise" => {
                let exc = self.opt_expr(f(0))?;
                let cause = self.opt_expr(f(1))?;
                if exc.is_none() && cause.is_some() {
                    return Err(self.value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Assert" => StmtKind::Assert {
                test: self.expr(f(0))?,
                msg: self.opt_expr(f(1))?,
            },
            "Import" => {
                let names = list(f(0));
                if names.is_empty() {
                    return Err(self.value_error("empty names on Import"));
                }
                StmtKind::Import(names.iter().map(|a| self.alias(a, true)).collect())
            }
            "ImportFrom" => {
                let level = int_of(f(2));
                if level < 0 {
                    return Err(self.value_error("Negative ImportFrom level"));
                }
                let names = list(f(1));
                if names.is_empty() {
                    return Err(self.value_error("empty names on ImportFrom"));
                }
                let star = names.len() == 1 && text(field(&names[0], 0)) == Some("*");
                let module = some(f(0)).map(|m| DottedName {
                    parts: text(m).unwrap_or("").split('.').map(intern).collect(),
                    span: sp,
                });
                StmtKind::ImportFrom {
                    module,
                    names: if star {
                        Vec::new()
                    } else {
                        names.iter().map(|a| self.alias(a, false)).collect()
                    },
                    star,
                    level: level as u32,
                }
            }
            "Global" | "Nonlocal" => {
                let names: Vec<Symbol> = list(f(0)).iter().map(|n| self.sym(n)).collect();
                if names.is_empty() {
                    return Err(self.value_error(format!("empty names on {k}")));
                }
                if k == "Global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "Match" => {
                let mut cases = Vec::new();
                for c in list(f(1)) {
                    cases.push(MatchCase {
                        pattern: self.pattern(field(&c, 0))?,
                        guard: self.opt_expr(field(&c, 1))?,
                        body: self.body(field(&c, 2), Some("match_case"))?,
                    });
                }
                if cases.is_empty() {
                    return Err(self.value_error("empty cases on Match"));
                }
                StmtKind::Match {
                    subject: self.expr(f(0))?,
                    cases,
                }
            }
            other => {
                return Err(crate::eval::sync::not_yet(
                    self.ip,
                    &format!("compile() of a {other} statement"),
                ))
            }
        };
        Ok(Stmt::new(kind, sp))
    }

    fn syntax_error(&self, msg: &str, at: Span) -> Exc {
        let e =
            crate::syntax::SyntaxError::new(crate::syntax::SyntaxErrorKind::SyntaxError, msg, at);
        crate::eval::dynamic::syntax_exc(self.ip, &e, self.src, self.filename)
    }

    /// CPython's checks of starred assignment targets: a star stands only inside a tuple or
    /// list, once per level.
    fn check_stars(&self, target: &Expr, top: bool) -> R<()> {
        match &target.kind {
            ExprKind::Starred(inner) if top => Err(self.syntax_error(
                "starred assignment target must be in a list or tuple",
                target.span,
            )),
            ExprKind::Starred(inner) => self.check_stars(inner, false),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars = items
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(self
                        .syntax_error("multiple starred expressions in assignment", target.span));
                }
                items.iter().try_for_each(|e| self.check_stars(e, false))
            }
            _ => Ok(()),
        }
    }

    fn target(&self, v: &Value) -> R<Expr> {
        let e = self.expr_in(v, Ctx::Store)?;
        self.check_stars(&e, true)?;
        Ok(e)
    }

    fn has_star(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Starred(_) => true,
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().any(Self::has_star),
            _ => false,
        }
    }

    fn alias(&self, a: &Value, import: bool) -> Alias {
        let sp = self.span(a);
        let full = text(field(a, 0)).unwrap_or("");
        let name = DottedName {
            parts: full.split('.').map(intern).collect(),
            span: sp,
        };
        let asname = some(field(a, 1)).map(|n| self.sym(n));
        let bind = match asname {
            Some(n) => n,
            None if import => name.parts[0],
            None => intern(full),
        };
        Alias {
            name,
            asname,
            bind: NameSlot::new(bind, sp),
            span: sp,
        }
    }

    fn keywords(&self, v: &Value) -> R<Vec<Keyword>> {
        list(v)
            .iter()
            .map(|k| {
                Ok(Keyword {
                    arg: some(field(k, 0)).map(|n| self.sym(n)),
                    value: self.expr(field(k, 1))?,
                    span: self.span(k),
                })
            })
            .collect()
    }

    fn param(&self, a: &Value, default: Option<Expr>) -> R<Param> {
        Ok(Param {
            name: self.ident(field(a, 0))?,
            annotation: self.opt_expr(field(a, 1))?,
            default,
            span: self.span(a),
            scope: NameRef::Unresolved,
        })
    }

    fn arguments(&self, v: &Value) -> R<Params> {
        let posonly = list(field(v, 0));
        let args = list(field(v, 1));
        let kwonly = list(field(v, 3));
        let kw_defaults = list(field(v, 4));
        let defaults = list(field(v, 6));
        let positional = posonly.len() + args.len();
        if defaults.len() > positional {
            return Err(self.value_error("more positional defaults than args on arguments"));
        }
        if kw_defaults.len() != kwonly.len() {
            return Err(self
                .value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        let first_default = positional - defaults.len();
        let mut out = Params::default();
        for (i, a) in posonly.iter().chain(args.iter()).enumerate() {
            let d = if i >= first_default {
                Some(self.expr(&defaults[i - first_default])?)
            } else {
                None
            };
            let p = self.param(a, d)?;
            if i < posonly.len() {
                out.posonly.push(p);
            } else {
                out.args.push(p);
            }
        }
        out.vararg = some(field(v, 2)).map(|a| self.param(a, None)).transpose()?;
        for (a, d) in kwonly.iter().zip(kw_defaults.iter()) {
            let d = self.opt_expr(d)?;
            out.kwonly.push(self.param(a, d)?);
        }
        out.kwarg = some(field(v, 5)).map(|a| self.param(a, None)).transpose()?;
        let all: Vec<&Param> = out
            .posonly
            .iter()
            .chain(&out.args)
            .chain(&out.vararg)
            .chain(&out.kwonly)
            .chain(&out.kwarg)
            .collect();
        for (i, p) in all.iter().enumerate() {
            if all[..i].iter().any(|q| q.name == p.name) {
                return Err(self.syntax_error(
                    &format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
        }
        Ok(out)
    }

    fn check_ctx(&self, v: &Value, i: usize, want: Ctx) -> R<()> {
        let got = kind(field(v, i));
        if got != want.name() {
            return Err(self.value_error(format!(
                "expression must have {} context but has {} instead",
                want.name(),
                got
            )));
        }
        Ok(())
    }

    fn expr_in(&self, v: &Value, ctx: Ctx) -> R<Expr> {
        let sp = self.span(v);
        let k = kind(v);
        let f = |i| field(v, i);
        let has_ctx = matches!(
            k,
            "Name" | "Attribute" | "Subscript" | "Starred" | "List" | "Tuple"
        );
        if !has_ctx && ctx != Ctx::Load {
            return Err(self.value_error(format!(
                "expression which can't be assigned to in {} context",
                ctx.name()
            )));
        }
        let kind = match k {
            "BoolOp" => {
                let values = self.exprs(f(1), Ctx::Load)?;
                if values.len() < 2 {
                    return Err(self.value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp {
                    op: if kind(f(0)) == "And" {
                        BoolOpKind::And
                    } else {
                        BoolOpKind::Or
                    },
                    values,
                }
            }
            "NamedExpr" => {
                if kind(f(0)) != "Name" {
                    return Err(self.value_error("NamedExpr target must be a Name"));
                }
                ExprKind::NamedExpr {
                    target: Box::new(self.expr_in(f(0), Ctx::Store)?),
                    value: self.bx(f(1))?,
                }
            }
            "BinOp" => ExprKind::BinOp {
                left: self.bx(f(0))?,
                op: binop(kind(f(1))),
                right: self.bx(f(2))?,
            },
            "UnaryOp" => ExprKind::UnaryOp {
                op: match kind(f(0)) {
                    "Not" => UnaryOp::Not,
                    "USub" => UnaryOp::Neg,
                    "UAdd" => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                },
                operand: self.bx(f(1))?,
            },
            "Lambda" => {
                let body = self.expr(f(1))?;
                let bsp = body.span;
                let def = FunctionDef {
                    name: crate::intern::sym::lambda,
                    qualname: String::new(),
                    params: self.arguments(f(0))?,
                    body: vec![Stmt::new(StmtKind::Return(Some(body)), bsp)],
                    decorators: Vec::new(),
                    returns: None,
                    is_async: false,
                    is_lambda: true,
                    span: sp,
                    name_span: sp,
                    doc: None,
                    scope: ScopeInfo::default(),
                };
                ExprKind::Lambda(Rc::new(def))
            }
            "IfExp" => ExprKind::IfExp {
                test: self.bx(f(0))?,
                body: self.bx(f(1))?,
                orelse: self.bx(f(2))?,
            },
            "Dict" => {
                let keys = list(f(0));
                let values = self.exprs(f(1), Ctx::Load)?;
                if keys.len() != values.len() {
                    return Err(
                        self.value_error("Dict doesn't have the same number of keys as values")
                    );
                }
                ExprKind::Dict {
                    keys: keys
                        .iter()
                        .map(|k| self.opt_expr(k))
                        .collect::<R<Vec<_>>>()?,
                    values,
                }
            }
            "Set" => ExprKind::Set(self.exprs(f(0), Ctx::Load)?),
            "List" | "Tuple" => {
                self.check_ctx(v, 1, ctx)?;
                let elts = self.exprs(f(0), ctx)?;
                if k == "List" {
                    ExprKind::List(elts)
                } else {
                    ExprKind::Tuple(elts)
                }
            }
            "ListComp" | "SetComp" | "GeneratorExp" | "DictComp" => {
                let (elt, value, gens) = if k == "DictComp" {
                    (self.expr(f(0))?, Some(self.expr(f(1))?), f(2))
                } else {
                    (self.expr(f(0))?, None, f(1))
                };
                let mut generators = Vec::new();
                for g in list(gens) {
                    generators.push(CompFor {
                        target: self.target(field(&g, 0))?,
                        iter: self.expr(field(&g, 1))?,
                        ifs: self.exprs(field(&g, 2), Ctx::Load)?,
                        is_async: int_of(field(&g, 3)) != 0,
                    });
                }
                if generators.is_empty() {
                    return Err(self.value_error("comprehension with no generators"));
                }
                ExprKind::Comp(Rc::new(Comprehension {
                    kind: match k {
                        "ListComp" => CompKind::List,
                        "SetComp" => CompKind::Set,
                        "DictComp" => CompKind::Dict,
                        _ => CompKind::Generator,
                    },
                    elt,
                    value,
                    generators,
                    scope: ScopeInfo::default(),
                    qualname: String::new(),
                }))
            }
            "Await" => ExprKind::Await(self.bx(f(0))?),
            "Yield" => ExprKind::Yield(some(f(0)).map(|e| self.bx(e)).transpose()?),
            "YieldFrom" => ExprKind::YieldFrom(self.bx(f(0))?),
            "Compare" => {
                let ops = list(f(1));
                let comparators = self.exprs(f(2), Ctx::Load)?;
                if comparators.is_empty() {
                    return Err(self.value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(self.value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                ExprKind::Compare {
                    left: self.bx(f(0))?,
                    ops: ops.iter().map(|o| cmpop(kind(o))).collect(),
                    comparators,
                }
            }
            "Call" => ExprKind::Call {
                func: self.bx(f(0))?,
                args: self.exprs(f(1), Ctx::Load)?,
                keywords: self.keywords(f(2))?,
            },
            "FormattedValue" => ExprKind::JoinedStr(vec![self.fpart(v)?]),
            "JoinedStr" => ExprKind::JoinedStr(self.fparts(f(0))?),
            "Constant" => ExprKind::Constant(f(0).clone()),
            "Attribute" => {
                self.check_ctx(v, 2, ctx)?;
                ExprKind::Attribute {
                    value: self.bx(f(0))?,
                    attr: self.sym(f(1)),
                    site: Default::default(),
                }
            }
            "Subscript" => {
                self.check_ctx(v, 2, ctx)?;
                ExprKind::Subscript {
                    value: self.bx(f(0))?,
                    slice: self.bx(f(1))?,
                }
            }
            "Starred" => {
                self.check_ctx(v, 1, ctx)?;
                ExprKind::Starred(Box::new(self.expr_in(f(0), ctx)?))
            }
            "Name" => {
                self.check_ctx(v, 1, ctx)?;
                ExprKind::Name {
                    id: self.ident(f(0))?,
                    scope: NameRef::Unresolved,
                }
            }
            "Slice" => ExprKind::Slice {
                lower: some(f(0)).map(|e| self.bx(e)).transpose()?,
                upper: some(f(1)).map(|e| self.bx(e)).transpose()?,
                step: some(f(2)).map(|e| self.bx(e)).transpose()?,
            },
            other => {
                return Err(crate::eval::sync::not_yet(
                    self.ip,
                    &format!("compile() of a {other} expression"),
                ))
            }
        };
        Ok(Expr::new(kind, sp))
    }

    fn fparts(&self, values: &Value) -> R<Vec<FStringPart>> {
        let mut out = Vec::new();
        for part in list(values) {
            match kind(&part) {
                "Constant" => match field(&part, 0) {
                    Value::Str(s) => out.push(FStringPart::Literal(s.s.as_str().to_string())),
                    _ => out.push(FStringPart::Field {
                        expr: Box::new(self.expr(&part)?),
                        conversion: None,
                        spec: Vec::new(),
                        debug_text: None,
                    }),
                },
                "JoinedStr" => out.extend(self.fparts(field(&part, 0))?),
                _ => out.push(self.fpart(&part)?),
            }
        }
        Ok(out)
    }

    fn fpart(&self, v: &Value) -> R<FStringPart> {
        if kind(v) != "FormattedValue" {
            return Err(
                self.value_error("JoinedStr values must be str constants or FormattedValue")
            );
        }
        let conversion = match int_of(field(v, 1)) {
            -1 => None,
            c @ (115 | 114 | 97) => char::from_u32(c as u32),
            c => {
                return Err(self.value_error(format!("Unrecognized conversion character {c}")));
            }
        };
        let spec = match some(field(v, 2)) {
            Some(s) if kind(s) == "JoinedStr" => self.fparts(field(s, 0))?,
            Some(s) => vec![self.fpart(s)?],
            None => Vec::new(),
        };
        Ok(FStringPart::Field {
            expr: Box::new(self.expr(field(v, 0))?),
            conversion,
            spec,
            debug_text: None,
        })
    }

    fn patterns(&self, v: &Value) -> R<Vec<Pattern>> {
        list(v).iter().map(|p| self.pattern(p)).collect()
    }

    fn capture(&self, v: &Value, sp: Span) -> R<Option<Expr>> {
        some(v)
            .map(|n| {
                Ok(Expr::new(
                    ExprKind::Name {
                        id: self.ident(n)?,
                        scope: NameRef::Unresolved,
                    },
                    sp,
                ))
            })
            .transpose()
    }

    fn pattern(&self, v: &Value) -> R<Pattern> {
        let sp = self.span(v);
        let f = |i| field(v, i);
        let kind = match kind(v) {
            "MatchValue" => PatternKind::Value {
                value: self.expr(f(0))?,
                by_identity: false,
            },
            "MatchSingleton" => PatternKind::Value {
                value: Expr::new(ExprKind::Constant(f(0).clone()), sp),
                by_identity: true,
            },
            "MatchSequence" => PatternKind::Sequence(self.patterns(f(0))?),
            "MatchStar" => PatternKind::Star(self.capture(f(0), sp)?),
            "MatchMapping" => {
                let keys = self.exprs(f(0), Ctx::Load)?;
                let patterns = self.patterns(f(1))?;
                if keys.len() != patterns.len() {
                    return Err(self.value_error(
                        "MatchMapping doesn't have the same number of keys as patterns",
                    ));
                }
                PatternKind::Mapping {
                    keys,
                    patterns,
                    rest: self.capture(f(2), sp)?,
                }
            }
            "MatchClass" => {
                let kwd_attrs: Vec<(Symbol, Span)> =
                    list(f(2)).iter().map(|n| (self.sym(n), sp)).collect();
                let kwd_patterns = self.patterns(f(3))?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(self.value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                PatternKind::Class {
                    cls: self.expr(f(0))?,
                    patterns: self.patterns(f(1))?,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            "MatchAs" => PatternKind::As {
                pattern: some(f(0))
                    .map(|p| self.pattern(p).map(Box::new))
                    .transpose()?,
                target: self.capture(f(1), sp)?,
            },
            "MatchOr" => PatternKind::Or(self.patterns(f(0))?),
            other => {
                return Err(crate::eval::sync::not_yet(
                    self.ip,
                    &format!("compile() of a {other} pattern"),
                ))
            }
        };
        Ok(Pattern { kind, span: sp })
    }
}

fn binop(name: &str) -> BinOp {
    match name {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "FloorDiv" => BinOp::FloorDiv,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        _ => BinOp::BitAnd,
    }
}

fn cmpop(name: &str) -> CmpOp {
    match name {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        _ => CmpOp::NotIn,
    }
}
