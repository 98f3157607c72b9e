//! Interned identifiers: every name in a program becomes a `Symbol` (a u32) once, at parse time,
//! so the evaluator compares and hashes integers, never strings.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(pub u32);

struct Interner {
    map: HashMap<&'static str, Symbol>,
    names: Vec<&'static str>,
}

static INTERNER: Mutex<Option<Interner>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut Interner) -> R) -> R {
    let mut guard = INTERNER.lock().unwrap_or_else(|e| e.into_inner());
    let interner = guard.get_or_insert_with(|| {
        let mut i = Interner {
            map: HashMap::new(),
            names: Vec::new(),
        };
        for name in PREDEFINED {
            i.add(name);
        }
        i
    });
    f(interner)
}

impl Interner {
    fn add(&mut self, s: &str) -> Symbol {
        if let Some(&sym) = self.map.get(s) {
            return sym;
        }
        let leaked: &'static str = Box::leak(s.to_owned().into_boxed_str());
        let sym = Symbol(self.names.len() as u32);
        self.names.push(leaked);
        self.map.insert(leaked, sym);
        sym
    }
}

/// Interns `s`, returning its symbol (the same symbol for the same text, always).
pub fn intern(s: &str) -> Symbol {
    with(|i| i.add(s))
}

impl Symbol {
    pub fn as_str(self) -> &'static str {
        with(|i| i.names[self.0 as usize])
    }
}

impl std::fmt::Debug for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_str())
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! predefined {
    ($($konst:ident = $text:expr),* $(,)?) => {
        const PREDEFINED: &[&str] = &[$($text),*];
        #[allow(non_upper_case_globals, dead_code)]
        pub mod sym {
            use super::Symbol;
            predefined!(@consts 0u32; $($konst)*);
        }
    };
    (@consts $n:expr; $first:ident $($rest:ident)*) => {
        pub const $first: Symbol = Symbol($n);
        predefined!(@consts $n + 1u32; $($rest)*);
    };
    (@consts $n:expr;) => {};
}

predefined! {
    __name__ = "__name__",
    __main__ = "__main__",
    __init__ = "__init__",
    __doc__ = "__doc__",
    __qualname__ = "__qualname__",
    __module__ = "__module__",
    __file__ = "__file__",
    __builtins__ = "__builtins__",
    lambda = "<lambda>",
    module = "<module>",
    listcomp = "<listcomp>",
    setcomp = "<setcomp>",
    dictcomp = "<dictcomp>",
    genexpr = "<genexpr>",
    asyncio = "asyncio",
    sep = "sep",
    end = "end",
    file = "file",
    flush = "flush",
    result = "result",
    name = "name",
    key = "key",
    reverse = "reverse",
    default = "default",
    __class__ = "__class__",
    __dict__ = "__dict__",
    __new__ = "__new__",
    __repr__ = "__repr__",
    __str__ = "__str__",
    __len__ = "__len__",
    __getattr__ = "__getattr__",
    __setattr__ = "__setattr__",
    __hash__ = "__hash__",
    __eq__ = "__eq__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __contains__ = "__contains__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __call__ = "__call__",
    __enter__ = "__enter__",
    __exit__ = "__exit__",
    __aenter__ = "__aenter__",
    __aexit__ = "__aexit__",
    __await__ = "__await__",
    __format__ = "__format__",
    __index__ = "__index__",
    __int__ = "__int__",
    __float__ = "__float__",
    __bool__ = "__bool__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __invert__ = "__invert__",
    __abs__ = "__abs__",
    __aiter__ = "__aiter__",
    __anext__ = "__anext__",
    super_ = "super",
    get = "get",
    append = "append",
}
