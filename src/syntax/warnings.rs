//! The SyntaxWarnings CPython's compiler gives for code that runs but is most likely a mistake
//! (`"is" with a literal`, `'int' object is not callable; perhaps you missed a comma?`), in the
//! order it gives them.

use super::ast::*;
use super::visit::{walk_expr, Scope, Visitor};
use crate::runtime::value::Value;

/// The warnings for a module's statements, added to `out`.
pub fn compiler_warnings(body: &[Stmt], out: &mut Vec<(u32, String)>) {
    Warnings { out }.body(body);
}

struct Warnings<'o> {
    out: &'o mut Vec<(u32, String)>,
}

impl<'a> Visitor<'a> for Warnings<'_> {
    fn stmt(&mut self, s: &'a Stmt) {
        if let StmtKind::Assert { test, .. } = &s.kind {
            if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                let msg = "assertion is always true, perhaps remove parentheses?";
                self.out.push((s.span.start, msg.into()));
            }
        }
        super::visit::walk_stmt(self, s);
    }

    /// A subscript stored to or deleted is not checked as one read is (its parts are).
    fn target(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Subscript { .. } => walk_expr(self, e),
            _ => self.expr(e),
        }
    }

    /// Decorators, the body, then the bases and keywords the class is made with.
    fn class(&mut self, c: &'a ClassDef) {
        c.decorators.iter().for_each(|e| self.expr(e));
        self.scope(Scope::Class(c));
        c.bases.iter().for_each(|e| self.expr(e));
        c.keywords.iter().for_each(|k| self.expr(&k.value));
    }

    /// The comprehension's own code first, then its first iterable (evaluated in the scope
    /// around it, to call that code with).
    fn comprehension(&mut self, c: &'a Comprehension) {
        self.scope(Scope::Comprehension(c));
        if let Some(g) = c.generators.first() {
            self.expr(&g.iter);
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        let out = &mut *self.out;
        match &e.kind {
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                // An identity test of a literal (what constant folding makes one of, too).
                let mut left_literal = folds_to_literal(left);
                for (op, c) in ops.iter().zip(comparators) {
                    let right_literal = folds_to_literal(c);
                    if matches!(op, CmpOp::Is | CmpOp::IsNot) && (left_literal || right_literal) {
                        let msg = if *op == CmpOp::Is {
                            "\"is\" with a literal. Did you mean \"==\"?"
                        } else {
                            "\"is not\" with a literal. Did you mean \"!=\"?"
                        };
                        out.push((e.span.start, msg.into()));
                        break;
                    }
                    left_literal = right_literal;
                }
            }
            ExprKind::Call { func, .. } => {
                if let Some(t) =
                    literal_type(func).filter(|_| !matches!(func.kind, ExprKind::Lambda(_)))
                {
                    let msg = format!("'{t}' object is not callable; perhaps you missed a comma?");
                    out.push((e.span.start, msg));
                }
            }
            ExprKind::Subscript { value, slice } => {
                if let Some(t) = not_subscriptable(value) {
                    let msg =
                        format!("'{t}' object is not subscriptable; perhaps you missed a comma?");
                    out.push((e.span.start, msg));
                } else if let (Some(t), Some(index)) = (sequence_type(value), literal_type(slice)) {
                    if index != "int" && index != "bool" {
                        let msg = format!(
                            "{t} indices must be integers or slices, not {index}; \
                             perhaps you missed a comma?"
                        );
                        out.push((e.span.start, msg));
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, e);
    }
}

/// Whether `e` is a literal other than None, True, False and `...`, once CPython has folded
/// its constants (`-1`, `(1, 2)`, `2 * 3`).
fn folds_to_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(v) => !matches!(v, Value::None | Value::Bool(_) | Value::Ellipsis),
        _ => folds_to_constant(e),
    }
}

/// Whether CPython's constant folding turns `e` into a constant.
fn folds_to_constant(e: &Expr) -> bool {
    let number = |e: &Expr| {
        matches!(
            &e.kind,
            ExprKind::Constant(Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_))
        )
    };
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp {
            op: UnaryOp::Neg | UnaryOp::Pos,
            operand,
        } => number(operand),
        ExprKind::UnaryOp {
            op: UnaryOp::Invert,
            operand,
        } => matches!(
            &operand.kind,
            ExprKind::Constant(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        ),
        ExprKind::Tuple(items) => items.iter().all(folds_to_constant),
        ExprKind::BinOp {
            left,
            op: BinOp::Add | BinOp::Sub | BinOp::Mult,
            right,
        } => number(left) && number(right),
        _ => false,
    }
}

/// The type of a literal that CPython warns is not callable when it is called.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Constant(v) => match v {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Ellipsis => "ellipsis",
            _ => return None,
        },
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict { .. } => "dict",
        ExprKind::Set(_) => "set",
        ExprKind::Comp(c) => match c.kind {
            CompKind::List => "list",
            CompKind::Set => "set",
            CompKind::Dict => "dict",
            CompKind::Generator => "generator",
        },
        ExprKind::JoinedStr(_) => "str",
        ExprKind::Lambda(_) => "function",
        _ => return None,
    })
}

/// The type of a literal that CPython warns cannot be subscripted when it is.
fn not_subscriptable(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(Value::Str(_) | Value::Bytes(_)) => None,
        ExprKind::Constant(_) | ExprKind::Set(_) | ExprKind::Lambda(_) => literal_type(e),
        ExprKind::Comp(c) if matches!(c.kind, CompKind::Set | CompKind::Generator) => {
            literal_type(e)
        }
        _ => None,
    }
}

/// The type of a literal sequence whose index CPython checks.
fn sequence_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(Value::Str(_) | Value::Bytes(_))
        | ExprKind::Tuple(_)
        | ExprKind::List(_)
        | ExprKind::JoinedStr(_) => literal_type(e),
        ExprKind::Comp(c) if c.kind == CompKind::List => literal_type(e),
        _ => None,
    }
}
