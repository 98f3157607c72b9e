//! The abstract syntax tree: Python 3.11's statements and expressions, with a span on every
//! node.
//!
//! The parser builds it with every name `NameRef::Unresolved` and every `ScopeInfo` empty; the
//! resolver (`compile::resolve`) then fills in where each name lives and marks which nodes may
//! suspend. The evaluator walks the resolved tree.

use std::rc::Rc;

use super::span::Span;
use crate::intern::Symbol;
use crate::runtime::value::Value;

/// A whole source file (or one REPL entry).
#[derive(Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// The module scope: filled in by the resolver.
    pub scope: ScopeInfo,
    /// The SyntaxWarnings CPython gives for this source (`"is" with a literal. Did you mean
    /// "=="?`), in its order, each with the offset whose line it names.
    pub warnings: Vec<(u32, String)>,
    /// The module's docstring: its first statement, when that is a string literal.
    pub doc: Option<crate::runtime::value::Value>,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// Set by the resolver: this statement contains `await`, `yield`, `async for` or `async with`
    /// outside nested function bodies, so it must run on the suspend path.
    pub suspends: bool,
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt {
            kind,
            span,
            suspends: false,
        }
    }
}

#[derive(Debug)]
pub enum StmtKind {
    /// An expression statement.
    Expr(Expr),
    /// `a = b = value`: one or more targets.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. `simple` is true when the target is a bare name
    /// (not parenthesised).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `def` / `async def`; `target` is the name it binds.
    FunctionDef {
        def: Rc<FunctionDef>,
        target: NameSlot,
    },
    ClassDef {
        def: Rc<ClassDef>,
        target: NameSlot,
    },
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        /// `except*` handlers.
        is_star: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b.c [as d], …`
    Import(Vec<Alias>),
    /// `from [.]*module import names` or `from module import *` (`names` empty, `star` true).
    ImportFrom {
        module: Option<DottedName>,
        names: Vec<Alias>,
        star: bool,
        /// Number of leading dots.
        level: u32,
    },
    Global(Vec<Symbol>),
    Nonlocal(Vec<Symbol>),
    /// `match subject:` and its `case` blocks.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern [if guard]: body` of a `match` statement.
#[derive(Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// The patterns of PEP 634. A name a pattern binds is a `Name` expression, resolved as an
/// assignment target.
#[derive(Debug)]
pub enum PatternKind {
    /// A literal (compared with `==`, or with `is` for None, True and False) or a dotted name
    /// (compared with `==`).
    Value { value: Expr, by_identity: bool },
    /// `pattern as name`, a capture (`name`: no pattern) or the wildcard `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        target: Option<Expr>,
    },
    /// `[a, *rest, b]` or `(a, b)`; a `Star` item takes the middle.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<Expr>),
    /// `{key: pattern, **rest}`: keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Expr>,
    },
    /// `Cls(p, q, attr=r)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<(Symbol, Span)>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `p | q | r`.
    Or(Vec<Pattern>),
}

/// A dotted module path such as `asyncio` or `util.delay_functions`.
#[derive(Debug, Clone)]
pub struct DottedName {
    pub parts: Vec<Symbol>,
    pub span: Span,
}

/// One `name [as asname]` of an import. `bind` is the name the import assigns: for
/// `import a.b.c` it is `a`; with `as d` it is `d`; for `from m import x` it is `x`.
#[derive(Debug)]
pub struct Alias {
    pub name: DottedName,
    pub asname: Option<Symbol>,
    pub bind: NameSlot,
    pub span: Span,
}

#[derive(Debug)]
pub struct WithItem {
    pub context: Expr,
    pub vars: Option<Expr>,
}

#[derive(Debug)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<NameSlot>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A name bound by a statement (def, class, import, except … as): the symbol and, after
/// resolution, where it lives.
#[derive(Debug, Clone)]
pub struct NameSlot {
    pub id: Symbol,
    pub scope: NameRef,
    pub span: Span,
}

impl NameSlot {
    pub fn new(id: Symbol, span: Span) -> NameSlot {
        NameSlot {
            id,
            scope: NameRef::Unresolved,
            span,
        }
    }
}

/// Where a name lives, decided by the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    /// Not resolved yet (as the parser leaves it).
    Unresolved,
    /// A plain local of the function: index into the frame's slots.
    Local(u32),
    /// A local captured by an inner function, or a free variable from an outer one: index into
    /// the frame's cells.
    Cell(u32),
    /// A module-level name: index into the module's global slots; `builtin` is the index in the
    /// builtins table to fall back on when the global is unset (`u32::MAX` for none).
    Global { slot: u32, builtin: u32 },
    /// Looked up by name at run time (class bodies): the class namespace, then globals, then
    /// builtins.
    Dynamic,
}

#[derive(Debug)]
pub struct FunctionDef {
    /// `<lambda>` for lambdas.
    pub name: Symbol,
    /// The dotted qualified name (`Outer.method.<locals>.inner`): set by the resolver.
    pub qualname: String,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
    pub is_lambda: bool,
    /// Span of the whole definition (header through body); `name_span` is the name itself.
    pub span: Span,
    pub name_span: Span,
    /// The docstring, when the body starts with a string literal.
    pub doc: Option<Value>,
    pub scope: ScopeInfo,
}

#[derive(Debug, Default)]
pub struct Params {
    /// Parameters before `/`.
    pub posonly: Vec<Param>,
    /// Ordinary parameters (positional or keyword).
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Parameters after `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

#[derive(Debug)]
pub struct Param {
    pub name: Symbol,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
    /// Where the parameter's value is stored in the frame: set by the resolver.
    pub scope: NameRef,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: Symbol,
    pub qualname: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub span: Span,
    pub name_span: Span,
    pub doc: Option<Value>,
    pub scope: ScopeInfo,
}

/// What the resolver learns about one scope (module, function, lambda, class body, comprehension).
#[derive(Debug, Default, Clone)]
pub struct ScopeInfo {
    /// Names of the local slots, in slot order (for error messages and `locals()`).
    pub local_names: Vec<Symbol>,
    /// Names of the cells: first this scope's own captured locals, then the free variables it
    /// takes from enclosing scopes.
    pub cell_names: Vec<Symbol>,
    /// How many of `cell_names` are this scope's own (the rest are free variables).
    pub own_cells: u32,
    /// For each free variable (in order, after the own cells): where it is found in the
    /// enclosing scope at the moment the function object is made (a `NameRef::Cell` there).
    pub free_from: Vec<u32>,
    /// Parameters that live in cells: (parameter's position in the full parameter list,
    /// cell index), copied into their cells when a call starts.
    pub cell_params: Vec<(u32, u32)>,
    /// The body contains `yield` (a generator, or an async generator when `is_async`).
    pub is_generator: bool,
    /// The body contains `await`, `yield`, `async for` or `async with` outside nested scopes.
    pub may_suspend: bool,
    /// Set once the resolver has run.
    pub resolved: bool,
    /// For a plain function (positional parameters only, no cells, neither async nor a
    /// generator): its number of parameters. A call with exactly that many positional
    /// arguments binds them as they are.
    pub plain_arity: Option<u32>,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// Set by the resolver: contains `await` or `yield` outside nested scopes.
    pub suspends: bool,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr {
            kind,
            span,
            suspends: false,
        }
    }
}

#[derive(Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        op: BoolOpKind,
        values: Vec<Expr>,
    },
    /// `target := value` (target is a `Name`).
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// The body of a lambda is a `FunctionDef` whose body is one `return` statement.
    Lambda(Rc<FunctionDef>),
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` entry whose mapping is the value.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// List, set and dict comprehensions and generator expressions.
    Comp(Rc<Comprehension>),
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional arguments may include `Starred`; a keyword with `arg: None` is `**mapping`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `super()` with no arguments inside a method, as the resolver rewrites it: the class comes
    /// from the `__class__` cell, the object from the method's first parameter.
    SuperCall {
        class_cell: u32,
        first: NameRef,
    },
    /// An f-string (or an implicit concatenation that includes one).
    JoinedStr(Vec<FStringPart>),
    /// A literal: None, True, False, `...`, int, float, str, bytes (implicitly concatenated
    /// string literals arrive already joined).
    Constant(Value),
    Attribute {
        value: Box<Expr>,
        attr: Symbol,
        /// What the last look-up here found (see `runtime::attr_cache`).
        site: crate::runtime::attr_cache::AttrSite,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name {
        id: Symbol,
        scope: NameRef,
    },
    /// A call of `eval`, `exec`, `globals`, `locals`, `dir` or `vars` by name, as the resolver
    /// marks it: when the name still means the builtin at run time, the call sees the frame.
    FrameCall {
        call: Box<Expr>,
        scope: Rc<FrameScope>,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// What a frame-reading builtin needs to know of the scope it is called in.
#[derive(Debug)]
pub struct FrameScope {
    pub kind: FrameKind,
    /// The names of the local slots and of the cells, in slot order.
    pub local_names: Vec<Symbol>,
    pub cell_names: Vec<Symbol>,
    /// The parameters in the order `locals()` lists them.
    pub param_order: Vec<Symbol>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    Module,
    Class,
    Function,
}

#[derive(Debug)]
pub enum FStringPart {
    /// Literal text (with `{{`/`}}` already unescaped).
    Literal(String),
    /// `{expr!conv:spec}`; `debug_text` holds the source text and `=` for the `{x=}` form
    /// (for example `"x="` or `"x = "`), printed before the value.
    Field {
        expr: Box<Expr>,
        conversion: Option<char>,
        spec: Vec<FStringPart>,
        debug_text: Option<String>,
    },
}

#[derive(Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Symbol>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Debug)]
pub struct Comprehension {
    pub kind: CompKind,
    /// The element (the key, for a dict comprehension).
    pub elt: Expr,
    /// The value, for a dict comprehension.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    /// The comprehension's own scope, as Python 3.11 gives it.
    pub scope: ScopeInfo,
    /// Set by the resolver: `<listcomp>` and so on, qualified.
    pub qualname: String,
}

#[derive(Debug)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as written: `+`, `//`, `@` …
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
