//! The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`. As in CPython, the functions belong to `_operator` (and are named so in
//! their errors), and `operator` holds them all.

use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::call::Args;
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::{BuiltinFn, Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use corun_macros::{function, method, staticmethod};

/// `itemgetter(*items)`: the items to look up.
pub struct ItemGetter(pub Vec<Value>);

/// `attrgetter(*attrs)`: each dotted name, split at its dots.
pub struct AttrGetter(pub Vec<Vec<Symbol>>);

pub struct MethodCaller {
    pub name: Value,
    pub args: Vec<Value>,
    pub kw: Vec<(Symbol, Value)>,
}

native_arg!(ItemGetter, ItemGetter, "operator.itemgetter");
native_arg!(AttrGetter, AttrGetter, "operator.attrgetter");
native_arg!(MethodCaller, MethodCaller, "operator.methodcaller");

/// Functions of two operands: `name(a, b, /)` applying `$apply`.
macro_rules! binary {
    ($($fname:ident = $sig:literal, |$ip:ident, $a:ident, $b:ident| $body:expr;)*) => {
        $(#[function(_operator, $sig)]
        fn $fname($ip: &Interp, $a: &Value, $b: &Value) -> PyResult<Value> {
            $body
        })*
    };
}

binary! {
    add = "add(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Add, a, b);
    sub = "sub(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Sub, a, b);
    mul = "mul(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Mult, a, b);
    truediv = "truediv(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Div, a, b);
    floordiv = "floordiv(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::FloorDiv, a, b);
    mod_ = "mod(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Mod, a, b);
    pow = "pow(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::Pow, a, b);
    lshift = "lshift(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::LShift, a, b);
    rshift = "rshift(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::RShift, a, b);
    and_ = "and_(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::BitAnd, a, b);
    or_ = "or_(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::BitOr, a, b);
    xor = "xor(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::BitXor, a, b);
    matmul = "matmul(a, b, /)", |ip, a, b| ops::binary_op(ip, BinOp::MatMult, a, b);
    ilshift = "ilshift(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::LShift, a, b);
    irshift = "irshift(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::RShift, a, b);
    imatmul = "imatmul(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::MatMult, a, b);
    iadd = "iadd(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Add, a, b);
    isub = "isub(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Sub, a, b);
    imul = "imul(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Mult, a, b);
    itruediv = "itruediv(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Div, a, b);
    ifloordiv = "ifloordiv(a, b, /)", |ip, a, b| {
        crate::eval::sync::inplace_op(ip, BinOp::FloorDiv, a, b)
    };
    imod = "imod(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Mod, a, b);
    ipow = "ipow(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::Pow, a, b);
    iand = "iand(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::BitAnd, a, b);
    ior = "ior(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::BitOr, a, b);
    ixor = "ixor(a, b, /)", |ip, a, b| crate::eval::sync::inplace_op(ip, BinOp::BitXor, a, b);
    eq = "eq(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::Eq, a, b);
    ne = "ne(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::NotEq, a, b);
    lt = "lt(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::Lt, a, b);
    le = "le(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::LtE, a, b);
    gt = "gt(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::Gt, a, b);
    ge = "ge(a, b, /)", |ip, a, b| ops::rich_compare(ip, CmpOp::GtE, a, b);
    is_ = "is_(a, b, /)", |_ip, a, b| Ok(Value::bool(a.is(b)));
    is_not = "is_not(a, b, /)", |_ip, a, b| Ok(Value::bool(!a.is(b)));
    contains = "contains(a, b, /)", |ip, a, b| Ok(Value::bool(ops::contains(ip, a, b)?));
    getitem = "getitem(a, b, /)", |ip, a, b| ops::getitem(ip, a, b);
}

/// Functions of one operand: `name(a, /)`.
macro_rules! unary {
    ($($fname:ident = $sig:literal, |$ip:ident, $a:ident| $body:expr;)*) => {
        $(#[function(_operator, $sig)]
        fn $fname($ip: &Interp, $a: &Value) -> PyResult<Value> {
            $body
        })*
    };
}

unary! {
    neg = "neg(a, /)", |ip, a| ops::unary_op(ip, UnaryOp::Neg, a);
    pos = "pos(a, /)", |ip, a| ops::unary_op(ip, UnaryOp::Pos, a);
    invert = "invert(a, /)", |ip, a| ops::unary_op(ip, UnaryOp::Invert, a);
    inv = "inv(a, /)", |ip, a| ops::unary_op(ip, UnaryOp::Invert, a);
    not_ = "not_(a, /)", |ip, a| ops::unary_op(ip, UnaryOp::Not, a);
    truth = "truth(a, /)", |ip, a| Ok(Value::bool(ops::truthy(ip, a)?));
    abs = "abs(a, /)", |ip, a| super::call_with(ip, &ip.builtin("abs"), std::slice::from_ref(a));
    index = "index(a, /)", |ip, a| Ok(Value::from_bigint(crate::runtime::numbers::index(ip, a)?));
}

/// `length_hint(obj, default=0, /)`: how many items `obj` will give, as far as it tells.
#[function(_operator, "length_hint(obj, default=0, /)")]
fn length_hint(ip: &Interp, obj: &Value, default: Option<&Value>) -> PyResult<Value> {
    let default = match default {
        None => 0,
        Some(d @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let n = crate::runtime::numbers::index(ip, d)?;
            num_traits::ToPrimitive::to_usize(&n).unwrap_or(0)
        }
        Some(d) => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(ip, d)
            ))
        }
    };
    Ok(Value::Int(
        crate::runtime::iterators::length_hint(ip, obj, default)? as i64,
    ))
}

#[function(_operator, "countOf(a, b, /)")]
fn count_of(ip: &Interp, a: &Value, b: &Value) -> PyResult<i64> {
    let mut it = ops::iter(ip, a)?;
    let mut n = 0;
    while let Some(x) = it.next_checked(ip)? {
        if x.is(b) || ops::equals(ip, &x, b)? {
            n += 1;
        }
    }
    Ok(n)
}

#[function(_operator, "setitem(a, b, c, /)")]
fn setitem(ip: &Interp, a: &Value, b: &Value, c: &Value) -> PyResult<()> {
    ops::setitem(ip, a, b, c.clone())
}

#[function(_operator, "delitem(a, b, /)")]
fn delitem(ip: &Interp, a: &Value, b: &Value) -> PyResult<()> {
    ops::delitem(ip, a, b)
}

/// `indexOf(a, b, /)`: the position of the first item of `a` that is or equals `b`.
#[function(_operator, "indexOf(a, b, /)")]
fn index_of(ip: &Interp, a: &Value, b: &Value) -> PyResult<i64> {
    let mut it = ops::iter(ip, a)?;
    let mut n = 0;
    while let Some(x) = it.next_checked(ip)? {
        if x.is(b) || ops::equals(ip, &x, b)? {
            return Ok(n);
        }
        n += 1;
    }
    Err(ip.err(
        crate::runtime::exceptions::ExcKind::ValueError,
        "sequence.index(x): x not in sequence",
    ))
}

/// `call(obj, /, *args, **kwargs)`: `obj(*args, **kwargs)`.
#[function(_operator, "call(obj, /, *args, **kwargs)", style = py)]
fn call(ip: &Interp, obj: &Value, args: &[Value], kwargs: &[(Symbol, Value)]) -> PyResult<Value> {
    let mut a: Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, obj, &mut a, kwargs)
}

/// CPython's `PySequence_Check`: a builtin sequence, or an object whose class has a
/// `__getitem__` (a dict's does not count).
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            true
        }
        Value::Native(o) => matches!(o.kind, Native::Deque(_) | Native::ByteArray(_)),
        Value::Instance(i) => {
            !matches!(i.base, Some(Value::Dict(_)))
                && crate::eval::classes::user_method(v, crate::intern::sym::__getitem__).is_some()
        }
        _ => false,
    }
}

#[function(_operator, "concat(a, b, /)")]
fn concat(ip: &Interp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_sequence(a) {
        return ip.type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name(ip, a)
        ));
    }
    ops::binary_op(ip, BinOp::Add, a, b)
}

#[function(_operator, "iconcat(a, b, /)")]
fn iconcat(ip: &Interp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_sequence(a) {
        return ip.type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name(ip, a)
        ));
    }
    crate::eval::sync::inplace_op(ip, BinOp::Add, a, b)
}

// CPython's constructors of the getters count their own arguments: one at least (with
// `PyArg_UnpackTuple`'s message when there is none), so they take them whole here.

#[staticmethod("operator.itemgetter", "itemgetter($type, *items)", attr = "__new__")]
fn itemgetter_new(ip: &Interp, _cls: &Value, items: &[Value]) -> PyResult<Value> {
    if items.is_empty() {
        return ip.type_error("itemgetter expected 1 argument, got 0");
    }
    Ok(super::new_obj(
        ip,
        &ITEMGETTER,
        Native::ItemGetter(ItemGetter(items.to_vec())),
    ))
}

#[staticmethod("operator.attrgetter", "attrgetter($type, *attrs)", attr = "__new__")]
fn attrgetter_new(ip: &Interp, _cls: &Value, attrs: &[Value]) -> PyResult<Value> {
    if attrs.is_empty() {
        return ip.type_error("attrgetter expected 1 argument, got 0");
    }
    let mut paths = Vec::new();
    for a in attrs {
        let Value::Str(s) = a else {
            return ip.type_error("attribute name must be a string");
        };
        paths.push(s.s.split('.').map(intern).collect());
    }
    Ok(super::new_obj(
        ip,
        &ATTRGETTER,
        Native::AttrGetter(AttrGetter(paths)),
    ))
}

#[staticmethod(
    "operator.methodcaller",
    "methodcaller($type, /, *args, **kwargs)",
    attr = "__new__"
)]
fn methodcaller_new(
    ip: &Interp,
    _cls: &Value,
    args: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    let Some((name, args)) = args.split_first() else {
        return ip.type_error("methodcaller needs at least one argument, the method name");
    };
    if !matches!(name, Value::Str(_)) {
        return ip.type_error("method name must be a string");
    }
    Ok(super::new_obj(
        ip,
        &METHODCALLER,
        Native::MethodCaller(MethodCaller {
            name: name.clone(),
            args: args.to_vec(),
            kw: kwargs.to_vec(),
        }),
    ))
}

// Calling a getter: its `__call__`, which CPython's errors name after the class.

#[method(
    "operator.itemgetter",
    "itemgetter($self, obj, /)",
    attr = "__call__",
    style = positional
)]
#[inline(always)]
fn itemgetter_call(ip: &Interp, this: &ItemGetter, obj: &Value) -> PyResult<Value> {
    match &this.0[..] {
        [item] => ops::getitem(ip, obj, item),
        items => getitems(ip, obj, items),
    }
}

fn getitems(ip: &Interp, obj: &Value, items: &[Value]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        out.push(ops::getitem(ip, obj, i)?);
    }
    Ok(Value::tuple(out))
}

#[method(
    "operator.attrgetter",
    "attrgetter($self, obj, /)",
    attr = "__call__",
    style = positional
)]
fn attrgetter_call(ip: &Interp, this: &AttrGetter, obj: &Value) -> PyResult<Value> {
    let get = |path: &Vec<Symbol>| -> PyResult<Value> {
        let mut v = obj.clone();
        for p in path {
            v = ops::getattr(ip, &v, *p)?;
        }
        Ok(v)
    };
    if let [path] = &this.0[..] {
        return get(path);
    }
    let mut out = Vec::with_capacity(this.0.len());
    for p in &this.0 {
        out.push(get(p)?);
    }
    Ok(Value::tuple(out))
}

#[method(
    "operator.methodcaller",
    "methodcaller($self, obj, /)",
    attr = "__call__",
    style = positional
)]
fn methodcaller_call(ip: &Interp, this: &MethodCaller, obj: &Value) -> PyResult<Value> {
    let Value::Str(n) = &this.name else {
        return ip.type_error("method name must be a string");
    };
    let f = ops::getattr(ip, obj, intern(&n.s))?;
    let mut a: Args = this.args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &f, &mut a, &this.kw)
}

// Pickling a getter: the class and the arguments that make it again.

fn getter_class(ip: &Interp, spec: &'static ClassSpec) -> Value {
    Value::Class(super::class(ip, spec))
}

#[method("operator.itemgetter", "__reduce__($self, /)")]
fn itemgetter_reduce(ip: &Interp, this: &ItemGetter) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        getter_class(ip, &ITEMGETTER),
        Value::tuple(this.0.clone()),
    ]))
}

#[method("operator.attrgetter", "__reduce__($self, /)")]
fn attrgetter_reduce(ip: &Interp, this: &AttrGetter) -> PyResult<Value> {
    let names = this
        .0
        .iter()
        .map(|path| {
            let parts: Vec<&str> = path.iter().map(|p| p.as_str()).collect();
            Value::string(parts.join("."))
        })
        .collect();
    Ok(Value::tuple(vec![
        getter_class(ip, &ATTRGETTER),
        Value::tuple(names),
    ]))
}

/// As CPython: `(methodcaller, (name, *args))`, or with keywords
/// `(partial(methodcaller, name, **kwargs), args)`.
#[method("operator.methodcaller", "__reduce__($self, /)")]
fn methodcaller_reduce(ip: &Interp, this: &MethodCaller) -> PyResult<Value> {
    let class = getter_class(ip, &METHODCALLER);
    if this.kw.is_empty() {
        let mut args = vec![this.name.clone()];
        args.extend(this.args.iter().cloned());
        return Ok(Value::tuple(vec![class, Value::tuple(args)]));
    }
    let functools = crate::runtime::modules::import_dotted(ip, "functools")?;
    let partial = ops::getattr(ip, &functools, intern("partial"))?;
    let mut a: Args = [class, this.name.clone()].into_iter().collect();
    let made = crate::eval::call::call_value(ip, &partial, &mut a, &this.kw)?;
    Ok(Value::tuple(vec![made, Value::tuple(this.args.clone())]))
}

/// Calls a getter object `o` with `args`: its `__call__`, at once for the common call.
pub fn call_getter(
    ip: &Interp,
    o: &Rc<NativeObj>,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    use crate::runtime::bind::fast_method;
    let f: &'static BuiltinFn = match &o.kind {
        Native::ItemGetter(g) if fast_method(&ITEMGETTER_CALL, args, kw) => {
            return itemgetter_call(ip, g, &args[0])
        }
        Native::AttrGetter(g) if fast_method(&ATTRGETTER_CALL, args, kw) => {
            return attrgetter_call(ip, g, &args[0])
        }
        Native::MethodCaller(m) if fast_method(&METHODCALLER_CALL, args, kw) => {
            return methodcaller_call(ip, m, &args[0])
        }
        Native::ItemGetter(_) => &ITEMGETTER_CALL,
        Native::AttrGetter(_) => &ATTRGETTER_CALL,
        _ => &METHODCALLER_CALL,
    };
    args.insert(0, Value::Native(o.clone()));
    (f.call)(ip, args, kw)
}

pub fn getter_repr(ip: &Interp, o: &NativeObj) -> PyResult<String> {
    use crate::runtime::repr::repr;
    let parts: Vec<String> = match &o.kind {
        Native::ItemGetter(items) => items
            .0
            .iter()
            .map(|x| repr(ip, x))
            .collect::<PyResult<_>>()?,
        Native::AttrGetter(paths) => paths
            .0
            .iter()
            .map(|p| {
                let s: Vec<&str> = p.iter().map(|x| x.as_str()).collect();
                crate::runtime::repr::str_repr(&s.join("."))
            })
            .collect(),
        Native::MethodCaller(mc) => {
            let mut v = vec![repr(ip, &mc.name)?];
            for a in &mc.args {
                v.push(repr(ip, a)?);
            }
            for (k, a) in &mc.kw {
                v.push(format!("{}={}", k, repr(ip, a)?));
            }
            v
        }
        _ => Vec::new(),
    };
    Ok(format!(
        "operator.{}({})",
        o.class.qualname,
        parts.join(", ")
    ))
}

static ITEMGETTER: ClassSpec = ClassSpec {
    key: "operator.itemgetter",
    module: "operator",
    name: "itemgetter",
    base: None,
    new: None,
    methods: &[],
};
static ATTRGETTER: ClassSpec = ClassSpec {
    key: "operator.attrgetter",
    module: "operator",
    name: "attrgetter",
    base: None,
    new: None,
    methods: &[],
};
static METHODCALLER: ClassSpec = ClassSpec {
    key: "operator.methodcaller",
    module: "operator",
    name: "methodcaller",
    base: None,
    new: None,
    methods: &[],
};

/// The functions `operator` also holds as `__name__`, as CPython's operator.py lists them.
const DUNDER_ALIASES: &[&str] = &[
    "lt",
    "le",
    "eq",
    "ne",
    "ge",
    "gt",
    "not",
    "abs",
    "add",
    "and",
    "floordiv",
    "index",
    "inv",
    "invert",
    "lshift",
    "mod",
    "mul",
    "matmul",
    "neg",
    "or",
    "pos",
    "pow",
    "rshift",
    "sub",
    "truediv",
    "xor",
    "concat",
    "contains",
    "delitem",
    "getitem",
    "setitem",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imod",
    "imul",
    "imatmul",
    "ior",
    "ipow",
    "irshift",
    "isub",
    "itruediv",
    "ixor",
    "call",
];

/// `operator` and `_operator` alike: the functions declared for `_operator`, and the getters.
pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "_operator");
    for spec in [&ITEMGETTER, &ATTRGETTER, &METHODCALLER] {
        m.set(intern(spec.name), Value::Class(super::class(ip, spec)));
    }
    if m.name == intern("operator") {
        let mut public: Vec<String> = m
            .names
            .borrow()
            .iter()
            .map(|n| n.as_str().to_string())
            .filter(|n| !n.starts_with('_'))
            .collect();
        public.sort();
        m.set(
            intern("__all__"),
            Value::list(public.into_iter().map(Value::string).collect()),
        );
        // `operator` (not `_operator`) also names each function by its special method:
        // `__lt__ = lt`, `__and__ = and_`.
        for name in DUNDER_ALIASES {
            let plain = m
                .get(intern(name))
                .or_else(|| m.get(intern(&format!("{name}_"))));
            if let Some(f) = plain {
                m.set(intern(&format!("__{name}__")), f);
            }
        }
    }
    Ok(())
}

crate::native_module!("operator", init);
crate::native_module!("_operator", init);
