//! The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`.

use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::call::{check_args, Args};
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub struct MethodCaller {
    pub name: Value,
    pub args: Vec<Value>,
    pub kw: Vec<(Symbol, Value)>,
}

fn two<'a>(
    ip: &Interp,
    name: &str,
    args: &'a [Value],
    kw: &Kwargs,
) -> PyResult<(&'a Value, &'a Value)> {
    check_args(ip, name, args, kw, 2, 2)?;
    Ok((&args[0], &args[1]))
}

macro_rules! binops {
    ($($fname:ident = $name:literal, $op:expr;)*) => {
        $(fn $fname(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
            let (a, b) = two(ip, $name, args, kw)?;
            ops::binary_op(ip, $op, a, b)
        })*
    };
}

binops! {
    o_add = "add", BinOp::Add;
    o_sub = "sub", BinOp::Sub;
    o_mul = "mul", BinOp::Mult;
    o_truediv = "truediv", BinOp::Div;
    o_floordiv = "floordiv", BinOp::FloorDiv;
    o_mod = "mod", BinOp::Mod;
    o_pow = "pow", BinOp::Pow;
    o_lshift = "lshift", BinOp::LShift;
    o_rshift = "rshift", BinOp::RShift;
    o_and = "and_", BinOp::BitAnd;
    o_or = "or_", BinOp::BitOr;
    o_xor = "xor", BinOp::BitXor;
}

macro_rules! inplace {
    ($($fname:ident = $name:literal, $op:expr;)*) => {
        $(fn $fname(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
            let (a, b) = two(ip, $name, args, kw)?;
            crate::eval::sync::inplace_op(ip, $op, a, b)
        })*
    };
}

inplace! {
    o_iadd = "iadd", BinOp::Add;
    o_isub = "isub", BinOp::Sub;
    o_imul = "imul", BinOp::Mult;
    o_itruediv = "itruediv", BinOp::Div;
    o_ifloordiv = "ifloordiv", BinOp::FloorDiv;
    o_imod = "imod", BinOp::Mod;
    o_ipow = "ipow", BinOp::Pow;
    o_iand = "iand", BinOp::BitAnd;
    o_ior = "ior", BinOp::BitOr;
    o_ixor = "ixor", BinOp::BitXor;
}

macro_rules! cmps {
    ($($fname:ident = $name:literal, $op:expr;)*) => {
        $(fn $fname(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
            let (a, b) = two(ip, $name, args, kw)?;
            ops::rich_compare(ip, $op, a, b)
        })*
    };
}

cmps! {
    o_eq = "eq", CmpOp::Eq;
    o_ne = "ne", CmpOp::NotEq;
    o_lt = "lt", CmpOp::Lt;
    o_le = "le", CmpOp::LtE;
    o_gt = "gt", CmpOp::Gt;
    o_ge = "ge", CmpOp::GtE;
}

macro_rules! unops {
    ($($fname:ident = $name:literal, $op:expr;)*) => {
        $(fn $fname(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
            check_args(ip, $name, args, kw, 1, 1)?;
            ops::unary_op(ip, $op, &args[0])
        })*
    };
}

unops! {
    o_neg = "neg", UnaryOp::Neg;
    o_pos = "pos", UnaryOp::Pos;
    o_invert = "invert", UnaryOp::Invert;
    o_not = "not_", UnaryOp::Not;
}

fn o_truth(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "truth", args, kw, 1, 1)?;
    Ok(Value::bool(ops::truthy(ip, &args[0])?))
}

fn o_abs(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "abs", args, kw, 1, 1)?;
    super::call_with(ip, &ip.builtin("abs"), args)
}

fn o_is(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "is_", args, kw)?;
    Ok(Value::bool(a.is(b)))
}

fn o_is_not(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "is_not", args, kw)?;
    Ok(Value::bool(!a.is(b)))
}

fn o_contains(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "contains", args, kw)?;
    Ok(Value::bool(ops::contains(ip, a, b)?))
}

fn o_count_of(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "countOf", args, kw)?;
    let mut it = ops::iter(ip, a)?;
    let mut n = 0;
    while let Some(x) = it.next_checked(ip)? {
        if x.is(b) || ops::equals(ip, &x, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn o_getitem(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "getitem", args, kw)?;
    ops::getitem(ip, a, b)
}

fn o_setitem(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "setitem", args, kw, 3, 3)?;
    ops::setitem(ip, &args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
    ) || matches!(v, Value::Native(o) if matches!(o.kind, Native::Deque(_)))
}

fn o_concat(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (a, b) = two(ip, "concat", args, kw)?;
    if !is_sequence(a) {
        return ip.type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name(ip, a)
        ));
    }
    ops::binary_op(ip, BinOp::Add, a, b)
}

fn o_index(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "index", args, kw, 1, 1)?;
    Ok(Value::from_bigint(crate::runtime::numbers::index(
        ip, &args[0],
    )?))
}

fn getter_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("itemgetter() takes no keyword arguments");
    }
    if args.len() < 2 {
        return ip.type_error("itemgetter expected 1 argument, got 0");
    }
    Ok(super::new_obj(
        ip,
        &ITEMGETTER,
        Native::ItemGetter(args[1..].to_vec()),
    ))
}

fn attrgetter_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("attrgetter() takes no keyword arguments");
    }
    if args.len() < 2 {
        return ip.type_error("attrgetter expected 1 argument, got 0");
    }
    let mut paths = Vec::new();
    for a in &args[1..] {
        let Value::Str(s) = a else {
            return ip.type_error("attribute name must be a string");
        };
        paths.push(s.s.split('.').map(intern).collect());
    }
    Ok(super::new_obj(ip, &ATTRGETTER, Native::AttrGetter(paths)))
}

fn methodcaller_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return ip.type_error("methodcaller needs at least one argument, the method name");
    }
    if !matches!(args[1], Value::Str(_)) {
        return ip.type_error("method name must be a string");
    }
    Ok(super::new_obj(
        ip,
        &METHODCALLER,
        Native::MethodCaller(MethodCaller {
            name: args[1].clone(),
            args: args[2..].to_vec(),
            kw: kw.to_vec(),
        }),
    ))
}

pub fn call_getter(
    ip: &Interp,
    o: &Rc<NativeObj>,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    let name = o.class.qualname.as_str();
    if !kw.is_empty() {
        return ip.type_error(format!("{}() takes no keyword arguments", name));
    }
    super::unpack_args(ip, name, args, 1, 1)?;
    let obj = &args[0];
    match &o.kind {
        Native::ItemGetter(items) => {
            if items.len() == 1 {
                return ops::getitem(ip, obj, &items[0]);
            }
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(ops::getitem(ip, obj, i)?);
            }
            Ok(Value::tuple(out))
        }
        Native::AttrGetter(paths) => {
            let get = |path: &Vec<Symbol>| -> PyResult<Value> {
                let mut v = obj.clone();
                for p in path {
                    v = ops::getattr(ip, &v, *p)?;
                }
                Ok(v)
            };
            if paths.len() == 1 {
                return get(&paths[0]);
            }
            let mut out = Vec::with_capacity(paths.len());
            for p in paths {
                out.push(get(p)?);
            }
            Ok(Value::tuple(out))
        }
        Native::MethodCaller(mc) => {
            let Value::Str(n) = &mc.name else {
                return ip.type_error("method name must be a string");
            };
            let f = ops::getattr(ip, obj, intern(&n.s))?;
            let mut a: Args = mc.args.iter().cloned().collect();
            crate::eval::call::call_value(ip, &f, &mut a, &mc.kw)
        }
        _ => Err(ip.err(ExcKind::TypeError, "not callable")),
    }
}

pub fn getter_repr(ip: &Interp, o: &NativeObj) -> PyResult<String> {
    use crate::runtime::repr::repr;
    let parts: Vec<String> = match &o.kind {
        Native::ItemGetter(items) => items.iter().map(|x| repr(ip, x)).collect::<PyResult<_>>()?,
        Native::AttrGetter(paths) => paths
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
    new: super::ctor(getter_new),
    methods: &[],
};
static ATTRGETTER: ClassSpec = ClassSpec {
    key: "operator.attrgetter",
    module: "operator",
    name: "attrgetter",
    new: super::ctor(attrgetter_new),
    methods: &[],
};
static METHODCALLER: ClassSpec = ClassSpec {
    key: "operator.methodcaller",
    module: "operator",
    name: "methodcaller",
    new: super::ctor(methodcaller_new),
    methods: &[],
};

std_fns! { None;
    ADD = "add" => o_add,
    SUB = "sub" => o_sub,
    MUL = "mul" => o_mul,
    TRUEDIV = "truediv" => o_truediv,
    FLOORDIV = "floordiv" => o_floordiv,
    MOD = "mod" => o_mod,
    POW = "pow" => o_pow,
    LSHIFT = "lshift" => o_lshift,
    RSHIFT = "rshift" => o_rshift,
    AND = "and_" => o_and,
    OR = "or_" => o_or,
    XOR = "xor" => o_xor,
    IADD = "iadd" => o_iadd,
    ISUB = "isub" => o_isub,
    IMUL = "imul" => o_imul,
    ITRUEDIV = "itruediv" => o_itruediv,
    IFLOORDIV = "ifloordiv" => o_ifloordiv,
    IMOD = "imod" => o_imod,
    IPOW = "ipow" => o_ipow,
    IAND = "iand" => o_iand,
    IOR = "ior" => o_ior,
    IXOR = "ixor" => o_ixor,
    EQ = "eq" => o_eq,
    NE = "ne" => o_ne,
    LT = "lt" => o_lt,
    LE = "le" => o_le,
    GT = "gt" => o_gt,
    GE = "ge" => o_ge,
    NEG = "neg" => o_neg,
    POS = "pos" => o_pos,
    INVERT = "invert" => o_invert,
    INV = "inv" => o_invert,
    NOT = "not_" => o_not,
    TRUTH = "truth" => o_truth,
    ABS = "abs" => o_abs,
    IS = "is_" => o_is,
    IS_NOT = "is_not" => o_is_not,
    CONTAINS = "contains" => o_contains,
    COUNT_OF = "countOf" => o_count_of,
    GETITEM = "getitem" => o_getitem,
    SETITEM = "setitem" => o_setitem,
    CONCAT = "concat" => o_concat,
    INDEX = "index" => o_index,
}

pub fn make_module(ip: &Interp) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("operator"), None);
    super::add_fns(
        &m,
        &[
            &ADD, &SUB, &MUL, &TRUEDIV, &FLOORDIV, &MOD, &POW, &LSHIFT, &RSHIFT, &AND, &OR, &XOR,
            &IADD, &ISUB, &IMUL, &ITRUEDIV, &IFLOORDIV, &IMOD, &IPOW, &IAND, &IOR, &IXOR, &EQ, &NE,
            &LT, &LE, &GT, &GE, &NEG, &POS, &INVERT, &INV, &NOT, &TRUTH, &ABS, &IS, &IS_NOT,
            &CONTAINS, &COUNT_OF, &GETITEM, &SETITEM, &CONCAT, &INDEX,
        ],
    );
    for spec in [&ITEMGETTER, &ATTRGETTER, &METHODCALLER] {
        m.set(intern(spec.name), Value::Class(super::class(ip, spec)));
    }
    m
}
