//! Classes made by `class` statements: running the body, building the class (C3 method resolution
//! order), making instances, attribute look-up with descriptors (`property`, `staticmethod`,
//! `classmethod`, `super()`), and calling the special methods the evaluator honours.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::call::{call_value, Args};
use crate::eval::{ops, sync, Frame, Interp, Slots};
use crate::intern::{intern, sym, Symbol};
use crate::runtime::exceptions::{ExcKind, ExcObj, PyResult};
use crate::runtime::instance::{Descr, Instance};
use crate::runtime::object::{BoundMethod, BuiltinFn, Class, ClassDict, ClassKind, Kwargs};
use crate::runtime::value::Value;
use crate::syntax::ast::{ClassDef, ExprKind};

// ---- the class statement ----

/// Runs a `class` statement: decorators and bases first, then the class is built (by
/// `builtins.__build_class__` when a program replaced it), and the decorators applied.
pub fn exec_class_def(ip: &Interp, f: &mut Frame, def: &Rc<ClassDef>) -> PyResult<Value> {
    let mut decorators = Vec::with_capacity(def.decorators.len());
    for d in &def.decorators {
        decorators.push(sync::eval(ip, f, d)?);
    }
    let mut bases: Vec<Value> = Vec::with_capacity(def.bases.len());
    for b in &def.bases {
        if let ExprKind::Starred(inner) = &b.kind {
            let v = sync::eval(ip, f, inner)?;
            bases.extend(ops::collect(ip, &v)?);
        } else {
            bases.push(sync::eval(ip, f, b)?);
        }
    }
    let mut class_kw: Vec<(Symbol, Value)> = Vec::new();
    let mut explicit_meta: Option<Value> = None;
    for k in &def.keywords {
        let v = sync::eval(ip, f, &k.value)?;
        let pairs = match k.arg {
            Some(n) => vec![(n, v)],
            // `class C(**options)`: the mapping's items, as a call's `**` gives them.
            None => {
                crate::eval::call_errors::check_mapping(ip, &v)?;
                let d = crate::runtime::dict::PyDict::new();
                sync::dict_merge(ip, &d, &v)?;
                let mut pairs = Vec::new();
                for (key, value) in d.items() {
                    let Value::Str(name) = &key else {
                        return ip.type_error("keywords must be strings");
                    };
                    pairs.push((crate::intern::intern(&name.s), value));
                }
                pairs
            }
        };
        for (n, v) in pairs {
            if n.as_str() == "metaclass" {
                explicit_meta = Some(v);
            } else if class_kw.iter().any(|(k, _)| *k == n) {
                return ip.type_error(format!(
                    "__build_class__() got multiple values for keyword argument '{n}'"
                ));
            } else {
                class_kw.push((n, v));
            }
        }
    }
    let body = ClassBody {
        def: def.clone(),
        module: f.module.clone(),
        outer: def
            .scope
            .free_from
            .iter()
            .map(|&i| f.cells[i as usize].clone())
            .collect(),
    };
    let mut v = match replaced_build_class(ip)? {
        None => build_class(ip, &body, def.name, bases, explicit_meta, class_kw)?,
        Some(build) => {
            let mut a = Args::new();
            a.push(crate::stdlib::class_body(ip, body));
            a.push(Value::str(def.name.as_str()));
            a.extend(bases);
            if let Some(m) = explicit_meta {
                class_kw.insert(0, (intern("metaclass"), m));
            }
            call_value(ip, &build, &mut a, &class_kw)?
        }
    };
    for d in decorators.iter().rev() {
        let mut a = Args::new();
        a.push(v);
        v = call_value(ip, d, &mut a, &[])?;
    }
    Ok(v)
}

/// What a program put in place of `builtins.__build_class__`, if anything.
fn replaced_build_class(ip: &Interp) -> PyResult<Option<Value>> {
    let Some(i) = ip.builtin_index(intern("__build_class__")) else {
        return Ok(None);
    };
    if ip.builtin_unchanged(i).is_some() {
        return Ok(None);
    }
    let v = ip.builtins_module.slots.borrow().get(i as usize).cloned();
    match v {
        None | Some(Value::Undef) => Err(ip.err(ExcKind::NameError, "__build_class__ not found")),
        v => Ok(v),
    }
}

/// A class statement's body as `__build_class__` receives it: the statement, and the module
/// and enclosing cells it runs with.
pub struct ClassBody {
    pub def: Rc<ClassDef>,
    pub module: Rc<crate::runtime::object::ModuleObj>,
    pub outer: Vec<crate::runtime::object::CellRef>,
}

/// `__build_class__(func, name, /, *bases, metaclass=None, **kwds)`: runs a class body and
/// makes the class of it.
#[corun_macros::function(
    builtins,
    "__build_class__(func, name, /, *bases, metaclass=None, **kwds)"
)]
fn build_class_builtin(
    ip: &Interp,
    func: &Value,
    name: &Value,
    bases: &[Value],
    metaclass: Option<&Value>,
    kwds: &[(Symbol, Value)],
) -> PyResult<Value> {
    let Some(body) = crate::stdlib::class_body_of(func) else {
        return ip.type_error("__build_class__: func must be a function");
    };
    let Value::Str(name) = name else {
        return ip.type_error("__build_class__: name is not a string");
    };
    build_class(
        ip,
        &body,
        intern(&name.s),
        bases.to_vec(),
        metaclass.cloned(),
        kwds.to_vec(),
    )
}

/// The class made by a class statement's body with the given bases and keywords.
fn build_class(
    ip: &Interp,
    body: &ClassBody,
    name: Symbol,
    bases: Vec<Value>,
    explicit_meta: Option<Value>,
    class_kw: Vec<(Symbol, Value)>,
) -> PyResult<Value> {
    let def = &body.def;
    // Bases replaced by `__mro_entries__` are kept as `__orig_bases__`.
    let orig_bases =
        (!bases.iter().all(|b| matches!(b, Value::Class(_)))).then(|| Value::tuple(bases.clone()));
    let bases = resolve_mro_entries(ip, bases)?;
    let mut base_classes = Vec::with_capacity(bases.len());
    for b in &bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                return ip.type_error(format!(
                    "bases must be types, not {}",
                    ops::type_name(ip, other)
                ))
            }
        }
    }
    // The metaclass: the one given, else the most derived of the bases' metaclasses.
    let meta: Option<Value> = match explicit_meta {
        Some(Value::Class(m)) => Some(Value::Class(winning_meta(ip, &m, &base_classes)?)),
        Some(other) => Some(other),
        None => Some(Value::Class(winning_meta(
            ip,
            &ip.types.type_,
            &base_classes,
        )?)),
    }
    .filter(|m| !matches!(m, Value::Class(c) if Rc::ptr_eq(c, &ip.types.type_)));

    // The metaclass's `__prepare__`: its mapping's items start the namespace, and the mapping
    // receives the body's names once the body has run.
    let prepared = match &meta {
        Some(Value::Class(m)) if user_method_of(m, crate::intern::sym::__prepare__).is_some() => {
            let p = class_getattr(ip, m, crate::intern::sym::__prepare__)?;
            let mut a = Args::new();
            a.push(Value::str(name.as_str()));
            a.push(Value::tuple(bases.clone()));
            let r = call_value(ip, &p, &mut a, &class_kw)?;
            let is_mapping = matches!(r, Value::Dict(_))
                || ops::type_of(ip, &r)
                    .lookup(crate::intern::intern("__getitem__"))
                    .is_some();
            if !is_mapping {
                return ip.type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    m.name,
                    ops::type_name(ip, &r)
                ));
            }
            Some(r)
        }
        _ => None,
    };
    // The namespace the body runs in, as in CPython: the mapping `__prepare__` gave, else a
    // new dict. The body's names are stored into it (through its `__setitem__`) as it runs.
    let ns_value = prepared.unwrap_or_else(|| Value::Dict(crate::runtime::dict::PyDict::new()));
    let ns = crate::eval::namespace::Namespace::Mapping(ns_value.clone());
    // `__module__` is the `__name__` of the globals the class statement runs in (code run by
    // `exec` in a dict names that dict's); looked up as a name, so globals without one give the
    // builtins module's.
    let module_name = match body.module.get(sym::__name__) {
        Some(v) => v,
        None => Value::str("builtins"),
    };
    ns.set(ip, sym::__module__, module_name)?;
    ns.set(ip, sym::__qualname__, Value::str(&def.qualname))?;
    if let Some(doc) = &def.doc {
        ns.set(ip, sym::__doc__, doc.clone())?;
    }

    let mut no_locals = Slots::new();
    let mut cells = Vec::with_capacity(def.scope.cell_names.len());
    for _ in 0..def.scope.own_cells {
        cells.push(crate::runtime::object::new_cell(Value::Undef));
    }
    cells.extend(body.outer.iter().cloned());
    let mut cf = Frame {
        locals: &mut no_locals,
        cells: cells.into_boxed_slice(),
        module: &body.module,
        ret: Value::None,
        handling: None,
    };
    ip.class_ns.borrow_mut().push(ns.clone());
    let r = in_class_frame(ip, name, |ip| sync::exec_block(ip, &mut cf, &def.body));
    ip.class_ns.borrow_mut().pop();
    r?;
    if let Some(orig) = orig_bases {
        ns.set(ip, sym::__orig_bases__, orig)?;
    }
    // The namespace's names, as the class's dict.
    let items = match (&ns_value, base_of(&ns_value)) {
        (Value::Dict(d), _) | (_, Some(Value::Dict(d))) => d.items(),
        _ => {
            let keys = ops::collect(ip, &ns_value)?;
            let mut items = Vec::with_capacity(keys.len());
            for k in keys {
                let v = ops::getitem(ip, &ns_value, &k)?;
                items.push((k, v));
            }
            items
        }
    };
    let mut dict = ClassDict::default();
    for (k, v) in items {
        if let Value::Str(k) = &k {
            dict.insert(intern(&k.s), v);
        }
    }
    // The body may name another module (`__module__ = "…"`), as a library's classes do.
    let module = match dict.get(&sym::__module__) {
        Some(Value::Str(m)) => intern(&m.s).as_str(),
        _ => body.module.name.as_str(),
    };
    let class_cell = def
        .scope
        .cell_names
        .iter()
        .position(|n| *n == sym::__class__);
    let v = if let Some(meta) = meta {
        // metaclass(name, bases, namespace, **kw)
        let mut a = Args::new();
        a.push(Value::str(name.as_str()));
        a.push(Value::tuple(bases.clone()));
        a.push(ns_value);
        let r = call_value(ip, &meta, &mut a, &class_kw)?;
        if let (Some(i), Value::Class(_)) = (class_cell, &r) {
            *cf.cells[i].borrow_mut() = r.clone();
        }
        r
    } else {
        let mut dict = dict;
        // The body's `__qualname__` (set by the statement, or by the body itself) becomes the
        // class's attribute, not an entry of its namespace.
        let qualname = match dict.shift_remove(&sym::__qualname__) {
            Some(Value::Str(q)) => q.s.to_string(),
            _ => def.qualname.clone(),
        };
        let cls = new_class(ip, name, qualname, module, base_classes, dict)?;
        if let Some(i) = class_cell {
            *cf.cells[i].borrow_mut() = Value::Class(cls.clone());
        }
        set_names(ip, &cls)?;
        init_subclass(ip, &cls, &class_kw)?;
        Value::Class(cls)
    };
    Ok(v)
}

/// Bases that are not classes but have `__mro_entries__` (as `typing.NamedTuple`) are replaced
/// by what it returns.
fn resolve_mro_entries(ip: &Interp, bases: Vec<Value>) -> PyResult<Vec<Value>> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok(bases);
    }
    let orig = Value::tuple(bases.clone());
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if let Value::Class(_) = b {
            out.push(b);
            continue;
        }
        if let Some(entries) = crate::stdlib::typing::mro_entries(ip, &b) {
            out.extend(entries);
            continue;
        }
        match ops::getattr(ip, &b, crate::intern::sym::__mro_entries__) {
            Ok(m) => {
                let mut a = Args::new();
                a.push(orig.clone());
                let r = call_value(ip, &m, &mut a, &[])?;
                out.extend(ops::collect(ip, &r)?);
            }
            Err(_) => out.push(b),
        }
    }
    Ok(out)
}

/// The metaclass of a class (`type` unless it has another).
pub fn meta_of(ip: &Interp, c: &Rc<Class>) -> Rc<Class> {
    match &*c.meta.borrow() {
        Some(m) => m.clone(),
        None => ip.types.type_.clone(),
    }
}

/// The most derived of `meta` and the bases' metaclasses; CPython's TypeError when they
/// conflict.
fn winning_meta(ip: &Interp, meta: &Rc<Class>, bases: &[Rc<Class>]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let m = meta_of(ip, b);
        if winner.is_subclass(&m) {
            continue;
        }
        if m.is_subclass(&winner) {
            winner = m;
            continue;
        }
        return ip.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace, **kw)` (and `type(name, bases, namespace)`): a
/// class whose metaclass is `meta`.
pub fn type_new(ip: &Interp, meta: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [name, bases, ns] = args else {
        return ip.type_error("type.__new__() takes exactly 3 arguments");
    };
    let Value::Str(name) = name else {
        return ip.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            ops::type_name(ip, name)
        ));
    };
    let Value::Tuple(bases) = bases else {
        return ip.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            ops::type_name(ip, bases)
        ));
    };
    // A dict, or an instance of a dict subclass (what a `__prepare__` may give).
    let ((Value::Dict(ns), _) | (_, Some(Value::Dict(ns)))) = (ns, base_of(ns)) else {
        return ip.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ops::type_name(ip, ns)
        ));
    };
    let mut base_classes = Vec::new();
    for b in bases.items.iter() {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            // Its type is no metaclass.
            _ => {
                return ip.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                )
            }
        }
    }
    let mut dict = ClassDict::default();
    for (k, v) in ns.items() {
        if let Value::Str(s) = &k {
            dict.insert(intern(&s.s), v);
        }
    }
    let module = match dict.get(&sym::__module__) {
        Some(Value::Str(m)) => intern(&m.s).as_str(),
        _ => "__main__",
    };
    // `__qualname__` is the class's own attribute, not an entry of its namespace (CPython's
    // type.__new__ takes it out, so that subclasses do not inherit it).
    let qualname = match dict.shift_remove(&sym::__qualname__) {
        Some(Value::Str(q)) => q.s.to_string(),
        _ => name.s.to_string(),
    };
    let meta = winning_meta(ip, meta, &base_classes)?;
    let cls = new_class(ip, intern(&name.s), qualname, module, base_classes, dict)?;
    if meta.user {
        *cls.meta.borrow_mut() = Some(meta);
    }
    set_names(ip, &cls)?;
    init_subclass(ip, &cls, kw)?;
    Ok(Value::Class(cls))
}

/// Calls the nearest base's `__init_subclass__` (an implicit class method) with the new class and
/// the class statement's keywords.
fn init_subclass(ip: &Interp, cls: &Rc<Class>, kw: &[(Symbol, Value)]) -> PyResult<()> {
    let name = crate::intern::sym::__init_subclass__;
    let found = cls
        .mro
        .iter()
        .find_map(|c| c.dict.borrow().get(&name).cloned());
    let func = match found {
        Some(Value::Function(f)) => Value::Function(f),
        Some(Value::Descr(d)) => match &*d {
            Descr::ClassMethod(f) => f.clone(),
            _ => return Ok(()),
        },
        _ => {
            if !kw.is_empty() {
                return ip.type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    cls.name
                ));
            }
            return Ok(());
        }
    };
    let mut a = Args::new();
    a.push(Value::Class(cls.clone()));
    call_value(ip, &func, &mut a, kw)?;
    Ok(())
}

/// The special method `name` of a class's own metaclass, when a user metaclass defines it
/// (`len(Color)`, `for m in Color`, `Color["RED"]` of an enum's `EnumType`).
pub fn meta_method(v: &Value, name: Symbol) -> Option<Value> {
    let Value::Class(c) = v else {
        return None;
    };
    let meta = c.meta.borrow().clone()?;
    if !meta.user {
        return None;
    }
    user_method_of(&meta, name)
}

/// `repr(cls)` or `str(cls)` through the metaclass's `__repr__`/`__str__`, checked to be a str.
pub fn meta_repr(ip: &Interp, v: &Value, name: Symbol) -> PyResult<String> {
    let r = call_meta_dunder(ip, v, name, &[]).expect("the caller checked the method")?;
    returned_str(ip, name, r)
}

/// What `__repr__`/`__str__` (`name`) returned, which must be a str.
fn returned_str(ip: &Interp, name: Symbol, v: Value) -> PyResult<String> {
    match value_base(&v) {
        Value::Str(s) => Ok(s.s.to_string()),
        _ => ip.type_error(format!(
            "{} returned non-string (type {})",
            name.as_str(),
            ops::type_name(ip, &v)
        )),
    }
}

/// Calls the metaclass's special method `name` (see `meta_method`) with the class bound.
pub fn call_meta_dunder(
    ip: &Interp,
    v: &Value,
    name: Symbol,
    args: &[Value],
) -> Option<PyResult<Value>> {
    let m = meta_method(v, name)?;
    Some(call_method(ip, v, &m, args))
}

/// A class body runs as a frame named after the class (tracebacks say `in C`).
fn in_class_frame<R>(
    ip: &Interp,
    name: Symbol,
    body: impl FnOnce(&Interp) -> PyResult<R>,
) -> PyResult<R> {
    crate::eval::enter_call(ip)?;
    let r = crate::eval::frames::in_inner_frame(ip, name, || body(ip));
    crate::eval::leave_call(ip);
    r
}

/// The `__doc__` of a class whose dict has none: a builtin type's docstring, else None.
pub fn builtin_type_doc(c: &Class) -> Value {
    match c.module {
        "builtins" if !c.user => crate::runtime::type_docs::type_doc(c.name.as_str())
            .map(Value::str)
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// The base whose layout instances have: the first builtin base other than `object` (an
/// exception class makes exceptions); CPython's error when two builtin bases disagree.
pub fn layout_base(ip: &Interp, bases: &[Rc<Class>]) -> PyResult<Rc<Class>> {
    let layout = bases
        .iter()
        .find(|b| b.kind != ClassKind::Object)
        .unwrap_or(&bases[0])
        .clone();
    if bases
        .iter()
        .any(|b| b.kind != ClassKind::Object && b.kind != layout.kind)
    {
        return ip.type_error("multiple bases have instance lay-out conflict");
    }
    Ok(layout)
}

/// Makes a class from its name, bases and namespace.
pub fn new_class(
    ip: &Interp,
    name: Symbol,
    qualname: String,
    module: &'static str,
    bases: Vec<Rc<Class>>,
    mut dict: ClassDict,
) -> PyResult<Rc<Class>> {
    // As CPython's `type.__new__`: these two are class methods without being declared so, and
    // `__new__` a static method (`obj.__new__(C)` passes C itself).
    for name in [sym::__init_subclass__, intern("__class_getitem__")] {
        if let Some(f @ Value::Function(_)) = dict.get(&name) {
            let m = Value::Descr(Rc::new(Descr::ClassMethod(f.clone())));
            dict.insert(name, m);
        }
    }
    if let Some(f @ Value::Function(_)) = dict.get(&sym::__new__) {
        let m = Value::Descr(Rc::new(Descr::StaticMethod(f.clone())));
        dict.insert(sym::__new__, m);
    }
    // Every class has its own `__doc__` (None without a docstring), not a base's.
    if !dict.contains_key(&sym::__doc__) {
        dict.insert(sym::__doc__, Value::None);
    }
    let bases = if bases.is_empty() {
        vec![ip.types.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|c| Rc::ptr_eq(c, b)) {
            return ip.type_error(format!("duplicate base class {}", b.qualname));
        }
        match b.kind {
            ClassKind::Object
            | ClassKind::Exception
            | ClassKind::Dict
            | ClassKind::List
            | ClassKind::Str
            | ClassKind::Bytes
            | ClassKind::Int
            | ClassKind::Float
            | ClassKind::Tuple
            | ClassKind::Set
            | ClassKind::FrozenSet
            | ClassKind::Complex
            | ClassKind::Module => {}
            ClassKind::Type if !b.user && !Rc::ptr_eq(b, &ip.types.type_) => {
                return ip.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.qualname
                ))
            }
            ClassKind::Type => {}
            ClassKind::Native if crate::stdlib::subclassable(ip, b) => {}
            // enumerate, zip, map, filter and reversed.
            ClassKind::Iterator if b.user || crate::runtime::iterators::is_iter_type(b) => {}
            ClassKind::Bool => {
                return ip.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.qualname
                ))
            }
            _ => {
                return Err(ip.err(
                    ExcKind::NotImplementedError,
                    format!("corun does not support subclassing '{}' yet", b.qualname),
                ))
            }
        }
    }
    let layout = layout_base(ip, &bases)?;
    let kind = layout.kind;
    if kind == ClassKind::Exception
        && bases.iter().any(|b| {
            b.kind == ClassKind::Exception && !layout.is_subclass(b) && !b.is_subclass(&layout)
        })
    {
        // The builtin exception whose instance layout a class has: CPython gives only these
        // their own fields, so `class E(OSError, ValueError)` is allowed.
        const LAYOUTS: [&str; 11] = [
            "BaseException",
            "BaseExceptionGroup",
            "StopIteration",
            "SystemExit",
            "ImportError",
            "OSError",
            "SyntaxError",
            "UnicodeError",
            "AttributeError",
            "NameError",
            "KeyboardInterrupt",
        ];
        let solid = |c: &Rc<Class>| -> Rc<Class> {
            let mut c = c.clone();
            while c.user || !LAYOUTS.contains(&c.name.as_str()) {
                match c.base.clone() {
                    Some(b) => c = b,
                    None => break,
                }
            }
            c
        };
        let (a, b) = (
            solid(&layout),
            solid(
                bases
                    .iter()
                    .find(|b| b.kind == ClassKind::Exception && !layout.is_subclass(b))
                    .unwrap(),
            ),
        );
        if !Rc::ptr_eq(&a, &b) && !a.is_subclass(&b) && !b.is_subclass(&a) {
            return ip.type_error("multiple bases have instance lay-out conflict");
        }
    }
    let mro = c3_merge(ip, &bases)?;
    let is_abstract = abstract_value(dict.get(&crate::intern::sym::__abstractmethods__));
    let slots = slots_of(ip, name, &dict, &mro)?;
    Ok(Class::make(Class {
        name,
        qualname,
        module,
        kind,
        base: crate::runtime::swap::Swap::new(Some(layout)),
        bases: crate::runtime::swap::Swap::new(bases),
        mro: crate::runtime::swap::Swap::new(mro),
        dict: RefCell::new(dict),
        user: true,
        meta: RefCell::new(None),
        is_abstract: std::cell::Cell::new(is_abstract),
        slots,
        plain_attrs: std::cell::Cell::new(0),
        ctors: RefCell::new(None),
        del_cache: std::cell::Cell::new(0),
        user_specials: std::cell::Cell::new(0),
        specials: Default::default(),
    }))
}

/// The attribute names instances of a class with `__slots__` may take, when neither it nor a
/// base gives them a `__dict__`; CPython's ValueError for a slot that is also a class variable.
fn slots_of(
    ip: &Interp,
    class_name: Symbol,
    dict: &ClassDict,
    mro: &[Rc<Class>],
) -> PyResult<Option<Rc<[Symbol]>>> {
    let Some(decl) = dict.get(&crate::intern::sym::__slots__) else {
        return Ok(None);
    };
    let names: Vec<Value> = match decl {
        Value::Str(_) => vec![decl.clone()],
        other => ops::collect(ip, other)?,
    };
    let mut own = Vec::with_capacity(names.len());
    for n in names {
        let Value::Str(s) = &n else {
            return ip.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                ops::type_name(ip, &n)
            ));
        };
        // A private slot name is mangled as the class body's names are.
        let sym = crate::compile::mangle::mangle(class_name, intern(&s.s));
        if dict.contains_key(&sym) {
            return Err(ip.err(
                ExcKind::ValueError,
                format!("'{}' in __slots__ conflicts with class variable", sym),
            ));
        }
        own.push(sym);
    }
    if own.iter().any(|n| n.as_str() == "__dict__") {
        return Ok(None);
    }
    for b in mro {
        if b.user {
            match &b.slots {
                Some(s) => own.extend(s.iter().copied()),
                None => return Ok(None),
            }
        } else if b.kind == ClassKind::Exception {
            return Ok(None);
        }
    }
    Ok(Some(own.into()))
}

/// Calls `__set_name__(owner, name)` on the attributes of a new class that define it.
fn set_names(ip: &Interp, cls: &Rc<Class>) -> PyResult<()> {
    let items: Vec<(Symbol, Value)> = cls
        .dict
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    for (name, v) in items {
        if let Some(m) = user_method(&v, crate::intern::sym::__set_name__) {
            call_method(
                ip,
                &v,
                &m,
                &[Value::Class(cls.clone()), Value::str(name.as_str())],
            )?;
        }
    }
    Ok(())
}

/// Whether an `__abstractmethods__` value names any method.
fn abstract_value(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Set(s) | Value::FrozenSet(s)) => !s.is_empty(),
        Some(Value::Tuple(t)) => !t.items.is_empty(),
        Some(Value::List(l)) => !l.items.borrow().is_empty(),
        _ => false,
    }
}

/// The C3 linearisation of the bases (the MRO after the class itself).
pub(crate) fn c3_merge(ip: &Interp, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
            {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<&str> = bases.iter().map(|b| b.qualname.as_str()).collect();
            return ip.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

// ---- instances ----

/// `C(*args, **kw)` for a user class: the metaclass's `__call__` if it has one, else a new
/// instance, then `__init__`.
pub fn construct(ip: &Interp, c: &Rc<Class>, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    if c.meta.borrow().is_some() {
        let meta = meta_of(ip, c);
        if let Some(call) = user_method_of(&meta, crate::intern::sym::__call__) {
            let mut a = Args::new();
            // A class set as `__call__` (`__call__ = dict`) is not bound.
            if !matches!(call, Value::Class(_)) {
                a.push(Value::Class(c.clone()));
            }
            a.extend(args.iter().cloned());
            return call_value(ip, &call, &mut a, kw);
        }
    }
    construct_plain(ip, c, args, kw)
}

/// `type.__call__(C, *args, **kw)`: `__new__`, then `__init__` when `__new__` made a C.
pub fn construct_plain(
    ip: &Interp,
    c: &Rc<Class>,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    let (new, init) = constructors(c);
    let obj = match new {
        Some(new @ (Value::Function(_) | Value::Descr(_))) => {
            let new = match &new {
                Value::Descr(d) => match &**d {
                    Descr::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            let mut a = Args::new();
            a.push(Value::Class(c.clone()));
            a.extend(args.iter().cloned());
            let obj = call_value(ip, &new, &mut a, kw)?;
            if !ops::type_of(ip, &obj).is_subclass(c) {
                return Ok(obj);
            }
            obj
        }
        _ => new_instance(ip, c, args, kw)?,
    };
    match init {
        Some(Value::Builtin(b))
            if matches!(
                c.kind,
                ClassKind::Dict | ClassKind::List | ClassKind::Set | ClassKind::Module
            ) =>
        {
            args.insert(0, obj.clone());
            (b.call)(ip, args, kw)?;
        }
        Some(Value::Builtin(b)) if c.kind != ClassKind::Exception => {
            // object.__init__: no arguments allowed unless __new__ was overridden (str, int,
            // float and tuple take theirs in __new__).
            let _ = b;
            if (!args.is_empty() || !kw.is_empty())
                && !is_value_kind(c.kind)
                && !matches!(c.kind, ClassKind::Type | ClassKind::Iterator)
                && c.lookup(sym::__new__)
                    .is_none_or(|n| matches!(n, Value::Builtin(_)))
            {
                return ip.type_error(format!("{}() takes no arguments", c.name));
            }
        }
        Some(Value::Builtin(_)) | None => {
            // BaseException.__init__ keeps the arguments as `args`.
            if !kw.is_empty() {
                return ip.type_error(format!("{}() takes no keyword arguments", c.name));
            }
        }
        Some(init) => {
            args.insert(0, obj.clone());
            let r = call_value(ip, &init, args, kw)?;
            if !r.is_none() {
                return ip.type_error(format!(
                    "__init__() should return None, not '{}'",
                    ops::type_name(ip, &r)
                ));
            }
        }
    }
    Ok(obj)
}

fn new_instance(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if c.is_abstract.get() {
        return Err(abstract_error(ip, c));
    }
    Ok(match c.kind {
        ClassKind::Type => return type_new(ip, c, args, kw),
        ClassKind::Exception => Value::Exception(ExcObj::new(c.clone(), args.to_vec())),
        ClassKind::Dict => Value::Instance(Instance::with_base(c.clone(), Value::dict())),
        ClassKind::List => Value::Instance(Instance::with_base(c.clone(), Value::list(vec![]))),
        ClassKind::Set => Value::Instance(Instance::with_base(
            c.clone(),
            Value::Set(crate::runtime::set::PySet::new()),
        )),
        // An empty module of the subclass; its `__init__` names it.
        ClassKind::Module => {
            let name = match args.first() {
                Some(Value::Str(s)) => intern(&s.s),
                _ => intern("?"),
            };
            let m = crate::runtime::object::ModuleObj::new(name, None);
            *m.class.borrow_mut() = Some(c.clone());
            Value::Module(m)
        }
        // enumerate, zip, …: the builtin iterator made from the arguments.
        ClassKind::Iterator => return crate::runtime::iterators::call_iter_type(ip, c, args, kw),
        k if is_value_kind(k) => {
            let solid = solid_base(c);
            // CPython's tuple, frozenset and float leave keywords to a subclass's own
            // `__init__`.
            let own_init = matches!(
                k,
                ClassKind::Tuple | ClassKind::FrozenSet | ClassKind::Float
            ) && match (c.lookup(sym::__init__), solid.lookup(sym::__init__)) {
                (Some(a), Some(b)) => !a.is(&b),
                _ => false,
            };
            let kw = if own_init { &[][..] } else { kw };
            let v = crate::runtime::types::construct(ip, &solid, args, kw)?;
            Value::Instance(Instance::with_base(c.clone(), v))
        }
        _ => Value::Instance(Instance::new(c.clone())),
    })
}

/// CPython's "Can't instantiate abstract class C with abstract methods f, g".
#[cold]
fn abstract_error(ip: &Interp, c: &Rc<Class>) -> crate::runtime::exceptions::Exc {
    let mut names: Vec<String> = match c.lookup(crate::intern::sym::__abstractmethods__) {
        Some(v) => ops::collect(ip, &v)
            .unwrap_or_default()
            .iter()
            .map(|n| crate::runtime::repr::str_of(ip, n).unwrap_or_default())
            .collect(),
        None => vec![],
    };
    names.sort();
    ip.err(
        ExcKind::TypeError,
        format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            c.name,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        ),
    )
}

/// The builtin value of a str, int, float or tuple subclass instance, or `v` itself.
#[inline]
pub fn value_base(v: &Value) -> &Value {
    match v {
        Value::Instance(i) if is_value_kind(i.class.kind) => i.base.as_ref().unwrap_or(v),
        _ => v,
    }
}

/// The immutable builtin types a class may derive from, whose value is made by `__new__`.
#[inline]
pub fn is_value_kind(k: ClassKind) -> bool {
    matches!(
        k,
        ClassKind::Str
            | ClassKind::Bytes
            | ClassKind::Int
            | ClassKind::Float
            | ClassKind::Tuple
            | ClassKind::FrozenSet
            | ClassKind::Complex
    )
}

/// The builtin class whose layout a user class's instances have (`tuple` for a namedtuple).
pub fn solid_base(c: &Rc<Class>) -> Rc<Class> {
    let mut c = c.clone();
    while c.user {
        match c.base.clone() {
            Some(b) => c = b,
            None => break,
        }
    }
    c
}

/// `str.__new__(cls, …)`, `int.__new__`, `float.__new__`, `tuple.__new__`: the builtin value,
/// wrapped in an instance of `cls` when `cls` is a subclass.
fn value_new(ip: &Interp, args: &[Value], kw: &Kwargs, kind: ClassKind) -> PyResult<Value> {
    let tname = match kind {
        ClassKind::Str => "str",
        ClassKind::Int => "int",
        ClassKind::Float => "float",
        ClassKind::FrozenSet => "frozenset",
        ClassKind::Set => "set",
        _ => "tuple",
    };
    let Some(first) = args.first() else {
        return ip.type_error(format!("{}.__new__(): not enough arguments", tname));
    };
    let Value::Class(c) = first else {
        return ip.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            tname,
            ops::type_name(ip, first)
        ));
    };
    if kind == ClassKind::Int && c.kind == ClassKind::Bool {
        return ip.type_error("int.__new__(bool) is not safe, use bool.__new__()");
    }
    if c.kind != kind {
        return ip.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            tname, c.qualname, c.qualname, tname
        ));
    }
    if !c.user {
        return crate::runtime::types::construct(ip, c, &args[1..], kw);
    }
    new_instance(ip, c, &args[1..], kw)
}

fn type_new_builtin(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(m)) if m.kind == ClassKind::Type => type_new(ip, m, &args[1..], kw),
        Some(Value::Class(m)) => ip.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            m.qualname, m.qualname
        )),
        _ => ip.type_error("type.__new__(X): X is not a type object"),
    }
}

fn type_init_builtin(_ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_builtin(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) if c.user => {
            let mut a = Args::new();
            a.extend(args[1..].iter().cloned());
            construct_plain(ip, c, &mut a, kw)
        }
        Some(Value::Class(c)) => crate::runtime::types::construct(ip, c, &args[1..], kw),
        _ => ip.type_error("descriptor '__call__' requires a 'type' object"),
    }
}

fn str_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    value_new(ip, args, kw, ClassKind::Str)
}
fn int_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    value_new(ip, args, kw, ClassKind::Int)
}
/// `bool.__new__(bool[, x])`: bool cannot be subclassed, so `cls` is bool itself.
fn bool_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        None => ip.type_error("bool.__new__(): not enough arguments"),
        Some(Value::Class(c)) if c.kind == ClassKind::Bool => {
            crate::runtime::types::construct(ip, c, &args[1..], kw)
        }
        Some(Value::Class(c)) => ip.type_error(format!(
            "bool.__new__({}): {} is not a subtype of bool",
            c.qualname, c.qualname
        )),
        Some(other) => ip.type_error(format!(
            "bool.__new__(X): X is not a type object ({})",
            ops::type_name(ip, other)
        )),
    }
}
fn float_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    value_new(ip, args, kw, ClassKind::Float)
}
fn tuple_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    value_new(ip, args, kw, ClassKind::Tuple)
}
fn frozenset_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    value_new(ip, args, kw, ClassKind::FrozenSet)
}
/// `set.__new__(cls, …)`: an empty set (its items come from `__init__`).
fn set_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) if c.user && c.kind == ClassKind::Set => new_instance(ip, c, &[], kw),
        Some(Value::Class(c)) if c.kind == ClassKind::Set => {
            Ok(Value::Set(crate::runtime::set::PySet::new()))
        }
        _ => value_new(ip, args, kw, ClassKind::Set),
    }
}

/// The builtin object a `dict`/`list` subclass instance keeps its data in.
#[inline]
pub fn base_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        _ => None,
    }
}

/// The state a builtin type's reduction gives with its value: the attributes of a subclass's
/// instance, None when it has none (or `v` is the builtin value itself).
pub fn reduce_state(ip: &Interp, v: &Value) -> PyResult<Value> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(Value::None);
    }
    Ok(match ops::getattr(ip, v, crate::intern::sym::__dict__)? {
        Value::Dict(d) if !d.is_empty() => Value::Dict(d),
        _ => Value::None,
    })
}

/// Whether a builtin type's method, called on an instance of a subclass, acts on the value
/// the instance holds (`list.append`). Not `object`'s and `BaseException`'s, which act on the
/// instance, nor a reduction (what pickle and copy rebuild the object from), which names the
/// instance's own class and attributes, nor the declared methods of `collections`' classes
/// written in Python (`OrderedDict`, `defaultdict`), whose instances are what they act on.
pub fn acts_on_base(b: &crate::runtime::object::BuiltinFn) -> bool {
    !matches!(
        b.owner,
        Some("object") | Some("BaseException") | Some("OrderedDict") | Some("defaultdict")
    ) && !matches!(b.name, "__reduce__" | "__reduce_ex__")
}

/// A class attribute found through an instance: functions become bound methods, descriptors
/// do what they do.
fn bind(ip: &Interp, attr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
    Ok(match attr {
        Value::Function(_) => BoundMethod::value(BoundMethod {
            receiver: obj.clone(),
            func: attr,
        }),
        Value::Builtin(b) if b.owner.is_some() => BoundMethod::value(BoundMethod {
            // Most act on the value a subclass's instance holds (see `acts_on_base`).
            receiver: match base_of(obj) {
                Some(base) if acts_on_base(b) => base.clone(),
                _ => obj.clone(),
            },
            func: attr,
        }),
        Value::Descr(ref d) => match &**d {
            Descr::StaticMethod(f) => f.clone(),
            Descr::ClassMethod(f) => BoundMethod::value(BoundMethod {
                receiver: Value::Class(cls.clone()),
                func: f.clone(),
            }),
            Descr::Property { fget, .. } => {
                if fget.is_none() {
                    return Err(ip.err(ExcKind::AttributeError, "unreadable attribute".to_string()));
                }
                let mut a = Args::new();
                a.push(obj.clone());
                return call_value(ip, fget, &mut a, &[]);
            }
            Descr::Super { .. } => super_get(ip, d, obj)?,
        },
        other => other,
    })
}

/// The class whose attributes an object's look-ups consult, for user objects.
#[inline]
pub fn user_class(v: &Value) -> Option<&Rc<Class>> {
    match v {
        Value::Instance(i) => Some(&i.class),
        Value::Exception(e) if e.class.user => Some(&e.class),
        _ => None,
    }
}

fn instance_attrs(v: &Value) -> Option<&crate::runtime::instance::AttrMap> {
    match v {
        Value::Instance(i) => Some(&i.attrs),
        Value::Exception(e) => Some(&e.attrs),
        _ => None,
    }
}

/// `obj.name` for an instance of a user class (or a user exception: `None` when the name is
/// not found so the exception's own attributes are tried).
pub fn instance_getattr(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<Option<Value>> {
    let Some(cls) = user_class(obj) else {
        return Ok(None);
    };
    if has_user_special(obj, special::GETATTRIBUTE) {
        if let Some(ga) = user_method_of(cls, sym::__getattribute__) {
            let r = call_method(ip, obj, &ga, &[Value::str(name.as_str())]);
            return match r {
                Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => {
                    match cls.lookup(sym::__getattr__) {
                        Some(g) => call_method(ip, obj, &g, &[Value::str(name.as_str())]).map(Some),
                        None => Err(e),
                    }
                }
                r => r.map(Some),
            };
        }
    }
    generic_getattr(ip, obj, cls, name, Missing::Fallback)
}

/// `getattr(obj, name, default)` and `hasattr` of an instance of a user class: None where
/// `obj.name` raises AttributeError. When nothing of the program's runs (no
/// `__getattribute__`, `__getattr__`, property or descriptor), the error is not made at all.
pub fn instance_lookup_attr(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<Option<Value>> {
    let r = match user_class(obj) {
        Some(cls) if !has_user_special(obj, special::GETATTRIBUTE) => {
            generic_getattr(ip, obj, cls, name, Missing::Quiet)
        }
        _ => instance_getattr(ip, obj, name),
    };
    match r {
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Ok(None),
        r => r,
    }
}

/// What `generic_getattr` does when the name is found nowhere.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Missing {
    /// Calls the class's `__getattr__` if it has one, else raises AttributeError.
    Fallback,
    /// Raises AttributeError (`object.__getattribute__`).
    Raise,
    /// Calls `__getattr__` if there is one, else answers None without making the error.
    Quiet,
}

/// `object.__getattribute__(obj, name)`: the look-up without a user `__getattribute__`, and
/// without `__getattr__`, which only the attribute syntax and `getattr()` fall back to.
fn object_getattribute(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let [obj, name] = args else {
        return ip.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ));
    };
    let Value::Str(n) = name else {
        return ip.type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name(ip, name)
        ));
    };
    let name = intern(&n.s);
    match user_class(obj) {
        Some(cls) => match generic_getattr(ip, obj, &cls.clone(), name, Missing::Raise)? {
            Some(v) => Ok(v),
            None => ops::getattr(ip, obj, name),
        },
        None => ops::getattr(ip, obj, name),
    }
}

/// The look-up of `object.__getattribute__`: data descriptors, the instance's own attributes,
/// then the class's; when nothing is found, what `missing` says.
fn generic_getattr(
    ip: &Interp,
    obj: &Value,
    cls: &Rc<Class>,
    name: Symbol,
    missing: Missing,
) -> PyResult<Option<Value>> {
    if plain_instance_attrs(cls) {
        // No descriptor comes before the instance's own attributes: they are read first.
        if let Some(v) = instance_attrs(obj).and_then(|m| m.get(name)) {
            return Ok(Some(v));
        }
    }
    let found = cls.lookup(name);
    // An AttributeError raised by a descriptor's getter is answered by `__getattr__`, as
    // CPython's attribute look-up answers any AttributeError of `__getattribute__`.
    let got = |r: PyResult<Value>| match r {
        Err(e)
            if missing != Missing::Raise
                && e.is_instance(ip.exc_class(ExcKind::AttributeError)) =>
        {
            match cls.lookup(sym::__getattr__) {
                Some(ga) => call_method(ip, obj, &ga, &[Value::str(name.as_str())]).map(Some),
                None => Err(e),
            }
        }
        r => r.map(Some),
    };
    if let Some(d @ Value::Instance(_)) = &found {
        // A descriptor written as a class: a data descriptor (with __set__ or __delete__)
        // before the instance's own attributes, one with only __get__ after them.
        if let Some(get) = user_method(d, crate::intern::sym::__get__) {
            let data = user_method(d, crate::intern::sym::__set__).is_some()
                || user_method(d, crate::intern::sym::__delete__).is_some();
            if data || !instance_attrs(obj).is_some_and(|m| m.contains(name)) {
                return got(call_method(
                    ip,
                    d,
                    &get,
                    &[obj.clone(), Value::Class(cls.clone())],
                ));
            }
        }
    }
    if let Some(Value::Descr(d)) = &found {
        if let Descr::Property { fget, .. } = &**d {
            if fget.is_none() {
                return Err(ip.err(
                    ExcKind::AttributeError,
                    format!("property '{}' of '{}' object has no getter", name, cls.name),
                ));
            }
            let mut a = Args::new();
            a.push(obj.clone());
            return got(call_value(ip, fget, &mut a, &[]));
        }
    }
    if let Some(v) = instance_attrs(obj).and_then(|m| m.get(name)) {
        return Ok(Some(v));
    }
    if let Some(v) = found {
        return bind(ip, v, obj, cls).map(Some);
    }
    if name == sym::__class__ {
        return Ok(Some(Value::Class(cls.clone())));
    }
    if name == sym::__dict__ && cls.slots.is_none() {
        if let Some(m) = instance_attrs(obj) {
            return Ok(Some(Value::Dict(m.as_dict())));
        }
    }
    if matches!(obj, Value::Exception(_)) {
        return Ok(None);
    }
    // The computed attributes of a number base (`real`, `imag`, `numerator`, …).
    if let Some(v) = base_of(obj).and_then(|b| crate::runtime::complex::getattr(b, name.as_str())) {
        return Ok(Some(v));
    }
    if let Some(ga) = cls
        .lookup(sym::__getattr__)
        .filter(|_| missing != Missing::Raise)
    {
        return call_method(ip, obj, &ga, &[Value::str(name.as_str())]).map(Some);
    }
    if missing == Missing::Quiet {
        return Ok(None);
    }
    Err(ip.err(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{}'", cls.type_name(), name),
    ))
}

/// The `__getattr__` fallback of a user exception class, after its builtin attributes.
pub fn getattr_fallback(ip: &Interp, obj: &Value, name: Symbol) -> Option<PyResult<Value>> {
    let cls = user_class(obj)?;
    let ga = cls.lookup(sym::__getattr__)?;
    Some(call_method(ip, obj, &ga, &[Value::str(name.as_str())]))
}

/// `obj.name = v` for user objects; `Ok(false)` when `obj` is not one.
pub fn instance_setattr(ip: &Interp, obj: &Value, name: Symbol, v: Value) -> PyResult<bool> {
    let Some(cls) = user_class(obj) else {
        return Ok(false);
    };
    let v = match set_plain_instance_attr(obj, name, v, &std::cell::Cell::new(0)) {
        Ok(()) => return Ok(true),
        Err(v) => v,
    };
    if let Some(sa) = user_method_of(cls, sym::__setattr__) {
        call_method(ip, obj, &sa, &[Value::str(name.as_str()), v])?;
        return Ok(true);
    }
    generic_setattr(ip, obj, cls, name, v)?;
    Ok(true)
}

/// `obj.name = v` into an instance's own attributes, when nothing can come between (see
/// `plain_instance_attrs`) and, for a class with `__slots__`, `name` is one of them; `v` back
/// to take the general path.
/// The attribute list is searched from `hint` (see `AttrMap::get_at`).
#[inline]
pub fn set_plain_instance_attr(
    obj: &Value,
    name: Symbol,
    v: Value,
    hint: &std::cell::Cell<u32>,
) -> Result<(), Value> {
    match obj {
        Value::Instance(i) if i.class.user => {
            if !plain_instance_attrs(&i.class) || name == sym::__class__ || name == sym::__dict__ {
                return Err(v);
            }
            if let Some(slots) = &i.class.slots {
                if !slots.contains(&name) {
                    return Err(v);
                }
            }
            i.attrs.set_at(name, v, hint);
            Ok(())
        }
        _ => Err(v),
    }
}

/// `obj.name` at an attribute expression, when it is an instance's own attribute and nothing
/// its classes hold comes first: for every name when the class's attributes are plain (see
/// `plain_instance_attrs`), else for the names the site found so for this class and epoch
/// (`AttrSite::own`: a class with a property or a `__setattr__` still reads its instances'
/// other attributes straight). None to take the general path.
#[inline]
pub fn instance_attr_at(
    obj: &Value,
    name: Symbol,
    site: &crate::runtime::attr_cache::AttrSite,
) -> Option<Value> {
    let Value::Instance(i) = obj else {
        return None;
    };
    let own = plain_instance_attrs(&i.class)
        || match site.own(&i.class) {
            Some((read, _)) => read,
            None => own_first(&i.class, name, site).0,
        };
    if !own {
        return None;
    }
    i.attrs.get_at(name, &site.hint)
}

/// `obj.name = v` at an attribute expression, into an instance's own attributes when nothing
/// its classes hold comes between (as `instance_attr_at` reads them); `v` back to take the
/// general path.
#[inline]
pub fn set_instance_attr_at(
    obj: &Value,
    name: Symbol,
    v: Value,
    site: &crate::runtime::attr_cache::AttrSite,
) -> Result<(), Value> {
    let Value::Instance(i) = obj else {
        return Err(v);
    };
    if plain_instance_attrs(&i.class) {
        return set_plain_instance_attr(obj, name, v, &site.hint);
    }
    let own = match site.own(&i.class) {
        Some((_, write)) => write,
        None => own_first(&i.class, name, site).1,
    };
    if !own {
        return Err(v);
    }
    i.attrs.set_at(name, v, &site.hint);
    Ok(())
}

/// Whether instances of `cls` read (first) and write (second) `name` in their own attributes
/// before anything along the MRO, as `generic_getattr` and `generic_setattr` would: no user
/// `__getattribute__` (for reads) or `__setattr__` (for writes), and no data descriptor (a
/// property, an object with `__set__` or `__delete__`) under the name; for writes, a class
/// with `__slots__` must list it. Kept in the site for the class's epoch.
#[inline(never)]
fn own_first(
    cls: &Rc<Class>,
    name: Symbol,
    site: &crate::runtime::attr_cache::AttrSite,
) -> (bool, bool) {
    let found = if !cls.user || is_value_kind(cls.kind) {
        None
    } else {
        let data = match cls.lookup(name) {
            Some(Value::Descr(d)) => matches!(&*d, Descr::Property { .. }),
            Some(d @ Value::Instance(_)) => {
                user_method(&d, sym::__set__).is_some()
                    || user_method(&d, sym::__delete__).is_some()
            }
            _ => false,
        };
        let special = |m: Symbol| !matches!(cls.lookup(m), None | Some(Value::Builtin(_)));
        let read = !data && !special(sym::__getattribute__);
        let write = !data
            && !special(sym::__setattr__)
            && name != sym::__class__
            && name != sym::__dict__
            && cls.slots.as_ref().is_none_or(|s| s.contains(&name));
        Some((read, write))
    };
    let (read, write) = found.unwrap_or((false, false));
    site.set_own(cls, read, write);
    (read, write)
}

/// `obj.name` at an attribute expression once the instance's own attributes were looked at
/// (`instance_attr_at`), when its class holds a `property` under the name (its getter called)
/// or a value that owns nothing (a number, str, bool, None…) the instance does not shadow, and
/// no `__getattribute__` (nor, for a property, `__getattr__`) of the user's comes first: answered through what the site
/// remembers for the class, without the walk of the MRO. None to take the general path.
#[inline]
pub fn class_attr_at(
    ip: &Interp,
    obj: &Value,
    name: Symbol,
    site: &crate::runtime::attr_cache::AttrSite,
) -> Option<PyResult<Value>> {
    let Value::Instance(i) = obj else {
        return None;
    };
    let found = match site.class_attr(&i.class) {
        Some(found) => found,
        None => find_class_attr(&i.class, name, site),
    };
    if !found.read {
        return None;
    }
    if let Some(v) = found.value {
        // Not shadowed: `instance_attr_at` found no attribute of the instance's own under the
        // name (a class whose instances read their own attributes first, as `read` says).
        return Some(Ok(v));
    }
    let p = found.prop?;
    let Descr::Property { fget, .. } = &*p else {
        return None;
    };
    if fget.is_none() {
        return None;
    }
    let mut a = Args::new();
    a.push(obj.clone());
    Some(call_value(ip, fget, &mut a, &[]))
}

/// `obj.name = v` at an attribute expression when the instance's class holds a `property`
/// under the name (and no `__setattr__` of the user's comes first): its setter called (or
/// its error when it has none), as `generic_setattr` would. `v` back to take the general path.
#[inline]
pub fn property_set_at(
    ip: &Interp,
    obj: &Value,
    name: Symbol,
    v: Value,
    site: &crate::runtime::attr_cache::AttrSite,
) -> Result<PyResult<()>, Value> {
    let Value::Instance(i) = obj else {
        return Err(v);
    };
    let found = match site.class_attr(&i.class) {
        Some(found) => found,
        None => find_class_attr(&i.class, name, site),
    };
    let Some(p) = found.prop.filter(|_| found.write) else {
        return Err(v);
    };
    let Descr::Property { fset, .. } = &*p else {
        return Err(v);
    };
    Ok(set_by_property(ip, fset, obj, v, || {
        format!(
            "property '{}' of '{}' object has no setter",
            name, i.class.name
        )
    }))
}

/// What instances of `cls` find under `name`, for `class_attr_at` and `property_set_at`: a
/// property or a value along the MRO, and whether a user `__getattribute__` (for reads; for a
/// property also `__getattr__`, which answers for its getter's AttributeError) or
/// `__setattr__` (for writes) comes first. Kept in the site for the class's epoch.
#[inline(never)]
fn find_class_attr(
    cls: &Rc<Class>,
    name: Symbol,
    site: &crate::runtime::attr_cache::AttrSite,
) -> crate::runtime::attr_cache::ClassAttr {
    let found = if !cls.user
        || is_value_kind(cls.kind)
        || name == sym::__class__
        || name == sym::__dict__
    {
        None
    } else {
        cls.lookup(name)
    };
    let (prop, value) = match found {
        Some(Value::Descr(d)) if matches!(&*d, Descr::Property { .. }) => (Some(d), None),
        Some(v) if crate::runtime::attr_cache::owns_nothing(&v) => (None, Some(v)),
        _ => (None, None),
    };
    let special = |m: Symbol| !matches!(cls.lookup(m), None | Some(Value::Builtin(_)));
    let plain = (prop.is_some() || value.is_some()) && !special(sym::__getattribute__);
    let found = crate::runtime::attr_cache::ClassAttr {
        read: plain && (value.is_some() || !special(sym::__getattr__)),
        write: prop.is_some() && !special(sym::__setattr__),
        prop,
        value,
    };
    site.set_class_attr(cls, &found);
    found
}

/// `__new__` and `__init__` as found along `c`'s MRO: looked up once per class epoch.
fn constructors(c: &Rc<Class>) -> (Option<Value>, Option<Value>) {
    let epoch = crate::runtime::object::class_epoch();
    if let Some((e, new, init)) = &*c.ctors.borrow() {
        if *e == epoch {
            return (new.clone(), init.clone());
        }
    }
    let (new, init) = (c.lookup(sym::__new__), c.lookup(sym::__init__));
    *c.ctors.borrow_mut() = Some((epoch, new.clone(), init.clone()));
    (new, init)
}

/// Whether the attributes of `cls`'s instances are plain: no class of its MRO holds a
/// property, an object with `__get__`, `__set__` or `__delete__`, or a `__setattr__` of its
/// own, so an instance's own attributes are read and written without looking at the classes.
/// Found once per class epoch (a class attribute set or deleted starts a new one).
#[inline]
pub fn plain_instance_attrs(cls: &Rc<Class>) -> bool {
    let epoch = crate::runtime::object::class_epoch();
    let cached = cls.plain_attrs.get();
    if cached >> 1 == epoch {
        return cached & 1 == 1;
    }
    let plain = find_plain_instance_attrs(cls);
    cls.plain_attrs.set(epoch << 1 | u64::from(plain));
    plain
}

#[inline(never)]
fn find_plain_instance_attrs(cls: &Rc<Class>) -> bool {
    if is_value_kind(cls.kind) {
        return false;
    }
    let descriptor_methods = [
        crate::intern::sym::__get__,
        crate::intern::sym::__set__,
        crate::intern::sym::__delete__,
    ];
    std::iter::once(cls).chain(cls.mro.iter()).all(|k| {
        k.dict.borrow().iter().all(|(name, v)| {
            let special = (*name == sym::__setattr__ || *name == sym::__getattribute__)
                && !matches!(v, Value::Builtin(_));
            let descriptor = match v {
                Value::Descr(d) => matches!(&**d, Descr::Property { .. }),
                Value::Instance(_) => descriptor_methods
                    .iter()
                    .any(|m| user_method(v, *m).is_some()),
                _ => false,
            };
            !special && !descriptor
        })
    })
}

/// `obj.name = v` through a property's setter `fset` (`no_setter`: the AttributeError's text
/// when the property has none).
fn set_by_property(
    ip: &Interp,
    fset: &Value,
    obj: &Value,
    v: Value,
    no_setter: impl FnOnce() -> String,
) -> PyResult<()> {
    if fset.is_none() {
        return Err(ip.err(ExcKind::AttributeError, no_setter()));
    }
    let mut a = Args::new();
    a.push(obj.clone());
    a.push(v);
    call_value(ip, fset, &mut a, &[])?;
    Ok(())
}

/// `object.__setattr__`: a property's setter, or the instance's own attributes.
fn generic_setattr(
    ip: &Interp,
    obj: &Value,
    cls: &Rc<Class>,
    name: Symbol,
    v: Value,
) -> PyResult<()> {
    if name == sym::__class__ {
        return crate::eval::class_assign::set_object_class(ip, obj, v);
    }
    if !cls.user && matches!(obj, Value::Instance(_)) {
        // A bare `object()` has no attribute dict.
        return Err(ip.err(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{}'", cls.name, name),
        ));
    }
    if name == sym::__dict__ && cls.slots.is_none() {
        if let Some(m) = instance_attrs(obj) {
            let d = match (&v, base_of(&v)) {
                (Value::Dict(d), _) | (_, Some(Value::Dict(d))) => d.clone(),
                _ => {
                    return ip.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        ops::type_name(ip, &v)
                    ))
                }
            };
            m.replace_dict(Some(d));
            return Ok(());
        }
    }
    let found = cls.lookup(name);
    if let Some(d @ Value::Instance(_)) = &found {
        if let Some(set) = user_method(d, crate::intern::sym::__set__) {
            call_method(ip, d, &set, &[obj.clone(), v])?;
            return Ok(());
        }
        if user_method(d, crate::intern::sym::__get__).is_some()
            && user_method(d, crate::intern::sym::__delete__).is_some()
        {
            return Err(ip.err(ExcKind::AttributeError, "__set__"));
        }
    }
    if let Some(slots) = &cls.slots {
        if !slots.contains(&name) && !matches!(found, Some(Value::Descr(_))) {
            // A name the class holds (a method, a class variable) cannot be given to an
            // instance without a `__dict__`.
            let msg = if found.is_some() {
                format!(
                    "'{}' object attribute '{}' is read-only",
                    cls.type_name(),
                    name
                )
            } else {
                format!("'{}' object has no attribute '{}'", cls.type_name(), name)
            };
            return Err(ip.err(ExcKind::AttributeError, msg));
        }
    }
    if let Some(Value::Descr(d)) = found {
        if let Descr::Property { fset, .. } = &*d {
            return set_by_property(ip, fset, obj, v, || {
                format!("property '{}' of '{}' object has no setter", name, cls.name)
            });
        }
    }
    match instance_attrs(obj) {
        Some(m) => {
            m.set(name, v);
            Ok(())
        }
        None => Err(ip.err(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                ops::type_name(ip, obj),
                name
            ),
        )),
    }
}

/// What a subclass of `types.ModuleType` defines for `name` (not the builtin module type's
/// own attributes, which the module's names come before).
fn module_subclass_attr(cls: &Rc<Class>, name: Symbol) -> Option<Value> {
    cls.lookup_in(name)
        .filter(|(_, owner)| owner.user)
        .map(|(v, _)| v)
}

/// `module.name` for a subclass's data descriptor (a property, a class with `__set__`): it
/// comes before the module's own names, as CPython's generic look-up has it.
pub fn module_data_descr(
    ip: &Interp,
    obj: &Value,
    cls: &Rc<Class>,
    name: Symbol,
) -> PyResult<Option<Value>> {
    match module_subclass_attr(cls, name) {
        Some(d @ Value::Descr(_)) if matches!(&d, Value::Descr(x) if matches!(&**x, Descr::Property { .. })) => {
            bind(ip, d, obj, cls).map(Some)
        }
        Some(d @ Value::Instance(_))
            if user_method(&d, sym::__set__).is_some()
                || user_method(&d, sym::__delete__).is_some() =>
        {
            match user_method(&d, sym::__get__) {
                Some(get) => {
                    call_method(ip, &d, &get, &[obj.clone(), Value::Class(cls.clone())]).map(Some)
                }
                None => Ok(Some(d)),
            }
        }
        _ => Ok(None),
    }
}

/// `module.name` for the other attributes of a subclass (its methods, bound to the module),
/// after the module's own names.
pub fn module_class_attr(
    ip: &Interp,
    obj: &Value,
    cls: &Rc<Class>,
    name: Symbol,
) -> PyResult<Option<Value>> {
    match module_subclass_attr(cls, name) {
        Some(d @ Value::Instance(_)) => match user_method(&d, sym::__get__) {
            Some(get) => {
                call_method(ip, &d, &get, &[obj.clone(), Value::Class(cls.clone())]).map(Some)
            }
            None => Ok(Some(d)),
        },
        Some(v) => bind(ip, v, obj, cls).map(Some),
        None => Ok(None),
    }
}

/// `module.name = v` for an instance of a subclass of `types.ModuleType`: its own
/// `__setattr__`, a data descriptor's setter, or the module's namespace.
pub fn module_subclass_setattr(
    ip: &Interp,
    obj: &Value,
    m: &Rc<crate::runtime::object::ModuleObj>,
    cls: &Rc<Class>,
    name: Symbol,
    v: Value,
) -> PyResult<()> {
    if let Some(sa) = module_subclass_attr(cls, sym::__setattr__) {
        call_method(ip, obj, &sa, &[Value::str(name.as_str()), v])?;
        return Ok(());
    }
    module_generic_setattr(ip, obj, m, cls, name, v)
}

/// `object.__setattr__(module, name, v)` for an instance of a subclass: without the class's
/// own `__setattr__`.
fn module_generic_setattr(
    ip: &Interp,
    obj: &Value,
    m: &Rc<crate::runtime::object::ModuleObj>,
    cls: &Rc<Class>,
    name: Symbol,
    v: Value,
) -> PyResult<()> {
    if name == sym::__class__ {
        return crate::eval::class_assign::set_object_class(ip, obj, v);
    }
    match module_subclass_attr(cls, name) {
        Some(d @ Value::Instance(_)) if user_method(&d, sym::__set__).is_some() => {
            let set = user_method(&d, sym::__set__).unwrap();
            call_method(ip, &d, &set, &[obj.clone(), v])?;
            return Ok(());
        }
        Some(Value::Descr(d)) if matches!(&*d, Descr::Property { .. }) => {
            let Descr::Property { fset, .. } = &*d else {
                unreachable!()
            };
            return set_by_property(ip, fset, obj, v, || {
                format!("property '{}' of '{}' object has no setter", name, cls.name)
            });
        }
        _ => {}
    }
    m.set(name, v);
    crate::eval::dynamic::module_attr_changed(ip, m, name)
}

/// `del obj.name` for user objects; `Ok(false)` when `obj` is not one.
pub fn instance_delattr(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<bool> {
    let Some(cls) = user_class(obj) else {
        return Ok(false);
    };
    if let Some(da) = user_method_of(cls, crate::intern::sym::__delattr__) {
        call_method(ip, obj, &da, &[Value::str(name.as_str())])?;
        return Ok(true);
    }
    generic_delattr(ip, obj, cls, name).map(|_| true)
}

/// `object.__delattr__`: a data descriptor's deleter, else the instance's own attribute.
fn generic_delattr(ip: &Interp, obj: &Value, cls: &Rc<Class>, name: Symbol) -> PyResult<()> {
    if name == sym::__class__ {
        return ip.type_error("can't delete __class__ attribute");
    }
    if name == sym::__dict__ && cls.slots.is_none() {
        if let Some(m) = instance_attrs(obj) {
            m.replace_dict(None);
            return Ok(());
        }
    }
    let found = cls.lookup(name);
    if let Some(d @ Value::Instance(_)) = &found {
        if let Some(del) = user_method(d, crate::intern::sym::__delete__) {
            call_method(ip, d, &del, std::slice::from_ref(obj))?;
            return Ok(());
        }
    }
    if let Some(Value::Descr(d)) = found {
        if let Descr::Property { fdel, .. } = &*d {
            if fdel.is_none() {
                return Err(ip.err(
                    ExcKind::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no deleter",
                        name, cls.name
                    ),
                ));
            }
            let mut a = Args::new();
            a.push(obj.clone());
            call_value(ip, fdel, &mut a, &[])?;
            return Ok(());
        }
    }
    match instance_attrs(obj).and_then(|m| m.remove(name)) {
        Some(_) => Ok(()),
        None => Err(ip.err(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{}'", cls.name, name),
        )),
    }
}

/// `C.name` for any class.
pub fn class_getattr(ip: &Interp, c: &Rc<Class>, name: Symbol) -> PyResult<Value> {
    if let Some(v) = c.lookup(name) {
        if let Value::Instance(_) = &v {
            if let Some(get) = user_method(&v, crate::intern::sym::__get__) {
                return call_method(ip, &v, &get, &[Value::None, Value::Class(c.clone())]);
            }
        }
        return Ok(match v {
            Value::Descr(ref d) => match &**d {
                Descr::StaticMethod(f) => f.clone(),
                Descr::ClassMethod(f) => BoundMethod::value(BoundMethod {
                    receiver: Value::Class(c.clone()),
                    func: f.clone(),
                }),
                _ => v,
            },
            v => v,
        });
    }
    match name.as_str() {
        "__name__" => Ok(Value::str(c.name.as_str())),
        "__qualname__" => Ok(Value::str(&c.qualname)),
        "__module__" => Ok(Value::str(c.module)),
        "__doc__" => Ok(builtin_type_doc(c)),
        "__class__" => Ok(Value::Class(meta_of(ip, c))),
        "__base__" => Ok(c
            .bases
            .first()
            .cloned()
            .map(Value::Class)
            .unwrap_or(Value::None)),
        "__bases__" => Ok(Value::tuple(
            c.bases.iter().cloned().map(Value::Class).collect(),
        )),
        "__mro__" => {
            let mut v = vec![Value::Class(c.clone())];
            v.extend(c.mro.iter().cloned().map(Value::Class));
            if !v
                .iter()
                .any(|x| matches!(x, Value::Class(k) if Rc::ptr_eq(k, &ip.types.object)))
            {
                v.push(Value::Class(ip.types.object.clone()));
            }
            Ok(Value::tuple(v))
        }
        "__dict__" => {
            let d = crate::runtime::dict::PyDict::new();
            let items: Vec<(Symbol, Value)> = c
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (*k, v.clone()))
                .collect();
            for (k, v) in items {
                crate::runtime::dict::set(ip, &d, Value::str(k.as_str()), v)?;
            }
            Ok(Value::Dict(d))
        }
        _ => {
            // Attributes of the metaclass: its methods bound to the class (`C.mro()`).
            let meta = meta_of(ip, c);
            if let Some(v) = meta.lookup(name) {
                if meta.user || matches!(v, Value::Builtin(_)) {
                    return bind(ip, v, &Value::Class(c.clone()), &meta);
                }
            }
            Err(ip.err(
                ExcKind::AttributeError,
                format!("type object '{}' has no attribute '{}'", c.name, name),
            ))
        }
    }
}

/// `C.name = v`.
pub fn class_setattr(ip: &Interp, c: &Rc<Class>, name: Symbol, v: Value) -> PyResult<()> {
    if !c.user {
        return ip.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name, c.qualname
        ));
    }
    if name == sym::__bases__ {
        return crate::eval::class_assign::set_bases(ip, c, v);
    }
    if matches!(name.as_str(), "__name__" | "__qualname__") && !matches!(v, Value::Str(_)) {
        return ip.type_error(format!(
            "can only assign string to {}.{}, not '{}'",
            current_name(c),
            name,
            crate::eval::ops::type_name(ip, &v)
        ));
    }
    if name.as_str() == "__abstractmethods__" {
        c.is_abstract.set(abstract_value(Some(&v)));
    }
    let old = c.dict.borrow_mut().insert(name, v);
    crate::runtime::object::class_changed();
    drop(old);
    Ok(())
}

/// A class's `__name__` as it is now (a program may have renamed it).
fn current_name(c: &Class) -> String {
    match c.dict.borrow().get(&sym::__name__) {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => c.name.as_str().to_string(),
    }
}

pub fn class_delattr(ip: &Interp, c: &Rc<Class>, name: Symbol) -> PyResult<()> {
    if name == sym::__bases__ {
        return ip.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            c.qualname
        ));
    }
    if !c.user {
        return ip.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name, c.qualname
        ));
    }
    // The attributes CPython keeps in the type itself cannot be deleted.
    if matches!(
        name.as_str(),
        "__name__" | "__qualname__" | "__module__" | "__doc__"
    ) {
        return ip.type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            name,
            current_name(c)
        ));
    }
    let old = c.dict.borrow_mut().shift_remove(&name);
    crate::runtime::object::class_changed();
    match old {
        Some(_) => Ok(()),
        None => Err(ip.err(ExcKind::AttributeError, name.as_str().to_string())),
    }
}

/// For `obj.name(...)`: the plain function a user object's class holds under `name`, to be
/// called with `obj` first (no bound-method object made).
#[inline]
pub fn instance_method(obj: &Value, name: Symbol) -> Option<Value> {
    let Value::Instance(i) = obj else {
        return None;
    };
    if has_user_special(obj, special::GETATTRIBUTE) {
        return None;
    }
    match i.class.lookup(name) {
        Some(f @ Value::Function(_)) if !i.attrs.contains(name) => Some(f),
        _ => None,
    }
}

/// `instance_method` for the method call at `site`, whose cache remembers the function the
/// class held for the last instance's class (see `runtime::attr_cache`).
#[inline]
pub fn instance_method_at(
    obj: &Value,
    name: Symbol,
    site: &crate::runtime::attr_cache::AttrSite,
) -> Option<Value> {
    let Value::Instance(i) = obj else {
        return None;
    };
    if let Some(f) = site.method(&i.class) {
        // Cached only when no `__getattribute__` was found, for this class and epoch.
        return (!i.attrs.contains(name)).then_some(Value::Function(f));
    }
    let m = instance_method(obj, name);
    if let Some(Value::Function(f)) = &m {
        site.set_method(&i.class, f);
    }
    m
}

// ---- special methods ----

/// The special method `name` a user class defines (inherited builtins do not count).
#[inline]
pub fn user_method_of(cls: &Rc<Class>, name: Symbol) -> Option<Value> {
    if is_value_kind(cls.kind) {
        return value_class_method(cls, name);
    }
    match cls.lookup(name) {
        None | Some(Value::Builtin(_)) => None,
        Some(m) => Some(m),
    }
}

/// For a subclass of str, int, float or tuple: the special method found along the MRO, `None`
/// when the builtin type implements `name` itself and comes first (`class C(str, Mixin)`).
#[inline(never)]
fn value_class_method(cls: &Rc<Class>, name: Symbol) -> Option<Value> {
    for c in std::iter::once(cls).chain(cls.mro.iter()) {
        if !c.user {
            if builtin_implements(c.kind, name.as_str()) {
                return None;
            }
            continue;
        }
        if let Some(v) = c.dict.borrow().get(&name) {
            return match v {
                Value::Builtin(_) => None,
                m => Some(m.clone()),
            };
        }
    }
    None
}

/// The special methods the value types define themselves.
fn builtin_implements(kind: ClassKind, name: &str) -> bool {
    const CMP: &[&str] = &[
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__hash__",
        "__repr__",
        "__format__",
    ];
    const SEQ: &[&str] = &[
        "__add__",
        "__mul__",
        "__rmul__",
        "__len__",
        "__contains__",
        "__getitem__",
        "__iter__",
    ];
    const NUM: &[&str] = &[
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__int__",
        "__float__",
        "__round__",
        "__divmod__",
        "__rdivmod__",
    ];
    const INT: &[&str] = &[
        "__index__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__invert__",
    ];
    CMP.contains(&name)
        || match kind {
            ClassKind::Str => SEQ.contains(&name) || name == "__str__" || name == "__mod__",
            ClassKind::Tuple => SEQ.contains(&name),
            ClassKind::Int => NUM.contains(&name) || INT.contains(&name),
            ClassKind::Float => NUM.contains(&name),
            _ => false,
        }
}

/// The special method `name` of `v`'s class when `v` is a user object.
#[inline]
pub fn user_method(v: &Value, name: Symbol) -> Option<Value> {
    user_method_of(user_class(v)?, name)
}

/// Calls method `m` (as found in the class of `obj`) with `obj` bound.
pub fn call_method(ip: &Interp, obj: &Value, m: &Value, args: &[Value]) -> PyResult<Value> {
    let mut a = Args::new();
    match m {
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(f) => {
                a.extend(args.iter().cloned());
                call_value(ip, f, &mut a, &[])
            }
            Descr::ClassMethod(f) => {
                a.push(Value::Class(ops::type_of(ip, obj)));
                a.extend(args.iter().cloned());
                call_value(ip, f, &mut a, &[])
            }
            _ => {
                let f = bind(ip, m.clone(), obj, &ops::type_of(ip, obj))?;
                a.extend(args.iter().cloned());
                call_value(ip, &f, &mut a, &[])
            }
        },
        // A class is no descriptor: found as a special method, it is called as it is
        // (`__call__ = dict` in a metaclass).
        Value::Class(_) => {
            a.extend(args.iter().cloned());
            call_value(ip, m, &mut a, &[])
        }
        _ => {
            a.push(obj.clone());
            a.extend(args.iter().cloned());
            call_value(ip, m, &mut a, &[])
        }
    }
}

/// Calls special method `name` of user object `obj` if its class defines one.
#[inline]
pub fn call_dunder(
    ip: &Interp,
    obj: &Value,
    name: Symbol,
    args: &[Value],
) -> Option<PyResult<Value>> {
    let m = user_method(obj, name)?;
    Some(call_method(ip, obj, &m, args))
}

/// `repr(obj)` for user objects: `__repr__`, checked to return a str.
pub fn user_repr(ip: &Interp, obj: &Value) -> Option<PyResult<String>> {
    let r = match call_dunder(ip, obj, sym::__repr__, &[]) {
        Some(r) => r,
        None => match user_class(obj)?.lookup(sym::__repr__)? {
            // Another builtin set as the class's `__repr__` (`C.__repr__ = C.__str__`):
            // called as CPython calls it, which may recurse.
            Value::Builtin(b) if b.name != "__repr__" => {
                if let Err(e) = crate::eval::enter_native(ip, " while calling a Python object") {
                    return Some(Err(e));
                }
                let r = (b.call)(ip, std::slice::from_ref(obj), &[]);
                crate::eval::leave_call(ip);
                r
            }
            _ => return None,
        },
    };
    Some(r.and_then(|v| returned_str(ip, sym::__repr__, v)))
}

/// `str(obj)` for user objects: `__str__`, checked to return a str.
pub fn user_str(ip: &Interp, obj: &Value) -> Option<PyResult<String>> {
    let r = call_dunder(ip, obj, sym::__str__, &[])?;
    Some(r.and_then(|v| returned_str(ip, sym::__str__, v)))
}

/// The default `<module.C object at 0x…>`.
pub fn default_repr(ip: &Interp, obj: &Value) -> String {
    let c = ops::type_of(ip, obj);
    format!(
        "<{} object at {:#x}>",
        c.full_name(),
        obj.ptr().unwrap_or(0)
    )
}

/// `bool(obj)`: `__bool__`, else `__len__`, else true.
pub fn user_truthy(ip: &Interp, obj: &Value) -> PyResult<bool> {
    if !has_user_special(obj, special::BOOL | special::LEN) {
        return match base_of(obj) {
            Some(b) => ops::truthy(ip, b),
            None => Ok(true),
        };
    }
    // The class's own answers (cached per class epoch) say which method to look up.
    if has_user_special(obj, special::BOOL) {
        if let Some(r) = call_dunder(ip, obj, crate::intern::sym::__bool__, &[]) {
            return match r? {
                Value::Bool(b) => Ok(b.get()),
                other => ip.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    ops::type_name(ip, &other)
                )),
            };
        }
    }
    if let Some(r) = user_len(ip, obj) {
        return Ok(r? > 0);
    }
    if let Some(b) = base_of(obj) {
        return ops::truthy(ip, b);
    }
    Ok(true)
}

/// The special methods whose presence `Class::user_specials` records, one bit each.
pub mod special {
    pub const BOOL: u64 = 1;
    pub const LEN: u64 = 2;
    pub const EQ: u64 = 4;
    pub const NE: u64 = 8;
    pub const GETATTRIBUTE: u64 = 16;
}

/// Whether the class of `obj` (a user object) has a method of the program's for any of the
/// special methods in `bits`; false for other objects. Cached per class epoch, so an operator
/// on an instance whose class wrote none of them costs a load and a compare.
#[inline]
pub fn has_user_special(obj: &Value, bits: u64) -> bool {
    let Some(cls) = user_class(obj) else {
        return false;
    };
    let epoch = crate::runtime::object::class_epoch();
    let cached = cls.user_specials.get();
    let found = if cached >> 8 == epoch {
        cached & 0xff
    } else {
        find_user_specials(cls, epoch)
    };
    found & bits != 0
}

#[inline(never)]
fn find_user_specials(cls: &Rc<Class>, epoch: u64) -> u64 {
    let names = [
        (special::BOOL, sym::__bool__),
        (special::LEN, sym::__len__),
        (special::EQ, sym::__eq__),
        (special::NE, sym::__ne__),
        (special::GETATTRIBUTE, sym::__getattribute__),
    ];
    let mut found = 0;
    for (bit, name) in names {
        if user_method_of(cls, name).is_some() {
            found |= bit;
        }
    }
    cls.user_specials.set(epoch << 8 | found);
    found
}

/// `len(obj)` through `__len__`, with CPython's checks of the result.
pub fn user_len(ip: &Interp, obj: &Value) -> Option<PyResult<usize>> {
    let r = call_dunder(ip, obj, sym::__len__, &[])?;
    Some(r.and_then(|v| match v {
        Value::Int(n) if n >= 0 => Ok(n as usize),
        Value::Int(_) => Err(ip.err(ExcKind::ValueError, "__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        Value::BigInt(_) => Err(ip.err(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        other => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, &other)
        )),
    }))
}

/// The names of a binary operator's special methods: normal, reflected, in-place.
pub fn binop_dunders(op: crate::syntax::ast::BinOp) -> (Symbol, Symbol, Symbol) {
    use crate::syntax::ast::BinOp::*;
    match op {
        Add => (sym::__add__, sym::__radd__, sym::__iadd__),
        Sub => (sym::__sub__, sym::__rsub__, sym::__isub__),
        Mult => (sym::__mul__, sym::__rmul__, sym::__imul__),
        MatMult => (sym::__matmul__, sym::__rmatmul__, sym::__imatmul__),
        Div => (sym::__truediv__, sym::__rtruediv__, sym::__itruediv__),
        FloorDiv => (sym::__floordiv__, sym::__rfloordiv__, sym::__ifloordiv__),
        Mod => (sym::__mod__, sym::__rmod__, sym::__imod__),
        Pow => (sym::__pow__, sym::__rpow__, sym::__ipow__),
        LShift => (sym::__lshift__, sym::__rlshift__, sym::__ilshift__),
        RShift => (sym::__rshift__, sym::__rrshift__, sym::__irshift__),
        BitOr => (sym::__or__, sym::__ror__, sym::__ior__),
        BitXor => (sym::__xor__, sym::__rxor__, sym::__ixor__),
        BitAnd => (sym::__and__, sym::__rand__, sym::__iand__),
    }
}

/// `a op b` when either side is a user object: `a.__op__(b)`, then `b.__rop__(a)`, as CPython
/// orders them (the reflected method first when `b`'s class derives from `a`'s). `None` when
/// neither side is a user object; `Some(Ok(NotImplemented))` when both declined.
pub fn user_binary(
    ip: &Interp,
    op: crate::syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    if user_class(a).is_none() && user_class(b).is_none() {
        return None;
    }
    let (name, rname, _) = binop_dunders(op);
    Some(binary_dunders(ip, a, b, name, rname))
}

/// `divmod(a, b)` when either side is a user object with `__divmod__`/`__rdivmod__`; `None`
/// to use the builtin one.
pub fn user_divmod(ip: &Interp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if user_method(a, crate::intern::sym::__divmod__).is_none()
        && user_method(b, crate::intern::sym::__rdivmod__).is_none()
    {
        return None;
    }
    Some(
        binary_dunders(
            ip,
            a,
            b,
            crate::intern::sym::__divmod__,
            crate::intern::sym::__rdivmod__,
        )
        .and_then(|r| match r {
            Value::NotImplemented => ip.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                ops::type_name(ip, a),
                ops::type_name(ip, b)
            )),
            v => Ok(v),
        }),
    )
}

fn binary_dunders(
    ip: &Interp,
    a: &Value,
    b: &Value,
    name: Symbol,
    rname: Symbol,
) -> PyResult<Value> {
    let ta = ops::type_of(ip, a);
    let tb = ops::type_of(ip, b);
    let same = Rc::ptr_eq(&ta, &tb);
    let rfirst = !same && tb.is_subclass(&ta) && user_method(b, rname).is_some();
    if rfirst {
        if let Some(r) = call_dunder(ip, b, rname, std::slice::from_ref(a)) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = call_dunder(ip, a, name, std::slice::from_ref(b)) {
        let r = r?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if !same && !rfirst {
        if let Some(r) = call_dunder(ip, b, rname, std::slice::from_ref(a)) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Ok(Value::NotImplemented)
}

/// `a op= b` for a user object `a` with an in-place method: its result, or `None` to fall back
/// to the plain operator.
pub fn user_inplace(
    ip: &Interp,
    op: crate::syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    user_class(a)?;
    let (_, _, iname) = binop_dunders(op);
    let r = call_dunder(ip, a, iname, std::slice::from_ref(b))?;
    match r {
        Ok(Value::NotImplemented) => None,
        r => Some(r),
    }
}

/// Rich comparison through special methods: `a.__op__(b)`, then the reflection on `b`.
/// `None` when neither side is a user object or both returned NotImplemented.
pub fn user_compare(
    ip: &Interp,
    a: &Value,
    b: &Value,
    name: Symbol,
    rname: Symbol,
) -> PyResult<Option<Value>> {
    let rfirst = match (user_class(a), user_class(b)) {
        (None, None) => return Ok(None),
        // Two instances of one class: `a`'s method first.
        (Some(ca), Some(cb)) if Rc::ptr_eq(ca, cb) => false,
        // The reflected method goes first when b's type is a proper subclass of a's.
        _ => {
            let ta = ops::type_of(ip, a);
            let tb = ops::type_of(ip, b);
            !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && user_method(b, rname).is_some()
        }
    };
    let order: [(&Value, Symbol, &Value); 2] = if rfirst {
        [(b, rname, a), (a, name, b)]
    } else {
        [(a, name, b), (b, rname, a)]
    };
    for (x, m, y) in order {
        if let Some(r) = call_dunder(ip, x, m, std::slice::from_ref(y)) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `a != b` when either side is a user object: each side's `__ne__`, or, as `object.__ne__`
/// does, its `__eq__` inverted (unless NotImplemented), the reflected side first when `b`'s
/// class derives from `a`'s. `None` when both declined.
pub fn user_ne(ip: &Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let one_side = |x: &Value, y: &Value| -> PyResult<Value> {
        if let Some(r) = call_dunder(ip, x, sym::__ne__, std::slice::from_ref(y)) {
            return r;
        }
        match call_dunder(ip, x, sym::__eq__, std::slice::from_ref(y)) {
            Some(r) => match r? {
                Value::NotImplemented => Ok(Value::NotImplemented),
                v => Ok(Value::bool(!ops::truthy(ip, &v)?)),
            },
            None => Ok(Value::NotImplemented),
        }
    };
    let ta = ops::type_of(ip, a);
    let tb = ops::type_of(ip, b);
    let rfirst = !Rc::ptr_eq(&ta, &tb)
        && tb.is_subclass(&ta)
        && (user_method(b, sym::__ne__).is_some() || user_method(b, sym::__eq__).is_some());
    let order: [(&Value, &Value); 2] = if rfirst {
        [(b, a), (a, b)]
    } else {
        [(a, b), (b, a)]
    };
    for (x, y) in order {
        if user_class(x).is_none() {
            continue;
        }
        match one_side(x, y)? {
            Value::NotImplemented => {}
            r => return Ok(Some(r)),
        }
    }
    Ok(None)
}

/// `hash(obj)` for user objects: `__hash__`, unhashable when the class defines `__eq__` but not
/// `__hash__` (or sets `__hash__ = None`), otherwise by identity.
/// The builtin value an instance of a subclass of str, int, float or tuple hashes as, as a dict
/// key: its base value, when no class of its own defines `__hash__` or `__eq__`. It then finds,
/// and is found by, an equal plain value.
pub fn hash_base(obj: &Value) -> Option<&Value> {
    let cls = user_class(obj)?;
    if !is_value_kind(cls.kind) || value_class_method(cls, sym::__hash__).is_some() {
        return None;
    }
    if let Some((_, owner)) = cls.lookup_in(sym::__eq__) {
        if owner.user {
            return None;
        }
    }
    base_of(obj)
}

pub fn user_hash(ip: &Interp, obj: &Value) -> Option<PyResult<i64>> {
    let cls = user_class(obj)?;
    let unhashable = || ip.type_error(format!("unhashable type: '{}'", cls.name));
    let found = if is_value_kind(cls.kind) {
        value_class_method(cls, sym::__hash__).map(|m| (m, cls.clone()))
    } else {
        cls.lookup_in(sym::__hash__)
    };
    match found {
        Some((Value::None, _)) => return Some(unhashable()),
        Some((m, _)) if !matches!(m, Value::Builtin(_)) => {
            return Some(call_method(ip, obj, &m, &[]).and_then(|v| match v {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::BigInt(b) => Ok(crate::runtime::numbers::hash_bigint(&b)),
                _ => ip.type_error("__hash__ method should return an integer"),
            }))
        }
        _ => {}
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if let Some((_, owner)) = cls.lookup_in(sym::__eq__) {
        if owner.user && !owner.dict.borrow().contains_key(&sym::__hash__) {
            return Some(unhashable());
        }
    }
    if let Some(b) = base_of(obj) {
        // A NaN hashes by identity: the identity of the subclass's instance.
        let nan = matches!(b, Value::Float(f) if f.get().is_nan());
        if is_value_kind(cls.kind) && !nan {
            return Some(crate::runtime::numbers::hash(ip, b));
        }
    }
    Some(Ok(crate::runtime::numbers::hash_pointer(
        obj.ptr().unwrap_or(0),
    )))
}

/// One step of iterating a user iterator: `__next__`, with StopIteration as the end.
pub fn user_next(ip: &Interp, obj: &Value) -> PyResult<Option<Value>> {
    match call_dunder(ip, obj, sym::__next__, &[]) {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(e)) => ip.end_iteration(e),
        None => ip.type_error(format!(
            "'{}' object is not an iterator",
            ops::type_name(ip, obj)
        )),
    }
}

// ---- builtin types for class bodies: staticmethod, classmethod, property, super ----

/// `staticmethod(f)`, `classmethod(f)`, `property(...)`, `super(...)` as constructors.
pub fn construct_descr(
    ip: &Interp,
    kind: ClassKind,
    args: &[Value],
    kw: &Kwargs,
) -> PyResult<Value> {
    match kind {
        ClassKind::StaticMethod | ClassKind::ClassMethod => {
            let name = if kind == ClassKind::StaticMethod {
                "staticmethod"
            } else {
                "classmethod"
            };
            if !kw.is_empty() {
                return ip.type_error(format!("{}() takes no keyword arguments", name));
            }
            if args.len() != 1 {
                return ip.type_error(format!("{} expected 1 argument, got {}", name, args.len()));
            }
            let f = args[0].clone();
            Ok(crate::runtime::instance::Descr::into_value(
                if kind == ClassKind::StaticMethod {
                    Descr::StaticMethod(f)
                } else {
                    Descr::ClassMethod(f)
                },
            ))
        }
        ClassKind::Property => {
            let [fget, fset, fdel, doc] = crate::runtime::builtins::clinic_args(
                ip,
                "property",
                args,
                kw,
                ["fget", "fset", "fdel", "doc"],
                0,
                0,
            )?;
            make_property(
                ip,
                fget.unwrap_or(Value::None),
                fset.unwrap_or(Value::None),
                fdel.unwrap_or(Value::None),
                doc.unwrap_or(Value::None),
            )
        }
        ClassKind::Super => {
            if !kw.is_empty() {
                return ip.type_error("super() takes no keyword arguments");
            }
            match args {
                [] => Err(ip.err(ExcKind::RuntimeError, "super(): no arguments")),
                [Value::Class(c), obj] => make_super(ip, c, obj),
                [Value::Class(c)] => {
                    Ok(crate::runtime::instance::Descr::into_value(Descr::Super {
                        class: c.clone(),
                        obj: Value::Undef,
                        start: c.clone(),
                    }))
                }
                [other, ..] if args.len() <= 2 => ip.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    ops::type_name(ip, other)
                )),
                // CPython's `super_vectorcall` words the count so.
                _ => ip.type_error(format!(
                    "super() expected at most 2 arguments, got {}",
                    args.len()
                )),
            }
        }
        _ => unreachable!("construct_descr of a non-descriptor kind"),
    }
}

/// `super(class, obj)`: checks `obj` is an instance (or subclass) of `class`.
pub fn make_super(ip: &Interp, class: &Rc<Class>, obj: &Value) -> PyResult<Value> {
    let start = match obj {
        Value::Class(c) if c.is_subclass(class) => c.clone(),
        _ => {
            let t = ops::type_of(ip, obj);
            if !t.is_subclass(class) {
                return ip
                    .type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            t
        }
    };
    Ok(crate::runtime::instance::Descr::into_value(Descr::Super {
        class: class.clone(),
        obj: obj.clone(),
        start,
    }))
}

/// Zero-argument `super()` in a method: the class from the `__class__` cell, the object from
/// the method's first argument.
pub fn zero_arg_super(ip: &Interp, class_cell: &Value, first: Option<Value>) -> PyResult<Value> {
    let Value::Class(c) = class_cell else {
        return Err(ip.err(ExcKind::RuntimeError, "super(): empty __class__ cell"));
    };
    let Some(obj) = first else {
        return Err(ip.err(ExcKind::RuntimeError, "super(): no arguments"));
    };
    make_super(ip, c, &obj)
}

/// Attribute look-up on a super object: the MRO of `start` after `class`.
pub fn super_getattr(ip: &Interp, d: &Descr, name: Symbol) -> PyResult<Value> {
    let Descr::Super { class, obj, start } = d else {
        unreachable!()
    };
    if matches!(obj, Value::Undef) {
        // An unbound super object looks nothing up: it has only its own attributes.
        return super_own_attr(ip, d, name);
    }
    if let Some(v) = super_find(ip, class, start, name) {
        // A class method's super() (not a metaclass method's, whose receiver is an
        // instance of the metaclass).
        let receiver_is_class = matches!(obj, Value::Class(c) if c.is_subclass(start));
        return match v {
            Value::Function(_) if receiver_is_class => Ok(v),
            Value::Builtin(b) if receiver_is_class && b.name != "__new__" => Ok(v),
            Value::Builtin(b) if b.name == "__new__" => Ok(v),
            _ => bind(ip, v, obj, start),
        };
    }
    super_own_attr(ip, d, name)
}

/// `super().name(...)` of a Python function on an instance: the function and the instance to
/// call it with, so the call makes no bound method. None for anything else.
#[inline]
pub fn super_method(ip: &Interp, sup: &Value, name: Symbol) -> Option<(Value, Value)> {
    let Value::Descr(d) = sup else {
        return None;
    };
    let Descr::Super { class, obj, start } = &**d else {
        return None;
    };
    if matches!(obj, Value::Undef | Value::Class(_)) {
        return None;
    }
    match super_find(ip, class, start, name)? {
        f @ Value::Function(_) => Some((f, obj.clone())),
        _ => None,
    }
}

/// What the classes after `class` in `start`'s MRO hold as `name`.
fn super_find(ip: &Interp, class: &Rc<Class>, start: &Rc<Class>, name: Symbol) -> Option<Value> {
    // The classes after `class` in `start`'s MRO, then `object` if they did not hold it;
    // walked in place (the call `super().m()` makes no list).
    let mro = std::iter::once(start).chain(start.mro.iter());
    let object = &ip.types.object;
    let mut saw_object = false;
    let mut found = None;
    for c in mro.skip_while(|c| !Rc::ptr_eq(c, class)).skip(1) {
        saw_object |= Rc::ptr_eq(c, object);
        found = c.dict.borrow().get(&name).cloned();
        if found.is_some() {
            break;
        }
    }
    if found.is_none() && !saw_object {
        found = object.dict.borrow().get(&name).cloned();
    }
    found
}

/// The attributes of a super object itself: `__thisclass__`, `__self__`, `__self_class__`
/// (None for an unbound one), `__get__`.
fn super_own_attr(ip: &Interp, d: &Descr, name: Symbol) -> PyResult<Value> {
    let Descr::Super { class, obj, start } = d else {
        unreachable!()
    };
    let bound = !matches!(obj, Value::Undef);
    match name.as_str() {
        "__thisclass__" => Ok(Value::Class(class.clone())),
        "__self__" if bound => Ok(obj.clone()),
        "__self_class__" if bound => Ok(Value::Class(start.clone())),
        "__self__" | "__self_class__" => Ok(Value::None),
        "__get__" => Ok(BoundMethod::value(BoundMethod {
            receiver: Descr::into_value(Descr::Super {
                class: class.clone(),
                obj: obj.clone(),
                start: start.clone(),
            }),
            func: Value::Builtin(&SUPER_GET),
        })),
        _ => Err(ip.err(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{}'", name),
        )),
    }
}

/// `super.__get__(obj, type=None)`: an unbound super object bound to `obj`; any other
/// super object as it is.
pub fn super_get(ip: &Interp, d: &Rc<Descr>, obj: &Value) -> PyResult<Value> {
    match &**d {
        Descr::Super {
            class,
            obj: Value::Undef,
            ..
        } if !obj.is_none() => make_super(ip, class, obj),
        _ => Ok(Value::Descr(d.clone())),
    }
}

fn super_get_method(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    crate::eval::call::check_args(ip, "__get__", &args[1..], kw, 1, 2)?;
    match &args[0] {
        Value::Descr(d) if matches!(&**d, Descr::Super { .. }) => super_get(ip, d, &args[1]),
        _ => ip.type_error("descriptor '__get__' requires a 'super' object"),
    }
}

static SUPER_GET: BuiltinFn = BuiltinFn {
    name: "__get__",
    owner: Some("super"),
    call: super_get_method,
    sig: None,
};

/// `property.getter/setter/deleter(f)`: a copy of the property with one function replaced.
fn property_with(ip: &Interp, args: &[Value], which: usize) -> PyResult<Value> {
    let (Some(Value::Descr(d)), Some(f)) = (args.first(), args.get(1)) else {
        return ip.type_error("property method takes one argument");
    };
    let Descr::Property {
        fget,
        fset,
        fdel,
        doc,
        getter_doc,
    } = &**d
    else {
        return ip.type_error("descriptor requires a 'property' object");
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    // As CPython's `property_copy`: None keeps the function the property had.
    if !f.is_none() {
        parts[which] = f.clone();
    }
    let [fget, fset, fdel] = parts;
    // As CPython's `property_copy`: a docstring taken from the getter is taken again.
    let doc = if *getter_doc && !fget.is_none() {
        Value::None
    } else {
        doc.borrow().clone()
    };
    make_property(ip, fget, fset, fdel, doc)
}

/// `property(fget, fset, fdel, doc)`: without a docstring, the getter's `__doc__` is used.
fn make_property(
    ip: &Interp,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
) -> PyResult<Value> {
    let getter_doc = doc.is_none() && !fget.is_none();
    let doc = if getter_doc {
        match ops::getattr(ip, &fget, sym::__doc__) {
            Ok(d) => d,
            Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Value::None,
            Err(e) => return Err(e),
        }
    } else {
        doc
    };
    Ok(crate::runtime::instance::Descr::into_value(
        Descr::Property {
            fget,
            fset,
            fdel,
            doc: RefCell::new(doc),
            getter_doc,
        },
    ))
}

fn property_getter(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    property_with(ip, args, 0)
}
fn property_setter(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    property_with(ip, args, 1)
}
fn property_deleter(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    property_with(ip, args, 2)
}

/// Attributes of staticmethod, classmethod, property and super objects.
pub fn descr_getattr(ip: &Interp, obj: &Value, d: &Descr, name: Symbol) -> PyResult<Value> {
    match d {
        Descr::Super { .. } => super_getattr(ip, d, name),
        Descr::StaticMethod(f) | Descr::ClassMethod(f) => match name.as_str() {
            "__func__" | "__wrapped__" => Ok(f.clone()),
            "__get__" => ops::method_of(ip, obj, name),
            _ => ops::getattr(ip, f, name),
        },
        Descr::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } => match name.as_str() {
            "fget" => Ok(fget.clone()),
            "fset" => Ok(fset.clone()),
            "fdel" => Ok(fdel.clone()),
            "__doc__" => Ok(doc.borrow().clone()),
            "__isabstractmethod__" => {
                for f in [fget, fset, fdel] {
                    if !f.is_none() {
                        if let Ok(v) = ops::getattr(ip, f, name) {
                            if ops::truthy(ip, &v)? {
                                return Ok(Value::bool(true));
                            }
                        }
                    }
                }
                Ok(Value::bool(false))
            }
            "getter" | "setter" | "deleter" => {
                let b: &'static BuiltinFn = match name.as_str() {
                    "getter" => &PROPERTY_GETTER,
                    "setter" => &PROPERTY_SETTER,
                    _ => &PROPERTY_DELETER,
                };
                Ok(BoundMethod::value(BoundMethod {
                    receiver: obj.clone(),
                    func: Value::Builtin(b),
                }))
            }
            // The methods of the type (`__get__`, `__set__`, …).
            _ => ops::method_of(ip, obj, name),
        },
    }
}

static PROPERTY_GETTER: BuiltinFn = BuiltinFn {
    name: "getter",
    owner: Some("property"),
    call: property_getter,
    sig: None,
};
static PROPERTY_SETTER: BuiltinFn = BuiltinFn {
    name: "setter",
    owner: Some("property"),
    call: property_setter,
    sig: None,
};
static PROPERTY_DELETER: BuiltinFn = BuiltinFn {
    name: "deleter",
    owner: Some("property"),
    call: property_deleter,
    sig: None,
};

// ---- the methods of `object` and `BaseException` a subclass reaches through super() ----

fn object_init(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let _ = (ip, args, kw);
    Ok(Value::None)
}

fn object_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    // CPython's rule for extra arguments: an error when the class overrides `__new__`, or
    // overrides neither `__new__` nor `__init__`.
    if let (Some(Value::Class(c)), true) = (args.first(), args.len() > 1 || !kw.is_empty()) {
        let is_object_fn = |v: Option<Value>, f: &'static BuiltinFn| match v {
            None => true,
            Some(Value::Builtin(b)) => std::ptr::eq(b, f),
            Some(_) => false,
        };
        if c.user && c.kind == ClassKind::Object {
            if !is_object_fn(c.lookup(sym::__new__), &OBJECT_NEW) {
                return ip.type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                );
            }
            if is_object_fn(c.lookup(sym::__init__), &OBJECT_INIT) {
                return ip.type_error(format!("{}() takes no arguments", c.name));
            }
        }
    }
    match args.first() {
        Some(Value::Class(c)) if c.user && is_value_kind(c.kind) => {
            let s = solid_base(c);
            ip.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.qualname, s.qualname
            ))
        }
        Some(Value::Class(c)) if c.user => new_instance(ip, c, &args[1..], &[]),
        Some(Value::Class(c)) => ip.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.qualname, c.qualname
        )),
        Some(other) => ip.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            ops::type_name(ip, other)
        )),
        None => ip.type_error("object.__new__(): not enough arguments"),
    }
}

fn object_setattr(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let [obj, Value::Str(name), v] = args else {
        return ip.type_error("expected 3 arguments");
    };
    let name = intern(&name.s);
    match user_class(obj) {
        Some(cls) => {
            let cls = cls.clone();
            generic_setattr(ip, obj, &cls, name, v.clone())?;
        }
        // `type.__setattr__` of a class (a metaclass's `super().__setattr__`): the class's
        // own attribute, not the metaclass's method again.
        None => match obj {
            Value::Class(c) => class_setattr(ip, c, name, v.clone())?,
            Value::Module(m) => {
                let class = m.class.borrow().clone();
                match class {
                    Some(cls) => module_generic_setattr(ip, obj, m, &cls, name, v.clone())?,
                    None => ops::setattr(ip, obj, name, v.clone())?,
                }
            }
            _ => ops::setattr(ip, obj, name, v.clone())?,
        },
    }
    Ok(Value::None)
}

fn object_delattr(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let [obj, Value::Str(name)] = args else {
        return ip.type_error("expected 2 arguments");
    };
    let name = intern(&name.s);
    match user_class(obj) {
        Some(cls) => {
            let cls = cls.clone();
            generic_delattr(ip, obj, &cls, name)?;
        }
        None => match obj {
            Value::Class(c) => class_delattr(ip, c, name)?,
            _ => ops::delattr(ip, obj, name)?,
        },
    }
    Ok(Value::None)
}

/// `object.__subclasshook__`: no opinion, so `issubclass` goes on as usual.
fn object_subclasshook(_ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_repr(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return ip.type_error("descriptor '__repr__' of 'object' object needs an argument");
    };
    Ok(Value::string(match obj {
        Value::Exception(e) => {
            let mut s = e.class.name.as_str().to_string();
            s.push('(');
            let items: Vec<String> = e
                .args
                .borrow()
                .iter()
                .map(|a| crate::runtime::repr::repr(ip, a))
                .collect::<PyResult<_>>()?;
            s.push_str(&items.join(", "));
            s.push(')');
            s
        }
        Value::Instance(_) => default_repr(ip, obj),
        other => crate::runtime::repr::repr(ip, other)?,
    }))
}

fn object_str(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return ip.type_error("descriptor '__str__' of 'object' object needs an argument");
    };
    Ok(Value::string(match obj {
        // `object.__str__` is the repr (an exception class may take it back from
        // BaseException's).
        Value::Exception(_) => crate::runtime::repr::repr(ip, obj)?,
        Value::Instance(_) => match user_repr(ip, obj) {
            Some(r) => r?,
            None => default_repr(ip, obj),
        },
        other => crate::runtime::repr::str_of(ip, other)?,
    }))
}

/// `BaseException.__str__`: the message made of the arguments.
fn exception_str(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Exception(e)) => Ok(Value::string(crate::runtime::repr::exception_base_str(
            ip, e,
        )?)),
        _ => object_str(ip, args, kw),
    }
}

fn object_eq(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args {
        [a, b] => Ok(if a.is(b) {
            Value::bool(true)
        } else {
            Value::NotImplemented
        }),
        _ => ip.type_error("expected 1 argument"),
    }
}

/// `object.__ne__`: the inverse of the type's `__eq__`, NotImplemented when that is.
fn object_ne(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let [a, b] = args else {
        return ip.type_error("expected 1 argument");
    };
    let eq = match user_class(a).and_then(|c| user_method_of(c, sym::__eq__)) {
        Some(f) => call_method(ip, a, &f, std::slice::from_ref(b))?,
        None if a.is(b) => Value::bool(true),
        // A builtin type's own `__eq__`, which only answers for its own type.
        None if user_class(a).is_none()
            && Rc::ptr_eq(&ops::type_of(ip, a), &ops::type_of(ip, b)) =>
        {
            Value::bool(ops::equals(ip, a, b)?)
        }
        None => Value::NotImplemented,
    };
    match eq {
        Value::NotImplemented => Ok(Value::NotImplemented),
        v => Ok(Value::bool(!ops::truthy(ip, &v)?)),
    }
}

fn object_cmp(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args {
        [_, _] => Ok(Value::NotImplemented),
        _ => ip.type_error("expected 1 argument"),
    }
}

fn object_hash(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(obj) => Ok(Value::Int(crate::runtime::numbers::identity_hash(obj))),
        None => ip.type_error("expected 1 argument"),
    }
}

fn exc_init(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Exception(e)) => {
            for (k, v) in crate::runtime::exception_attrs::take_keywords(ip, &e.class, kw)? {
                e.attrs.set(k, v);
            }
            *e.args.borrow_mut() = args[1..].to_vec();
            Ok(Value::None)
        }
        _ => ip.type_error("descriptor '__init__' requires a 'BaseException' object"),
    }
}

fn exc_with_traceback(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args {
        [e @ Value::Exception(x), tb] => {
            crate::runtime::traceback::set_on_exception(ip, x, tb)?;
            Ok(e.clone())
        }
        [Value::Exception(_), ..] => ip.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len() - 1
        )),
        _ => ip.type_error("descriptor 'with_traceback' requires a 'BaseException' object"),
    }
}

/// `e.add_note(note)`: appends the str `note` to the exception's `__notes__` (made a new list
/// the first time), which tracebacks print under the exception.
fn exc_add_note(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args {
        [Value::Exception(e), note] => {
            if !matches!(note, Value::Str(_)) {
                return ip.type_error(format!(
                    "note must be a str, not '{}'",
                    crate::eval::ops::type_name(ip, note)
                ));
            }
            let key = intern("__notes__");
            match e.attrs.get(key) {
                None => e.attrs.set(key, Value::list(vec![note.clone()])),
                Some(Value::List(l)) => l.items.borrow_mut().push(note.clone()),
                Some(_) => return ip.type_error("Cannot add note: __notes__ is not a list"),
            }
            Ok(Value::None)
        }
        [Value::Exception(_), ..] => ip.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len() - 1
        )),
        _ => ip.type_error("descriptor 'add_note' requires a 'BaseException' object"),
    }
}

/// `coroutine.__await__()` and `Future.__await__()`: the object itself, which `await` (and an
/// `__await__` method returning it) drives.
fn await_self(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(v @ (Value::Coroutine(_) | Value::Future(_))) => Ok(v.clone()),
        _ => ip.type_error("descriptor '__await__' needs an awaitable"),
    }
}

/// `dict.__init__(self, *args, **kw)` and `list.__init__(self, iterable=())` on a subclass
/// instance: fill its data.
fn container_init(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let Some(target) = args.first() else {
        return ip.type_error("descriptor '__init__' needs an argument");
    };
    let class = ops::type_of(ip, target);
    let target = base_of(target).cloned().unwrap_or_else(|| target.clone());
    match &target {
        Value::Dict(d) => {
            let v = crate::runtime::types::construct(ip, &ip.types.dict, &args[1..], kw)?;
            if let Value::Dict(src) = v {
                crate::runtime::dict::merge(ip, d, &src)?;
            }
            Ok(Value::None)
        }
        Value::List(l) => {
            // A subclass with a `__new__` of its own may be given keywords for it: CPython's
            // `list.__init__` then leaves them alone.
            let own_new = match (
                class.lookup(sym::__new__),
                ip.types.list.lookup(sym::__new__),
            ) {
                (Some(a), Some(b)) => !a.is(&b),
                _ => false,
            };
            let kw = if own_new { &[][..] } else { kw };
            crate::eval::call::check_args(ip, "list", &args[1..], kw, 0, 1)?;
            let items = match args.get(1) {
                Some(v) => ops::collect(ip, v)?,
                None => vec![],
            };
            *l.items.borrow_mut() = items;
            Ok(Value::None)
        }
        Value::Set(set) => {
            // `set.__init__` names the instance's own type in its count error
            // (`PyArg_UnpackTuple` with `tp_name`).
            if !kw.is_empty() {
                return ip.type_error("set() takes no keyword arguments");
            }
            crate::stdlib::unpack_args(ip, class.name.as_str(), &args[1..], 0, 1)?;
            set.clear();
            if let Some(src) = args.get(1) {
                crate::runtime::set::update(ip, set, src)?;
            }
            Ok(Value::None)
        }
        _ => Ok(Value::None),
    }
}

/// The arguments of a `dict`/`list` special method called on a subclass instance, with the
/// instance replaced by the builtin object holding its data.
fn on_base(args: &[Value]) -> Vec<Value> {
    let mut v = args.to_vec();
    if let Some(b) = args.first().and_then(base_of) {
        v[0] = b.clone();
    }
    v
}

fn base_getitem(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c, k] => ops::getitem(ip, c, k),
        _ => ip.type_error("expected 1 argument"),
    }
}

fn base_setitem(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c, k, v] => ops::setitem(ip, c, k, v.clone()).map(|_| Value::None),
        _ => ip.type_error("expected 2 arguments"),
    }
}

fn base_delitem(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c, k] => ops::delitem(ip, c, k).map(|_| Value::None),
        _ => ip.type_error("expected 1 argument"),
    }
}

fn base_contains(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c, k] => ops::contains(ip, c, k).map(Value::bool),
        _ => ip.type_error("expected 1 argument"),
    }
}

fn base_len(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c] => ops::len(ip, c).map(|n| Value::Int(n as i64)),
        _ => ip.type_error("expected 0 arguments"),
    }
}

fn base_repr(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let args = &on_base(args)[..];
    match args {
        [c] => crate::runtime::repr::repr(ip, c).map(Value::string),
        _ => ip.type_error("expected 0 arguments"),
    }
}

macro_rules! builtin {
    ($name:ident, $text:expr, $owner:expr, $f:ident) => {
        static $name: BuiltinFn = BuiltinFn {
            name: $text,
            owner: Some($owner),
            call: $f,
            sig: None,
        };
    };
}

builtin!(OBJECT_INIT, "__init__", "object", object_init);
builtin!(OBJECT_NEW, "__new__", "object", object_new);
builtin!(OBJECT_SETATTR, "__setattr__", "object", object_setattr);
builtin!(
    OBJECT_GETATTRIBUTE,
    "__getattribute__",
    "object",
    object_getattribute
);
builtin!(OBJECT_DELATTR, "__delattr__", "object", object_delattr);
builtin!(
    OBJECT_SUBCLASSHOOK,
    "__subclasshook__",
    "object",
    object_subclasshook
);
builtin!(OBJECT_REPR, "__repr__", "object", object_repr);
builtin!(OBJECT_STR, "__str__", "object", object_str);
builtin!(OBJECT_EQ, "__eq__", "object", object_eq);
builtin!(OBJECT_HASH, "__hash__", "object", object_hash);
builtin!(OBJECT_NE, "__ne__", "object", object_ne);
builtin!(OBJECT_LT, "__lt__", "object", object_cmp);
builtin!(OBJECT_LE, "__le__", "object", object_cmp);
builtin!(OBJECT_GT, "__gt__", "object", object_cmp);
builtin!(OBJECT_GE, "__ge__", "object", object_cmp);
builtin!(EXC_INIT, "__init__", "BaseException", exc_init);
builtin!(DICT_INIT, "__init__", "dict", container_init);
builtin!(DICT_GETITEM, "__getitem__", "dict", base_getitem);
builtin!(DICT_SETITEM, "__setitem__", "dict", base_setitem);
builtin!(DICT_DELITEM, "__delitem__", "dict", base_delitem);
builtin!(DICT_CONTAINS, "__contains__", "dict", base_contains);
builtin!(DICT_LEN, "__len__", "dict", base_len);
builtin!(DICT_REPR, "__repr__", "dict", base_repr);
builtin!(LIST_GETITEM, "__getitem__", "list", base_getitem);
builtin!(LIST_SETITEM, "__setitem__", "list", base_setitem);
builtin!(LIST_DELITEM, "__delitem__", "list", base_delitem);
builtin!(LIST_CONTAINS, "__contains__", "list", base_contains);
builtin!(LIST_LEN, "__len__", "list", base_len);
builtin!(LIST_REPR, "__repr__", "list", base_repr);
builtin!(LIST_INIT, "__init__", "list", container_init);
builtin!(TYPE_NEW, "__new__", "type", type_new_builtin);
builtin!(TYPE_INIT, "__init__", "type", type_init_builtin);
builtin!(TYPE_CALL, "__call__", "type", type_call_builtin);
builtin!(STR_NEW, "__new__", "str", str_new);
builtin!(INT_NEW, "__new__", "int", int_new);
builtin!(BOOL_NEW, "__new__", "bool", bool_new);
builtin!(FLOAT_NEW, "__new__", "float", float_new);
builtin!(TUPLE_NEW, "__new__", "tuple", tuple_new);
builtin!(FROZENSET_NEW, "__new__", "frozenset", frozenset_new);
builtin!(SET_NEW, "__new__", "set", set_new);
builtin!(SET_INIT, "__init__", "set", container_init);
builtin!(FUT_AWAIT, "__await__", "Future", await_self);
builtin!(EXC_STR, "__str__", "BaseException", exception_str);
builtin!(EXC_REPR, "__repr__", "BaseException", object_repr);
builtin!(EXC_ADD_NOTE, "add_note", "BaseException", exc_add_note);
builtin!(
    EXC_WITH_TRACEBACK,
    "with_traceback",
    "BaseException",
    exc_with_traceback
);

/// Puts the methods of `object` and `BaseException` into their classes.
pub fn install(ip: &Interp) {
    let mut d = ip.types.object.dict.borrow_mut();
    for b in [
        &OBJECT_INIT,
        &OBJECT_NEW,
        &OBJECT_SETATTR,
        &OBJECT_GETATTRIBUTE,
        &OBJECT_DELATTR,
        &OBJECT_REPR,
        &OBJECT_STR,
        &OBJECT_EQ,
        &OBJECT_HASH,
        &OBJECT_NE,
        &OBJECT_LT,
        &OBJECT_LE,
        &OBJECT_GT,
        &OBJECT_GE,
    ] {
        d.insert(intern(b.name), Value::Builtin(b));
    }
    d.insert(
        intern(OBJECT_SUBCLASSHOOK.name),
        Value::Descr(Rc::new(Descr::ClassMethod(Value::Builtin(
            &OBJECT_SUBCLASSHOOK,
        )))),
    );
    drop(d);
    let base_exc = &ip.exc_classes[ExcKind::BaseException as usize];
    let mut d = base_exc.dict.borrow_mut();
    for b in [
        &EXC_INIT,
        &EXC_STR,
        &EXC_REPR,
        &EXC_WITH_TRACEBACK,
        &EXC_ADD_NOTE,
    ] {
        d.insert(intern(b.name), Value::Builtin(b));
    }
    drop(d);
    for (c, fs) in [
        (
            &ip.types.dict,
            [
                &DICT_INIT,
                &DICT_GETITEM,
                &DICT_SETITEM,
                &DICT_DELITEM,
                &DICT_CONTAINS,
                &DICT_LEN,
                &DICT_REPR,
            ],
        ),
        (
            &ip.types.list,
            [
                &LIST_INIT,
                &LIST_GETITEM,
                &LIST_SETITEM,
                &LIST_DELITEM,
                &LIST_CONTAINS,
                &LIST_LEN,
                &LIST_REPR,
            ],
        ),
    ] {
        let mut d = c.dict.borrow_mut();
        for f in fs {
            d.entry(intern(f.name)).or_insert(Value::Builtin(f));
        }
    }
    for (c, f) in [
        (&ip.types.type_, &TYPE_NEW),
        (&ip.types.type_, &TYPE_INIT),
        (&ip.types.type_, &TYPE_CALL),
        (&ip.types.str_, &STR_NEW),
        (&ip.types.int, &INT_NEW),
        (&ip.types.bool_, &BOOL_NEW),
        (&ip.types.float, &FLOAT_NEW),
        (&ip.types.tuple, &TUPLE_NEW),
        (&ip.types.frozenset, &FROZENSET_NEW),
        (&ip.types.set, &SET_NEW),
        (&ip.types.set, &SET_INIT),
    ] {
        c.dict
            .borrow_mut()
            .entry(intern(f.name))
            .or_insert(Value::Builtin(f));
    }
    ip.types
        .future
        .dict
        .borrow_mut()
        .insert(sym::__await__, Value::Builtin(&FUT_AWAIT));
}
