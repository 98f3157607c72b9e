//! One walk of the tree for every pass that reads it: a `Visitor` has a method per kind of node,
//! each defaulting to the `walk_*` function that visits the node's children, so that a pass
//! overrides only the nodes it cares about and calls `walk_*` to go on inside them.
//!
//! The walks visit children in the order CPython's compiler does: a function's decorators, its
//! defaults, its annotations, then its body; a comprehension's first iterable, then its `for`
//! and `if` clauses, then its element.
//!
//! The walks also say where a new scope starts: the part of a function, lambda, class or
//! comprehension that runs in its own scope (a function's body, a comprehension past its first
//! iterable) is visited through `Visitor::scope`, and the rest of the node in the scope around
//! it. A pass that tracks scopes overrides `scope` alone.

use super::ast::*;

/// A node whose inner part runs in a scope of its own.
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    /// A `def`, `async def` or `lambda`.
    Function(&'a FunctionDef),
    Class(&'a ClassDef),
    Comprehension(&'a Comprehension),
}

pub trait Visitor<'a>: Sized {
    fn stmt(&mut self, s: &'a Stmt) {
        walk_stmt(self, s)
    }

    fn expr(&mut self, e: &'a Expr) {
        walk_expr(self, e)
    }

    /// Where a value is stored or deleted: an assignment's, `for`'s, `with`'s, `del`'s,
    /// comprehension's or `:=`'s target.
    fn target(&mut self, e: &'a Expr) {
        self.expr(e)
    }

    fn pattern(&mut self, p: &'a Pattern) {
        walk_pattern(self, p)
    }

    /// A `def`, `async def` or `lambda`: its decorators, defaults and annotations, then its
    /// scope.
    fn function(&mut self, f: &'a FunctionDef) {
        walk_function(self, f)
    }

    /// A class: its decorators, bases and keywords, then its scope (the body).
    fn class(&mut self, c: &'a ClassDef) {
        walk_class(self, c)
    }

    /// A comprehension: its first iterable, then its scope.
    fn comprehension(&mut self, c: &'a Comprehension) {
        walk_comprehension(self, c)
    }

    /// What runs in the scope of a function, class or comprehension.
    fn scope(&mut self, scope: Scope<'a>) {
        walk_scope(self, scope)
    }

    fn body(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }
}

/// Every parameter, in order: positional-only, ordinary, `*args`, keyword-only, `**kwargs`.
pub fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter())
}

pub fn walk_stmt<'a, V: Visitor<'a>>(v: &mut V, s: &'a Stmt) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => v.expr(e),
        StmtKind::Return(None)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_) => {}
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| v.target(t));
            v.expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.target(target);
            v.expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            v.target(target);
            v.expr(annotation);
            value.iter().for_each(|e| v.expr(e));
        }
        StmtKind::FunctionDef { def, .. } => v.function(def),
        StmtKind::ClassDef { def, .. } => v.class(def),
        StmtKind::Delete(targets) => targets.iter().for_each(|t| v.target(t)),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            v.expr(test);
            v.body(body);
            v.body(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            v.target(target);
            v.expr(iter);
            v.body(body);
            v.body(orelse);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                v.expr(&item.context);
                item.vars.iter().for_each(|e| v.target(e));
            }
            v.body(body);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            v.body(body);
            for h in handlers {
                h.typ.iter().for_each(|e| v.expr(e));
                v.body(&h.body);
            }
            v.body(orelse);
            v.body(finalbody);
        }
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).for_each(|e| v.expr(e)),
        StmtKind::Assert { test, msg } => {
            v.expr(test);
            msg.iter().for_each(|e| v.expr(e));
        }
        StmtKind::Match { subject, cases } => {
            v.expr(subject);
            for c in cases {
                v.pattern(&c.pattern);
                c.guard.iter().for_each(|e| v.expr(e));
                v.body(&c.body);
            }
        }
    }
}

pub fn walk_expr<'a, V: Visitor<'a>>(v: &mut V, e: &'a Expr) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|e| v.expr(e)),
        ExprKind::NamedExpr { target, value } => {
            v.target(target);
            v.expr(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            v.expr(left);
            v.expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => v.expr(operand),
        ExprKind::Lambda(f) => v.function(f),
        ExprKind::IfExp { test, body, orelse } => {
            v.expr(test);
            v.expr(body);
            v.expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, value) in keys.iter().zip(values) {
                k.iter().for_each(|k| v.expr(k));
                v.expr(value);
            }
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(|e| v.expr(e))
        }
        ExprKind::Comp(c) => v.comprehension(c),
        ExprKind::Await(x) | ExprKind::YieldFrom(x) | ExprKind::Starred(x) => v.expr(x),
        ExprKind::Yield(x) => x.iter().for_each(|e| v.expr(e)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            v.expr(left);
            comparators.iter().for_each(|e| v.expr(e));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            v.expr(func);
            args.iter().for_each(|e| v.expr(e));
            keywords.iter().for_each(|k| v.expr(&k.value));
        }
        ExprKind::JoinedStr(parts) => walk_fstring(v, parts),
        ExprKind::Constant(_) | ExprKind::Name { .. } | ExprKind::SuperCall { .. } => {}
        ExprKind::FrameCall { call, .. } => v.expr(call),
        ExprKind::Attribute { value, .. } => v.expr(value),
        ExprKind::Subscript { value, slice } => {
            v.expr(value);
            v.expr(slice);
        }
        ExprKind::Slice { lower, upper, step } => lower
            .iter()
            .chain(upper.iter())
            .chain(step.iter())
            .for_each(|e| v.expr(e)),
    }
}

/// The replacement fields of an f-string, and those nested in their format specs.
pub fn walk_fstring<'a, V: Visitor<'a>>(v: &mut V, parts: &'a [FStringPart]) {
    for part in parts {
        if let FStringPart::Field { expr, spec, .. } = part {
            v.expr(expr);
            walk_fstring(v, spec);
        }
    }
}

pub fn walk_pattern<'a, V: Visitor<'a>>(v: &mut V, p: &'a Pattern) {
    match &p.kind {
        PatternKind::Value { value, .. } => v.expr(value),
        PatternKind::As { pattern, target } => {
            pattern.iter().for_each(|p| v.pattern(p));
            target.iter().for_each(|e| v.expr(e));
        }
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter().for_each(|p| v.pattern(p))
        }
        PatternKind::Star(target) => target.iter().for_each(|e| v.expr(e)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            keys.iter().for_each(|e| v.expr(e));
            patterns.iter().for_each(|p| v.pattern(p));
            rest.iter().for_each(|e| v.expr(e));
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            v.expr(cls);
            patterns
                .iter()
                .chain(kwd_patterns.iter())
                .for_each(|p| v.pattern(p));
        }
    }
}

/// A function's decorators, its defaults (positional, then keyword-only), its annotations and
/// return annotation, all in the scope around it; then its scope.
pub fn walk_function<'a, V: Visitor<'a>>(v: &mut V, f: &'a FunctionDef) {
    f.decorators.iter().for_each(|e| v.expr(e));
    all_params(&f.params)
        .filter_map(|p| p.default.as_ref())
        .for_each(|e| v.expr(e));
    let vararg = f.params.vararg.as_ref();
    for p in all_params(&f.params) {
        match (&p.annotation, vararg) {
            // `*args: *Ts` (PEP 646): the star is the annotation's own syntax, not an
            // expression that could stand elsewhere.
            (Some(e), Some(va)) if std::ptr::eq(p, va) => match &e.kind {
                ExprKind::Starred(inner) => v.expr(inner),
                _ => v.expr(e),
            },
            (Some(e), _) => v.expr(e),
            (None, _) => {}
        }
    }
    f.returns.iter().for_each(|e| v.expr(e));
    v.scope(Scope::Function(f));
}

/// A class's decorators, bases and keywords, in the scope around it; then its body's scope.
pub fn walk_class<'a, V: Visitor<'a>>(v: &mut V, c: &'a ClassDef) {
    c.decorators.iter().for_each(|e| v.expr(e));
    c.bases.iter().for_each(|e| v.expr(e));
    c.keywords.iter().for_each(|k| v.expr(&k.value));
    v.scope(Scope::Class(c));
}

/// A comprehension's first iterable (evaluated in the scope around it), then its scope.
pub fn walk_comprehension<'a, V: Visitor<'a>>(v: &mut V, c: &'a Comprehension) {
    if let Some(g) = c.generators.first() {
        v.expr(&g.iter);
    }
    v.scope(Scope::Comprehension(c));
}

/// What runs in a scope: a function's body (a lambda's expression), a class's body, or a
/// comprehension's clauses after its first iterable and then its element.
pub fn walk_scope<'a, V: Visitor<'a>>(v: &mut V, scope: Scope<'a>) {
    match scope {
        Scope::Function(f) if f.is_lambda => {
            // The body's `return` is not a statement of the source.
            for s in &f.body {
                if let StmtKind::Return(Some(e)) = &s.kind {
                    v.expr(e);
                }
            }
        }
        Scope::Function(f) => v.body(&f.body),
        Scope::Class(c) => v.body(&c.body),
        Scope::Comprehension(c) => {
            for (i, g) in c.generators.iter().enumerate() {
                v.target(&g.target);
                if i > 0 {
                    v.expr(&g.iter);
                }
                g.ifs.iter().for_each(|e| v.expr(e));
            }
            v.expr(&c.elt);
            c.value.iter().for_each(|e| v.expr(e));
        }
    }
}
