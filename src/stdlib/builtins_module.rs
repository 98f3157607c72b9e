//! `builtins`: the module holding the builtin names, for programs that import it (`pickle`
//! finds `len` or `int` there by name).

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let mut names: Vec<_> = ip.builtin_names.iter().collect();
    names.sort_by_key(|(_, &i)| i);
    for (&name, &i) in names {
        m.set(name, ip.builtins[i as usize].clone());
    }
    Ok(())
}

crate::native_module!("builtins", init);
