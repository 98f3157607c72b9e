//! `from __future__ import annotations` (PEP 563): in a module that starts with it, the
//! annotations of names in class bodies and at the module level, and of functions' parameters
//! and results, are kept as the text of their source instead of being evaluated, so a class
//! may name itself or a later class.

use super::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use super::span::Span;
use super::visit::{walk_stmt, Visitor};
use super::{SyntaxError, SyntaxErrorKind};
use crate::runtime::value::Value;

/// The features `from __future__ import` knows in Python 3.11.
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// `from __future__ import …` (CPython's compiler asks only the module's name, so a relative
/// `from .__future__ import …` counts too).
fn is_future_import(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), .. }
        if m.parts.len() == 1 && m.parts[0].as_str() == "__future__")
}

/// CPython's checks of `from __future__ import …`: such imports stand only at the top of a
/// module (after its docstring and other future imports), and name only known features.
pub fn check(module: &Module) -> Result<(), SyntaxError> {
    let err = |msg: String, at: Span| Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, at));
    let mut top = 0;
    for (i, s) in module.body.iter().enumerate() {
        match &s.kind {
            StmtKind::Expr(e) if i == 0 && matches!(&e.kind, ExprKind::Constant(Value::Str(_))) => {
            }
            StmtKind::ImportFrom { names, star, .. } if is_future_import(s) => {
                if *star {
                    return err("future feature * is not defined".into(), s.span);
                }
                for a in names {
                    let name = a.name.parts[0].as_str();
                    if name == "braces" {
                        return err("not a chance".into(), s.span);
                    }
                    if !FEATURES.contains(&name) {
                        return err(format!("future feature {name} is not defined"), s.span);
                    }
                }
            }
            _ => break,
        }
        top = i + 1;
    }
    /// The first `__future__` import found by the walk.
    struct Late(Option<Span>);
    impl<'a> Visitor<'a> for Late {
        fn stmt(&mut self, s: &'a Stmt) {
            if self.0.is_some() {
                return;
            }
            if is_future_import(s) {
                self.0 = Some(s.span);
                return;
            }
            walk_stmt(self, s)
        }
    }
    let mut late = Late(None);
    late.body(&module.body[top..]);
    match late.0 {
        Some(at) => err(
            "from __future__ imports must occur at the beginning of the file".into(),
            at,
        ),
        None => Ok(()),
    }
}

/// Rewrites the annotations of `module` into strings when it imports the feature.
pub fn apply(module: &mut Module, src: &str) {
    if imports_annotations(&module.body) {
        stringify(&mut module.body, src);
    }
}

/// Whether the `__future__` imports at the top of the module (after its docstring) name
/// `annotations`.
fn imports_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::Expr(e) if i == 0 && matches!(&e.kind, ExprKind::Constant(Value::Str(_))) => {
            }
            StmtKind::ImportFrom { names, .. } if is_future_import(s) => {
                if names
                    .iter()
                    .any(|a| a.name.parts.len() == 1 && a.name.parts[0].as_str() == "annotations")
                {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// An annotation as the text of its source; a string annotation is kept as its repr, as
/// `ast.unparse` writes it.
fn to_text(annotation: &mut Expr, src: &str) {
    let text = match &annotation.kind {
        ExprKind::Constant(Value::Str(t)) => crate::runtime::repr::str_repr(t.s.as_str()),
        _ => src
            .get(annotation.span.start as usize..annotation.span.end as usize)
            .unwrap_or_default()
            .to_string(),
    };
    annotation.kind = ExprKind::Constant(Value::string(text));
}

fn stringify(body: &mut [Stmt], src: &str) {
    for s in body {
        match &mut s.kind {
            StmtKind::AnnAssign { annotation, .. } => to_text(annotation, src),
            StmtKind::ClassDef { def, .. } => {
                if let Some(d) = std::rc::Rc::get_mut(def) {
                    stringify(&mut d.body, src);
                }
            }
            StmtKind::FunctionDef { def, .. } => {
                if let Some(d) = std::rc::Rc::get_mut(def) {
                    let p = &mut d.params;
                    let params = p.posonly.iter_mut().chain(p.args.iter_mut());
                    let params = params.chain(p.vararg.iter_mut()).chain(p.kwonly.iter_mut());
                    for param in params.chain(p.kwarg.iter_mut()) {
                        if let Some(a) = &mut param.annotation {
                            to_text(a, src);
                        }
                    }
                    if let Some(r) = &mut d.returns {
                        to_text(r, src);
                    }
                    stringify(&mut d.body, src);
                }
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                stringify(body, src);
                stringify(orelse, src);
            }
            StmtKind::With { body, .. } => stringify(body, src),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                stringify(body, src);
                for h in handlers {
                    stringify(&mut h.body, src);
                }
                stringify(orelse, src);
                stringify(finalbody, src);
            }
            _ => {}
        }
    }
}
