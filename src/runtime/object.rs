//! Heap objects other than the plain data types: functions, builtins, bound methods, classes,
//! modules.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use crate::syntax::ast::FunctionDef;

/// A closure cell: a variable shared between a function and the functions nested in it.
pub type CellRef = Rc<RefCell<Value>>;

/// A function defined by `def`, `async def` or `lambda`.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub module: Rc<ModuleObj>,
    /// Defaults of the last positional parameters, in order.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, aligned with `def.params.kwonly` (`Undef` = none).
    pub kwdefaults: Vec<Value>,
    /// The free variables' cells, in the order of the scope's free names.
    pub closure: Vec<CellRef>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// What the program set on the function (`__dict__`, `__doc__` …), made on first use.
    pub attrs: RefCell<Option<Box<crate::runtime::function_attrs::FuncAttrs>>>,
}

/// Keyword arguments as passed to a call: name and value, in the order written.
pub type Kwargs = [(Symbol, Value)];

pub type BuiltinImpl = fn(&Interp, &[Value], &Kwargs) -> PyResult<Value>;

/// A function implemented in Rust: a builtin like `print`, a module function like
/// `asyncio.sleep`, or a method of a builtin type (then the receiver is the first argument).
pub struct BuiltinFn {
    pub name: &'static str,
    /// For methods: the type's name (`list`), so reprs can say `<built-in method append of …>`.
    pub owner: Option<&'static str>,
    pub call: BuiltinImpl,
}

/// `obj.method` taken as a value.
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// Which builtin layout instances of a class have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClassKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Range,
    Function,
    BuiltinFunction,
    Method,
    Coroutine,
    Generator,
    Iterator,
    Future,
    Task,
    Module,
    Ellipsis,
    NotImplementedType,
    Dict,
    DictView,
    Set,
    FrozenSet,
    /// BaseException or a subclass of it.
    Exception,
}

pub struct Class {
    pub name: Symbol,
    pub qualname: String,
    pub module: &'static str,
    pub kind: ClassKind,
    pub base: Option<Rc<Class>>,
    pub dict: RefCell<FxHashMap<Symbol, Value>>,
}

impl Class {
    pub fn new_builtin(
        name: &str,
        module: &'static str,
        kind: ClassKind,
        base: Option<Rc<Class>>,
    ) -> Rc<Class> {
        Rc::new(Class {
            name: crate::intern::intern(name),
            qualname: name.to_string(),
            module,
            kind,
            base,
            dict: RefCell::new(FxHashMap::default()),
        })
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if Rc::ptr_eq(k, other) {
                return true;
            }
            c = k.base.as_ref();
        }
        // ExceptionGroup has two bases, BaseExceptionGroup and Exception; `base` is the first.
        other.kind == ClassKind::Exception
            && other.module == "builtins"
            && other.name.as_str() == "Exception"
            && self.kind == ClassKind::Exception
            && self.is_subclass_named("ExceptionGroup")
    }

    fn is_subclass_named(self: &Rc<Class>, name: &str) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if k.module == "builtins" && k.name.as_str() == name {
                return true;
            }
            c = k.base.as_ref();
        }
        false
    }

    /// Looks an attribute up along the class chain.
    pub fn lookup(self: &Rc<Class>, name: Symbol) -> Option<Value> {
        let mut c = Some(self);
        while let Some(k) = c {
            if let Some(v) = k.dict.borrow().get(&name) {
                return Some(v.clone());
            }
            c = k.base.as_ref();
        }
        None
    }

    /// `module.QualName`, or just the name for builtins.
    pub fn full_name(&self) -> String {
        if self.module == "builtins" {
            self.qualname.clone()
        } else {
            format!("{}.{}", self.module, self.qualname)
        }
    }
}

/// A module: its global slots (indexed by the resolver) and the name → slot table.
pub struct ModuleObj {
    pub name: Symbol,
    /// The source file id (in the interpreter's file table), if the module came from a file.
    pub file_id: Option<u32>,
    pub slots: RefCell<Vec<Value>>,
    pub index: RefCell<FxHashMap<Symbol, u32>>,
    /// Names in the order they got slots.
    pub names: RefCell<Vec<Symbol>>,
}

impl ModuleObj {
    pub fn new(name: Symbol, file_id: Option<u32>) -> Rc<ModuleObj> {
        Rc::new(ModuleObj {
            name,
            file_id,
            slots: RefCell::new(Vec::new()),
            index: RefCell::new(FxHashMap::default()),
            names: RefCell::new(Vec::new()),
        })
    }

    /// The slot of `name`, made (unset) if it has none yet.
    pub fn slot_of(&self, name: Symbol) -> u32 {
        if let Some(&i) = self.index.borrow().get(&name) {
            return i;
        }
        let i = self.names.borrow().len() as u32;
        self.index.borrow_mut().insert(name, i);
        self.names.borrow_mut().push(name);
        self.slots.borrow_mut().push(Value::Undef);
        i
    }

    pub fn get(&self, name: Symbol) -> Option<Value> {
        let i = *self.index.borrow().get(&name)?;
        match &self.slots.borrow()[i as usize] {
            Value::Undef => None,
            v => Some(v.clone()),
        }
    }

    pub fn set(&self, name: Symbol, v: Value) {
        let i = self.slot_of(name);
        self.slots.borrow_mut()[i as usize] = v;
    }

    /// Drops every global, as CPython clears a module at shutdown.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.slots.borrow_mut());
        drop(old);
    }
}
