//! `_types`: the builtin classes a program cannot reach by calling something harmless (a
//! coroutine's class, without making a coroutine that would warn it was never awaited), for
//! the `types` module (`src/lib_py/types.py`, which names the rest in Python).

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::coroutine::CoKind;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;

fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let t = &ip.types;
    let set = |name: &str, c: &Rc<crate::runtime::object::Class>| {
        m.set(intern(name), Value::Class(c.clone()))
    };
    set("coroutine", &t.coroutine);
    set("generator", &t.generator);
    set(
        "async_generator",
        &crate::runtime::async_gen::class_of(ip, CoKind::AsyncGenerator),
    );
    set("cell", &crate::runtime::function_attrs::cell_class(ip));
    set("method", &t.method);
    set("function", &t.function);
    set("builtin_function", &t.builtin_function);
    set("module", &t.module);
    // corun's slots and computed attributes are not descriptor objects a program can reach:
    // these two classes stand for CPython's, so the names exist and refuse to be called.
    set("getset_descriptor", &crate::stdlib::class(ip, &GETSET));
    set("member_descriptor", &crate::stdlib::class(ip, &MEMBER));
    Ok(())
}

static GETSET: crate::stdlib::ClassSpec = crate::stdlib::ClassSpec {
    key: "builtins.getset_descriptor",
    module: "builtins",
    name: "getset_descriptor",
    base: None,
    new: None,
    methods: &[],
};
static MEMBER: crate::stdlib::ClassSpec = crate::stdlib::ClassSpec {
    key: "builtins.member_descriptor",
    module: "builtins",
    name: "member_descriptor",
    base: None,
    new: None,
    methods: &[],
};

crate::native_module!("_types", init);
crate::python_module!("types", "types.py");
