//! The resolver: before anything runs, every name becomes a local slot, a cell, a global slot or a
//! dynamic (class-body) look-up, with Python's scoping rules; every node that may suspend is
//! marked; and the scope errors CPython's compiler reports (`no binding for nonlocal 'x' found`,
//! `name 'x' is assigned to before global declaration`, …) are raised as syntax errors. Where
//! `await`, `yield`, `return`, `break` and the like may stand is checked once, by the parser.
//!
//! It walks the tree twice in the same order: `Collect` builds one symbol table per scope, then the
//! tables are analysed (which locals are captured, which names are free), then `Assign` writes the
//! results into the tree.

use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::compile::mangle::mangle;
use crate::intern::{intern, sym, Symbol};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::*;
use crate::syntax::span::Span;
use crate::syntax::visit::{walk_expr, walk_stmt, Scope, Visitor};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Default)]
struct Table {
    kind: Option<ScopeKind>,
    is_async: bool,
    /// Names bound in this scope, in first-binding order (parameters first).
    bound: Vec<Symbol>,
    bound_set: FxHashSet<Symbol>,
    globals: FxHashSet<Symbol>,
    nonlocals: FxHashSet<Symbol>,
    used: FxHashSet<Symbol>,
    children: Vec<usize>,
    qualname: String,
    // Results of the analysis.
    locals: FxHashMap<Symbol, u32>,
    cells: FxHashMap<Symbol, u32>,
    cell_names: Vec<Symbol>,
    own_cells: u32,
    free: Vec<Symbol>,
    local_names: Vec<Symbol>,
    /// A function's first positional parameter (what a zero-argument `super()` passes).
    first_param: Option<Symbol>,
    /// The parameters in CPython's order: positional, keyword-only, `*args`, `**kwargs`.
    param_order: Vec<Symbol>,
    /// The name of the innermost class around (or of) this scope: private names here are
    /// mangled with it.
    private: Option<Symbol>,
    /// How many comprehension iterables are being walked in this scope (`:=` is refused there).
    comp_iter_expr: u32,
    /// A comprehension's iteration variables (`:=` may not rebind them).
    comp_iters: FxHashSet<Symbol>,
}

impl Table {
    fn bind(&mut self, name: Symbol) {
        if self.bound_set.insert(name) {
            self.bound.push(name);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Collect,
    Assign,
}

/// Where resolution happens: the module whose global slots names get, and the builtins table.
pub struct ResolveEnv<'a> {
    pub module: &'a ModuleObj,
    pub builtin_index: &'a dyn Fn(Symbol) -> Option<u32>,
    /// `await` is allowed at the top level (the REPL).
    pub top_level_await: bool,
    /// The top level's names live in a namespace apart from the globals (code `exec` runs
    /// with a locals mapping): looked up and stored there as a class body's are.
    pub dynamic_top_level: bool,
}

struct Resolver<'a> {
    env: &'a ResolveEnv<'a>,
    mode: Mode,
    tables: Vec<Table>,
    /// Stack of table indices: the scope being walked is the last.
    stack: Vec<usize>,
    /// In Assign mode: the next child table to take, per scope on the stack.
    next_child: Vec<usize>,
    error: Option<SyntaxError>,
}

pub fn resolve_module(module: &mut Module, env: &ResolveEnv) -> Result<(), SyntaxError> {
    let mut r = Resolver {
        env,
        mode: Mode::Collect,
        tables: Vec::new(),
        stack: Vec::new(),
        next_child: Vec::new(),
        error: None,
    };
    // Collect.
    r.tables.push(Table {
        kind: Some(ScopeKind::Module),
        ..Default::default()
    });
    r.stack.push(0);
    r.block(&mut module.body);
    if let Some(e) = r.error.take() {
        return Err(e);
    }
    // Analyse.
    r.analyse(0, &FxHashSet::default())?;
    // Assign.
    r.mode = Mode::Assign;
    r.next_child = vec![0];
    r.block(&mut module.body);
    if let Some(e) = r.error.take() {
        return Err(e);
    }
    module.scope = r.scope_info(0);
    module.scope.may_suspend = module.body.iter().any(|s| s.suspends);
    Ok(())
}

fn err(span: Span, msg: impl Into<String>) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
}

impl<'a> Resolver<'a> {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap()
    }
    fn table(&mut self) -> &mut Table {
        let i = self.cur();
        &mut self.tables[i]
    }
    fn kind(&self) -> ScopeKind {
        self.tables[self.cur()].kind.unwrap()
    }
    fn fail(&mut self, span: Span, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(err(span, msg));
        }
    }

    /// The nearest enclosing scope that is not a comprehension.
    fn func_scope(&self) -> usize {
        for &i in self.stack.iter().rev() {
            if self.tables[i].kind != Some(ScopeKind::Comprehension) {
                return i;
            }
        }
        0
    }

    fn in_async_function(&self) -> bool {
        let i = self.func_scope();
        let t = &self.tables[i];
        match t.kind {
            Some(ScopeKind::Function) => t.is_async,
            Some(ScopeKind::Module) => self.env.top_level_await,
            _ => false,
        }
    }

    // ---- scopes ----

    /// Enters a child scope: in Collect mode makes its table, in Assign mode takes it.
    fn enter(&mut self, kind: ScopeKind, is_async: bool, name: &str) -> usize {
        let parent = self.cur();
        let idx = match self.mode {
            Mode::Collect => {
                let p = &self.tables[parent];
                let qualname = match p.kind {
                    Some(ScopeKind::Module) => name.to_string(),
                    Some(ScopeKind::Class) => format!("{}.{}", p.qualname, name),
                    _ => format!("{}.<locals>.{}", p.qualname, name),
                };
                let private = match kind {
                    ScopeKind::Class => Some(intern(name)),
                    _ => p.private,
                };
                self.tables.push(Table {
                    kind: Some(kind),
                    is_async,
                    qualname,
                    private,
                    ..Default::default()
                });
                let idx = self.tables.len() - 1;
                self.tables[parent].children.push(idx);
                idx
            }
            Mode::Assign => {
                let n = self.next_child.last_mut().unwrap();
                let idx = self.tables[parent].children[*n];
                *n += 1;
                idx
            }
        };
        self.stack.push(idx);
        self.next_child.push(0);
        idx
    }

    fn leave(&mut self) {
        self.stack.pop();
        self.next_child.pop();
    }

    // ---- names ----

    /// Rewrites a private name as the class around it spells it (once, while collecting).
    fn mangle(&self, name: &mut Symbol) {
        if self.mode == Mode::Collect {
            if let Some(class) = self.tables[self.cur()].private {
                *name = mangle(class, *name);
            }
        }
    }

    fn bind(&mut self, name: Symbol, span: Span) {
        if self.mode == Mode::Collect {
            let t = self.table();
            if t.globals.contains(&name) || t.nonlocals.contains(&name) {
                return;
            }
            let _ = span;
            t.bind(name);
        }
    }

    fn use_name(&mut self, name: Symbol) {
        if self.mode == Mode::Collect {
            self.table().used.insert(name);
            // A method that calls `super()` or names `__class__` takes the class from the
            // implicit `__class__` cell of the class body around it.
            if (name == sym::super_ || name == sym::__class__)
                && self.kind() == ScopeKind::Function
                && self
                    .stack
                    .iter()
                    .any(|&i| self.tables[i].kind == Some(ScopeKind::Class))
            {
                self.table().used.insert(sym::__class__);
            }
        }
    }

    /// Where `name` lives in the current scope (Assign mode).
    fn lookup(&self, name: Symbol) -> NameRef {
        let t = &self.tables[self.cur()];
        match t.kind.unwrap() {
            // A `global` statement anywhere in the code makes the name global at the top level
            // too, as CPython's symbol table does.
            ScopeKind::Module
                if self.env.dynamic_top_level
                    && !self.tables.iter().any(|t| t.globals.contains(&name)) =>
            {
                NameRef::Dynamic
            }
            ScopeKind::Module => self.global_ref(name),
            ScopeKind::Class => {
                if let Some(&c) = t.cells.get(&name) {
                    if !t.bound_set.contains(&name) {
                        return NameRef::Cell(c);
                    }
                }
                if t.globals.contains(&name) {
                    return self.global_ref(name);
                }
                NameRef::Dynamic
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if let Some(&c) = t.cells.get(&name) {
                    NameRef::Cell(c)
                } else if let Some(&l) = t.locals.get(&name) {
                    NameRef::Local(l)
                } else {
                    self.global_ref(name)
                }
            }
        }
    }

    fn global_ref(&self, name: Symbol) -> NameRef {
        NameRef::Global {
            slot: self.env.module.slot_of(name),
            builtin: (self.env.builtin_index)(name).unwrap_or(u32::MAX),
        }
    }

    fn name_slot(&mut self, slot: &mut NameSlot) {
        self.mangle(&mut slot.id);
        match self.mode {
            Mode::Collect => self.bind(slot.id, slot.span),
            Mode::Assign => slot.scope = self.lookup(slot.id),
        }
    }

    // ---- analysis ----

    /// Decides locals, cells and free names of scope `i` given the names bound in the enclosing
    /// function scopes (`env`); returns the free names it needs from outside.
    fn analyse(&mut self, i: usize, env: &FxHashSet<Symbol>) -> Result<Vec<Symbol>, SyntaxError> {
        let kind = self.tables[i].kind.unwrap();
        // Locals.
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            let t = &mut self.tables[i];
            for n in &t.nonlocals {
                if !env.contains(n) {
                    return Err(err(
                        Span::default(),
                        format!("no binding for nonlocal '{}' found", n),
                    ));
                }
            }
            let bound: Vec<Symbol> = t.bound.clone();
            for n in bound {
                let slot = t.locals.len() as u32;
                t.locals.insert(n, slot);
                t.local_names.push(n);
            }
        }
        // Environment for children.
        let child_env: FxHashSet<Symbol> = match kind {
            ScopeKind::Module => FxHashSet::default(),
            ScopeKind::Class => {
                let mut e = env.clone();
                e.insert(sym::__class__);
                e
            }
            _ => {
                let mut e = env.clone();
                let t = &self.tables[i];
                for n in t.locals.keys() {
                    e.insert(*n);
                }
                for n in &t.nonlocals {
                    e.insert(*n);
                }
                for n in &t.globals {
                    e.remove(n);
                }
                e
            }
        };
        let children = self.tables[i].children.clone();
        let mut needed: Vec<Symbol> = Vec::new();
        for c in children {
            for n in self.analyse(c, &child_env)? {
                if !needed.contains(&n) {
                    needed.push(n);
                }
            }
        }
        let t = &mut self.tables[i];
        let mut own_cells: Vec<Symbol> = Vec::new();
        let mut free: Vec<Symbol> = Vec::new();
        for n in needed {
            let local_here = match kind {
                ScopeKind::Function | ScopeKind::Comprehension => t.locals.contains_key(&n),
                ScopeKind::Class => n == sym::__class__,
                _ => false,
            };
            if local_here {
                own_cells.push(n);
            } else if kind != ScopeKind::Module && !free.contains(&n) {
                free.push(n);
            }
        }
        if kind != ScopeKind::Module {
            let mut used: Vec<Symbol> = t.used.iter().copied().collect();
            used.sort();
            for n in used.into_iter().chain(t.nonlocals.iter().copied()) {
                let is_local = match kind {
                    ScopeKind::Class => t.bound_set.contains(&n),
                    _ => t.locals.contains_key(&n),
                };
                if is_local || t.globals.contains(&n) {
                    continue;
                }
                if env.contains(&n) && !free.contains(&n) {
                    free.push(n);
                }
            }
        }
        for n in &own_cells {
            let c = t.cell_names.len() as u32;
            t.cells.insert(*n, c);
            t.cell_names.push(*n);
        }
        t.own_cells = own_cells.len() as u32;
        for n in &free {
            let c = t.cell_names.len() as u32;
            t.cells.insert(*n, c);
            t.cell_names.push(*n);
        }
        t.free = free.clone();
        Ok(free)
    }

    fn scope_info(&self, i: usize) -> ScopeInfo {
        let t = &self.tables[i];
        let parent = self
            .tables
            .iter()
            .position(|p| p.children.contains(&i))
            .map(|p| &self.tables[p]);
        let free_from = t
            .free
            .iter()
            .map(|n| parent.and_then(|p| p.cells.get(n).copied()).unwrap_or(0))
            .collect();
        ScopeInfo {
            local_names: t.local_names.clone(),
            cell_names: t.cell_names.clone(),
            own_cells: t.own_cells,
            free_from,
            cell_params: Vec::new(),
            is_generator: false,
            may_suspend: false,
            resolved: true,
            plain_arity: None,
        }
    }

    // ---- walking ----

    fn block(&mut self, stmts: &mut [Stmt]) -> bool {
        let mut any = false;
        for s in stmts {
            any |= self.stmt(s);
        }
        any
    }

    fn stmt(&mut self, s: &mut Stmt) -> bool {
        let span = s.span;
        let suspends = match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                let mut x = self.expr(value);
                for t in targets {
                    x |= self.target(t);
                }
                x
            }
            StmtKind::AugAssign { target, value, .. } => {
                let x = self.expr(value);
                // The target is read and written.
                if let ExprKind::Name { id, .. } = &mut target.kind {
                    self.mangle(id);
                    let id = *id;
                    self.use_name(id);
                }
                x | self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let mut x = false;
                if let Some(v) = value {
                    x |= self.expr(v);
                }
                // Annotations of simple names are evaluated at module and class level only.
                if !matches!(self.kind(), ScopeKind::Function | ScopeKind::Comprehension) {
                    x |= self.expr(annotation);
                }
                if value.is_some() || *simple {
                    if let ExprKind::Name { .. } = target.kind {
                        x |= self.target(target);
                    } else {
                        x |= self.expr(target);
                    }
                }
                x
            }
            StmtKind::FunctionDef { def, target } => {
                let x = self.function(def, span);
                self.name_slot(target);
                x
            }
            StmtKind::ClassDef { def, target } => {
                let x = self.class(def);
                self.name_slot(target);
                x
            }
            StmtKind::Return(v) => v.as_mut().map(|e| self.expr(e)).unwrap_or(false),
            StmtKind::Delete(targets) => {
                let mut x = false;
                for t in targets {
                    x |= self.target(t);
                }
                x
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => false,
            StmtKind::If { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.block(body);
                let c = self.block(orelse);
                a | b | c
            }
            StmtKind::While { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.block(body);
                let c = self.block(orelse);
                a | b | c
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let a = self.expr(iter);
                let t = self.target(target);
                let b = self.block(body);
                let c = self.block(orelse);
                a | t | b | c | *is_async
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let mut x = *is_async;
                for it in items {
                    x |= self.expr(&mut it.context);
                    if let Some(v) = &mut it.vars {
                        x |= self.target(v);
                    }
                }
                x | self.block(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                let mut x = self.block(body);
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        x |= self.expr(t);
                    }
                    if let Some(n) = &mut h.name {
                        self.name_slot(n);
                    }
                    x |= self.block(&mut h.body);
                }
                x |= self.block(orelse);
                x | self.block(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                let a = exc.as_mut().map(|e| self.expr(e)).unwrap_or(false);
                let b = cause.as_mut().map(|e| self.expr(e)).unwrap_or(false);
                a | b
            }
            StmtKind::Assert { test, msg } => {
                let a = self.expr(test);
                let b = msg.as_mut().map(|e| self.expr(e)).unwrap_or(false);
                a | b
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    // A dotted module name is left alone.
                    if let [only] = a.name.parts.as_mut_slice() {
                        self.mangle(only);
                    }
                    self.name_slot(&mut a.bind);
                }
                false
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.kind() != ScopeKind::Module {
                    self.fail(span, "import * only allowed at module level");
                }
                for a in names {
                    for part in &mut a.name.parts {
                        self.mangle(part);
                    }
                    self.name_slot(&mut a.bind);
                }
                false
            }
            StmtKind::Global(names) => {
                if self.mode == Mode::Collect {
                    names.iter_mut().for_each(|n| self.mangle(n));
                    let names = names.clone();
                    for n in names {
                        let t = self.table();
                        if t.bound_set.contains(&n) {
                            let msg =
                                format!("name '{}' is assigned to before global declaration", n);
                            self.fail(span, msg);
                        } else if t.used.contains(&n) {
                            let msg = format!("name '{}' is used prior to global declaration", n);
                            self.fail(span, msg);
                        }
                        self.table().globals.insert(n);
                    }
                }
                false
            }
            StmtKind::Nonlocal(names) => {
                if self.mode == Mode::Collect {
                    names.iter_mut().for_each(|n| self.mangle(n));
                    let names = names.clone();
                    for n in names {
                        let t = self.table();
                        if t.bound_set.contains(&n) {
                            let msg =
                                format!("name '{}' is assigned to before nonlocal declaration", n);
                            self.fail(span, msg);
                        }
                        self.table().nonlocals.insert(n);
                    }
                }
                false
            }
            StmtKind::Match { subject, cases } => {
                let mut x = self.expr(subject);
                for c in cases {
                    x |= self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        x |= self.expr(g);
                    }
                    x |= self.block(&mut c.body);
                }
                x
            }
        };
        s.suspends = suspends;
        suspends
    }

    /// A pattern of a `case`: its values and classes are read, its names bound. Nothing in a
    /// pattern can suspend.
    fn pattern(&mut self, p: &mut Pattern) -> bool {
        match &mut p.kind {
            PatternKind::Value { value, .. } => self.expr(value),
            PatternKind::As { pattern, target } => {
                let mut x = pattern.as_mut().is_some_and(|p| self.pattern(p));
                if let Some(t) = target {
                    x |= self.target(t);
                }
                x
            }
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter_mut().fold(false, |x, i| self.pattern(i) | x)
            }
            PatternKind::Star(target) => target.as_mut().is_some_and(|t| self.target(t)),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut x = self.exprs(keys);
                x = patterns.iter_mut().fold(x, |x, i| self.pattern(i) | x);
                x | rest.as_mut().is_some_and(|t| self.target(t))
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                let x = self.expr(cls);
                patterns
                    .iter_mut()
                    .chain(kwd_patterns.iter_mut())
                    .fold(x, |x, i| self.pattern(i) | x)
            }
        }
    }

    /// An assignment (or `del`, or `for`) target.
    fn target(&mut self, e: &mut Expr) -> bool {
        let suspends = match &mut e.kind {
            ExprKind::Name { id, scope } => {
                self.mangle(id);
                match self.mode {
                    Mode::Collect => {
                        let id = *id;
                        self.bind(id, e.span);
                    }
                    Mode::Assign => *scope = self.lookup(*id),
                }
                false
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut x = false;
                for i in items {
                    x |= self.target(i);
                }
                x
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, attr, .. } => {
                self.mangle(attr);
                self.expr(value)
            }
            ExprKind::Subscript { value, slice } => {
                let a = self.expr(value);
                let b = self.expr(slice);
                a | b
            }
            _ => self.expr(e),
        };
        e.suspends = suspends;
        suspends
    }

    fn exprs(&mut self, es: &mut [Expr]) -> bool {
        let mut x = false;
        for e in es {
            x |= self.expr(e);
        }
        x
    }

    /// The scope a frame-reading builtin is called in (`locals()` and the like).
    fn frame_scope(&self) -> Rc<FrameScope> {
        let t = &self.tables[self.cur()];
        let kind = match t.kind {
            Some(ScopeKind::Module) | None if self.env.dynamic_top_level => FrameKind::Class,
            Some(ScopeKind::Module) | None => FrameKind::Module,
            Some(ScopeKind::Class) => FrameKind::Class,
            _ => FrameKind::Function,
        };
        Rc::new(FrameScope {
            kind,
            local_names: t.local_names.clone(),
            cell_names: t.cell_names.clone(),
            param_order: t.param_order.clone(),
        })
    }

    /// What a zero-argument `super()` here reads: the `__class__` cell and the first parameter.
    fn zero_arg_super(&self) -> Option<ExprKind> {
        let t = &self.tables[self.cur()];
        if t.kind != Some(ScopeKind::Function) {
            return None;
        }
        let NameRef::Cell(class_cell) = self.lookup(sym::__class__) else {
            return None;
        };
        let first = t.first_param?;
        Some(ExprKind::SuperCall {
            class_cell,
            first: self.lookup(first),
        })
    }

    fn expr(&mut self, e: &mut Expr) -> bool {
        let span = e.span;
        let mut super_call = None;
        let mut frame_call = None;
        let suspends = match &mut e.kind {
            ExprKind::Name { id, scope } => {
                self.mangle(id);
                match self.mode {
                    Mode::Collect => {
                        let id = *id;
                        self.use_name(id);
                    }
                    Mode::Assign => *scope = self.lookup(*id),
                }
                false
            }
            ExprKind::Constant(_) => false,
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                if self.mode == Mode::Collect {
                    if let ExprKind::Name { id, .. } = &target.kind {
                        self.check_named_expr(*id, span);
                    }
                }
                let x = self.expr(value);
                if let ExprKind::Name { id, scope } = &mut target.kind {
                    self.mangle(id);
                    let id = *id;
                    // In a comprehension, `:=` binds in the enclosing function scope.
                    if self.kind() == ScopeKind::Comprehension {
                        if self.mode == Mode::Collect {
                            let f = self.func_scope();
                            let t = &mut self.tables[f];
                            // A `global`/`nonlocal` declaration there is honoured.
                            if !t.globals.contains(&id) && !t.nonlocals.contains(&id) {
                                t.bind(id);
                            }
                            self.use_name(id);
                        } else {
                            *scope = self.lookup(id);
                        }
                    } else {
                        match self.mode {
                            Mode::Collect => self.bind(id, target.span),
                            Mode::Assign => *scope = self.lookup(id),
                        }
                    }
                }
                x
            }
            ExprKind::BinOp { left, right, .. } => {
                let a = self.expr(left);
                let b = self.expr(right);
                a | b
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda(def) => {
                self.function(def, span);
                false
            }
            ExprKind::IfExp { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.expr(body);
                let c = self.expr(orelse);
                a | b | c
            }
            ExprKind::Dict { keys, values } => {
                let mut x = false;
                for (k, v) in keys.iter_mut().zip(values.iter_mut()) {
                    if let Some(k) = k {
                        x |= self.expr(k);
                    }
                    x |= self.expr(v);
                }
                x
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)
            }
            ExprKind::Comp(comp) => match Rc::get_mut(comp) {
                Some(comp) => self.comprehension(comp, span),
                None => false,
            },
            ExprKind::Await(inner) => {
                self.expr(inner);
                true
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
                true
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v);
                true
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                let a = self.expr(left);
                a | self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut x = self.expr(func);
                x |= self.exprs(args);
                for k in keywords.iter_mut() {
                    x |= self.expr(&mut k.value);
                }
                if self.mode == Mode::Assign && args.is_empty() && keywords.is_empty() {
                    if let ExprKind::Name {
                        id: sym::super_,
                        scope: NameRef::Global { .. },
                    } = func.kind
                    {
                        super_call = self.zero_arg_super();
                    }
                }
                if self.mode == Mode::Assign {
                    if let ExprKind::Name { id, scope } = &func.kind {
                        let by_name = matches!(
                            scope,
                            NameRef::Global { builtin, .. } if *builtin != u32::MAX
                        ) || *scope == NameRef::Dynamic;
                        if by_name
                            && matches!(
                                id.as_str(),
                                "eval" | "exec" | "globals" | "locals" | "dir" | "vars"
                            )
                        {
                            frame_call = Some(self.frame_scope());
                        }
                    }
                }
                x
            }
            ExprKind::SuperCall { .. } => false,
            ExprKind::FrameCall { call, .. } => self.expr(call),
            ExprKind::JoinedStr(parts) => self.fparts(parts),
            ExprKind::Attribute { value, attr, .. } => {
                self.mangle(attr);
                self.expr(value)
            }
            ExprKind::Subscript { value, slice } => {
                let a = self.expr(value);
                a | self.expr(slice)
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Slice { lower, upper, step } => {
                let mut x = false;
                for p in [lower, upper, step].into_iter().flatten() {
                    x |= self.expr(p);
                }
                x
            }
        };
        if let Some(k) = super_call {
            e.kind = k;
        }
        if let Some(scope) = frame_call {
            let call = Expr {
                kind: std::mem::replace(&mut e.kind, ExprKind::Constant(Value::None)),
                span,
                suspends,
            };
            e.kind = ExprKind::FrameCall {
                call: Box::new(call),
                scope,
            };
        }
        e.suspends = suspends;
        suspends
    }

    fn fparts(&mut self, parts: &mut [FStringPart]) -> bool {
        let mut x = false;
        for p in parts {
            if let FStringPart::Field { expr, spec, .. } = p {
                x |= self.expr(expr);
                x |= self.fparts(spec);
            }
        }
        x
    }

    fn function(&mut self, def: &mut Rc<FunctionDef>, span: Span) -> bool {
        let Some(def) = Rc::get_mut(def) else {
            // Already resolved (a REPL entry run twice): nothing to do.
            return false;
        };
        // Decorators, defaults and annotations belong to the enclosing scope.
        let mut x = self.exprs(&mut def.decorators);
        let p = &mut def.params;
        for param in p
            .posonly
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.kwonly.iter_mut())
        {
            if let Some(d) = &mut param.default {
                x |= self.expr(d);
            }
        }
        for param in p
            .posonly
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.vararg.iter_mut())
            .chain(p.kwonly.iter_mut())
            .chain(p.kwarg.iter_mut())
        {
            if let Some(a) = &mut param.annotation {
                x |= self.expr(a);
            }
        }
        if let Some(r) = &mut def.returns {
            x |= self.expr(r);
        }
        let name = def.name.as_str();
        let idx = self.enter(ScopeKind::Function, def.is_async, name);
        let _ = span;
        if self.mode == Mode::Collect {
            let p = &mut def.params;
            for param in p
                .posonly
                .iter_mut()
                .chain(p.args.iter_mut())
                .chain(p.vararg.iter_mut())
                .chain(p.kwonly.iter_mut())
                .chain(p.kwarg.iter_mut())
            {
                self.mangle(&mut param.name);
            }
        }
        // Parameters are the first locals, in order.
        let params: Vec<Symbol> = {
            let p = &def.params;
            p.posonly
                .iter()
                .chain(p.args.iter())
                .chain(p.vararg.iter())
                .chain(p.kwonly.iter())
                .chain(p.kwarg.iter())
                .map(|p| p.name)
                .collect()
        };
        if self.mode == Mode::Collect {
            for n in &params {
                self.tables[idx].bind(*n);
            }
            let p = &def.params;
            self.tables[idx].first_param =
                p.posonly.iter().chain(p.args.iter()).next().map(|p| p.name);
            self.tables[idx].param_order = p
                .posonly
                .iter()
                .chain(p.args.iter())
                .chain(p.kwonly.iter())
                .chain(p.vararg.iter())
                .chain(p.kwarg.iter())
                .map(|p| p.name)
                .collect();
        }
        let has_yield_before = self.mode == Mode::Assign;
        let body_suspends = self.block(&mut def.body);
        let is_generator = contains_yield(&def.body);
        if self.mode == Mode::Assign {
            let _ = has_yield_before;
            let mut info = self.scope_info(idx);
            // Parameters living in cells are copied there when a call starts.
            let t = &self.tables[idx];
            for (pos, n) in params.iter().enumerate() {
                if let Some(&c) = t.cells.get(n) {
                    info.cell_params.push((pos as u32, c));
                }
            }
            let mut all_params: Vec<&mut Param> = {
                let p = &mut def.params;
                p.posonly
                    .iter_mut()
                    .chain(p.args.iter_mut())
                    .chain(p.vararg.iter_mut())
                    .chain(p.kwonly.iter_mut())
                    .chain(p.kwarg.iter_mut())
                    .collect()
            };
            for param in all_params.iter_mut() {
                param.scope = match t.locals.get(&param.name) {
                    Some(&l) => NameRef::Local(l),
                    None => NameRef::Unresolved,
                };
            }
            info.is_generator = is_generator;
            info.may_suspend = body_suspends;
            let p = &def.params;
            info.plain_arity = (!def.is_async
                && !is_generator
                && info.cell_names.is_empty()
                && p.vararg.is_none()
                && p.kwonly.is_empty()
                && p.kwarg.is_none())
            .then_some((p.posonly.len() + p.args.len()) as u32);
            def.scope = info;
            def.qualname = t.qualname.clone();
        }
        self.leave();
        x
    }

    fn class(&mut self, def: &mut Rc<ClassDef>) -> bool {
        let Some(def) = Rc::get_mut(def) else {
            return false;
        };
        let mut x = self.exprs(&mut def.decorators);
        x |= self.exprs(&mut def.bases);
        for k in &mut def.keywords {
            x |= self.expr(&mut k.value);
        }
        let name = def.name.as_str();
        let idx = self.enter(ScopeKind::Class, false, name);
        self.block(&mut def.body);
        if self.mode == Mode::Assign {
            def.scope = self.scope_info(idx);
            def.qualname = self.tables[idx].qualname.clone();
        }
        self.leave();
        x
    }

    /// A comprehension's iterable, walked in the current scope.
    fn comp_iter(&mut self, iter: &mut Expr) -> bool {
        let cur = self.cur();
        self.tables[cur].comp_iter_expr += 1;
        let x = self.expr(iter);
        self.tables[cur].comp_iter_expr -= 1;
        x
    }

    /// CPython's symbol-table errors for `name := …` at `span`: not in a comprehension's
    /// iterable, not rebinding an iteration variable, not binding in a class from inside a
    /// comprehension.
    fn check_named_expr(&mut self, name: Symbol, span: Span) {
        if self.tables[self.cur()].comp_iter_expr > 0 {
            return self.fail(
                span,
                "assignment expression cannot be used in a comprehension iterable expression",
            );
        }
        for &i in self.stack.iter().rev() {
            let t = &self.tables[i];
            match t.kind {
                Some(ScopeKind::Comprehension) => {
                    if t.comp_iters.contains(&name) {
                        return self.fail(
                            span,
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name.as_str()
                            ),
                        );
                    }
                }
                Some(ScopeKind::Class) if i != self.cur() => {
                    return self.fail(
                        span,
                        "assignment expression within a comprehension cannot be used in a class body",
                    );
                }
                _ => return,
            }
        }
    }

    fn comprehension(&mut self, comp: &mut Comprehension, span: Span) -> bool {
        let _ = span;
        // The first iterable is evaluated in the enclosing scope.
        let mut x = false;
        if let Some(first) = comp.generators.first_mut() {
            x |= self.comp_iter(&mut first.iter);
        }
        let name = match comp.kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let is_async_ctx = self.in_async_function();
        let idx = self.enter(ScopeKind::Comprehension, is_async_ctx, name);
        let mut inner = false;
        for (i, g) in comp.generators.iter_mut().enumerate() {
            if i > 0 {
                inner |= self.comp_iter(&mut g.iter);
            }
            if self.mode == Mode::Collect {
                let mut names = Vec::new();
                target_names(&g.target, &mut names);
                let cur = self.cur();
                self.tables[cur].comp_iters.extend(names);
            }
            inner |= self.target(&mut g.target);
            inner |= self.exprs(&mut g.ifs);
            inner |= g.is_async;
        }
        inner |= self.expr(&mut comp.elt);
        if let Some(v) = &mut comp.value {
            inner |= self.expr(v);
        }
        if self.mode == Mode::Assign {
            let mut info = self.scope_info(idx);
            info.may_suspend = inner;
            info.is_generator = comp.kind == CompKind::Generator;
            comp.scope = info;
            comp.qualname = self.tables[idx].qualname.clone();
        }
        self.leave();
        // A list/set/dict comprehension with await runs inline and makes the enclosing
        // expression suspend; a generator expression does not suspend its creator.
        x | (inner && comp.kind != CompKind::Generator)
    }
}

/// Does this body (not counting nested scopes) contain `yield`?
///
/// A `yield` in a default, an annotation, a class keyword, a format spec or a lambda's default
/// is not counted: the evaluator cannot suspend there yet, and the function stays an ordinary
/// one (CPython makes it a generator).
fn contains_yield(body: &[Stmt]) -> bool {
    struct FindYield(bool);
    impl<'a> Visitor<'a> for FindYield {
        fn stmt(&mut self, s: &'a Stmt) {
            match &s.kind {
                StmtKind::AnnAssign { value, .. } => value.iter().for_each(|v| self.expr(v)),
                _ if !self.0 => walk_stmt(self, s),
                _ => {}
            }
        }
        fn expr(&mut self, e: &'a Expr) {
            match &e.kind {
                ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.0 = true,
                ExprKind::JoinedStr(parts) => {
                    for part in parts {
                        if let FStringPart::Field { expr, .. } = part {
                            self.expr(expr);
                        }
                    }
                }
                _ if !self.0 => walk_expr(self, e),
                _ => {}
            }
        }
        fn function(&mut self, f: &'a FunctionDef) {
            f.decorators.iter().for_each(|d| self.expr(d));
        }
        fn class(&mut self, c: &'a ClassDef) {
            c.decorators
                .iter()
                .chain(&c.bases)
                .for_each(|e| self.expr(e));
        }
        /// What runs in a nested scope is not this body's.
        fn scope(&mut self, _: Scope<'a>) {}
    }
    let mut find = FindYield(false);
    find.body(body);
    find.0
}

/// The names an assignment target binds.
fn target_names(e: &Expr, out: &mut Vec<Symbol>) {
    match &e.kind {
        ExprKind::Name { id, .. } => out.push(*id),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| target_names(i, out))
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}
