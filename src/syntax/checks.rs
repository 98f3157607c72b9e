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
}

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

impl<'a> Visitor<'a> for Context {
    fn stmt(&mut self, s: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        match &s.kind {
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
                self.loop_body(body);
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
                self.loop_body(body);
                self.body(orelse);
            }
            StmtKind::With { is_async: true, .. } if !self.in_async_function() => {
                self.fail("'async with' outside async function", s.span)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if *is_star && self.error.is_none() {
                        let in_function =
                            matches!(self.enclosing_function(), Some(ScopeKind::Function { .. }));
                        if let Some(at) = leaves_except_star(&h.body, false, in_function) {
                            return self.fail(
                                "'break', 'continue' and 'return' cannot appear in an except* block",
                                at,
                            );
                        }
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Match { subject, cases } => {
                self.starred_ok(subject);
                for (i, c) in cases.iter().enumerate() {
                    if self.error.is_some() {
                        return;
                    }
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
                keywords.iter().for_each(|k| self.expr(&k.value));
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
        let Scope::Function(f) = scope else {
            walk_scope(self, scope);
            self.scopes.pop();
            return;
        };
        self.functions.push((false, Vec::new()));
        walk_scope(self, scope);
        let (has_yield, returns) = self.functions.pop().unwrap_or_default();
        self.scopes.pop();
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
    };
    cx.body(&module.body);
    cx.error.map_or(Ok(()), Err)
}
