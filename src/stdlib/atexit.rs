//! `atexit`: the registry is Python (`src/lib_py/atexit.py`); the shutdown calls what it holds.

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use corun_macros::function;

crate::python_module!("atexit", "atexit.py");
crate::native_module!("_atexit", init);

pub fn init(_ip: &Interp, m: &std::rc::Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "_atexit");
    Ok(())
}

/// `atexit._run_exitfuncs()`: what the shutdown does, now.
#[function(_atexit, "_run_exitfuncs()")]
fn run_exitfuncs(ip: &Interp) -> PyResult<()> {
    run_callbacks(ip);
    Ok(())
}

/// Calls the functions registered with `atexit.register`, last first, reporting what they
/// raise as CPython does ("Exception ignored in atexit callback: …") and going on. Nothing
/// happens unless the program imported `atexit`.
pub fn run_callbacks(ip: &Interp) {
    let Some(Value::Module(m)) = ip.modules.borrow().get(&intern("atexit")).cloned() else {
        return;
    };
    let Some(Value::List(handlers)) = m.get(intern("_handlers")) else {
        return;
    };
    // What is registered while they run waits: CPython calls only those registered before.
    let entries = std::mem::take(&mut *handlers.items.borrow_mut());
    for entry in entries.iter().rev() {
        let Value::Tuple(t) = entry else { continue };
        let (func, args, kwargs) = (&t.items[0], &t.items[1], &t.items[2]);
        let mut a: crate::eval::call::Args = match args {
            Value::Tuple(x) => x.items.iter().cloned().collect(),
            _ => Default::default(),
        };
        let kw: Vec<_> = match kwargs {
            Value::Tuple(x) => x
                .items
                .iter()
                .filter_map(|p| match p {
                    Value::Tuple(p) => match &p.items[0] {
                        Value::Str(k) => Some((intern(&k.s), p.items[1].clone())),
                        _ => None,
                    },
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        if let Err(e) = crate::eval::call::call_value(ip, func, &mut a, &kw) {
            let r = crate::runtime::repr::repr(ip, func).unwrap_or_default();
            ip.flush_out();
            ip.write_err(&format!("Exception ignored in atexit callback: {}\n", r));
            ip.write_err(&crate::diagnostics::format_traceback(ip, &e));
        }
    }
}
