//! Heap objects other than the plain data types: functions, builtins, bound methods, classes,
//! modules.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::PyResult;
use crate::runtime::gc::{Trace, Trash, Visit};
use crate::runtime::swap::Swap;
use crate::runtime::value::Value;
use crate::syntax::ast::FunctionDef;

/// A closure cell: a variable shared between a function and the functions nested in it.
pub type CellRef = Rc<RefCell<Value>>;

/// A new cell holding `v` (tracked: closures refer to themselves through their cells).
#[inline]
pub fn new_cell(v: Value) -> CellRef {
    let c = Rc::new(RefCell::new(v));
    crate::runtime::gc::track(crate::runtime::gc::Kind::Cell, &c);
    c
}

impl Trace for RefCell<Value> {
    fn traverse(&self, v: &mut Visit) {
        match self.try_borrow() {
            Ok(x) => v.value(&x),
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut Trash) {
        if let Ok(mut x) = self.try_borrow_mut() {
            t.put(std::mem::replace(&mut *x, Value::Undef));
        }
    }
}

/// A function defined by `def`, `async def` or `lambda`.
pub struct Function {
    /// What it runs; `f.__code__ = g.__code__` replaces it.
    pub def: Swap<Rc<FunctionDef>>,
    pub module: Rc<ModuleObj>,
    /// The source file its `def` was read from (an entry of `Interp::files`): the module's,
    /// or the prompt entry that defined it.
    pub file: u32,
    /// Defaults of the last positional parameters, in order.
    /// Settable through `__defaults__`.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters, aligned with `def.params.kwonly` (`Undef` = none).
    pub kwdefaults: RefCell<Vec<Value>>,
    /// The free variables' cells, in the order of the scope's free names.
    pub closure: Vec<CellRef>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// What the program set on the function (`__dict__`, `__doc__` …), made on first use.
    pub attrs: RefCell<Option<Box<crate::runtime::function_attrs::FuncAttrs>>>,
    /// The name and qualified name of the coroutines and generators it makes, made once and
    /// shared by all of them.
    pub coro_names: std::cell::OnceCell<Rc<crate::runtime::coroutine::CoroNames>>,
}

impl Function {
    /// Makes a function object (tracked).
    pub fn make(f: Function) -> Rc<Function> {
        let f = Rc::new(f);
        crate::runtime::gc::track(crate::runtime::gc::Kind::Function, &f);
        f
    }

    /// The names of its coroutines, as they share them.
    pub fn shared_coro_names(&self) -> Rc<crate::runtime::coroutine::CoroNames> {
        self.coro_names
            .get_or_init(|| {
                crate::runtime::coroutine::CoroNames::at(
                    Rc::from(self.def.name.as_str()),
                    Rc::from(self.def.qualname.as_str()),
                    self.file,
                    self.def.span.start,
                )
            })
            .clone()
    }
}

impl Drop for Function {
    fn drop(&mut self) {
        crate::runtime::weakref::died(self as *const Function as usize);
    }
}

impl Trace for Function {
    fn traverse(&self, v: &mut Visit) {
        v.rc(&self.module);
        v.values(self.defaults.borrow().iter());
        v.values(self.kwdefaults.borrow().iter());
        for c in &self.closure {
            v.rc(c);
        }
        match self.attrs.try_borrow() {
            Ok(a) => {
                if let Some(a) = &*a {
                    a.traverse(v);
                }
            }
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut Trash) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            t.put(a.take());
        }
    }
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
    /// The declared signature (see `runtime::bind`); None for a function that checks its own
    /// arguments.
    pub sig: Option<&'static crate::runtime::bind::Sig>,
}

/// `obj.method` taken as a value.
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

impl BoundMethod {
    /// The bound method as a value (tracked: `obj.m = obj.method` is a cycle).
    pub fn value(m: BoundMethod) -> Value {
        let m = Rc::new(m);
        crate::runtime::gc::track(crate::runtime::gc::Kind::Method, &m);
        Value::BoundMethod(m)
    }
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        crate::runtime::weakref::died(self as *const BoundMethod as usize);
        crate::runtime::trashcan::drop_contents((
            std::mem::replace(&mut self.receiver, Value::None),
            std::mem::replace(&mut self.func, Value::None),
        ));
    }
}

impl Trace for BoundMethod {
    fn traverse(&self, v: &mut Visit) {
        v.value(&self.receiver);
        v.value(&self.func);
    }
    fn clear(&self, _t: &mut Trash) {}
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
    Complex,
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
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    /// A class of a natively written standard module (`collections.deque`, `itertools.count`, …).
    Native,
}

/// A class's namespace, in definition order (`__dict__`, dataclass fields and enum members keep it).
pub type ClassDict =
    indexmap::IndexMap<Symbol, Value, std::hash::BuildHasherDefault<rustc_hash::FxHasher>>;

pub struct Class {
    pub name: Symbol,
    pub qualname: String,
    pub module: &'static str,
    /// The builtin layout of instances (`Object` for plain user classes).
    pub kind: ClassKind,
    /// The base whose layout instances have (the first base for single inheritance).
    pub base: Swap<Option<Rc<Class>>>,
    /// The bases as written (`__bases__`, which a program may assign).
    pub bases: Swap<Vec<Rc<Class>>>,
    /// The method resolution order after the class itself (C3 linearisation, `object` last).
    pub mro: Swap<Vec<Rc<Class>>>,
    pub dict: RefCell<ClassDict>,
    /// Made by a `class` statement (its attributes may be set; its instances are `Instance`s).
    pub user: bool,
    /// The metaclass when it is not `type` (`class C(metaclass=M)`).
    pub meta: RefCell<Option<Rc<Class>>>,
    /// `__abstractmethods__` is set and not empty: instances cannot be made.
    pub is_abstract: std::cell::Cell<bool>,
    /// For a class whose instances have no `__dict__` (`__slots__` all the way up): the
    /// attribute names they may take.
    pub slots: Option<Rc<[Symbol]>>,
    /// Whether the attributes of this class's instances are plain (see
    /// `classes::plain_instance_attrs`), as found at a class epoch: `epoch << 1 | plain`, 0
    /// when not found yet.
    pub plain_attrs: std::cell::Cell<u64>,
    /// `__new__` and `__init__` as found along the MRO, with the class epoch they were found
    /// in (see `classes::constructors`).
    pub ctors: RefCell<Option<Constructors>>,
    /// Whether the class has a `__del__`, as found at a class epoch: `epoch << 1 | has`, 0
    /// when not found yet (see `finalize::class_del`).
    pub del_cache: std::cell::Cell<u64>,
    /// Which of the special methods in `classes::UserSpecials` the program wrote for this
    /// class (or a base), as found at a class epoch: `epoch << 8 | bits`, 0 when not found yet.
    /// Lets a truth test or `==` of an instance skip looking for methods it does not have.
    pub user_specials: std::cell::Cell<u64>,
    /// What `lookup` found for predefined names (the special methods among them), valid for
    /// one class epoch: CPython's type attribute cache, for the names operators look up.
    pub specials: RefCell<SpecialCache>,
}

/// The results of `Class::lookup`, each with the class epoch it was found in (so a new epoch
/// costs nothing until a name is asked for again): every predefined name has its own entry,
/// other names (`list.insert`, a user method) share a few entries picked by symbol number.
#[derive(Default)]
pub struct SpecialCache {
    /// By symbol number (made at the first look-up); epoch 0 is never current.
    found: Vec<(u64, Option<Value>)>,
    /// Other names by `symbol % OTHER_SETS`, two entries to a set (made at the first look-up):
    /// the symbol, the epoch and what was found; a third name of a set replaces the older.
    others: Vec<(Symbol, u64, Option<Value>)>,
}

/// How many sets of two entries a class keeps for names that are not predefined.
const OTHER_SETS: usize = 32;

impl SpecialCache {
    /// The cached result for `i`, if it was found at `epoch`.
    #[inline]
    fn get(&self, epoch: u64, i: usize) -> Option<Option<Value>> {
        match self.found.get(i) {
            Some((e, v)) if *e == epoch => Some(v.clone()),
            _ => None,
        }
    }

    fn put(&mut self, epoch: u64, i: usize, v: Option<Value>) {
        if self.found.is_empty() {
            self.found = vec![(0, None); crate::intern::PREDEFINED_COUNT];
        }
        self.found[i] = (epoch, v);
    }

    /// The cached result for a name that is not predefined, if it was found at `epoch`.
    #[inline]
    fn get_other(&self, epoch: u64, name: Symbol) -> Option<Option<Value>> {
        let set = name.0 as usize % OTHER_SETS * 2;
        let pair = self.others.get(set..set + 2)?;
        pair.iter()
            .find(|(n, e, _)| *n == name && *e == epoch)
            .map(|(_, _, v)| v.clone())
    }

    /// Caches `v` for a name that is not predefined as the first entry of its set, the name
    /// that was first moving second (so two methods called in turn whose numbers share a set
    /// both stay); returns what it pushed out, for the caller to drop once the cache is no
    /// longer borrowed.
    fn put_other(&mut self, epoch: u64, name: Symbol, v: Option<Value>) -> Option<Value> {
        if self.others.is_empty() {
            self.others = vec![(Symbol(0), 0, None); OTHER_SETS * 2];
        }
        let set = name.0 as usize % OTHER_SETS * 2;
        let pair = &mut self.others[set..set + 2];
        let out = if pair[0].0 == name {
            std::mem::take(&mut pair[0].2)
        } else {
            let second = std::mem::replace(&mut pair[0], (Symbol(0), 0, None));
            std::mem::replace(&mut pair[1], second).2
        };
        pair[0] = (name, epoch, v);
        out
    }

    /// What the cache holds, for the collector.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.found
            .iter()
            .filter_map(|(_, v)| v.as_ref())
            .chain(self.others.iter().filter_map(|(_, _, v)| v.as_ref()))
    }

    /// Empties the cache (its values dropped by the caller, later).
    pub fn take(&mut self) -> SpecialCache {
        std::mem::take(self)
    }
}

impl Class {
    /// Makes a class object (tracked when made by the program).
    pub fn make(c: Class) -> Rc<Class> {
        let user = c.user;
        let c = Rc::new(c);
        if user {
            crate::runtime::gc::track(crate::runtime::gc::Kind::Class, &c);
        }
        c
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        crate::runtime::weakref::died(self as *const Class as usize);
    }
}

impl Trace for Class {
    fn traverse(&self, v: &mut Visit) {
        match self.dict.try_borrow() {
            Ok(d) => v.values(d.values()),
            Err(_) => return v.busy(),
        }
        if let Some(b) = &*self.base {
            v.rc(b);
        }
        for b in self.bases.iter().chain(self.mro.iter()) {
            v.rc(b);
        }
        match self.meta.try_borrow() {
            Ok(m) => {
                if let Some(m) = &*m {
                    v.rc(m);
                }
            }
            Err(_) => return v.busy(),
        }
        match self.ctors.try_borrow() {
            Ok(c) => {
                if let Some((_, new, init)) = &*c {
                    v.values(new.iter().chain(init.iter()));
                }
            }
            Err(_) => v.busy(),
        }
        match self.specials.try_borrow() {
            Ok(c) => v.values(c.values()),
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut Trash) {
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            t.put(std::mem::take(&mut *d));
        }
        if let Ok(mut m) = self.meta.try_borrow_mut() {
            t.put(m.take());
        }
        if let Ok(mut c) = self.ctors.try_borrow_mut() {
            t.put(c.take());
        }
        if let Ok(mut c) = self.specials.try_borrow_mut() {
            t.put(c.take());
        }
        class_changed();
    }
}

/// A class's `__new__` and `__init__` as found along its MRO, and the class epoch they were
/// found in.
pub type Constructors = (u64, Option<Value>, Option<Value>);

thread_local! {
    /// Moves on whenever an attribute of a class is set or deleted after the class is made:
    /// what is cached about classes holds only for the epoch it was found in.
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The current class epoch.
#[inline]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Notes that the attributes of some class changed.
pub fn class_changed() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

impl Class {
    pub fn new_builtin(
        name: &str,
        module: &'static str,
        kind: ClassKind,
        base: Option<Rc<Class>>,
    ) -> Rc<Class> {
        let mut mro = Vec::new();
        if let Some(b) = &base {
            mro.push(b.clone());
            mro.extend(b.mro.iter().cloned());
        }
        Class::make(Class {
            name: crate::intern::intern(name),
            qualname: name.to_string(),
            module,
            kind,
            bases: Swap::new(base.iter().cloned().collect()),
            base: Swap::new(base),
            mro: Swap::new(mro),
            dict: RefCell::new(ClassDict::default()),
            user: false,
            meta: RefCell::new(None),
            is_abstract: std::cell::Cell::new(false),
            slots: None,
            plain_attrs: std::cell::Cell::new(0),
            ctors: RefCell::new(None),
            del_cache: std::cell::Cell::new(0),
            user_specials: std::cell::Cell::new(0),
            specials: Default::default(),
        })
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        if Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other)) {
            return true;
        }
        // `object` is the root of every class, builtin exceptions included.
        other.kind == ClassKind::Object && other.base.is_none() && !other.user
    }

    /// Looks an attribute up along the method resolution order.
    #[inline]
    pub fn lookup(self: &Rc<Class>, name: Symbol) -> Option<Value> {
        let i = name.0 as usize;
        if i < crate::intern::PREDEFINED_COUNT {
            let epoch = class_epoch();
            if let Some(v) = self.specials.borrow().get(epoch, i) {
                return v;
            }
            let v = self.lookup_uncached(name);
            self.specials.borrow_mut().put(epoch, i, v.clone());
            return v;
        }
        self.lookup_other(name)
    }

    /// `lookup` of a name that is not predefined, through the class's few shared entries.
    #[inline(never)]
    fn lookup_other(self: &Rc<Class>, name: Symbol) -> Option<Value> {
        let epoch = class_epoch();
        if let Some(v) = self.specials.borrow().get_other(epoch, name) {
            return v;
        }
        let v = self.lookup_uncached(name);
        let old = self.specials.borrow_mut().put_other(epoch, name, v.clone());
        drop(old);
        v
    }

    /// `lookup` along the MRO, without the cache.
    fn lookup_uncached(self: &Rc<Class>, name: Symbol) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(&name) {
            return Some(v.clone());
        }
        for k in self.mro.iter() {
            if let Some(v) = k.dict.borrow().get(&name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Like `lookup`, but also says which class of the MRO holds the attribute.
    pub fn lookup_in(self: &Rc<Class>, name: Symbol) -> Option<(Value, Rc<Class>)> {
        if let Some(v) = self.dict.borrow().get(&name) {
            return Some((v.clone(), self.clone()));
        }
        for k in self.mro.iter() {
            if let Some(v) = k.dict.borrow().get(&name) {
                return Some((v.clone(), k.clone()));
            }
        }
        None
    }

    /// The name error messages give the type: `__name__`, but `datetime.date` for the classes
    /// of the modules CPython writes in C and corun ships in Python (CPython names those by
    /// their `tp_name`, which carries the module).
    pub fn type_name(&self) -> String {
        if self.user && self.module == "datetime" {
            format!("datetime.{}", self.name)
        } else if self.user {
            self.name.as_str().to_string()
        } else {
            self.qualname.clone()
        }
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

thread_local! {
    /// The module whose `globals()` dict each watched dict is, by the dict's address.
    static NS_OWNERS: RefCell<FxHashMap<usize, *const ModuleObj>> =
        RefCell::new(FxHashMap::default());
}

impl Drop for ModuleObj {
    fn drop(&mut self) {
        let this = self as *const ModuleObj;
        let _ = NS_OWNERS.try_with(|o| {
            if let Ok(mut o) = o.try_borrow_mut() {
                o.retain(|_, m| *m != this);
            }
        });
        crate::runtime::weakref::died(self as *const ModuleObj as usize);
    }
}

impl Trace for ModuleObj {
    fn traverse(&self, v: &mut Visit) {
        match self.slots.try_borrow() {
            Ok(s) => v.values(s.iter()),
            Err(_) => v.busy(),
        }
        match self.ns_dict.try_borrow() {
            Ok(d) => {
                if let Some((d, seen)) = &*d {
                    v.rc(d);
                    v.values(seen.iter());
                }
            }
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut Trash) {
        if let Ok(mut s) = self.slots.try_borrow_mut() {
            let n = s.len();
            t.put(std::mem::replace(&mut *s, vec![Value::Undef; n]));
        }
        if let Ok(mut d) = self.ns_dict.try_borrow_mut() {
            t.put(d.take());
        }
    }
}

/// A module: its global slots (indexed by the resolver) and the name → slot table.
pub struct ModuleObj {
    pub name: Symbol,
    /// The source file id (in the interpreter's file table), if the module came from a file.
    pub file_id: std::cell::Cell<Option<u32>>,
    pub slots: RefCell<Vec<Value>>,
    pub index: RefCell<FxHashMap<Symbol, u32>>,
    /// Names in the order they got slots.
    pub names: RefCell<Vec<Symbol>>,
    /// Its body is running (an import cycle can see it half made).
    pub initializing: std::cell::Cell<bool>,
    /// The dict `globals()` returned, with the slot values it was last brought into step
    /// with (see `eval::dynamic`).
    pub ns_dict: RefCell<Option<(Rc<crate::runtime::dict::PyDict>, Vec<Value>)>>,
    /// Where the import system found it (its repr and `__spec__` say so).
    pub kind: std::cell::Cell<ModuleKind>,
    /// Its `__loader__`, `__spec__` (and `__cached__`) have slots but are made only when first
    /// read (`modules::fill_import_attrs`): making them takes `importlib`, which most
    /// programs never import.
    pub import_attrs_pending: std::cell::Cell<bool>,
    /// The subclass of `types.ModuleType` it is an instance of (`class M(ModuleType)`,
    /// `module.__class__ = M`); None for a plain module.
    pub class: RefCell<Option<Rc<Class>>>,
}

/// How the import system came to a module: what its `__spec__` describes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ModuleKind {
    /// Made by the program (`types.ModuleType(name)`), or a REPL's `__main__`.
    Made,
    /// Written natively (`BuiltinImporter`, origin "built-in").
    Builtin,
    /// Python shipped inside corun (`FrozenImporter`, origin "frozen", as CPython 3.11's
    /// frozen standard modules).
    Frozen,
    /// A `.py` file found on `sys.path`.
    File,
    /// The script run as `__main__` (its loader is the file's, its spec None).
    Script,
    /// The module run as `__main__` by `-m` (its spec is the module's, under its own name).
    RunModule,
    /// `__main__` run from `-c` or standard input.
    Code,
}

impl ModuleObj {
    pub fn new(name: Symbol, file_id: Option<u32>) -> Rc<ModuleObj> {
        let m = Rc::new(ModuleObj {
            name,
            file_id: std::cell::Cell::new(file_id),
            slots: RefCell::new(Vec::new()),
            index: RefCell::new(FxHashMap::default()),
            names: RefCell::new(Vec::new()),
            initializing: std::cell::Cell::new(false),
            ns_dict: RefCell::new(None),
            kind: std::cell::Cell::new(ModuleKind::Made),
            import_attrs_pending: std::cell::Cell::new(false),
            class: RefCell::new(None),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Module, &m);
        m
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
        // No slot at all once `clear` emptied the module at shutdown.
        match self.slots.borrow().get(i as usize)? {
            Value::Undef => None,
            v => Some(v.clone()),
        }
    }

    /// `get` from an attribute expression, which keeps in `hint` the slot it found its name
    /// in last (`math.sqrt` finds `sqrt` there again): a name keeps its slot for the module's
    /// life, so a hint naming the same name is the answer without hashing.
    #[inline]
    pub fn get_at(&self, name: Symbol, hint: &std::cell::Cell<u32>) -> Option<Value> {
        let h = hint.get() as usize;
        if self.names.borrow().get(h) == Some(&name) {
            return match self.slots.borrow().get(h)? {
                Value::Undef => None,
                v => Some(v.clone()),
            };
        }
        let i = *self.index.borrow().get(&name)?;
        hint.set(i);
        match self.slots.borrow().get(i as usize)? {
            Value::Undef => None,
            v => Some(v.clone()),
        }
    }

    pub fn set(&self, name: Symbol, v: Value) {
        let i = self.slot_of(name);
        // Dropped after the borrow: dropping may run `__del__`.
        let old = std::mem::replace(&mut self.slots.borrow_mut()[i as usize], v);
        drop(old);
    }

    /// Makes `d` this module's `globals()` dict: a program's writes through it reach the
    /// slots at once (`dict_written`).
    pub fn watch_dict(&self, d: &crate::runtime::dict::PyDict) {
        d.watch();
        let key = d as *const crate::runtime::dict::PyDict as usize;
        NS_OWNERS.with(|o| o.borrow_mut().insert(key, self as *const ModuleObj));
    }

    /// `d[k] = v` (`v` None: `del d[k]`) on a watched dict: the module's slot follows, and
    /// the copy its dict is compared with (so the next bringing into step sees no change).
    /// Nothing happens while the dict is being brought into step with the module.
    pub fn dict_written(d: &crate::runtime::dict::PyDict, k: &Value, v: Option<&Value>) {
        let Value::Str(s) = k else {
            return;
        };
        let key = d as *const crate::runtime::dict::PyDict as usize;
        let Some(m) = NS_OWNERS.with(|o| o.borrow().get(&key).copied()) else {
            return;
        };
        // SAFETY: a module takes its entry out of the table when it is dropped, so one found
        // there is alive; it is not used after the old value is dropped below.
        let m = unsafe { &*m };
        let new = v.cloned().unwrap_or(Value::Undef);
        let name = crate::intern::intern(&s.s);
        let shadow_old = {
            let Ok(mut ns) = m.ns_dict.try_borrow_mut() else {
                return;
            };
            let Some((nd, shadow)) = ns.as_mut() else {
                return;
            };
            if !std::ptr::eq(Rc::as_ptr(nd), d) {
                return;
            }
            let i = m.slot_of(name) as usize;
            if shadow.len() <= i {
                shadow.resize(i + 1, Value::Undef);
            }
            std::mem::replace(&mut shadow[i], new.clone())
        };
        let i = m.slot_of(name) as usize;
        // Dropped after the borrow: dropping may run `__del__`.
        let old = match m.slots.borrow_mut().get_mut(i) {
            Some(slot) => std::mem::replace(slot, new),
            None => Value::Undef,
        };
        drop(old);
        drop(shadow_old);
    }

    /// Drops every global, as CPython clears a module at shutdown.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.slots.borrow_mut());
        drop(old);
    }
}
