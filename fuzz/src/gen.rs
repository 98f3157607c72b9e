//! Random well-formed programs: expressions, statements, functions, closures, classes,
//! comprehensions, try/except, with, generators and async code.
//!
//! Every program parses, and every one ends: loops are bounded, and a function only calls
//! functions defined before it. Each top-level step runs inside `try`/`except`, printing the
//! exception, so that one runtime error does not hide the rest of the program. What a program
//! prints depends only on the program (no addresses, no iteration over sets of strings), so its
//! output can be compared with python3's.

use fastrand::Rng;

/// One program from `rng`.
pub fn program(rng: &mut Rng) -> String {
    let mut g = Gen::new(rng);
    g.program();
    g.out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Str,
    List,
    Dict,
    Bool,
    Float,
    Tuple,
    Any,
}

const TYPES: &[Ty] = &[
    Ty::Int,
    Ty::Str,
    Ty::List,
    Ty::Dict,
    Ty::Bool,
    Ty::Float,
    Ty::Tuple,
];

#[derive(Clone, Default)]
struct Ctx {
    in_func: bool,
    in_loop: bool,
    in_async: bool,
    in_gen: bool,
}

struct Func {
    name: String,
    arity: usize,
    is_async: bool,
    is_gen: bool,
}

struct Gen<'r> {
    rng: &'r mut Rng,
    out: String,
    indent: usize,
    /// Names visible where code is being written, with their types; a stack of scopes.
    scopes: Vec<Vec<(String, Ty)>>,
    funcs: Vec<Func>,
    /// Classes: name and method names (each method takes `self` and one argument).
    classes: Vec<(String, Vec<String>)>,
    next_id: usize,
    /// Nesting of blocks and expressions, to keep programs small.
    depth: usize,
    uses_asyncio: bool,
    /// Variables an expression being written may still read. One per line: an assignment in a
    /// loop then grows a value by a constant or a constant factor per iteration, never
    /// squares it (`x = x * x` run a few dozen times would not end).
    reads_left: u8,
    /// Inside an f-string's replacement field, where 3.11 allows neither the same quote nor a
    /// backslash.
    in_fstring: bool,
}

impl<'r> Gen<'r> {
    fn new(rng: &'r mut Rng) -> Gen<'r> {
        Gen {
            rng,
            out: String::new(),
            indent: 0,
            scopes: vec![Vec::new()],
            funcs: Vec::new(),
            classes: Vec::new(),
            next_id: 0,
            depth: 0,
            uses_asyncio: false,
            reads_left: 1,
            in_fstring: false,
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
        self.reads_left = 1;
    }

    fn chance(&mut self, percent: u8) -> bool {
        self.rng.u8(..100) < percent
    }

    fn bind(&mut self, name: &str, ty: Ty) {
        let scope = self.scopes.last_mut().unwrap();
        scope.retain(|(n, _)| n != name);
        scope.push((name.to_string(), ty));
    }

    /// A variable of type `ty` visible here (innermost scopes first), if any.
    fn var_of(&mut self, ty: Ty) -> Option<String> {
        let mut found = Vec::new();
        for scope in self.scopes.iter().rev() {
            for (n, t) in scope {
                if *t == ty || ty == Ty::Any {
                    found.push(n.clone());
                }
            }
        }
        if found.is_empty() {
            None
        } else {
            let i = self.rng.usize(..found.len());
            Some(found.swap_remove(i))
        }
    }

    /// A variable of type `ty` to assign to: not a `while` loop's counter (`w...`), which
    /// must keep counting for the loop to end.
    fn target_of(&mut self, ty: Ty) -> Option<String> {
        for _ in 0..4 {
            match self.var_of(ty) {
                Some(v) if v.starts_with('w') => continue,
                other => return other,
            }
        }
        None
    }

    fn program(&mut self) {
        let header_at = self.out.len();
        self.line("class CM:");
        self.line("    def __init__(self, tag):");
        self.line("        self.tag = tag");
        self.line("    def __enter__(self):");
        self.line("        print('enter', self.tag)");
        self.line("        return self.tag");
        self.line("    def __exit__(self, t, v, tb):");
        self.line("        print('exit', self.tag, t.__name__ if t else None)");
        self.line("        return self.tag == 'swallow'");
        let steps = self.rng.usize(3..10);
        for _ in 0..steps {
            self.top_level_step();
        }
        if self.uses_asyncio {
            self.out.insert_str(header_at, "import asyncio\n");
        }
    }

    /// One definition or statement at the top level, guarded so that its error is printed.
    fn top_level_step(&mut self) {
        match self.rng.u8(..10) {
            0..=2 => self.function_def(&Ctx::default()),
            3 => self.class_def(),
            4 => self.async_main(),
            _ => {
                self.line("try:");
                self.indent += 1;
                let ctx = Ctx::default();
                let n = self.rng.usize(1..5);
                for _ in 0..n {
                    self.statement(&ctx);
                }
                self.indent -= 1;
                self.line("except Exception as e:");
                self.line("    print('error', type(e).__name__, e)");
            }
        }
    }

    fn block(&mut self, ctx: &Ctx, min: usize, max: usize) {
        self.indent += 1;
        self.depth += 1;
        let n = self.rng.usize(min..=max);
        let before = self.out.len();
        for _ in 0..n {
            self.statement(ctx);
        }
        if self.out.len() == before {
            self.line("pass");
        }
        self.depth -= 1;
        self.indent -= 1;
    }

    fn statement(&mut self, ctx: &Ctx) {
        // Deep blocks get simple statements only.
        let simple = self.depth >= 3;
        let pick = if simple {
            self.rng.u8(..6)
        } else {
            self.rng.u8(..24)
        };
        match pick {
            0 | 1 => self.assign(),
            2 => self.print_stmt(),
            3 => self.aug_assign(),
            4 => self.control_flow(ctx),
            5 => self.call_stmt(ctx),
            6 => self.if_stmt(ctx),
            7 => self.for_stmt(ctx),
            8 => self.while_stmt(ctx),
            9 => self.try_stmt(ctx),
            10 => self.with_stmt(ctx),
            11 => self.function_def(ctx),
            12 => self.comprehension(),
            13 => self.unpack(),
            14 => self.raise_stmt(),
            15 => self.generator_use(),
            16 => self.lambda_use(),
            17 => self.class_use(),
            18 => self.fstring(),
            19 => self.slicing(),
            20 => self.del_stmt(),
            21 => self.assert_stmt(),
            22 if ctx.in_async => self.await_stmt(),
            _ => self.method_call(),
        }
    }

    fn assign(&mut self) {
        let ty = TYPES[self.rng.usize(..TYPES.len())];
        let e = self.expr(ty, 0);
        let name = match self.target_of(ty) {
            Some(n) if self.chance(40) => n,
            _ => self.fresh("v"),
        };
        self.line(&format!("{name} = {e}"));
        self.bind(&name, ty);
    }

    fn aug_assign(&mut self) {
        let (ty, ops): (Ty, &[&str]) = match self.rng.u8(..4) {
            0 => (
                Ty::Int,
                &["+=", "-=", "*=", "//=", "%=", "|=", "&=", "^=", "<<="],
            ),
            1 => (Ty::Str, &["+=", "*="]),
            2 => (Ty::List, &["+=", "*="]),
            _ => (Ty::Float, &["+=", "-=", "*=", "/="]),
        };
        let Some(v) = self.target_of(ty) else {
            return self.assign();
        };
        let op = ops[self.rng.usize(..ops.len())];
        // `x += x` in a loop doubles x each time round.
        self.reads_left = 0;
        let rhs = match (ty, op) {
            (_, "*=") if ty != Ty::Float => self.small_int(),
            (Ty::Int, "<<=") => self.rng.u8(..70).to_string(),
            _ => self.expr(ty, 1),
        };
        self.line(&format!("{v} {op} {rhs}"));
    }

    fn print_stmt(&mut self) {
        let n = self.rng.usize(1..4);
        let args: Vec<String> = (0..n)
            .map(|_| {
                let ty = TYPES[self.rng.usize(..TYPES.len())];
                self.expr(ty, 0)
            })
            .collect();
        let mut s = format!("print({}", args.join(", "));
        if self.chance(15) {
            s.push_str(", sep='|'");
        }
        if self.chance(10) {
            s.push_str(", end=';\\n'");
        }
        s.push(')');
        self.line(&s);
    }

    fn control_flow(&mut self, ctx: &Ctx) {
        let mut options: Vec<String> = Vec::new();
        if ctx.in_loop {
            options.push("break".into());
            options.push("continue".into());
        }
        if ctx.in_func && !ctx.in_gen {
            let e = self.expr(Ty::Any, 1);
            options.push(format!("return {e}"));
        }
        if ctx.in_gen {
            let e = self.expr(Ty::Int, 1);
            options.push(format!("yield {e}"));
        }
        if options.is_empty() {
            return self.print_stmt();
        }
        // Behind a condition, so that the code after it runs too, now and then.
        let c = self.expr(Ty::Bool, 1);
        let what = options[self.rng.usize(..options.len())].clone();
        self.line(&format!("if {c}:"));
        self.line(&format!("    {what}"));
    }

    fn call_stmt(&mut self, ctx: &Ctx) {
        let candidates: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| !self.funcs[i].is_async || ctx.in_async)
            .collect();
        if candidates.is_empty() {
            return self.print_stmt();
        }
        let f = candidates[self.rng.usize(..candidates.len())];
        let (name, arity, is_async, is_gen) = {
            let f = &self.funcs[f];
            (f.name.clone(), f.arity, f.is_async, f.is_gen)
        };
        let args: Vec<String> = (0..arity).map(|_| self.expr(Ty::Any, 1)).collect();
        let call = format!("{name}({})", args.join(", "));
        let call = match (is_async, is_gen) {
            (true, true) => format!("[x async for x in {call}]"),
            (true, false) => format!("await {call}"),
            (false, true) => format!("list({call})"),
            _ => call,
        };
        self.line(&format!("print({call})"));
    }

    fn if_stmt(&mut self, ctx: &Ctx) {
        let c = self.expr(Ty::Bool, 0);
        self.line(&format!("if {c}:"));
        self.block(ctx, 1, 3);
        for _ in 0..self.rng.usize(..3) {
            let c = self.expr(Ty::Bool, 0);
            self.line(&format!("elif {c}:"));
            self.block(ctx, 1, 2);
        }
        if self.chance(50) {
            self.line("else:");
            self.block(ctx, 1, 2);
        }
    }

    fn iterable(&mut self) -> (String, Ty) {
        match self.rng.u8(..6) {
            0 => (format!("range({})", self.rng.u8(..6)), Ty::Int),
            1 => (self.expr(Ty::Str, 1), Ty::Str),
            // A copy: the loop's body may append to the list.
            2 => (format!("list({})", self.expr(Ty::List, 1)), Ty::Any),
            3 => (format!("enumerate({})", self.expr(Ty::Str, 1)), Ty::Tuple),
            4 => (
                format!("zip({}, {})", self.expr(Ty::List, 1), self.expr(Ty::Str, 1)),
                Ty::Tuple,
            ),
            _ => (format!("sorted({})", self.expr(Ty::Dict, 1)), Ty::Any),
        }
    }

    fn for_stmt(&mut self, ctx: &Ctx) {
        let (it, ty) = self.iterable();
        let v = self.fresh("i");
        self.line(&format!("for {v} in {it}:"));
        self.bind(&v, ty);
        let inner = Ctx {
            in_loop: true,
            ..ctx.clone()
        };
        self.block(&inner, 1, 3);
        if self.chance(20) {
            self.line("else:");
            self.block(ctx, 1, 1);
        }
    }

    fn while_stmt(&mut self, ctx: &Ctx) {
        let v = self.fresh("w");
        let limit = self.rng.u8(..6);
        self.line(&format!("{v} = 0"));
        self.line(&format!("while {v} < {limit}:"));
        self.line(&format!("    {v} += 1"));
        self.bind(&v, Ty::Int);
        let inner = Ctx {
            in_loop: true,
            ..ctx.clone()
        };
        self.block(&inner, 1, 3);
        if self.chance(20) {
            self.line("else:");
            self.block(ctx, 1, 1);
        }
    }

    fn exception_class(&mut self) -> &'static str {
        const EXC: &[&str] = &[
            "ValueError",
            "TypeError",
            "KeyError",
            "IndexError",
            "ZeroDivisionError",
            "RuntimeError",
            "ArithmeticError",
            "LookupError",
            "Exception",
        ];
        EXC[self.rng.usize(..EXC.len())]
    }

    fn try_stmt(&mut self, ctx: &Ctx) {
        self.line("try:");
        self.block(ctx, 1, 3);
        let handlers = self.rng.usize(..3);
        let star = handlers > 0 && self.chance(10);
        for _ in 0..handlers {
            let exc = self.exception_class();
            let e = self.fresh("e");
            if star {
                self.line(&format!("except* {exc} as {e}:"));
                self.line(&format!("    print('caught*', repr({e}.exceptions))"));
            } else {
                self.line(&format!("except {exc} as {e}:"));
                self.line(&format!(
                    "    print('caught', type({e}).__name__, {e}.args)"
                ));
                if self.chance(30) {
                    self.block(ctx, 1, 2);
                }
            }
        }
        if handlers > 0 && self.chance(30) {
            self.line("else:");
            self.block(ctx, 1, 2);
        }
        if handlers == 0 || self.chance(40) {
            self.line("finally:");
            self.line("    print('finally')");
        }
    }

    fn with_stmt(&mut self, ctx: &Ctx) {
        let tag = if self.chance(30) { "swallow" } else { "keep" };
        let v = self.fresh("c");
        self.line(&format!("with CM({tag:?}) as {v}:"));
        self.bind(&v, Ty::Str);
        self.block(ctx, 1, 3);
    }

    fn params(&mut self, arity: usize) -> (String, Vec<String>) {
        let names: Vec<String> = (0..arity).map(|_| self.fresh("p")).collect();
        let mut parts = Vec::new();
        for (i, n) in names.iter().enumerate() {
            if i + 1 == arity && self.chance(30) {
                let d = self.literal(Ty::Any);
                parts.push(format!("{n}={d}"));
            } else {
                parts.push(n.clone());
            }
        }
        if self.chance(20) {
            parts.push("*rest".into());
        }
        if self.chance(15) {
            parts.push("**kw".into());
        }
        (parts.join(", "), names)
    }

    fn function_def(&mut self, outer: &Ctx) {
        if self.depth >= 3 {
            return self.assign();
        }
        let is_async = self.chance(25);
        let is_gen = self.chance(25);
        if is_async {
            self.uses_asyncio = true;
        }
        let arity = self.rng.usize(..3);
        let name = self.fresh(if is_gen { "gen" } else { "fn" });
        let (params, names) = self.params(arity);
        if self.chance(15) {
            self.line("@(lambda f: f)");
        }
        let kw = if is_async { "async def" } else { "def" };
        self.line(&format!("{kw} {name}({params}):"));
        self.scopes
            .push(names.iter().map(|n| (n.clone(), Ty::Any)).collect());
        let ctx = Ctx {
            in_func: true,
            in_loop: false,
            in_async: is_async,
            in_gen: is_gen,
        };
        self.indent += 1;
        self.depth += 1;
        // A closure over a variable of the enclosing function, now and then.
        if outer.in_func && self.chance(40) {
            let n = self.scopes.len();
            let enclosing: Vec<String> = self.scopes[1..n - 1]
                .iter()
                .flatten()
                .filter(|(_, t)| *t == Ty::Int)
                .map(|(v, _)| v.clone())
                .collect();
            if !enclosing.is_empty() {
                let v = enclosing[self.rng.usize(..enclosing.len())].clone();
                self.line(&format!("nonlocal {v}"));
                self.line(&format!("{v} += 1"));
            }
        }
        let n = self.rng.usize(1..5);
        for _ in 0..n {
            self.statement(&ctx);
        }
        if is_gen {
            let e = self.expr(Ty::Any, 1);
            self.line(&format!("yield {e}"));
        } else {
            let e = self.expr(Ty::Any, 1);
            self.line(&format!("return {e}"));
        }
        self.depth -= 1;
        self.indent -= 1;
        self.scopes.pop();
        self.funcs.push(Func {
            name: name.clone(),
            arity,
            is_async,
            is_gen,
        });
        if !outer.in_func {
            return;
        }
        // Inside a function: call it at once, as closures usually are.
        if !is_async {
            let args: Vec<String> = (0..arity).map(|_| self.expr(Ty::Int, 2)).collect();
            let call = format!("{name}({})", args.join(", "));
            if is_gen {
                self.line(&format!("print(list({call}))"));
            } else {
                self.line(&format!("print({call})"));
            }
        }
        // Not callable from outside its function.
        self.funcs.pop();
    }

    fn class_def(&mut self) {
        let name = self.fresh("K");
        let base = if !self.classes.is_empty() && self.chance(40) {
            let i = self.rng.usize(..self.classes.len());
            self.classes[i].0.clone()
        } else if self.chance(15) {
            "Exception".to_string()
        } else {
            "object".to_string()
        };
        let inherited: Vec<String> = self
            .classes
            .iter()
            .find(|(n, _)| *n == base)
            .map(|(_, m)| m.clone())
            .unwrap_or_default();
        self.line(&format!("class {name}({base}):"));
        self.indent += 1;
        self.depth += 1;
        let attr = self.literal(Ty::Int);
        self.line(&format!("count = {attr}"));
        self.line("def __init__(self, x=0):");
        if base != "object" {
            self.line("    super().__init__()");
        }
        self.line("    self.x = x");
        self.line("def __repr__(self):");
        self.line(&format!("    return '{name}(' + repr(self.x) + ')'"));
        if self.chance(40) {
            self.line("def __eq__(self, other):");
            self.line("    return isinstance(other, type(self)) and self.x == other.x");
            self.line("def __hash__(self):");
            self.line("    return hash(self.x)");
        }
        if self.chance(30) {
            self.line("def __len__(self):");
            self.line("    return len(str(self.x))");
        }
        if self.chance(30) {
            self.line("@property");
            self.line("def double(self):");
            self.line("    return self.x * 2");
        }
        if self.chance(20) {
            self.line("@classmethod");
            self.line("def make(cls, v):");
            self.line("    return cls(v)");
        }
        let mut methods = inherited;
        for _ in 0..self.rng.usize(..3) {
            let m = self.fresh("m");
            self.line(&format!("def {m}(self, a):"));
            self.scopes
                .push(vec![("a".into(), Ty::Any), ("self".into(), Ty::Any)]);
            let ctx = Ctx {
                in_func: true,
                ..Ctx::default()
            };
            self.indent += 1;
            self.depth += 1;
            for _ in 0..self.rng.usize(1..3) {
                self.statement(&ctx);
            }
            let e = self.expr(Ty::Any, 1);
            self.line(&format!("return (self.x, {e})"));
            self.depth -= 1;
            self.indent -= 1;
            self.scopes.pop();
            methods.push(m);
        }
        self.depth -= 1;
        self.indent -= 1;
        self.classes.push((name, methods));
    }

    fn class_use(&mut self) {
        if self.classes.is_empty() {
            return self.assign();
        }
        let i = self.rng.usize(..self.classes.len());
        let (name, methods) = self.classes[i].clone();
        let arg = self.expr(Ty::Any, 1);
        let v = self.fresh("o");
        self.line(&format!("{v} = {name}({arg})"));
        self.bind(&v, Ty::Any);
        match self.rng.u8(..5) {
            0 if !methods.is_empty() => {
                let m = &methods[self.rng.usize(..methods.len())];
                let a = self.expr(Ty::Any, 1);
                self.line(&format!("print({v}.{m}({a}))"));
            }
            1 => self.line(&format!(
                "print({v}, {v} == {name}({v}.x), isinstance({v}, {name}))"
            )),
            2 => self.line(&format!(
                "print(getattr({v}, 'double', None), {name}.count)"
            )),
            3 => {
                let a = self.expr(Ty::Any, 1);
                self.line(&format!("{v}.x = {a}"));
                self.line(&format!("print(repr({v}), vars({v}))"));
            }
            _ => self.line(&format!("print([c.__name__ for c in type({v}).__mro__])")),
        }
    }

    fn method_call(&mut self) {
        let (recv_ty, methods): (Ty, &[&str]) = match self.rng.u8(..3) {
            0 => (
                Ty::Str,
                &[
                    "upper()",
                    "lower()",
                    "split()",
                    "strip()",
                    "title()",
                    "split('a')",
                    "replace('a', 'bb')",
                    "find('b')",
                    "count('a')",
                    "startswith('a')",
                    "center(7, '*')",
                    "zfill(5)",
                    "partition('b')",
                    "encode()",
                    "isdigit()",
                    "join(['x', 'y'])",
                    "rjust(4)",
                    "swapcase()",
                    "splitlines()",
                ],
            ),
            1 => (
                Ty::List,
                &[
                    "append(1)",
                    "pop()",
                    "reverse()",
                    "copy()",
                    "count(1)",
                    "insert(0, 'x')",
                    "extend([1, 2])",
                    "index(1)",
                    "clear()",
                    "remove(1)",
                ],
            ),
            _ => (
                Ty::Dict,
                &[
                    "get('a')",
                    "pop('a', None)",
                    "keys()",
                    "values()",
                    "items()",
                    "copy()",
                    "setdefault('z', 0)",
                    "update({'q': 1})",
                    "popitem()",
                    "clear()",
                ],
            ),
        };
        let m = methods[self.rng.usize(..methods.len())];
        let recv = match self.var_of(recv_ty) {
            Some(v) => v,
            None => self.expr(recv_ty, 1),
        };
        let e = format!("{recv}.{m}");
        let shown = if recv_ty == Ty::Dict && matches!(m, "keys()" | "values()" | "items()") {
            format!("list({e})")
        } else {
            e
        };
        self.line(&format!("print({shown})"));
    }

    fn comprehension(&mut self) {
        let (it, ty) = self.iterable();
        let v = self.fresh("c");
        let body = self.expr_with(ty, &v);
        let cond = if self.chance(40) {
            format!(" if {}", self.expr(Ty::Bool, 2))
        } else {
            String::new()
        };
        let name = self.fresh("r");
        let (e, rty) = match self.rng.u8(..5) {
            0 => (format!("[{body} for {v} in {it}{cond}]"), Ty::List),
            1 => (
                format!("{{repr({v}): {body} for {v} in {it}{cond}}}"),
                Ty::Dict,
            ),
            2 => (
                format!("sorted({{repr({body}) for {v} in {it}{cond}}})"),
                Ty::List,
            ),
            3 => (format!("list({body} for {v} in {it}{cond})"), Ty::List),
            _ => (
                format!("[[{body}, w] for {v} in {it} for w in range(2){cond}]"),
                Ty::List,
            ),
        };
        self.line(&format!("{name} = {e}"));
        self.bind(&name, rty);
        self.line(&format!("print({name})"));
    }

    /// An expression that uses `var` (of type `ty`) now and then.
    fn expr_with(&mut self, ty: Ty, var: &str) -> String {
        match (ty, self.rng.u8(..3)) {
            (Ty::Int, 0) => format!("{var} * 2"),
            (Ty::Str, 0) => format!("{var} + '!'"),
            (_, 1) => format!("repr({var})"),
            (_, _) => var.to_string(),
        }
    }

    fn unpack(&mut self) {
        let a = self.fresh("u");
        let b = self.fresh("u");
        let form = self.rng.u8(..4);
        match form {
            0 => {
                let x = self.expr(Ty::Int, 1);
                let y = self.expr(Ty::Str, 1);
                self.line(&format!("{a}, {b} = {x}, {y}"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::Str);
            }
            1 => {
                let l = self.expr(Ty::List, 1);
                self.line(&format!("{a}, *{b} = {l}"));
                self.bind(&a, Ty::Any);
                self.bind(&b, Ty::List);
            }
            2 => {
                let s = self.expr(Ty::Str, 1);
                self.line(&format!("*{a}, {b} = {s}"));
                self.bind(&a, Ty::List);
                self.bind(&b, Ty::Str);
            }
            _ => {
                let x = self.expr(Ty::Int, 1);
                self.line(&format!("({a}, {b}), c0 = ({x}, {x}), 0"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::Int);
            }
        }
        self.line(&format!("print({a}, {b})"));
    }

    fn raise_stmt(&mut self) {
        let exc = self.exception_class();
        let msg = self.expr(Ty::Str, 2);
        match self.rng.u8(..4) {
            0 => {
                self.line("try:");
                self.line(&format!("    raise {exc}({msg})"));
                self.line("except Exception as err:");
                self.line("    print(repr(err), err.__context__, err.__cause__)");
            }
            1 => {
                self.line("try:");
                self.line("    try:");
                self.line("        1 / 0");
                self.line("    except ZeroDivisionError as inner:");
                self.line(&format!("        raise {exc}({msg}) from inner"));
                self.line("except Exception as err:");
                self.line("    print(type(err).__name__, type(err.__cause__).__name__)");
            }
            2 => {
                let c = self.expr(Ty::Bool, 2);
                self.line(&format!("if {c}:"));
                self.line(&format!("    raise {exc}({msg})"));
            }
            _ => {
                self.line("try:");
                self.line(&format!(
                    "    raise ExceptionGroup('g', [{exc}({msg}), ValueError(1)])"
                ));
                self.line("except* ValueError as g:");
                self.line("    print('value errors', len(g.exceptions))");
                self.line("except* Exception as g:");
                self.line("    print('others', [type(e).__name__ for e in g.exceptions])");
            }
        }
    }

    fn generator_use(&mut self) {
        let g = self.fresh("g");
        let n = self.rng.u8(..5);
        self.line(&format!("def {g}(n):"));
        self.line("    total = 0");
        self.line("    for k in range(n):");
        self.line("        got = yield k");
        self.line("        if got is not None:");
        self.line("            total += got");
        self.line("    return total");
        match self.rng.u8(..4) {
            0 => self.line(&format!("print(list({g}({n})))")),
            1 => {
                self.line(&format!("it = {g}({n})"));
                self.line("try:");
                self.line("    print(next(it), it.send(5), it.send(6))");
                self.line("except StopIteration as stop:");
                self.line("    print('stop', stop.value)");
            }
            2 => {
                self.line(&format!("def outer_{g}():"));
                self.line(&format!("    r = yield from {g}({n})"));
                self.line("    yield r");
                self.line(&format!("print(list(outer_{g}()))"));
            }
            _ => {
                self.line(&format!("it = {g}({n})"));
                self.line("print(next(it, 'empty'))");
                self.line("try:");
                self.line("    it.throw(ValueError('thrown'))");
                self.line("except (ValueError, StopIteration) as x:");
                self.line("    print('thrown back', type(x).__name__)");
                self.line("it.close()");
            }
        }
    }

    fn lambda_use(&mut self) {
        let l = self.expr(Ty::List, 1);
        match self.rng.u8(..4) {
            0 => self.line(&format!("print(sorted({l}, key=lambda v: repr(v)))")),
            1 => self.line(&format!("print(list(map(lambda v: (v, v), {l})))")),
            2 => self.line(&format!("print(list(filter(lambda v: v, {l})))")),
            _ => {
                let k = self.small_int();
                self.line(&format!(
                    "print((lambda *a, k={k}, **kw: (a, k, sorted(kw)))({l}, z=1))"
                ));
            }
        }
    }

    fn fstring(&mut self) {
        self.in_fstring = true;
        let i = self.expr(Ty::Int, 2);
        let s = self.expr(Ty::Str, 2);
        let f = self.expr(Ty::Float, 2);
        self.in_fstring = false;
        let specs = [
            format!("f\"{{{i}:>8}}|{{{s}!r}}|{{{f}:.3f}}\""),
            format!("f\"{{{i}:08b}} {{{i}:x}} {{{f}:e}}\""),
            format!("f\"{{{s}:^10}}{{{i}=}}\""),
            format!("'%s-%r-%5.2f' % ({s}, {i}, {f})"),
            format!("'{{0}}/{{1!r}}/{{0:>5}}'.format({s}, {i})"),
            format!("f\"{{{i}:,}} {{{f}:g}} {{{f}:%}}\""),
        ];
        let e = specs[self.rng.usize(..specs.len())].clone();
        self.line(&format!("print({e})"));
    }

    fn slicing(&mut self) {
        let ty = if self.chance(50) { Ty::Str } else { Ty::List };
        let x = self.expr(ty, 1);
        const IDX: &[&str] = &["", "0", "1", "-1", "2", "-3", "10", "None"];
        let a = IDX[self.rng.usize(..IDX.len())];
        let b = IDX[self.rng.usize(..IDX.len())];
        let step = ["", ":2", ":-1", ":3", ":-2"][self.rng.usize(..5)];
        self.line(&format!("print({x}[{a}:{b}{step}])"));
    }

    fn del_stmt(&mut self) {
        match self.var_of(Ty::List) {
            Some(v) => self.line(&format!("if {v}: del {v}[0]")),
            None => match self.var_of(Ty::Dict) {
                Some(v) => self.line(&format!("{v}.pop('a', None)")),
                None => self.assign(),
            },
        }
    }

    fn assert_stmt(&mut self) {
        let c = self.expr(Ty::Bool, 1);
        self.line("try:");
        self.line(&format!("    assert {c}, 'failed'"));
        self.line("except AssertionError as a:");
        self.line("    print('assert', a)");
    }

    fn await_stmt(&mut self) {
        self.uses_asyncio = true;
        match self.rng.u8(..4) {
            0 => self.line("await asyncio.sleep(0)"),
            1 => {
                let a = self.expr(Ty::Int, 1);
                self.line("async def _one(v):");
                self.line("    await asyncio.sleep(0)");
                self.line("    return v");
                self.line(&format!("print(await asyncio.gather(_one({a}), _one(2)))"));
            }
            2 => {
                self.line("async def _agen():");
                self.line("    for k in range(3):");
                self.line("        await asyncio.sleep(0)");
                self.line("        yield k");
                self.line("print([k async for k in _agen()])");
            }
            _ => {
                self.line("_t = asyncio.create_task(asyncio.sleep(0, 'slept'))");
                self.line("print(await _t)");
            }
        }
    }

    fn async_main(&mut self) {
        self.uses_asyncio = true;
        let name = self.fresh("amain");
        self.line(&format!("async def {name}():"));
        self.scopes.push(Vec::new());
        let ctx = Ctx {
            in_func: true,
            in_async: true,
            ..Ctx::default()
        };
        self.indent += 1;
        self.depth += 1;
        for _ in 0..self.rng.usize(1..5) {
            if self.chance(40) {
                self.await_stmt();
            } else {
                self.statement(&ctx);
            }
        }
        self.line("return 'done'");
        self.depth -= 1;
        self.indent -= 1;
        self.scopes.pop();
        self.line("try:");
        self.line(&format!("    print(asyncio.run({name}()))"));
        self.line("except Exception as e:");
        self.line("    print('error', type(e).__name__, e)");
    }

    fn small_int(&mut self) -> String {
        const INTS: &[&str] = &["0", "1", "2", "3", "-1", "7", "10", "255", "-42"];
        INTS[self.rng.usize(..INTS.len())].to_string()
    }

    /// An expression of roughly type `ty`; `level` grows as expressions nest.
    fn expr(&mut self, ty: Ty, level: usize) -> String {
        let ty = if ty == Ty::Any {
            TYPES[self.rng.usize(..TYPES.len())]
        } else {
            ty
        };
        if level >= 3 || self.chance(30) {
            if self.reads_left > 0 && self.chance(70) {
                if let Some(v) = self.var_of(ty) {
                    self.reads_left -= 1;
                    return v;
                }
            }
            return self.literal(ty);
        }
        let l = level + 1;
        match ty {
            Ty::Int => match self.rng.u8(..12) {
                0 => format!("({} + {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                1 => format!("({} * {})", self.expr(Ty::Int, l), self.small_int()),
                2 => format!("({} - {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                3 => format!("({} // {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                4 => format!("({} % {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                5 => format!("len({})", self.expr(Ty::Str, l)),
                6 => format!(
                    "(({}) % 1000 ** {})",
                    self.expr(Ty::Int, l),
                    self.rng.u8(..4)
                ),
                7 => format!("abs({})", self.expr(Ty::Int, l)),
                8 => format!("int({})", self.expr(Ty::Float, l)),
                9 => format!("sum({})", self.int_list(l)),
                10 => format!("(-{})", self.expr(Ty::Int, l)),
                _ => format!(
                    "({} if {} else {})",
                    self.expr(Ty::Int, l),
                    self.expr(Ty::Bool, l),
                    self.expr(Ty::Int, l)
                ),
            },
            Ty::Str => match self.rng.u8(..9) {
                0 => format!("({} + {})", self.expr(Ty::Str, l), self.expr(Ty::Str, l)),
                1 => format!("({} * {})", self.expr(Ty::Str, l), self.rng.u8(..4)),
                2 => format!("str({})", self.expr(Ty::Any, l)),
                3 => format!("repr({})", self.expr(Ty::Any, l)),
                4 => format!("{}.upper()", self.expr(Ty::Str, l)),
                5 => format!("'-'.join({})", self.str_list(l)),
                6 => format!("{}[::-1]", self.expr(Ty::Str, l)),
                7 => format!("type({}).__name__", self.expr(Ty::Any, l)),
                _ if self.in_fstring => format!("str({})", self.expr(Ty::Any, l)),
                _ => {
                    self.in_fstring = true;
                    let inner = self.expr(Ty::Any, l);
                    self.in_fstring = false;
                    format!("f\"<{{{inner}}}>\"")
                }
            },
            Ty::List => match self.rng.u8(..7) {
                0 => format!("[{}, {}]", self.expr(Ty::Any, l), self.expr(Ty::Any, l)),
                1 => format!("list({})", self.expr(Ty::Str, l)),
                2 => format!("sorted({})", self.int_list(l)),
                3 => format!("({} + {})", self.expr(Ty::List, l), self.expr(Ty::List, l)),
                4 => format!("[x * 2 for x in {}]", self.int_list(l)),
                5 => format!("list({}.items())", self.expr(Ty::Dict, l)),
                _ => self.int_list(l),
            },
            Ty::Dict => match self.rng.u8(..4) {
                0 => format!(
                    "{{'a': {}, 'b': {}}}",
                    self.expr(Ty::Any, l),
                    self.expr(Ty::Any, l)
                ),
                1 => format!("dict(zip('abc', {}))", self.int_list(l)),
                2 => format!("{{**{}, 'c': 3}}", self.expr(Ty::Dict, l)),
                _ => format!("{{k: k * 2 for k in {}}}", self.int_list(l)),
            },
            Ty::Bool => match self.rng.u8(..8) {
                0 => format!("({} < {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                1 => format!("({} == {})", self.expr(Ty::Any, l), self.expr(Ty::Any, l)),
                2 => format!("(not {})", self.expr(Ty::Any, l)),
                3 => format!("({} in {})", self.expr(Ty::Str, l), self.expr(Ty::Str, l)),
                4 => format!("bool({})", self.expr(Ty::Any, l)),
                5 => format!(
                    "({} and {})",
                    self.expr(Ty::Bool, l),
                    self.expr(Ty::Bool, l)
                ),
                6 => format!("isinstance({}, (int, str))", self.expr(Ty::Any, l)),
                _ => format!(
                    "({} <= {} < {})",
                    self.expr(Ty::Int, l),
                    self.expr(Ty::Int, l),
                    self.expr(Ty::Int, l)
                ),
            },
            Ty::Float => match self.rng.u8(..5) {
                0 => format!("({} / {})", self.expr(Ty::Int, l), self.expr(Ty::Int, l)),
                1 => format!("({} * 1.5)", self.expr(Ty::Float, l)),
                2 => format!("float({})", self.expr(Ty::Int, l)),
                3 => format!("round({}, 2)", self.expr(Ty::Float, l)),
                _ => format!("({} - 0.25)", self.expr(Ty::Float, l)),
            },
            Ty::Tuple | Ty::Any => match self.rng.u8(..3) {
                0 => format!("({}, {})", self.expr(Ty::Any, l), self.expr(Ty::Any, l)),
                1 => format!("tuple({})", self.int_list(l)),
                _ => format!("divmod({}, 3)", self.expr(Ty::Int, l)),
            },
        }
    }

    fn int_list(&mut self, level: usize) -> String {
        if self.reads_left > 0 && self.chance(30) {
            if let Some(v) = self.var_of(Ty::List) {
                self.reads_left -= 1;
                return format!("[x for x in {v} if isinstance(x, int)]");
            }
        }
        let n = self.rng.usize(..5);
        let items: Vec<String> = (0..n).map(|_| self.expr(Ty::Int, level + 1)).collect();
        format!("[{}]", items.join(", "))
    }

    fn str_list(&mut self, level: usize) -> String {
        let n = self.rng.usize(..4);
        let items: Vec<String> = (0..n).map(|_| self.expr(Ty::Str, level + 1)).collect();
        format!("[{}]", items.join(", "))
    }

    fn literal(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int => {
                const INTS: &[&str] = &[
                    "0", "1", "2", "3", "-1", "7", "10", "255", "-42", "2**40", "10**20",
                    "-(2**63)", "0x1f", "0b101", "1_000",
                ];
                INTS[self.rng.usize(..INTS.len())].to_string()
            }
            Ty::Str => {
                const STRS: &[&str] = &[
                    "''",
                    "'a'",
                    "'abc'",
                    "'hello world'",
                    "'Ünïcödé'",
                    "'ab' 'cd'",
                    "'12'",
                    "'бук'",
                    "'a\\tb'",
                    "'x\\ny'",
                ];
                // No backslash inside an f-string's field.
                let n = if self.in_fstring {
                    STRS.len() - 2
                } else {
                    STRS.len()
                };
                STRS[self.rng.usize(..n)].to_string()
            }
            Ty::List => {
                const LISTS: &[&str] = &[
                    "[]",
                    "[1, 2, 3]",
                    "['a', 'b']",
                    "[[1], [2, 3]]",
                    "[0, 'x', None]",
                ];
                LISTS[self.rng.usize(..LISTS.len())].to_string()
            }
            Ty::Dict => {
                const DICTS: &[&str] =
                    &["{}", "{'a': 1}", "{'a': 1, 'b': [2]}", "{1: 'x', 2: 'y'}"];
                DICTS[self.rng.usize(..DICTS.len())].to_string()
            }
            Ty::Bool => ["True", "False", "None"][self.rng.usize(..3)].to_string(),
            Ty::Float => {
                const FLOATS: &[&str] = &[
                    "0.0",
                    "1.5",
                    "-2.25",
                    "1e10",
                    "3.14159",
                    "1e-5",
                    "float('inf')",
                    "-0.0",
                ];
                FLOATS[self.rng.usize(..FLOATS.len())].to_string()
            }
            Ty::Tuple | Ty::Any => {
                const TUPLES: &[&str] = &["()", "(1,)", "(1, 'a')", "((1, 2), 3)"];
                TUPLES[self.rng.usize(..TUPLES.len())].to_string()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_deterministic() {
        for seed in 0..20 {
            let a = program(&mut Rng::with_seed(seed));
            let b = program(&mut Rng::with_seed(seed));
            assert_eq!(a, b);
            assert!(a.lines().count() > 5, "{a}");
        }
    }
}
