//! The checks CPython's compiler makes on a tree that parsed: how deep it nests, and where
//! `return`, `yield`, `await`, `break`, `continue`, `nonlocal`, the async statements and
//! starred expressions stand.

use std::mem;

use super::ast::*;
use super::parser::{check_pattern, MAX_EXPR_DEPTH};
use super::span::Span;
use super::visit::{walk_expr, walk_scope, walk_stmt, Scope, Visitor};
use super::{SyntaxError, SyntaxErrorKind};

fn serr(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
}

// ----- how deep the tree nests ------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Node<'e> {
    E(&'e Expr),
    S(&'e Stmt),
}

/// The statements and expressions right inside a node (not their own children).
#[derive(Default)]
struct Children<'e> {
    exprs: Vec<&'e Expr>,
    stmts: Vec<&'e Stmt>,
}

impl<'e> Visitor<'e> for Children<'e> {
    fn stmt(&mut self, s: &'e Stmt) {
        self.stmts.push(s);
    }

    fn expr(&mut self, e: &'e Expr) {
        self.exprs.push(e);
    }
}

/// Where the tree nests deeper than CPython's compiler allows, if it does. The tree is walked
/// with a stack of its own: it may be deeper than the native stack allows.
pub fn too_deep_at(module: &Module) -> Option<Span> {
    let mut stack: Vec<(Node, usize)> = module.body.iter().map(|s| (Node::S(s), 0)).collect();
    let mut kids = Children::default();
    while let Some((node, depth)) = stack.pop() {
        let (span, d) = match node {
            Node::E(e) => (e.span, depth + 1),
            Node::S(s) => (s.span, depth + 1),
        };
        if d > MAX_EXPR_DEPTH {
            return Some(span);
        }
        match node {
            Node::E(e) => walk_expr(&mut kids, e),
            Node::S(s) => walk_stmt(&mut kids, s),
        }
        stack.extend(kids.exprs.drain(..).map(|e| (Node::E(e), d)));
        stack.extend(kids.stmts.drain(..).map(|s| (Node::S(s), d)));
    }
    None
}

// ----- where statements and expressions stand ---------------------------------------------------

/// A `break`, `continue` or `return` that would leave an `except*` block (`in_loop`: a loop
/// inside the block encloses the statement).
fn leaves_except_star(body: &[Stmt], in_loop: bool, in_function: bool) -> Option<Span> {
    for s in body {
        let found = match &s.kind {
            StmtKind::Return(_) if in_function => Some(s.span),
            StmtKind::Break | StmtKind::Continue if !in_loop => Some(s.span),
            StmtKind::If { body, orelse, .. } => leaves_except_star(body, in_loop, in_function)
                .or_else(|| leaves_except_star(orelse, in_loop, in_function)),
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                leaves_except_star(body, true, in_function)
                    .or_else(|| leaves_except_star(orelse, in_loop, in_function))
            }
            StmtKind::With { body, .. } => leaves_except_star(body, in_loop, in_function),
            StmtKind::Match { cases, .. } => cases
                .iter()
                .find_map(|c| leaves_except_star(&c.body, in_loop, in_function)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => leaves_except_star(body, in_loop, in_function)
                .or_else(|| {
                    handlers
                        .iter()
                        .find_map(|h| leaves_except_star(&h.body, in_loop, in_function))
                })
                .or_else(|| leaves_except_star(orelse, in_loop, in_function))
                .or_else(|| leaves_except_star(finalbody, in_loop, in_function)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
    Comprehension(CompKind),
}

/// Where a node is: its scope, whether a loop encloses it there, and (for `return` in async
/// generators) what the enclosing function holds.
struct Context {
    /// `await` and the async statements are allowed at the module level (a REPL entry).
    top_level_await: bool,
    scopes: Vec<(ScopeKind, bool)>,
    /// For each enclosing function: does it contain `yield`, and where its `return value`s are.
    functions: Vec<(bool, Vec<Span>)>,
    /// A starred expression may stand where the next expression visited is (a display's
    /// element, a call's argument, a class's base, an assignment's target).
    starred_ok: bool,
    /// The first error found: the walk stops there.
    error: Option<SyntaxError>,
    /// For each scope (code object): how many blocks CPython's compiler has open around the
    /// node (loops, `try` bodies, handlers, `finally`, `with`); it allows 20.
    blocks: Vec<u32>,
}

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: u32 = 20;

impl Context {
    fn fail(&mut self, msg: impl Into<String>, at: Span) {
        if self.error.is_none() {
            self.error = Some(serr(msg, at));
        }
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scopes.last().map_or(ScopeKind::Module, |s| s.0)
    }

    fn in_loop(&self) -> bool {
        self.scopes.last().is_some_and(|s| s.1)
    }

    /// The innermost function (or lambda) scope, skipping comprehensions.
    fn enclosing_function(&self) -> Option<ScopeKind> {
        self.scopes
            .iter()
            .rev()
            .map(|s| s.0)
            .find(|k| !matches!(k, ScopeKind::Comprehension(_)))
    }

    fn in_async_function(&self) -> bool {
        match self.enclosing_function() {
            Some(ScopeKind::Function { is_async }) => is_async,
            Some(ScopeKind::Module) => self.top_level_await,
            _ => false,
        }
    }

    /// An expression where a starred expression may stand.
    fn starred_ok(&mut self, e: &Expr) {
        self.starred_ok = true;
        self.expr(e);
    }

    /// Runs `f` inside one more block, opened at `at`.
    fn in_block(&mut self, at: Span, f: impl FnOnce(&mut Self)) {
        let Some(n) = self.blocks.last_mut() else {
            return f(self);
        };
        if *n >= MAX_BLOCKS {
            return self.fail("too many statically nested blocks", at);
        }
        *n += 1;
        f(self);
        if let Some(n) = self.blocks.last_mut() {
            *n -= 1;
        }
    }

    /// The handlers of a `try` (inside the block the runtime opens for them).
    fn handlers(&mut self, handlers: &[ExceptHandler], is_star: bool, at: Span) {
        self.in_block(at, |cx| {
            for (i, h) in handlers.iter().enumerate() {
                if cx.error.is_some() {
                    return;
                }
                if h.typ.is_none() && i + 1 < handlers.len() {
                    return cx.fail("default 'except:' must be last", h.span);
                }
                if let Some(t) = &h.typ {
                    cx.expr(t);
                }
                if let Some(n) = &h.name {
                    cx.forbidden_name(n.id, h.span);
                }
                if is_star && cx.error.is_none() {
                    let in_function =
                        matches!(cx.enclosing_function(), Some(ScopeKind::Function { .. }));
                    if let Some(at) = leaves_except_star(&h.body, false, in_function) {
                        return cx.fail(
                            "'break', 'continue' and 'return' cannot appear in an except* block",
                            at,
                        );
                    }
                }
                cx.in_block(h.span, |cx| cx.body(&h.body));
            }
        })
    }

    /// The items of a `with` from the `i`th on, each inside the block of the ones before it.
    fn with_items(&mut self, items: &[WithItem], body: &[Stmt], at: Span) {
        match items.split_first() {
            None => self.body(body),
            Some((item, rest)) => {
                self.expr(&item.context);
                if let Some(v) = &item.vars {
                    self.target(v);
                }
                self.in_block(at, |cx| cx.with_items(rest, body, at));
            }
        }
    }

    fn loop_body(&mut self, body: &[Stmt]) {
        let saved = self.scopes.last().map(|s| s.1);
        if let Some(s) = self.scopes.last_mut() {
            s.1 = true;
        }
        self.body(body);
        if let (Some(s), Some(saved)) = (self.scopes.last_mut(), saved) {
            s.1 = saved;
        }
    }

    fn yield_check(&mut self, e: &Expr, from: bool) {
        match self.scope_kind() {
            ScopeKind::Comprehension(kind) => {
                let what = match kind {
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                    CompKind::Generator => "generator expression",
                };
                return self.fail(format!("'yield' inside {what}"), e.span);
            }
            ScopeKind::Module | ScopeKind::Class => {
                return self.fail("'yield' outside function", e.span);
            }
            ScopeKind::Function { is_async: true } if from => {
                return self.fail("'yield from' inside async function", e.span);
            }
            _ => {}
        }
        if let Some(f) = self.functions.last_mut() {
            f.0 = true;
        }
    }
}

/// CPython's compiler refuses to bind, delete or pass by keyword the name `__debug__`.
fn is_debug(name: crate::intern::Symbol) -> bool {
    name.as_str() == "__debug__"
}

impl Context {
    /// `cannot assign to __debug__` (or `delete`) for a name `__debug__` that `e` binds.
    fn forbidden_target(&mut self, e: &Expr, delete: bool) {
        match &e.kind {
            ExprKind::Name { id, .. } if is_debug(*id) => {
                let verb = if delete { "delete" } else { "assign to" };
                self.fail(format!("cannot {verb} __debug__"), e.span)
            }
            ExprKind::Attribute { attr, .. } if !delete && is_debug(*attr) => {
                self.fail("cannot assign to __debug__", e.span)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.forbidden_target(i, delete))
            }
            ExprKind::Starred(inner) => self.forbidden_target(inner, delete),
            _ => {}
        }
    }

    /// A parameter named `__debug__` of the function or lambda at `at`.
    fn forbidden_params(&mut self, params: &Params, at: Span) {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        if all.into_iter().any(|p| is_debug(p.name)) {
            self.fail("cannot assign to __debug__", at);
        }
    }

    fn forbidden_name(&mut self, name: crate::intern::Symbol, at: Span) {
        if is_debug(name) {
            self.fail("cannot assign to __debug__", at);
        }
    }

    /// The names a `case` pattern captures.
    fn forbidden_captures(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::As { pattern, target } => {
                pattern.iter().for_each(|p| self.forbidden_captures(p));
                target.iter().for_each(|t| self.forbidden_target(t, false));
            }
            PatternKind::Star(target) => {
                target.iter().for_each(|t| self.forbidden_target(t, false))
            }
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter().for_each(|p| self.forbidden_captures(p))
            }
            PatternKind::Mapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| self.forbidden_captures(p));
                rest.iter().for_each(|t| self.forbidden_target(t, false));
            }
            PatternKind::Class {
                patterns,
                kwd_patterns,
                ..
            } => patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|p| self.forbidden_captures(p)),
            PatternKind::Value { .. } => {}
        }
    }
}

impl<'a> Visitor<'a> for Context {
    fn stmt(&mut self, s: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        match &s.kind {
            StmtKind::FunctionDef { def, .. } => {
                self.forbidden_params(&def.params, s.span);
                walk_stmt(self, s);
                self.forbidden_name(def.name, s.span);
            }
            StmtKind::ClassDef { def, .. } => {
                walk_stmt(self, s);
                self.forbidden_name(def.name, s.span);
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a.asname.or_else(|| a.name.parts.first().copied());
                    if let Some(n) = bound {
                        self.forbidden_name(n, s.span);
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let bound = a.asname.or_else(|| a.name.parts.last().copied());
                    if let Some(n) = bound {
                        self.forbidden_name(n, s.span);
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.forbidden_target(t, true);
                    self.target(t);
                }
            }
            StmtKind::Return(value) => {
                if !matches!(self.enclosing_function(), Some(ScopeKind::Function { .. })) {
                    return self.fail("'return' outside function", s.span);
                }
                if let Some(v) = value {
                    if let Some(f) = self.functions.last_mut() {
                        f.1.push(s.span);
                    }
                    self.expr(v);
                }
            }
            StmtKind::Nonlocal(_) if self.scope_kind() == ScopeKind::Module => {
                self.fail("nonlocal declaration not allowed at module level", s.span)
            }
            StmtKind::Break if !self.in_loop() => self.fail("'break' outside loop", s.span),
            StmtKind::Continue if !self.in_loop() => {
                self.fail("'continue' not properly in loop", s.span)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.in_block(s.span, |cx| cx.loop_body(body));
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    return self.fail("'async for' outside async function", s.span);
                }
                self.target(target);
                self.expr(iter);
                self.in_block(s.span, |cx| cx.loop_body(body));
                self.body(orelse);
            }
            StmtKind::With { is_async: true, .. } if !self.in_async_function() => {
                self.fail("'async with' outside async function", s.span)
            }
            StmtKind::With { items, body, .. } => self.with_items(items, body, s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let has_finally = !finalbody.is_empty();
                let main = |cx: &mut Self| {
                    if handlers.is_empty() {
                        cx.body(body);
                    } else {
                        cx.in_block(s.span, |cx| cx.body(body));
                        cx.handlers(handlers, *is_star, s.span);
                    }
                    cx.body(orelse);
                };
                if has_finally {
                    self.in_block(s.span, main);
                    self.in_block(s.span, |cx| cx.body(finalbody));
                } else {
                    main(self);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.starred_ok(subject);
                for (i, c) in cases.iter().enumerate() {
                    if self.error.is_some() {
                        return;
                    }
                    self.forbidden_captures(&c.pattern);
                    let irrefutable_ok = c.guard.is_some() || i + 1 == cases.len();
                    if let Err(e) = check_pattern(&c.pattern, irrefutable_ok) {
                        self.error = Some(e);
                        return;
                    }
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            _ => walk_stmt(self, s),
        }
    }

    fn target(&mut self, e: &'a Expr) {
        self.forbidden_target(e, false);
        self.starred_ok(e)
    }

    fn expr(&mut self, e: &'a Expr) {
        let starred_ok = mem::take(&mut self.starred_ok);
        if self.error.is_some() {
            return;
        }
        match &e.kind {
            ExprKind::Starred(_) if !starred_ok => {
                self.fail("can't use starred expression here", e.span)
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.starred_ok(i))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.starred_ok(a));
                for k in keywords {
                    if let Some(arg) = k.arg {
                        self.forbidden_name(arg, e.span);
                    }
                    self.expr(&k.value);
                }
            }
            ExprKind::Lambda(def) => {
                self.forbidden_params(&def.params, e.span);
                walk_expr(self, e);
            }
            ExprKind::Yield(_) => {
                self.yield_check(e, false);
                walk_expr(self, e);
            }
            ExprKind::YieldFrom(_) => {
                self.yield_check(e, true);
                walk_expr(self, e);
            }
            ExprKind::Await(_) => {
                match self.scope_kind() {
                    ScopeKind::Module if self.top_level_await => {}
                    ScopeKind::Module | ScopeKind::Class => {
                        return self.fail("'await' outside function", e.span);
                    }
                    ScopeKind::Lambda | ScopeKind::Function { is_async: false } => {
                        return self.fail("'await' outside async function", e.span);
                    }
                    ScopeKind::Comprehension(kind) => {
                        if kind != CompKind::Generator && !self.in_async_function() {
                            return self.fail(
                                "asynchronous comprehension outside of an asynchronous function",
                                e.span,
                            );
                        }
                    }
                    ScopeKind::Function { is_async: true } => {}
                }
                walk_expr(self, e);
            }
            ExprKind::Comp(c) => {
                let is_async = c.generators.iter().any(|g| g.is_async);
                if is_async && c.kind != CompKind::Generator && !self.in_async_function() {
                    return self.fail(
                        "asynchronous comprehension outside of an asynchronous function",
                        e.span,
                    );
                }
                walk_expr(self, e);
            }
            _ => walk_expr(self, e),
        }
    }

    fn class(&mut self, c: &'a ClassDef) {
        c.decorators.iter().for_each(|e| self.expr(e));
        // The bases are a call's arguments: `class C(*bases)` unpacks them.
        c.bases.iter().for_each(|e| self.starred_ok(e));
        c.keywords.iter().for_each(|k| self.expr(&k.value));
        self.scope(Scope::Class(c));
    }

    fn scope(&mut self, scope: Scope<'a>) {
        if self.error.is_some() {
            return;
        }
        let kind = match scope {
            Scope::Function(f) if f.is_lambda => ScopeKind::Lambda,
            Scope::Function(f) => ScopeKind::Function {
                is_async: f.is_async,
            },
            Scope::Class(_) => ScopeKind::Class,
            Scope::Comprehension(c) => ScopeKind::Comprehension(c.kind),
        };
        self.scopes.push((kind, false));
        self.blocks.push(0);
        let Scope::Function(f) = scope else {
            walk_scope(self, scope);
            self.scopes.pop();
            self.blocks.pop();
            return;
        };
        self.functions.push((false, Vec::new()));
        walk_scope(self, scope);
        let (has_yield, returns) = self.functions.pop().unwrap_or_default();
        self.scopes.pop();
        self.blocks.pop();
        if f.is_async && has_yield {
            if let Some(&at) = returns.first() {
                self.fail("'return' with value in async generator", at);
            }
        }
    }
}

/// The errors CPython's compiler reports for a tree that parsed: `return`, `yield`, `await`,
/// `break`, `continue` where they cannot be, starred expressions where they cannot stand.
pub fn check_context(module: &Module, top_level_await: bool) -> Result<(), SyntaxError> {
    let mut cx = Context {
        top_level_await,
        scopes: vec![(ScopeKind::Module, false)],
        functions: Vec::new(),
        starred_ok: false,
        error: None,
        blocks: vec![0],
    };
    cx.body(&module.body);
    cx.error.map_or(Ok(()), Err)
}
