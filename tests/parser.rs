//! The parser's own tests: the trees it builds, the errors CPython reports for bad input, how
//! deep input may nest, and random input that must not make it panic.

use corun::intern::sym;
use corun::runtime::value::Value;
use corun::syntax::ast::*;
use corun::syntax::parser::{parse_module, parse_module_with};
use corun::syntax::span::{LineTable, Span};
use corun::syntax::{SyntaxError, SyntaxErrorKind};

fn parse(src: &str) -> Result<Module, SyntaxError> {
    parse_module(src)
}

/// (exception name, message, line) of the error.
fn err(src: &str) -> (&'static str, String, usize) {
    match parse(src) {
        Ok(m) => panic!("parsed: {src:?}\n{:#?}", m.body),
        Err(e) => (
            e.kind.name(),
            e.msg.clone(),
            LineTable::new(src).line_of(e.span.start),
        ),
    }
}

fn ok(src: &str) -> Module {
    match parse(src) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {} {} at {:?}", e.kind.name(), e.msg, e.span),
    }
}

/// Compares with CPython: `CORUN_SNIPPETS=file cargo test --test parser cpython_compare -- --ignored`
/// prints `name: OK` or `name: Kind: message | line=N` for each `name\ncode` block of the
/// file (blocks separated by `\n===\n`), as a python3 script can for the same file.
#[test]
#[ignore]
fn cpython_compare() {
    let Ok(path) = std::env::var("CORUN_SNIPPETS") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    for block in text.split("\n===\n") {
        if block.trim().is_empty() {
            continue;
        }
        let (name, code) = block.split_once('\n').unwrap_or((block, ""));
        let code = format!("{code}\n");
        match parse(&code) {
            Ok(_) => out.push_str(&format!("{name}: OK\n")),
            Err(e) => out.push_str(&format!(
                "{name}: {}: {} | line={}\n",
                e.kind.name(),
                e.msg,
                LineTable::new(&code).line_of(e.span.start)
            )),
        }
    }
    std::fs::write(std::env::var("CORUN_OUT").unwrap(), out).unwrap();
}

/// Parses every `.py` file under `CORUN_TREE` and prints the failures:
/// `CORUN_TREE=/usr/lib/python3.11 cargo test --release --test parser parse_tree -- --ignored`.
#[test]
#[ignore]
fn parse_tree() {
    let Ok(root) = std::env::var("CORUN_TREE") else {
        return;
    };
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(d).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut good, mut bad, mut bytes) = (0, 0, 0);
    let start = std::time::Instant::now();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        bytes += src.len();
        match parse(&src) {
            Ok(_) => good += 1,
            Err(e) => {
                bad += 1;
                println!(
                    "FAIL {}:{}: {}: {}",
                    f.display(),
                    LineTable::new(&src).line_of(e.span.start),
                    e.kind.name(),
                    e.msg
                );
            }
        }
    }
    println!(
        "{good} parsed, {bad} failed, {bytes} bytes in {:?}",
        start.elapsed()
    );
}

struct Dumper<'s> {
    src: &'s str,
    lines: LineTable,
    out: String,
}

impl Dumper<'_> {
    fn pos(&self, off: u32) -> String {
        let line = self.lines.line_of(off);
        let col = off - self.lines.line_start(line);
        format!("{line}:{col}")
    }
    fn span(&mut self, s: Span) {
        let a = self.pos(s.start);
        let b = self.pos(s.end);
        self.out.push_str(&format!("@{a}-{b}"));
    }
    fn exprs(&mut self, es: &[Expr], spans: bool) {
        self.out.push('[');
        for e in es {
            self.expr(e, spans);
            self.out.push(' ');
        }
        self.out.push(']');
    }
    fn opt(&mut self, e: Option<&Expr>, spans: bool) {
        match e {
            Some(e) => self.expr(e, spans),
            None => self.out.push('-'),
        }
    }
    fn params(&mut self, p: &Params, spans: bool) {
        self.out.push_str("args(");
        for (kind, list) in [("po", &p.posonly), ("a", &p.args), ("kw", &p.kwonly)] {
            for q in list.iter() {
                self.out.push_str(&format!("{kind}[{}](", q.name));
                self.opt(q.annotation.as_ref(), spans);
                self.out.push(' ');
                self.opt(q.default.as_ref(), spans);
                self.out.push_str(") ");
            }
        }
        for (kind, q) in [("va", &p.vararg), ("kwa", &p.kwarg)] {
            if let Some(q) = q {
                self.out.push_str(&format!("{kind}[{}](", q.name));
                self.opt(q.annotation.as_ref(), spans);
                self.out.push_str(") ");
            }
        }
        self.out.push(')');
    }
    fn fparts(&mut self, parts: &[FStringPart]) {
        let mut lit = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => lit.push_str(s),
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        lit.push_str(d);
                    }
                    if !lit.is_empty() {
                        self.out.push_str(&format!("Lit[{lit:?}] "));
                        lit.clear();
                    }
                    self.out.push_str(&format!("Field[{conversion:?}]("));
                    self.expr(expr, false);
                    if !spec.is_empty() {
                        self.out.push_str(" spec(");
                        self.fparts(spec);
                        self.out.push(')');
                    }
                    self.out.push_str(") ");
                }
            }
        }
        if !lit.is_empty() {
            self.out.push_str(&format!("Lit[{lit:?}] "));
        }
    }
    fn expr(&mut self, e: &Expr, spans: bool) {
        let name = match &e.kind {
            ExprKind::SuperCall { .. } | ExprKind::FrameCall { .. } => "Call".into(),
            ExprKind::BoolOp { op, .. } => format!("BoolOp[{op:?}]"),
            ExprKind::NamedExpr { .. } => "NamedExpr".into(),
            ExprKind::BinOp { op, .. } => format!("BinOp[{op:?}]"),
            ExprKind::UnaryOp { op, .. } => format!("UnaryOp[{op:?}]"),
            ExprKind::Lambda(_) => "Lambda".into(),
            ExprKind::IfExp { .. } => "IfExp".into(),
            ExprKind::Dict { .. } => "Dict".into(),
            ExprKind::Set(_) => "Set".into(),
            ExprKind::List(_) => "List".into(),
            ExprKind::Tuple(_) => "Tuple".into(),
            ExprKind::Comp(c) => format!("{:?}Comp", c.kind),
            ExprKind::Await(_) => "Await".into(),
            ExprKind::Yield(_) => "Yield".into(),
            ExprKind::YieldFrom(_) => "YieldFrom".into(),
            ExprKind::Compare { ops, .. } => format!("Compare{ops:?}"),
            ExprKind::Call { .. } => "Call".into(),
            ExprKind::JoinedStr(_) => "JoinedStr".into(),
            ExprKind::Constant(_) => format!("Const[{}]", &self.src[e.span.range()]),
            ExprKind::Attribute { attr, .. } => format!("Attr[{attr}]"),
            ExprKind::Subscript { .. } => "Subscript".into(),
            ExprKind::Starred(_) => "Starred".into(),
            ExprKind::Name { id, .. } => format!("Name[{id}]"),
            ExprKind::Slice { .. } => "Slice".into(),
        };
        self.out.push_str(&name);
        if spans {
            self.span(e.span);
        }
        self.out.push('(');
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values, spans),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target, spans);
                self.expr(value, spans);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, spans);
                self.out.push(' ');
                self.expr(right, spans);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, spans),
            ExprKind::Lambda(f) => {
                self.params(&f.params, spans);
                if let StmtKind::Return(Some(v)) = &f.body[0].kind {
                    self.expr(v, spans);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, spans);
                self.out.push(' ');
                self.expr(body, spans);
                self.out.push(' ');
                self.expr(orelse, spans);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.opt(k.as_ref(), spans);
                    self.out.push(':');
                    self.expr(v, spans);
                    self.out.push(' ');
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items, spans)
            }
            ExprKind::Comp(c) => {
                self.expr(&c.elt, spans);
                self.out.push(' ');
                self.opt(c.value.as_ref(), spans);
                for g in &c.generators {
                    self.out.push_str(&format!(" for[{}](", g.is_async));
                    self.expr(&g.target, spans);
                    self.out.push(' ');
                    self.expr(&g.iter, spans);
                    self.out.push(' ');
                    self.exprs(&g.ifs, spans);
                    self.out.push(')');
                }
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => {
                self.expr(v, spans)
            }
            ExprKind::Yield(v) => self.opt(v.as_deref(), spans),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, spans);
                self.exprs(comparators, spans);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, spans);
                self.exprs(args, spans);
                for k in keywords {
                    self.out
                        .push_str(&format!(" kw[{:?}](", k.arg.map(|a| a.as_str())));
                    self.expr(&k.value, spans);
                    self.out.push(')');
                }
            }
            ExprKind::JoinedStr(parts) => self.fparts(parts),
            ExprKind::Constant(_) | ExprKind::Name { .. } | ExprKind::SuperCall { .. } => {}
            ExprKind::FrameCall { call, .. } => self.expr(call, spans),
            ExprKind::Attribute { value, .. } => self.expr(value, spans),
            ExprKind::Subscript { value, slice } => {
                self.expr(value, spans);
                self.out.push(' ');
                self.expr(slice, spans);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref(), spans);
                self.out.push(' ');
                self.opt(upper.as_deref(), spans);
                self.out.push(' ');
                self.opt(step.as_deref(), spans);
            }
        }
        self.out.push(')');
    }
    fn body(&mut self, b: &[Stmt]) {
        self.out.push_str("{\n");
        for s in b {
            self.stmt(s);
        }
        self.out.push_str("}\n");
    }
    fn stmt(&mut self, s: &Stmt) {
        let t = true;
        let name = match &s.kind {
            StmtKind::Expr(_) => "Expr".to_string(),
            StmtKind::Assign { .. } => "Assign".into(),
            StmtKind::AugAssign { op, .. } => format!("AugAssign[{op:?}]"),
            StmtKind::AnnAssign { simple, .. } => format!("AnnAssign[{simple}]"),
            StmtKind::FunctionDef { def, .. } => format!(
                "FunctionDef[{},{},{}]",
                def.name,
                def.is_async,
                def.doc.is_some()
            ),
            StmtKind::ClassDef { def, .. } => {
                format!("ClassDef[{},{}]", def.name, def.doc.is_some())
            }
            StmtKind::Return(_) => "Return".into(),
            StmtKind::Delete(_) => "Delete".into(),
            StmtKind::Pass => "Pass".into(),
            StmtKind::Break => "Break".into(),
            StmtKind::Continue => "Continue".into(),
            StmtKind::If { .. } => "If".into(),
            StmtKind::While { .. } => "While".into(),
            StmtKind::For { is_async, .. } => format!("For[{is_async}]"),
            StmtKind::With { is_async, .. } => format!("With[{is_async}]"),
            StmtKind::Try { is_star, .. } => format!("Try[{is_star}]"),
            StmtKind::Raise { .. } => "Raise".into(),
            StmtKind::Assert { .. } => "Assert".into(),
            StmtKind::Match { .. } => "Match".into(),
            StmtKind::Import(_) => "Import".into(),
            StmtKind::ImportFrom {
                module,
                level,
                star,
                ..
            } => format!(
                "ImportFrom[{},{level},{star}]",
                module
                    .as_ref()
                    .map(|m| m
                        .parts
                        .iter()
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join("."))
                    .unwrap_or_default()
            ),
            StmtKind::Global(n) => format!("Global{n:?}"),
            StmtKind::Nonlocal(n) => format!("Nonlocal{n:?}"),
        };
        self.out.push_str(&name);
        self.span(s.span);
        self.out.push('(');
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e, t),
            StmtKind::Return(None) => {}
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, t);
                self.expr(value, t);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, t);
                self.expr(value, t);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, t);
                self.expr(annotation, t);
                self.opt(value.as_ref(), t);
            }
            StmtKind::FunctionDef { def, .. } => {
                self.exprs(&def.decorators, t);
                self.params(&def.params, t);
                self.opt(def.returns.as_ref(), t);
                self.body(&def.body);
            }
            StmtKind::ClassDef { def, .. } => {
                self.exprs(&def.bases, t);
                for k in &def.keywords {
                    self.out
                        .push_str(&format!(" kw[{:?}](", k.arg.map(|a| a.as_str())));
                    self.expr(&k.value, t);
                    self.out.push(')');
                }
                self.exprs(&def.decorators, t);
                self.body(&def.body);
            }
            StmtKind::Delete(ts) => self.exprs(ts, t),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test, t);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target, t);
                self.expr(iter, t);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.out.push_str("item(");
                    self.expr(&i.context, t);
                    self.opt(i.vars.as_ref(), t);
                    self.out.push(')');
                }
                self.body(body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    self.out.push_str(&format!(
                        "handler[{:?}](",
                        h.name.as_ref().map(|n| n.id.as_str())
                    ));
                    self.opt(h.typ.as_ref(), t);
                    self.body(&h.body);
                    self.out.push(')');
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, t);
                for c in cases {
                    self.opt(c.guard.as_ref(), t);
                    self.body(&c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref(), t);
                self.opt(cause.as_ref(), t);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, t);
                self.opt(msg.as_ref(), t);
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n: Vec<&str> = a.name.parts.iter().map(|p| p.as_str()).collect();
                    self.out.push_str(&format!(
                        "alias[{} {:?}] ",
                        n.join("."),
                        a.asname.map(|s| s.as_str())
                    ));
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        self.out.push_str(")\n");
    }
}

/// Dumps the trees of every file listed in `CORUN_FILES` (one path a line) to `CORUN_OUT`,
/// in the format of the matching python3 script, to compare the trees with CPython's.
#[test]
#[ignore]
fn dump_trees() {
    let Ok(list) = std::env::var("CORUN_FILES") else {
        return;
    };
    let mut out = String::new();
    for path in std::fs::read_to_string(list).unwrap().lines() {
        let src = std::fs::read_to_string(path).unwrap();
        let Ok(m) = parse(&src) else {
            continue;
        };
        let mut d = Dumper {
            src: &src,
            lines: LineTable::new(&src),
            out: String::new(),
        };
        d.body(&m.body);
        out.push_str(&format!("FILE {path}\n"));
        out.push_str(&d.out);
    }
    std::fs::write(std::env::var("CORUN_OUT").unwrap(), out).unwrap();
}

/// A compact s-expression of an expression, constants as written.
fn sx(src: &str, e: &Expr) -> String {
    let list = |items: &[Expr]| {
        items
            .iter()
            .map(|i| sx(src, i))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match &e.kind {
        ExprKind::SuperCall { .. } => "(super)".to_string(),
        ExprKind::FrameCall { call, .. } => sx(src, call),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::NamedExpr { target, value } => {
            format!("(:= {} {})", sx(src, target), sx(src, value))
        }
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), sx(src, left), sx(src, right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sx(src, operand)),
        ExprKind::Lambda(f) => match &f.body[0].kind {
            StmtKind::Return(Some(v)) => format!("(lambda {})", sx(src, v)),
            _ => "(lambda ?)".into(),
        },
        ExprKind::IfExp { test, body, orelse } => format!(
            "(if {} {} {})",
            sx(src, test),
            sx(src, body),
            sx(src, orelse)
        ),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(src, k), sx(src, v)),
                    None => format!("**{}", sx(src, v)),
                })
                .collect();
            format!("{{{}}}", items.join(" "))
        }
        ExprKind::Set(items) => format!("(set {})", list(items)),
        ExprKind::List(items) => format!("[{}]", list(items)),
        ExprKind::Tuple(items) => format!("(tuple {})", list(items)),
        ExprKind::Comp(c) => {
            let gens: Vec<String> = c
                .generators
                .iter()
                .map(|g| {
                    let ifs: String = g
                        .ifs
                        .iter()
                        .map(|i| format!(" if {}", sx(src, i)))
                        .collect();
                    format!(
                        "{}for {} in {}{ifs}",
                        if g.is_async { "async " } else { "" },
                        sx(src, &g.target),
                        sx(src, &g.iter),
                    )
                })
                .collect();
            let value = c
                .value
                .as_ref()
                .map(|v| format!(":{}", sx(src, v)))
                .unwrap_or_default();
            format!(
                "({:?} {}{value} {})",
                c.kind,
                sx(src, &c.elt),
                gens.join(" ")
            )
        }
        ExprKind::Await(v) => format!("(await {})", sx(src, v)),
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(yield {})", sx(src, v)),
            None => "(yield)".into(),
        },
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sx(src, v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut out = format!("(cmp {}", sx(src, left));
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(&format!(" {} {}", op.symbol(), sx(src, c)));
            }
            out + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut out = format!("(call {}", sx(src, func));
            for a in args {
                out.push_str(&format!(" {}", sx(src, a)));
            }
            for k in keywords {
                match k.arg {
                    Some(n) => out.push_str(&format!(" {n}={}", sx(src, &k.value))),
                    None => out.push_str(&format!(" **{}", sx(src, &k.value))),
                }
            }
            out + ")"
        }
        ExprKind::JoinedStr(parts) => format!("(f {})", fsx(src, parts)),
        ExprKind::Constant(_) => src[e.span.range()].to_string(),
        ExprKind::Attribute { value, attr, .. } => format!("(. {} {attr})", sx(src, value)),
        ExprKind::Subscript { value, slice } => {
            format!("([] {} {})", sx(src, value), sx(src, slice))
        }
        ExprKind::Starred(v) => format!("*{}", sx(src, v)),
        ExprKind::Name { id, .. } => id.to_string(),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map(|e| sx(src, e)).unwrap_or_default();
            format!("{}:{}:{}", o(lower), o(upper), o(step))
        }
    }
}

fn fsx(src: &str, parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Field {
                expr,
                conversion,
                spec,
                debug_text,
            } => format!(
                "{{{}{}{}{}}}",
                debug_text
                    .as_deref()
                    .map(|d| format!("{d:?}"))
                    .unwrap_or_default(),
                sx(src, expr),
                conversion.map(|c| format!("!{c}")).unwrap_or_default(),
                if spec.is_empty() {
                    String::new()
                } else {
                    format!(":{}", fsx(src, spec))
                }
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The s-expression of a one-expression program.
fn expr(src: &str) -> String {
    let m = ok(src);
    match &m.body[..] {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => sx(src, e),
        other => panic!("{src:?}: not one expression: {other:?}"),
    }
}

#[test]
fn precedence() {
    let cases = [
        ("-2**2", "(Neg (** 2 2))"),
        ("2**-1", "(** 2 (Neg 1))"),
        ("a**b**c", "(** a (** b c))"),
        ("-a**-b**c", "(Neg (** a (Neg (** b c))))"),
        ("a - b - c", "(- (- a b) c)"),
        ("a + b * c", "(+ a (* b c))"),
        ("a * b @ c // d % e / f", "(/ (% (// (@ (* a b) c) d) e) f)"),
        ("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))"),
        ("not a == b", "(Not (cmp a == b))"),
        ("not not a", "(Not (Not a))"),
        ("a or b and c", "(Or a (And b c))"),
        ("a and b or c and d", "(Or (And a b) (And c d))"),
        ("a or b or c", "(Or a b c)"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("lambda: a if b else c", "(lambda (if b a c))"),
        ("a < b <= c", "(cmp a < b <= c)"),
        ("a not in b is not c", "(cmp a not in b is not c)"),
        ("a is b in c", "(cmp a is b in c)"),
        ("-x.y", "(Neg (. x y))"),
        ("~a[1](2)", "(Invert (call ([] a 1) 2))"),
        ("a.b.c(d)[e]", "([] (call (. (. a b) c) d) e)"),
        ("(a + b) * c", "(* (+ a b) c)"),
        ("(x := 1)", "(:= x 1)"),
        ("f(x := 1)", "(call f (:= x 1))"),
        ("a, *b", "(tuple a *b)"),
        ("()", "(tuple )"),
        ("(a,)", "(tuple a)"),
        ("[a, *b, c]", "[a *b c]"),
        ("{a: b, **c}", "{a:b **c}"),
        ("{a, *b}", "(set a *b)"),
        ("{}", "{}"),
        ("x[a:b, ::2, c]", "([] x (tuple a:b: ::2 c))"),
        ("x[:]", "([] x ::)"),
        ("x[*a]", "([] x (tuple *a))"),
        ("x[a,]", "([] x (tuple a))"),
        ("f(a, *b, c=1, **d)", "(call f a *b c=1 **d)"),
        ("f(x for x in y)", "(call f (Generator x for x in y))"),
        (
            "[x for x in y if x if z for w in x]",
            "(List x for x in y if x if z for w in x)",
        ),
        ("{k: v for k, v in z}", "(Dict k:v for (tuple k v) in z)"),
        ("{x for x in y}", "(Set x for x in y)"),
        ("(x for x in y)", "(Generator x for x in y)"),
        ("lambda a, b=1, *c, d, **e: a", "(lambda a)"),
        ("a if b else lambda: c", "(if b a (lambda c))"),
        ("'a' 'b' \"c\"", "'a' 'b' \"c\""),
        ("...", "..."),
        ("not a < b and c", "(And (Not (cmp a < b)) c)"),
        ("-1 ** 2 * 3", "(* (Neg (** 1 2)) 3)"),
        ("x = 1", "unused"),
    ];
    for (src, want) in cases {
        if want == "unused" {
            continue;
        }
        assert_eq!(expr(src), want, "{src}");
    }
    // Inside an async function.
    let in_async = |body: &str| {
        let src = format!("async def f():\n    return {body}\n");
        let m = ok(&src);
        let StmtKind::FunctionDef { def, .. } = &m.body[0].kind else {
            panic!()
        };
        let StmtKind::Return(Some(v)) = &def.body[0].kind else {
            panic!()
        };
        sx(&src, v)
    };
    assert_eq!(in_async("await x ** 2"), "(** (await x) 2)");
    assert_eq!(
        in_async("{k: v async for k, v in z}"),
        "(Dict k:v async for (tuple k v) in z)"
    );
    // `if b else c` is not a comprehension condition.
    assert!(parse("[x for x in a if b else c]").is_err());
}

#[test]
fn constants() {
    let value = |src: &str| match &ok(src).body[0].kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(v),
            ..
        }) => format!("{v:?}"),
        k => panic!("{k:?}"),
    };
    assert_eq!(
        value("'a' \"b\" '''c'''"),
        format!("{:?}", Value::str("abc"))
    );
    assert_eq!(
        value("b'a' b'\\x00'"),
        format!("{:?}", Value::bytes(b"a\0"))
    );
    assert_eq!(value("0x10"), format!("{:?}", Value::Int(16)));
    assert_eq!(value("1.5e3"), format!("{:?}", Value::float(1500.0)));
    assert_eq!(value("True"), format!("{:?}", Value::bool(true)));
    assert_eq!(value("None"), format!("{:?}", Value::None));
    assert_eq!(value("..."), format!("{:?}", Value::Ellipsis));
    let big = num_bigint::BigInt::parse_bytes(b"123456789012345678901234567890", 10).unwrap();
    assert_eq!(
        value("123456789012345678901234567890"),
        format!("{:?}", Value::from_bigint(big))
    );
}

#[test]
fn fstrings() {
    assert_eq!(expr("f'a{b}c'"), "(f \"a\" {b} \"c\")");
    assert_eq!(expr("f'{x!r:>{w}}'"), "(f {x!r:\">\" {w}})");
    assert_eq!(expr("f'{x=}'"), "(f {\"x=\"x!r})");
    assert_eq!(expr("f'{x = :>4}'"), "(f {\"x = \"x:\">4\"})");
    assert_eq!(expr("f'{{}}{a}'"), "(f \"{}\" {a})");
    assert_eq!(expr("'a' f'{b}' 'c'"), "(f \"a\" {b} \"c\")");
    assert_eq!(expr("f'{a, b}'"), "(f {(tuple a b)})");
    assert_eq!(expr("f'{x for x in y}'"), "(f {(Generator x for x in y)})");
    assert_eq!(
        expr("f'{\"q\" if a else \"r\"}'"),
        "(f {(if a \"q\" \"r\")})"
    );
    assert_eq!(expr("f'''{\na\n}'''"), "(f {a})");
    assert_eq!(expr("f'{f\"{a}\"}'"), "(f {(f {a})})");
    assert_eq!(expr("rf'\\n{a}'"), "(f \"\\\\n\" {a})");
    assert_eq!(expr("f'{a!s:{b}.{c}f}'"), "(f {a!s:{b} \".\" {c} \"f\"})");
}

#[test]
fn statement_forms() {
    let src = "\
import a.b.c as d, e
from .. import (f, g as h,)
from x.y import *
from . import z
global q, r
x = y = 1
a, *b = c
x: int = 1
(y): int
z.w: str
x += 1
x **= 2
del a, b[0], c.d
del (a, b)
assert x, 'msg'
raise E from F
raise
pass
def g(): x = yield
@dec
@dec2(1)
async def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:
    '''Doc.'''
    nonlocal n
    async for i in j:
        break
    else:
        pass
    async with a as b, c:
        await d
    with (open(x) as f, open(y) as g,):
        pass
    with (a, b) as c:
        return
    return 1, 2
class C(B, metaclass=M):
    'doc'
    x = 1
while x:
    pass
else:
    pass
for i, j in k: pass
if a: pass
elif b: pass
elif c:
    pass
else: pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
try: pass
finally: pass
a; b; c;
lambda: (yield)
";
    let m = ok(src);
    let show = |s: &Stmt| -> String {
        match &s.kind {
                StmtKind::Import(names) => format!(
                    "import {}",
                    names
                        .iter()
                        .map(|a| format!("{}>{}", a.name.parts.len(), a.bind.id))
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                StmtKind::ImportFrom {
                    module,
                    names,
                    star,
                    level,
                } => format!(
                    "from {level} {:?} {star} {}",
                    module.as_ref().map(|m| m.parts.len()),
                    names
                        .iter()
                        .map(|a| a.bind.id.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                StmtKind::Global(n) => format!("global {n:?}"),
                StmtKind::Assign { targets, value } => format!(
                    "assign {} = {}",
                    targets
                        .iter()
                        .map(|t| sx(src, t))
                        .collect::<Vec<_>>()
                        .join(" = "),
                    sx(src, value)
                ),
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                } => format!(
                    "ann {} {} {:?} {simple}",
                    sx(src, target),
                    sx(src, annotation),
                    value.as_ref().map(|v| sx(src, v))
                ),
                StmtKind::AugAssign { target, op, value } => {
                    format!("aug {} {} {}", sx(src, target), op.symbol(), sx(src, value))
                }
                StmtKind::Delete(t) => format!(
                    "del {}",
                    t.iter().map(|t| sx(src, t)).collect::<Vec<_>>().join(",")
                ),
                StmtKind::FunctionDef { def, .. } => format!(
                    "def {} async={} decorators={} posonly={} args={} vararg={} kwonly={} kwarg={} body={} doc={}",
                    def.name,
                    def.is_async,
                    def.decorators.len(),
                    def.params.posonly.len(),
                    def.params.args.len(),
                    def.params.vararg.is_some(),
                    def.params.kwonly.len(),
                    def.params.kwarg.is_some(),
                    def.body.len(),
                    def.doc.is_some()
                ),
                StmtKind::ClassDef { def, .. } => format!(
                    "class {} bases={} keywords={} body={} doc={}",
                    def.name,
                    def.bases.len(),
                    def.keywords.len(),
                    def.body.len(),
                    def.doc.is_some()
                ),
                StmtKind::Try {
                    handlers,
                    orelse,
                    finalbody,
                    is_star,
                    ..
                } => format!(
                    "try {} {} {} {is_star}",
                    handlers.len(),
                    orelse.len(),
                    finalbody.len()
                ),
                StmtKind::If { orelse, .. } => {
                    let mut depth = 0;
                    let mut o = orelse;
                    while let Some(Stmt {
                        kind: StmtKind::If { orelse, .. },
                        ..
                    }) = o.first()
                    {
                        depth += 1;
                        o = orelse;
                    }
                    format!("if elifs={depth} else={}", o.len())
                }
                StmtKind::Expr(e) => format!("expr {}", sx(src, e)),
                other => format!("{:?}", std::mem::discriminant(other)),
            }
    };
    let dump: Vec<String> = m.body.iter().map(show).collect();
    let want = [
        "import 3>d,1>e",
        "from 2 None false f,h",
        "from 0 Some(2) true ",
        "from 1 None false z",
        "global [q, r]",
        "assign x = y = 1",
        "assign (tuple a *b) = c",
        "ann x int Some(\"1\") true",
        "ann y int None false",
        "ann (. z w) str None false",
        "aug x + 1",
        "aug x ** 2",
        "del a,([] b 0),(. c d)",
        "del (tuple a b)",
    ];
    assert_eq!(&dump[..want.len()], &want);
    assert_eq!(
            dump[18],
            "def g async=false decorators=0 posonly=0 args=0 vararg=false kwonly=0 kwarg=false body=1 doc=false"
        );
    assert_eq!(
            dump[19],
            "def f async=true decorators=2 posonly=1 args=1 vararg=true kwonly=2 kwarg=true body=7 doc=true"
        );
    assert_eq!(dump[20], "class C bases=1 keywords=1 body=2 doc=true");
    assert_eq!(dump[23], "if elifs=2 else=1");
    assert_eq!(dump[24], "try 3 1 1 false");
    assert_eq!(dump[25], "try 1 0 0 true");
    assert_eq!(dump[26], "try 0 0 1 false");
    assert_eq!(
        &dump[27..],
        ["expr a", "expr b", "expr c", "expr (lambda (yield))"]
    );
    // `with`: parenthesized items, and a parenthesized tuple as one item.
    let StmtKind::FunctionDef { def, .. } = &m.body[19].kind else {
        panic!()
    };
    let withs: Vec<usize> = def
        .body
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::With { items, .. } => Some(items.len()),
            _ => None,
        })
        .collect();
    assert_eq!(withs, [2, 2, 1]);
}

#[test]
fn spans_and_names() {
    let src = "async def main() -> None:\n    x = (a + b) * c\n    return x\n";
    let m = ok(src);
    let StmtKind::FunctionDef { def, target } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(&src[def.span.range()], &src[..src.len() - 1]);
    assert_eq!(&src[def.name_span.range()], "main");
    assert_eq!(target.id.as_str(), "main");
    assert_eq!(target.scope, NameRef::Unresolved);
    assert!(def.qualname.is_empty());
    let StmtKind::Assign { value, .. } = &def.body[0].kind else {
        panic!()
    };
    assert_eq!(&src[value.span.range()], "(a + b) * c");
    assert_eq!(&src[def.body[0].span.range()], "x = (a + b) * c");
    let lam = ok("f = lambda x: x + 1\n");
    let StmtKind::Assign { value, .. } = &lam.body[0].kind else {
        panic!()
    };
    let ExprKind::Lambda(f) = &value.kind else {
        panic!()
    };
    assert!(f.is_lambda);
    assert_eq!(f.name, sym::lambda);
    assert!(matches!(
        f.body[..],
        [Stmt {
            kind: StmtKind::Return(Some(_)),
            ..
        }]
    ));
    // CPython's spans: from the first token to the last, parentheses included.
    let spans = |src: &str| {
        let m = ok(src);
        let StmtKind::Expr(e) = &m.body[0].kind else {
            panic!()
        };
        let mut out = vec![src[e.span.range()].to_string()];
        let mut e = e;
        loop {
            e = match &e.kind {
                ExprKind::UnaryOp { operand, .. } => operand,
                ExprKind::BinOp { right, .. } => right,
                _ => break,
            };
            out.push(src[e.span.range()].to_string());
        }
        out
    };
    assert_eq!(spans("not not a"), ["not not a", "not a", "a"]);
    assert_eq!(spans("10 ** -x"), ["10 ** -x", "-x", "x"]);
    assert_eq!(spans("-(-1) ** x"), ["-(-1) ** x", "(-1) ** x", "x"]);
    assert_eq!(spans("(a) + (b)"), ["(a) + (b)", "b"]);
    // A BOM and \r\n line endings.
    let m = ok("\u{feff}x = 1\r\nif x:\r\n    y = 2\r\n");
    assert_eq!(m.body.len(), 2);
}

#[test]
fn empty_and_comments() {
    assert!(ok("").body.is_empty());
    assert!(ok("# just a comment").body.is_empty());
    assert!(ok("\n\n   # indented comment\n\t\n").body.is_empty());
    assert!(ok("\u{feff}").body.is_empty());
}

/// The seed programs, as printed (tab-indented and space-indented bodies, Russian
/// comments, trailing spaces).
#[test]
fn seed_programs() {
    let run = "import asyncio  \nasync def my_coroutine() -> None:  \n\tprint('Hello world!')  \n  \nresult = asyncio.run(my_coroutine())  \nprint(result)\n";
    assert_eq!(ok(run).body.len(), 4);
    let body = |indent: &str| {
        format!(
                "import asyncio  \n  \nasync def add_one(number: int) -> int:  \n\treturn number + 1  \n  \n  \nasync def main() -> None:  \n{indent}# Здесь программа приостанавливается и ждет выполнения сопрограммы add_one(1)  \n{indent}one_plus_one = await add_one(1)  \n  \n{indent}# Здесь программа приостанавливается и ждет выполнения сопрограммы add_one(2)  \n{indent}two_plus_one = await add_one(2)  \n{indent}print(one_plus_one)  \n{indent}print(two_plus_one)  \n\nasyncio.run(main())\n"
            )
    };
    assert_eq!(ok(&body("    ")).body.len(), 4);
    let printed = body("");
    let e = parse(&printed).unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(
        e.msg,
        "expected an indented block after function definition on line 7"
    );
    assert_eq!(LineTable::new(&printed).line_of(e.span.start), 9);
    assert!(!e.incomplete);
}

/// Every message here was checked against CPython 3.11's `compile()`.
#[test]
fn cpython_errors() {
    let cases: &[(&str, &str, &str, usize)] = &[
        ("x = \n", "SyntaxError", "invalid syntax", 1),
        ("x = = 1\n", "SyntaxError", "invalid syntax", 1),
        ("if x\n  pass\n", "SyntaxError", "expected ':'", 1),
        ("if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1),
        ("def f()\n  pass\n", "SyntaxError", "expected ':'", 1),
        ("class A\n  pass\n", "SyntaxError", "expected ':'", 1),
        ("for x in y\n  pass\n", "SyntaxError", "expected ':'", 1),
        ("while x\n  pass\n", "SyntaxError", "expected ':'", 1),
        ("with a as b\n  pass\n", "SyntaxError", "expected ':'", 1),
        (
            "for x in y:\n  pass\nelse\n  pass\n",
            "SyntaxError",
            "expected ':'",
            3,
        ),
        ("def f\n", "SyntaxError", "expected '('", 1),
        ("x = (1,\n", "SyntaxError", "'(' was never closed", 1),
        (
            "x = [1, 2\ny = 3\n",
            "SyntaxError",
            "'[' was never closed",
            1,
        ),
        ("x = 1)\n", "SyntaxError", "unmatched ')'", 1),
        (
            "x = (1]\n",
            "SyntaxError",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
        ),
        (
            "x = \"abc\ny=2\n",
            "SyntaxError",
            "unterminated string literal (detected at line 1)",
            1,
        ),
        (
            "x = \"\"\"abc\n\n",
            "SyntaxError",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
        ),
        ("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1),
        ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1),
        ("x = 1jk\n", "SyntaxError", "invalid imaginary literal", 1),
        (
            "def f():\n",
            "IndentationError",
            "expected an indented block after function definition on line 1",
            1,
        ),
        (
            "if x:",
            "IndentationError",
            "expected an indented block after 'if' statement on line 1",
            1,
        ),
        (
            "x = 1\nif x:\npass\n",
            "IndentationError",
            "expected an indented block after 'if' statement on line 2",
            3,
        ),
        (
            "class A:\n  def f(self):\n  pass\n",
            "IndentationError",
            "expected an indented block after function definition on line 2",
            3,
        ),
        (
            "if x:\n  pass\nelse:\n",
            "IndentationError",
            "expected an indented block after 'else' statement on line 3",
            3,
        ),
        (
            "if x:\n  pass\nelif y:\nz\n",
            "IndentationError",
            "expected an indented block after 'elif' statement on line 3",
            4,
        ),
        (
            "for x in y:\nz\n",
            "IndentationError",
            "expected an indented block after 'for' statement on line 1",
            2,
        ),
        (
            "while x:\nz\n",
            "IndentationError",
            "expected an indented block after 'while' statement on line 1",
            2,
        ),
        (
            "with x:\nz\n",
            "IndentationError",
            "expected an indented block after 'with' statement on line 1",
            2,
        ),
        (
            "try:\nz\n",
            "IndentationError",
            "expected an indented block after 'try' statement on line 1",
            2,
        ),
        (
            "try:\n  a\nexcept:\nz\n",
            "IndentationError",
            "expected an indented block after 'except' statement on line 3",
            4,
        ),
        (
            "try:\n  a\nfinally:\nz\n",
            "IndentationError",
            "expected an indented block after 'finally' statement on line 3",
            4,
        ),
        (
            "class A:\nz\n",
            "IndentationError",
            "expected an indented block after class definition on line 1",
            2,
        ),
        (
            "x = 1\n  y = 2\n",
            "IndentationError",
            "unexpected indent",
            2,
        ),
        (
            "\tif x:\n        pass\n",
            "IndentationError",
            "unexpected indent",
            1,
        ),
        (
            "if x:\n    a\n  b\n",
            "IndentationError",
            "unindent does not match any outer indentation level",
            3,
        ),
        (
            "if x:\n\tif y:\n        a\n",
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            3,
        ),
        (
            "1 = x\n",
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            1,
        ),
        (
            "f() = x\n",
            "SyntaxError",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
        ),
        ("x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1),
        ("None = 1\n", "SyntaxError", "cannot assign to None", 1),
        (
            "x = [1 2]\n",
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
        ),
        (
            "print(\"a\" \"b\" c)\n",
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
        ),
        (
            "x = 1 + \\\n",
            "SyntaxError",
            "unexpected EOF while parsing",
            1,
        ),
        (
            "x = 1 \\ 2\n",
            "SyntaxError",
            "unexpected character after line continuation character",
            1,
        ),
        (
            "x = 1 ¤ 2\n",
            "SyntaxError",
            "invalid character '¤' (U+00A4)",
            1,
        ),
        (
            "x = a\u{a0}b\n",
            "SyntaxError",
            "invalid non-printable character U+00A0",
            1,
        ),
        ("x = 1 $ 2\n", "SyntaxError", "invalid syntax", 1),
        (
            "x = b\"a\" \"b\"\n",
            "SyntaxError",
            "cannot mix bytes and nonbytes literals",
            1,
        ),
        (
            "try:\n  pass\nx = 1\n",
            "SyntaxError",
            "expected 'except' or 'finally' block",
            3,
        ),
        (
            "f(**a, *b)\n",
            "SyntaxError",
            "iterable argument unpacking follows keyword argument unpacking",
            1,
        ),
        (
            "f(a=1, b)\n",
            "SyntaxError",
            "positional argument follows keyword argument",
            1,
        ),
        (
            "f(**a, b)\n",
            "SyntaxError",
            "positional argument follows keyword argument unpacking",
            1,
        ),
        (
            "f(x for x in y, 1)\n",
            "SyntaxError",
            "Generator expression must be parenthesized",
            1,
        ),
        (
            "f(a.b=1)\n",
            "SyntaxError",
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            1,
        ),
        ("f(True=1)\n", "SyntaxError", "cannot assign to True", 1),
        ("del f()\n", "SyntaxError", "cannot delete function call", 1),
        (
            "x + 1 += 2\n",
            "SyntaxError",
            "'expression' is an illegal expression for augmented assignment",
            1,
        ),
        (
            "(a, b): int = 1\n",
            "SyntaxError",
            "only single target (not tuple) can be annotated",
            1,
        ),
        (
            "a + b: int\n",
            "SyntaxError",
            "illegal target for annotation",
            1,
        ),
        (
            "def f(a=1, b): pass\n",
            "SyntaxError",
            "non-default argument follows default argument",
            1,
        ),
        (
            "def f(*): pass\n",
            "SyntaxError",
            "named arguments must follow bare *",
            1,
        ),
        (
            "def f(a, a): pass\n",
            "SyntaxError",
            "duplicate argument 'a' in function definition",
            1,
        ),
        (
            "print \"hi\"\n",
            "SyntaxError",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
        ),
        (
            "x = yield = 1\n",
            "SyntaxError",
            "assignment to yield expression not possible",
            1,
        ),
        (
            "if x = 1: pass\n",
            "SyntaxError",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
        ),
        (
            "x = (1 if 2)\n",
            "SyntaxError",
            "expected 'else' after 'if' expression",
            1,
        ),
        (
            "try:\n  pass\nexcept A, B:\n  pass\n",
            "SyntaxError",
            "multiple exception types must be parenthesized",
            3,
        ),
        (
            "x = [*a for a in b]\n",
            "SyntaxError",
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
        (
            "for 1 in x: pass\n",
            "SyntaxError",
            "cannot assign to literal",
            1,
        ),
        (
            "x = f\"{a b}\"\n",
            "SyntaxError",
            "f-string: invalid syntax. Perhaps you forgot a comma?",
            1,
        ),
        (
            "x = f\"{}\"\n",
            "SyntaxError",
            "f-string: empty expression not allowed",
            1,
        ),
        ("x = f\"{a\"\n", "SyntaxError", "f-string: expecting '}'", 1),
        (
            "x = f\"}\"\n",
            "SyntaxError",
            "f-string: single '}' is not allowed",
            1,
        ),
        (
            "x = f\"{*a}\"\n",
            "SyntaxError",
            "f-string: cannot use starred expression here",
            1,
        ),
        (
            "x = f\"{lambda x: 1}\"\n",
            "SyntaxError",
            "f-string: invalid syntax",
            1,
        ),
        (
            "\n\nx = f\"{a b}\"\n",
            "SyntaxError",
            "f-string: invalid syntax. Perhaps you forgot a comma?",
            3,
        ),
        ("@dec\n", "SyntaxError", "invalid syntax", 1),
        ("import a.b as\n", "SyntaxError", "invalid syntax", 1),
        // Tokenizer errors later in the file win over a parser error, and so does a
        // bracket left open on an earlier line; indentation errors do not.
        (
            "x = = 1\n\"abc\n",
            "SyntaxError",
            "unterminated string literal (detected at line 2)",
            2,
        ),
        (
            "x = = 1\nif x:\n  a\n b\n",
            "SyntaxError",
            "invalid syntax",
            1,
        ),
        ("x = (\n= 1\n", "SyntaxError", "'(' was never closed", 1),
        ("x = (= 1\n", "SyntaxError", "invalid syntax", 1),
        (
            "1 = x\ny = 1abc\n",
            "SyntaxError",
            "invalid decimal literal",
            2,
        ),
        (
            "if x\n  pass\n\"abc\n",
            "SyntaxError",
            "unterminated string literal (detected at line 3)",
            3,
        ),
        ("x = [1 2]\ny = )\n", "SyntaxError", "unmatched ')'", 2),
        // The checks CPython's compiler makes.
        ("return 1\n", "SyntaxError", "'return' outside function", 1),
        (
            "class A:\n    return 1\n",
            "SyntaxError",
            "'return' outside function",
            2,
        ),
        ("break\n", "SyntaxError", "'break' outside loop", 1),
        (
            "for x in y:\n    def f():\n        break\n",
            "SyntaxError",
            "'break' outside loop",
            3,
        ),
        (
            "continue\n",
            "SyntaxError",
            "'continue' not properly in loop",
            1,
        ),
        ("yield 1\n", "SyntaxError", "'yield' outside function", 1),
        ("await x\n", "SyntaxError", "'await' outside function", 1),
        (
            "def f():\n    await x\n",
            "SyntaxError",
            "'await' outside async function",
            2,
        ),
        (
            "async def f():\n    yield from x\n",
            "SyntaxError",
            "'yield from' inside async function",
            2,
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "SyntaxError",
            "'return' with value in async generator",
            3,
        ),
        (
            "nonlocal x\n",
            "SyntaxError",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "x = *a\n",
            "SyntaxError",
            "can't use starred expression here",
            1,
        ),
        (
            "x = (*a)\n",
            "SyntaxError",
            "cannot use starred expression here",
            1,
        ),
        (
            "async for x in y: pass\n",
            "SyntaxError",
            "'async for' outside async function",
            1,
        ),
        (
            "async with x: pass\n",
            "SyntaxError",
            "'async with' outside async function",
            1,
        ),
        (
            "[x async for x in y]\n",
            "SyntaxError",
            "asynchronous comprehension outside of an asynchronous function",
            1,
        ),
        (
            "def f():\n    x = [(yield) for y in z]\n",
            "SyntaxError",
            "'yield' inside list comprehension",
            2,
        ),
        ("del *a, b\n", "SyntaxError", "cannot delete starred", 1),
        (
            "for *a in b: pass\n",
            "SyntaxError",
            "starred assignment target must be in a list or tuple",
            1,
        ),
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "SyntaxError",
            "name capture 'y' makes remaining patterns unreachable",
            2,
        ),
        (
            "x = 1\u{0}\n",
            "SyntaxError",
            "source code cannot contain null bytes",
            1,
        ),
    ];
    for &(src, kind, msg, line) in cases {
        assert_eq!(err(src), (kind, msg.to_string(), line), "{src:?}");
    }
}

#[test]
fn incomplete_input() {
    let incomplete = |src: &str| parse(src).unwrap_err().incomplete;
    assert!(incomplete("if x:\n"));
    assert!(incomplete("def f():"));
    assert!(incomplete("x = (1,\n"));
    assert!(incomplete("x = '''abc\n"));
    assert!(incomplete("x = 1 + \\\n"));
    assert!(incomplete("@dec\n"));
    assert!(incomplete("class A:\n  def f(self):\n"));
    assert!(incomplete("try:\n  pass\n"));
    assert!(!incomplete("x = 1 +\n"));
    assert!(!incomplete("x = )\n"));
    assert!(!incomplete("x = 'abc\n"));
    assert!(!incomplete("if x:\npass\n"));
}

#[test]
fn top_level_await_in_an_entry() {
    let entry = |src: &str| parse_module_with(src, true).map_err(|e| e.msg);
    for ok in [
        "await x\n",
        "y = [await f() for f in fs]\n",
        "async for v in g():\n    pass\n",
        "async with lock:\n    pass\n",
        "r = [v async for v in g()]\n",
    ] {
        assert!(entry(ok).is_ok(), "{ok:?}: {:?}", entry(ok));
        assert!(parse(ok).is_err(), "{ok:?} parses as a module");
    }
    let msg = |src: &str| entry(src).unwrap_err();
    assert_eq!(
        msg("class A:\n    x = await f()\n"),
        "'await' outside function"
    );
    assert_eq!(
        msg("def f():\n    await g()\n"),
        "'await' outside async function"
    );
    assert_eq!(msg("return 1\n"), "'return' outside function");
    assert_eq!(msg("yield 1\n"), "'yield' outside function");
}

/// Deep input parses without a crash on any thread: on the test harness's small stacks, on
/// several at once (their stacks, and the segments each parse moves to, lie anywhere in the
/// address space), and on a thread as large as corun's interpreter thread.
#[test]
fn deep_nesting() {
    let threads: Vec<_> = (0..3)
        .map(|i| {
            let b = std::thread::Builder::new();
            let b = if i == 0 {
                b.stack_size(corun::stack::THREAD_STACK)
            } else {
                b
            };
            b.spawn(deep_nesting_cases)
                .expect("a thread for the deep inputs")
        })
        .collect();
    deep_nesting_cases();
    for t in threads {
        t.join().expect("the deep inputs parse without a crash");
    }
}

fn deep_nesting_cases() {
    let deep = |src: String| parse(&src).unwrap_err();
    let e = deep(format!("{}1{}\n", "(".repeat(10_000), ")".repeat(10_000)));
    assert_eq!(e.msg, "too many nested parentheses");
    let e = deep("[".repeat(100_000));
    assert_eq!(e.msg, "too many nested parentheses");
    // CPython's compiler gives up on these (a RecursionError)...
    let too_deep = |src: String| {
        let e = deep(src);
        assert_eq!(e.kind, SyntaxErrorKind::RecursionError, "{}", e.msg);
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    };
    too_deep(format!("{}1\n", "-".repeat(5_000)));
    too_deep(format!("{}x\n", "not ".repeat(5_000)));
    too_deep(format!("a{}\n", "+a".repeat(100_000)));
    too_deep(format!("a{}\n", ".b".repeat(50_000)));
    too_deep(format!("a{}\n", "()".repeat(50_000)));
    too_deep(format!("{}c\n", "a if b else ".repeat(5_000)));
    too_deep(format!(
        "if a:\n pass\n{}",
        "elif b:\n pass\n".repeat(5_000)
    ));
    // ... and its parser on these, before it has read the rest (a MemoryError).
    let out_of_memory = |src: String| {
        let e = deep(src);
        assert_eq!(e.kind, SyntaxErrorKind::MemoryError, "{}", e.msg);
    };
    out_of_memory(format!("{}1\n", "-".repeat(100_000)));
    out_of_memory(format!("{}x\n)\n", "not ".repeat(100_000)));
    out_of_memory(format!("a{}\n", "**a".repeat(5_000)));
    out_of_memory(format!("{}1\n", "lambda: ".repeat(5_000)));
    out_of_memory(format!("{}1\n", "lambda a=1, *b, c, **d: ".repeat(5_000)));
    out_of_memory(format!(
        "{}1{}\n",
        "(lambda: ".repeat(5_000),
        ")".repeat(5_000)
    ));
    out_of_memory(format!("{}1\n", "(1, ".repeat(100_000)));
    out_of_memory(format!(
        "if a:\n pass\n{}",
        "elif b:\n pass\n".repeat(10_000)
    ));
    // A syntax error after a chain too long to compile is still reported: CPython parses
    // the whole file before it compiles.
    let e = deep(format!("a{}\n)\n", "+a".repeat(100_000)));
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (SyntaxErrorKind::SyntaxError, "unmatched ')'")
    );
    let nested: String = (0..101)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    assert_eq!(deep(nested).msg, "too many levels of indentation");
    // Within CPython's limits these parse; flat chains have no limit.
    ok(&format!("{}1\n", "-".repeat(2_000)));
    ok(&format!("{}1\n", "lambda: ".repeat(2_000)));
    ok(&format!("{}1{}\n", "[".repeat(199), "]".repeat(199)));
    ok(&format!("x = a{}\n", "+a".repeat(2_000)));
    ok(&format!("x = a{}\n", " and a".repeat(200_000)));
    ok(&format!("x = a{}\n", " < a".repeat(200_000)));
    ok(&format!("{}a\n", "a = ".repeat(100_000)));
    ok(&format!(
        "if a:\n pass\n{}",
        "elif b:\n pass\n".repeat(1_000)
    ));
}

/// Parse speed: `cargo test --release --test parser parse_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn parse_speed() {
    let lines = CORPUS.lines().count();
    let src = CORPUS.repeat(10_000 / lines + 1);
    let start = std::time::Instant::now();
    let m = ok(&src);
    println!(
        "{} lines, {} bytes, {} statements: {:?}",
        src.lines().count(),
        src.len(),
        m.body.len(),
        start.elapsed()
    );
}

/// A small xorshift generator, so the test needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const CORPUS: &str = r#"import asyncio
from typing import Optional as Opt, List
"""Module docstring with 'quotes' and "doubles"."""

class Worker(Base, metaclass=Meta):
    '''A worker.'''
    count: int = 0

    def __init__(self, name: str, *args, delay=0.5, **kw) -> None:
        self.name = name
        self.items = [x * 2 for x in range(10) if x % 3 != 0]
        self.map = {k: v for k, v in kw.items()}
        self.flags = {f for f in args}

    async def run(self, queue: asyncio.Queue) -> Opt[int]:
        total = 0
        async with self.lock as lk, other():
            while not queue.empty():
                item = await queue.get()
                try:
                    total += item ** 2 // 3 - (item >> 1) | 0xFF
                except (ValueError, TypeError) as exc:
                    print(f"bad item {item!r:>10} in {self.name=}: {exc}")
                    raise RuntimeError("failed") from exc
                else:
                    continue
                finally:
                    queue.task_done()
        return total if total > 0 else None

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(Worker(f"w{i}").run(q)) for i in range(3)]
    for n in (1, 2.5, 3e-3, 1_000):
        await q.put(n)
    results = await asyncio.gather(*workers, return_exceptions=True)
    lam = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
    x = y = z = -1
    a, *b = [1, 2, 3]
    s = 'single' "double" '''triple''' r'raw\d'
    t = b'bytes\x00' rb"\n"
    if (n := len(results)) > 2 and not False or None is None:
        del a, b
    elif n in results or n not in results:
        assert n, "message"
    else:
        pass
    return results[1:2, ::3], x @ y, ~z, +x, ...

if __name__ == "__main__":
    print(asyncio.run(main()), sep='', end="\n")
    # Комментарий по-русски
    привет = "мир"
"#;

/// Random cuts, splices and insertions of valid text: every one gets an answer, and
/// nothing panics.
#[test]
fn fuzz_does_not_panic() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "'''", "\"\"\"", "\\", "\\\n", "\t", "\n", "    ",
        "f\"{", "}", "#", ":", "=", "**", "lambda", "async ", "await ", "yield", "\r\n",
        "\u{feff}", "é", "¤", "0x", "1_", "1e", "1j", ".5", "!r", "{{", "rb'", "@", "->", ":=",
        ";", ",", "*", "not", "in", "is", "if", "else", "else:",
    ];
    let corpus: Vec<char> = CORPUS.chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let slice = |rng: &mut Rng| {
        let a = rng.below(corpus.len());
        let b = (a + rng.below(400)).min(corpus.len());
        corpus[a..b].iter().collect::<String>()
    };
    let mut parsed = 0;
    // `CORUN_FUZZ=1000000` runs longer.
    let rounds = std::env::var("CORUN_FUZZ")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000);
    for _ in 0..rounds {
        let mut text = String::new();
        for _ in 0..1 + rng.below(4) {
            match rng.below(4) {
                0 => text.push_str(pieces[rng.below(pieces.len())]),
                1 => {
                    // Any character at all.
                    let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}');
                    text.push(c);
                }
                _ => text.push_str(&slice(&mut rng)),
            }
        }
        if parse(&text).is_ok() {
            parsed += 1;
        }
    }
    assert!(parsed > 0);
    // `match` and `case` stay names.
    ok("match = 1\nmatch.x = case = _ = 2\nmatch(x)\nprint(match, case)\n");
    // The whole corpus is valid.
    ok(CORPUS);
}
