//! Interned identifiers: every name in a program becomes a `Symbol` (a u32) once, at parse time,
//! so the evaluator compares and hashes integers, never strings.

use std::sync::Mutex;

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(pub u32);

struct Interner {
    map: rustc_hash::FxHashMap<&'static str, Symbol>,
    names: Vec<&'static str>,
}

static INTERNER: Mutex<Option<Interner>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut Interner) -> R) -> R {
    let mut guard = INTERNER.lock().unwrap_or_else(|e| e.into_inner());
    let interner = guard.get_or_insert_with(|| {
        let mut i = Interner {
            map: rustc_hash::FxHashMap::default(),
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
        /// How many symbols are predefined: their numbers are below this.
        pub const PREDEFINED_COUNT: usize = PREDEFINED.len();
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
    __add__ = "__add__",
    __radd__ = "__radd__",
    __iadd__ = "__iadd__",
    __sub__ = "__sub__",
    __rsub__ = "__rsub__",
    __isub__ = "__isub__",
    __mul__ = "__mul__",
    __rmul__ = "__rmul__",
    __imul__ = "__imul__",
    __matmul__ = "__matmul__",
    __rmatmul__ = "__rmatmul__",
    __imatmul__ = "__imatmul__",
    __truediv__ = "__truediv__",
    __rtruediv__ = "__rtruediv__",
    __itruediv__ = "__itruediv__",
    __floordiv__ = "__floordiv__",
    __rfloordiv__ = "__rfloordiv__",
    __ifloordiv__ = "__ifloordiv__",
    __mod__ = "__mod__",
    __rmod__ = "__rmod__",
    __imod__ = "__imod__",
    __pow__ = "__pow__",
    __rpow__ = "__rpow__",
    __ipow__ = "__ipow__",
    __lshift__ = "__lshift__",
    __rlshift__ = "__rlshift__",
    __ilshift__ = "__ilshift__",
    __rshift__ = "__rshift__",
    __rrshift__ = "__rrshift__",
    __irshift__ = "__irshift__",
    __or__ = "__or__",
    __ror__ = "__ror__",
    __ior__ = "__ior__",
    __xor__ = "__xor__",
    __rxor__ = "__rxor__",
    __ixor__ = "__ixor__",
    __and__ = "__and__",
    __rand__ = "__rand__",
    __iand__ = "__iand__",
    __get__ = "__get__",
    __set__ = "__set__",
    __delete__ = "__delete__",
    __missing__ = "__missing__",
    __reversed__ = "__reversed__",
    __round__ = "__round__",
    __divmod__ = "__divmod__",
    __rdivmod__ = "__rdivmod__",
    __del__ = "__del__",
    __delattr__ = "__delattr__",
    __getattribute__ = "__getattribute__",
    __class_getitem__ = "__class_getitem__",
    __init_subclass__ = "__init_subclass__",
    __set_name__ = "__set_name__",
    __mro_entries__ = "__mro_entries__",
    __prepare__ = "__prepare__",
    __slots__ = "__slots__",
    __abstractmethods__ = "__abstractmethods__",
    __annotations__ = "__annotations__",
    __all__ = "__all__",
    __package__ = "__package__",
    __wrapped__ = "__wrapped__",
    __match_args__ = "__match_args__",
    __length_hint__ = "__length_hint__",
    __trunc__ = "__trunc__",
    __floor__ = "__floor__",
    __ceil__ = "__ceil__",
    __complex__ = "__complex__",
    __bytes__ = "__bytes__",
    __fspath__ = "__fspath__",
    __instancecheck__ = "__instancecheck__",
    __subclasscheck__ = "__subclasscheck__",
    __dir__ = "__dir__",
    __sizeof__ = "__sizeof__",
    __reduce__ = "__reduce__",
    __reduce_ex__ = "__reduce_ex__",
    __copy__ = "__copy__",
    __deepcopy__ = "__deepcopy__",
    __getstate__ = "__getstate__",
    __setstate__ = "__setstate__",
    __weakref__ = "__weakref__",
    __objclass__ = "__objclass__",
    __self__ = "__self__",
    __func__ = "__func__",
    __defaults__ = "__defaults__",
    __kwdefaults__ = "__kwdefaults__",
    __code__ = "__code__",
    __globals__ = "__globals__",
    __closure__ = "__closure__",
    __bases__ = "__bases__",
    __mro__ = "__mro__",
    __base__ = "__base__",
    __subclasses__ = "__subclasses__",
    __text_signature__ = "__text_signature__",
    __orig_bases__ = "__orig_bases__",
    __parameters__ = "__parameters__",
    __origin__ = "__origin__",
    __args__ = "__args__",
    get = "get",
    append = "append",
    sys = "sys",
    stdout = "stdout",
    stderr = "stderr",
    __loader__ = "__loader__",
    __spec__ = "__spec__",
    __cached__ = "__cached__",
}
