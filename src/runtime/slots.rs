//! The special methods of the builtin types as attributes: `int.__add__`, `(1).__lt__(2)`,
//! `iter(xs).__next__()`, `super().__getitem__(k)` in a subclass of dict.
//!
//! The evaluator does not go through these: it works on the values directly, and on a user
//! class it only calls special methods the user wrote (a `Value::Builtin` found in a class is
//! the builtin type's own behaviour). These wrappers exist for code that names a special method,
//! and each runs the same operation the evaluator runs, with CPython's rules for the wrapper
//! itself: the receiver must be of the type (`descriptor '__add__' requires a 'float' object but
//! received a 'int'`), and a binary operator given an operand its type does not handle returns
//! `NotImplemented` (`(1).__eq__(1.0)`, `[1].__eq__((1,))`) instead of trying the other side.
//!
//! Which type has which wrapper follows CPython 3.11's types (the table at the end). They are
//! declared in the binder's registry, so each class gets them where it gets its declared methods.

use crate::eval::{classes, ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs};
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};

/// Calls the wrapper `slot` of the type `key` (CPython's name `name`) with `args`, the receiver
/// first.
pub fn call(
    ip: &Interp,
    key: &'static str,
    name: &'static str,
    slot: &'static str,
    args: &[Value],
    kw: &Kwargs,
) -> PyResult<Value> {
    let Some((recv, rest)) = args.split_first() else {
        return ip.type_error(unbound_message(key, name, slot));
    };
    check_receiver(ip, key, name, slot, recv)?;
    if slot == "__call__" {
        let mut a: crate::eval::call::Args = rest.iter().cloned().collect();
        return crate::eval::call::call_value(ip, recv, &mut a, kw);
    }
    if !kw.is_empty() {
        return ip.type_error(format!("{}() takes no keyword arguments", slot));
    }
    let this = receiver_value(recv);
    let (min, max) = arity(slot);
    if rest.len() < min || rest.len() > max {
        let want = if rest.len() < min { min } else { max };
        return ip.type_error(format!(
            "expected {} argument{}, got {}",
            want,
            if want == 1 { "" } else { "s" },
            rest.len()
        ));
    }
    if let (Some((BinOp::Pow, reflected)), [_, _]) = (binary(slot), rest) {
        // Three-argument `pow`: the modulus comes last whichever side is the receiver.
        let (a, b) = if reflected {
            (rest[0].clone(), this.clone())
        } else {
            (this.clone(), rest[0].clone())
        };
        return call_builtin(ip, "pow", &[a, b, rest[1].clone()]);
    }
    if let Some((op, reflected)) = binary(slot) {
        return binary_slot(ip, name, op, reflected, this, &rest[0]);
    }
    if let Some(op) = comparison(slot) {
        return compare_slot(ip, op, this, &rest[0]);
    }
    unary_slot(ip, slot, this, recv, rest)
}

/// The receiver's type must be the wrapper's type or derive from it.
fn check_receiver(ip: &Interp, key: &str, name: &str, slot: &str, recv: &Value) -> PyResult<()> {
    let owner = match ip.types.by_key(key) {
        Some(c) => Some(c.clone()),
        None => ip.iter_classes.borrow().get(key).cloned(),
    };
    let cls = ops::type_of(ip, recv);
    match owner {
        Some(o) if !cls.is_subclass(&o) => ip.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            slot, name, cls.name
        )),
        _ => Ok(()),
    }
}

/// An instance of a user subclass of a builtin type acts through the builtin value it holds.
fn receiver_value(v: &Value) -> &Value {
    classes::base_of(v).unwrap_or(v)
}

/// How many arguments after the receiver a wrapper takes.
fn arity(slot: &str) -> (usize, usize) {
    match slot {
        "__pow__" | "__rpow__" => (1, 2),
        "__round__" => (0, 1),
        "__setitem__" => (2, 2),
        _ if binary(slot).is_some() || comparison(slot).is_some() => (1, 1),
        "__contains__" | "__getitem__" | "__delitem__" | "__format__" | "__iadd__" | "__imul__"
        | "__ior__" | "__iand__" | "__ixor__" | "__isub__" => (1, 1),
        _ => (0, 0),
    }
}

fn binary(slot: &str) -> Option<(BinOp, bool)> {
    let name = slot.strip_prefix("__")?.strip_suffix("__")?;
    let (reflected, base) = match name.strip_prefix('r') {
        Some(b) if !matches!(name, "rshift") => (true, b),
        _ => (false, name),
    };
    let op = match base {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mult,
        "matmul" => BinOp::MatMult,
        "truediv" => BinOp::Div,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::BitAnd,
        "or" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
        // `divmod` has no operator: it is told apart by the name below.
        "divmod" => BinOp::MatMult,
        _ => return None,
    };
    Some((op, reflected))
}

fn comparison(slot: &str) -> Option<CmpOp> {
    Some(match slot {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::NotEq,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::GtE,
        _ => return None,
    })
}

/// The rank of a number in the tower (int and bool, float, complex); None for other values.
fn numeric_rank(v: &Value) -> Option<u8> {
    match classes::value_base(v) {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Complex(..) => Some(2),
        _ => None,
    }
}

/// Whether two non-numeric values are of one family for a binary wrapper: the same type, or
/// both sets, or both bytes-like.
fn same_family(ip: &Interp, a: &Value, b: &Value) -> bool {
    let family = |v: &Value| -> &'static str {
        match ops::type_of(ip, v).name.as_str() {
            "set" | "frozenset" | "dict_keys" | "dict_items" => "set",
            "bytes" | "bytearray" | "memoryview" => "bytes",
            name => name,
        }
    };
    let b = receiver_value(b);
    family(a) == family(b)
}

/// A user object CPython's wrapper never looks into: the operator is not the builtin's.
fn foreign(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.base.is_none())
}

fn binary_slot(
    ip: &Interp,
    name: &str,
    op: BinOp,
    reflected: bool,
    this: &Value,
    other: &Value,
) -> PyResult<Value> {
    let is_divmod = op == BinOp::MatMult;
    let other_v = classes::value_base(receiver_value(other));
    let sequence = matches!(this, Value::Str(_) | Value::List(_) | Value::Tuple(_))
        && matches!(op, BinOp::Add | BinOp::Mult)
        && !reflected;
    if sequence && foreign(other) {
        // A sequence's concatenation and repetition raise rather than give way.
        let other_name = ops::type_name(ip, other);
        return ip.type_error(match op {
            BinOp::Add => format!(
                "can only concatenate {} (not \"{}\") to {}",
                name, other_name, name
            ),
            BinOp::Mult => {
                let n = crate::runtime::numbers::index(ip, other)?;
                return ops::binary_op(ip, op, this, &Value::from_bigint(n));
            }
            _ => return Ok(Value::NotImplemented),
        });
    }
    if foreign(other) {
        return Ok(Value::NotImplemented);
    }
    match (numeric_rank(this), numeric_rank(other_v)) {
        (Some(a), Some(b)) if b > a => return Ok(Value::NotImplemented),
        (Some(_), None) => return Ok(Value::NotImplemented),
        (None, Some(_)) if !sequence && !matches!(op, BinOp::Mult | BinOp::Mod) => {
            return Ok(Value::NotImplemented)
        }
        (None, None)
            if !sequence && !matches!(op, BinOp::Mod) && !same_family(ip, this, other_v) =>
        {
            return Ok(Value::NotImplemented)
        }
        _ => {}
    }
    let (a, b) = if reflected {
        (other_v, this)
    } else {
        (this, other_v)
    };
    if is_divmod {
        return call_builtin(ip, "divmod", &[a.clone(), b.clone()]);
    }
    if sequence && op == BinOp::Mult {
        let n = crate::runtime::numbers::index(ip, other_v)?;
        return ops::binary_op(ip, op, a, &Value::from_bigint(n));
    }
    ops::binary_op(ip, op, a, b)
}

fn compare_slot(ip: &Interp, op: CmpOp, this: &Value, other: &Value) -> PyResult<Value> {
    if foreign(other) {
        return Ok(Value::NotImplemented);
    }
    let other_v = classes::value_base(receiver_value(other));
    let comparable = match (numeric_rank(this), numeric_rank(other_v)) {
        (Some(a), Some(b)) => b <= a,
        (None, None) => same_family(ip, this, other_v),
        _ => false,
    };
    if !comparable {
        return Ok(Value::NotImplemented);
    }
    ops::rich_compare(ip, op, this, other_v)
}

fn call_builtin(ip: &Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let mut a: crate::eval::call::Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &ip.builtin(name), &mut a, &[])
}

fn unary_slot(
    ip: &Interp,
    slot: &str,
    this: &Value,
    recv: &Value,
    rest: &[Value],
) -> PyResult<Value> {
    let one = || rest[0].clone();
    let with = |name: &str| call_builtin(ip, name, std::slice::from_ref(this));
    match slot {
        "__neg__" => ops::unary_op(ip, crate::syntax::ast::UnaryOp::Neg, this),
        "__pos__" => ops::unary_op(ip, crate::syntax::ast::UnaryOp::Pos, this),
        "__invert__" => ops::unary_op(ip, crate::syntax::ast::UnaryOp::Invert, this),
        "__abs__" => with("abs"),
        "__bool__" => ops::truthy(ip, this).map(Value::bool),
        "__int__" | "__trunc__" => with("int"),
        "__float__" => with("float"),
        "__complex__" => with("complex"),
        "__index__" => crate::runtime::numbers::index(ip, this).map(Value::from_bigint),
        "__floor__" | "__ceil__" => match this {
            Value::Float(bits) => {
                let x = bits.get();
                let r = if slot == "__floor__" {
                    x.floor()
                } else {
                    x.ceil()
                };
                call_builtin(ip, "int", &[Value::float(r)])
            }
            _ => with("int"),
        },
        "__round__" => {
            let mut a = vec![this.clone()];
            a.extend(rest.iter().cloned());
            call_builtin(ip, "round", &a)
        }
        "__hash__" => crate::runtime::numbers::hash(ip, this).map(Value::Int),
        "__repr__" => with("repr"),
        "__str__" => with("str"),
        "__format__" => call_builtin(ip, "format", &[this.clone(), one()]),
        "__len__" => ops::len(ip, this).map(|n| Value::Int(n as i64)),
        "__iter__" => with("iter"),
        "__next__" => with("next"),
        "__reversed__" => with("reversed"),
        "__contains__" => ops::contains(ip, this, &rest[0]).map(Value::bool),
        "__getitem__" => ops::getitem(ip, this, &rest[0]),
        "__setitem__" => ops::setitem(ip, this, &rest[0], rest[1].clone()).map(|_| Value::None),
        "__delitem__" => ops::delitem(ip, this, &rest[0]).map(|_| Value::None),
        "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__ixor__" | "__isub__" => {
            let op = binary(&slot.replacen("__i", "__", 1))
                .map(|(op, _)| op)
                .unwrap_or(BinOp::Add);
            // `dict |= x` takes what `dict.update` takes, not only dicts.
            let dict_update = op == BinOp::BitOr && matches!(this, Value::Dict(_));
            if !matches!(op, BinOp::Add | BinOp::Mult)
                && !dict_update
                && !same_family(ip, this, &rest[0])
            {
                return Ok(Value::NotImplemented);
            }
            let r = crate::eval::sync::inplace_op(ip, op, this, &rest[0])?;
            // The object itself comes back, as the statement `x += y` rebinds it.
            Ok(if r.ptr().is_some() && r.ptr() == this.ptr() {
                recv.clone()
            } else {
                r
            })
        }
        _ => Err(ip.err(
            ExcKind::NotImplementedError,
            format!("corun does not support calling {} directly yet", slot),
        )),
    }
}

/// CPython's error for the wrapper `slot` of the type `key` (named `name`) called without its
/// object: `descriptor '__len__' of 'collections.deque' object needs an argument` for a slot
/// wrapper, `unbound method dict.__reversed__() needs an argument` for a method.
fn unbound_message(key: &str, name: &str, slot: &str) -> String {
    if is_slot_wrapper(name, slot) {
        // CPython's type name: with its module, but for the builtins'.
        let tp_name = key.strip_prefix("builtins.").unwrap_or(key);
        format!("descriptor '{slot}' of '{tp_name}' object needs an argument")
    } else {
        format!("unbound method {name}.{slot}() needs an argument")
    }
}

/// The error for `f` called without its object, if `f` is one of the wrappers declared here.
pub fn unbound_error(f: &BuiltinFn) -> Option<String> {
    let decl = inventory::iter::<crate::runtime::bind::Decl>
        .into_iter()
        .find(|d| d.f.sig.is_none() && std::ptr::eq(d.f, f))?;
    let crate::runtime::bind::Owner::Type(key) = decl.owner else {
        return None;
    };
    Some(unbound_message(key, f.owner?, f.name))
}

/// Whether CPython makes `slot` of the type `name` a slot wrapper (from the type's slots,
/// `int.__add__`), not a method of the type's own (`int.__format__`, `dict.__getitem__`): the
/// two word a call without a receiver differently.
fn is_slot_wrapper(name: &str, slot: &str) -> bool {
    // Methods, not slots: CPython has no slot for these.
    const NOT_SLOTS: &[&str] = &[
        "__reversed__",
        "__format__",
        "__floor__",
        "__ceil__",
        "__trunc__",
        "__round__",
        "__complex__",
    ];
    // Slots that these types also define as methods of their own (`METH_COEXIST`, for speed).
    let also_method = matches!(
        (name, slot),
        ("dict", "__getitem__" | "__contains__")
            | ("list", "__getitem__")
            | ("set" | "frozenset", "__contains__")
    );
    !NOT_SLOTS.contains(&slot) && !also_method
}

/// Declares the wrappers of the types: `"key" as "name" => [__add__, …];`.
macro_rules! slot_wrappers {
    ($($key:literal as $name:literal => [$($slot:ident),* $(,)?];)*) => {
        $($(
            const _: () = {
                static F: $crate::runtime::object::BuiltinFn = $crate::runtime::object::BuiltinFn {
                    name: stringify!($slot),
                    owner: Some($name),
                    call: |ip, args, kw| call(ip, $key, $name, stringify!($slot), args, kw),
                    sig: None,
                };
                ::inventory::submit! {
                    $crate::runtime::bind::Decl {
                        owner: $crate::runtime::bind::Owner::Type($key),
                        kind: $crate::runtime::bind::DeclKind::Method,
                        f: &F,
                    }
                }
            };
        )*)*
    };
}

/// The types whose instances cannot be hashed: their `__hash__` is None.
pub const UNHASHABLE: &[&str] = &[
    "list",
    "dict",
    "set",
    "bytearray",
    "builtins.slice",
    "collections.deque",
    "array.array",
];

slot_wrappers! {
    "int" as "int" => [
        __add__, __radd__, __sub__, __rsub__, __mul__, __rmul__, __truediv__, __rtruediv__,
        __floordiv__, __rfloordiv__, __mod__, __rmod__, __divmod__, __rdivmod__, __pow__,
        __rpow__, __lshift__, __rlshift__, __rshift__, __rrshift__, __and__, __rand__, __or__,
        __ror__, __xor__, __rxor__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __neg__,
        __pos__, __abs__, __invert__, __bool__, __int__, __float__, __index__, __floor__,
        __ceil__, __trunc__, __round__, __hash__, __repr__, __format__,
    ];
    "bool" as "bool" => [__and__, __rand__, __or__, __ror__, __xor__, __rxor__, __repr__];
    "float" as "float" => [
        __add__, __radd__, __sub__, __rsub__, __mul__, __rmul__, __truediv__, __rtruediv__,
        __floordiv__, __rfloordiv__, __mod__, __rmod__, __divmod__, __rdivmod__, __pow__,
        __rpow__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __neg__, __pos__, __abs__,
        __bool__, __int__, __float__, __floor__, __ceil__, __trunc__, __round__, __hash__,
        __repr__, __format__,
    ];
    "complex" as "complex" => [
        __add__, __radd__, __sub__, __rsub__, __mul__, __rmul__, __truediv__, __rtruediv__,
        __pow__, __rpow__, __eq__, __ne__, __neg__, __pos__, __abs__, __bool__, __complex__,
        __hash__, __repr__, __format__,
    ];
    "str" as "str" => [
        __add__, __mul__, __rmul__, __mod__, __rmod__, __eq__, __ne__, __lt__, __le__, __gt__,
        __ge__, __hash__, __repr__, __str__, __len__, __iter__, __contains__, __getitem__,
    ];
    "bytes" as "bytes" => [
        __add__, __mul__, __rmul__, __mod__, __rmod__, __eq__, __ne__, __lt__, __le__, __gt__,
        __ge__, __hash__, __repr__, __str__, __len__, __iter__, __contains__, __getitem__,
    ];
    "bytearray" as "bytearray" => [
        __add__, __mul__, __rmul__, __mod__, __rmod__, __eq__, __ne__, __lt__, __le__, __gt__,
        __ge__, __repr__, __str__, __len__, __iter__, __contains__, __getitem__, __setitem__,
        __delitem__, __iadd__, __imul__,
    ];
    "list" as "list" => [
        __add__, __mul__, __rmul__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __repr__,
        __len__, __iter__, __reversed__, __contains__, __getitem__, __setitem__, __delitem__,
        __iadd__, __imul__,
    ];
    "tuple" as "tuple" => [
        __add__, __mul__, __rmul__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __hash__,
        __repr__, __len__, __iter__, __contains__, __getitem__,
    ];
    "range" as "range" => [
        __eq__, __ne__, __bool__, __hash__, __repr__, __len__, __iter__, __reversed__,
        __contains__, __getitem__,
    ];
    "dict" as "dict" => [
        __or__, __ror__, __eq__, __ne__, __repr__, __len__, __iter__, __reversed__,
        __contains__, __getitem__, __setitem__, __delitem__, __ior__,
    ];
    "set" as "set" => [
        __sub__, __rsub__, __and__, __rand__, __or__, __ror__, __xor__, __rxor__, __eq__, __ne__,
        __lt__, __le__, __gt__, __ge__, __repr__, __len__, __iter__, __contains__, __ior__,
        __iand__, __ixor__, __isub__,
    ];
    "frozenset" as "frozenset" => [
        __sub__, __rsub__, __and__, __rand__, __or__, __ror__, __xor__, __rxor__, __eq__, __ne__,
        __lt__, __le__, __gt__, __ge__, __hash__, __repr__, __len__, __iter__, __contains__,
    ];
    "dict_keys" as "dict_keys" => [
        __sub__, __rsub__, __and__, __rand__, __or__, __ror__, __xor__, __rxor__, __eq__, __ne__,
        __lt__, __le__, __gt__, __ge__, __repr__, __len__, __iter__, __reversed__, __contains__,
    ];
    "dict_values" as "dict_values" => [__repr__, __len__, __iter__, __reversed__];
    "dict_items" as "dict_items" => [
        __sub__, __rsub__, __and__, __rand__, __or__, __ror__, __xor__, __rxor__, __eq__, __ne__,
        __lt__, __le__, __gt__, __ge__, __repr__, __len__, __iter__, __reversed__, __contains__,
    ];
    "NoneType" as "NoneType" => [__bool__, __repr__];
    "memoryview" as "memoryview" => [
        __eq__, __ne__, __hash__, __repr__, __len__, __iter__, __getitem__, __setitem__,
        __delitem__,
    ];
    "builtins.slice" as "slice" => [__eq__, __ne__, __lt__, __le__, __gt__, __ge__, __repr__];
    "collections.deque" as "deque" => [
        __add__, __mul__, __rmul__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __repr__,
        __len__, __iter__, __reversed__, __contains__, __getitem__, __setitem__, __delitem__,
        __iadd__, __imul__,
    ];
    "array.array" as "array" => [
        __add__, __mul__, __rmul__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __repr__,
        __len__, __iter__, __contains__, __getitem__, __setitem__, __delitem__, __iadd__,
        __imul__,
    ];
    "function" as "function" => [__repr__, __call__];
    "builtin_function_or_method" as "builtin_function_or_method" => [__repr__, __call__];
    "method" as "method" => [__repr__, __call__];
    "generator" as "generator" => [__repr__, __iter__, __next__];
    "list_iterator" as "list_iterator" => [__iter__, __next__];
    "tuple_iterator" as "tuple_iterator" => [__iter__, __next__];
    "range_iterator" as "range_iterator" => [__iter__, __next__];
    "str_ascii_iterator" as "str_ascii_iterator" => [__iter__, __next__];
    "str_iterator" as "str_iterator" => [__iter__, __next__];
    "dict_keyiterator" as "dict_keyiterator" => [__iter__, __next__];
    "dict_valueiterator" as "dict_valueiterator" => [__iter__, __next__];
    "dict_itemiterator" as "dict_itemiterator" => [__iter__, __next__];
    "set_iterator" as "set_iterator" => [__iter__, __next__];
    "bytes_iterator" as "bytes_iterator" => [__iter__, __next__];
    "bytearray_iterator" as "bytearray_iterator" => [__iter__, __next__];
    "list_reverseiterator" as "list_reverseiterator" => [__iter__, __next__];
    "iterator" as "iterator" => [__iter__, __next__];
    "enumerate" as "enumerate" => [__iter__, __next__];
    "zip" as "zip" => [__iter__, __next__];
    "map" as "map" => [__iter__, __next__];
    "filter" as "filter" => [__iter__, __next__];
    "reversed" as "reversed" => [__iter__, __next__];
    "callable_iterator" as "callable_iterator" => [__iter__, __next__];
    "dict_reversekeyiterator" as "dict_reversekeyiterator" => [__iter__, __next__];
    "dict_reversevalueiterator" as "dict_reversevalueiterator" => [__iter__, __next__];
    "dict_reverseitemiterator" as "dict_reverseitemiterator" => [__iter__, __next__];
    "_deque_reverse_iterator" as "_deque_reverse_iterator" => [__iter__, __next__];
    "arrayiterator" as "arrayiterator" => [__iter__, __next__];
    "unpack_iterator" as "unpack_iterator" => [__iter__, __next__];
    "itertools.count" as "itertools.count" => [__iter__, __next__];
    "itertools.cycle" as "itertools.cycle" => [__iter__, __next__];
    "itertools.repeat" as "itertools.repeat" => [__iter__, __next__];
    "itertools.islice" as "itertools.islice" => [__iter__, __next__];
    "itertools.chain" as "itertools.chain" => [__iter__, __next__];
    "itertools.product" as "itertools.product" => [__iter__, __next__];
    "itertools.permutations" as "itertools.permutations" => [__iter__, __next__];
    "itertools.combinations" as "itertools.combinations" => [__iter__, __next__];
    "itertools.combinations_with_replacement" as "itertools.combinations_with_replacement" => [__iter__, __next__];
    "itertools._grouper" as "itertools._grouper" => [__iter__, __next__];
    "itertools.groupby" as "itertools.groupby" => [__iter__, __next__];
    "itertools.accumulate" as "itertools.accumulate" => [__iter__, __next__];
    "itertools.zip_longest" as "itertools.zip_longest" => [__iter__, __next__];
    "itertools.starmap" as "itertools.starmap" => [__iter__, __next__];
    "itertools.takewhile" as "itertools.takewhile" => [__iter__, __next__];
    "itertools.dropwhile" as "itertools.dropwhile" => [__iter__, __next__];
    "itertools.filterfalse" as "itertools.filterfalse" => [__iter__, __next__];
    "itertools.compress" as "itertools.compress" => [__iter__, __next__];
    "itertools.pairwise" as "itertools.pairwise" => [__iter__, __next__];
    "itertools._tee" as "itertools._tee" => [__iter__, __next__];
}
