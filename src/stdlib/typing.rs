//! The `typing` module: its names exist and subscripting them works (`Optional[int]`,
//! `Dict[str, List[int]]`), so annotations and aliases evaluate; they check nothing.

use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, staticmethod};

pub enum TypingObj {
    /// A special form or an unsubscripted generic alias: `typing.Any`, `typing.List`.
    Special(&'static str),
    /// A subscripted one: `typing.List[int]`.
    Alias {
        origin: &'static str,
        args: Vec<Value>,
    },
    /// A type variable: its name, after the sign its repr gives its variance (`~T`, `+T`, `-T`).
    TypeVar(String),
    /// A `types.UnionType`, what `int | str` makes: its members, `None` given as its type.
    UnionType(Vec<Value>),
}

static SPECIAL_FORM: ClassSpec = ClassSpec {
    key: "typing._SpecialForm",
    module: "typing",
    name: "_SpecialForm",
    base: None,
    new: None,
    methods: &[],
};
static GENERIC_ALIAS: ClassSpec = ClassSpec {
    key: "typing._GenericAlias",
    module: "typing",
    name: "_GenericAlias",
    base: None,
    new: None,
    methods: &[],
};
static SPECIAL_ALIAS: ClassSpec = ClassSpec {
    key: "typing._SpecialGenericAlias",
    module: "typing",
    name: "_SpecialGenericAlias",
    base: None,
    new: None,
    methods: &[],
};
static UNION_ALIAS: ClassSpec = ClassSpec {
    key: "typing._UnionGenericAlias",
    module: "typing",
    name: "_UnionGenericAlias",
    base: None,
    new: None,
    methods: &[],
};
static UNION_TYPE: ClassSpec = ClassSpec {
    key: "types.UnionType",
    module: "types",
    name: "UnionType",
    base: None,
    new: None,
    methods: &[],
};
static TYPEVAR: ClassSpec = ClassSpec {
    key: "typing.TypeVar",
    module: "typing",
    name: "TypeVar",
    base: None,
    new: None,
    methods: &[],
};

/// The special forms (subscripted with their own rules) and the generic aliases.
const FORMS: &[&str] = &[
    "Any",
    "Optional",
    "Union",
    "Callable",
    "Literal",
    "Final",
    "ClassVar",
    "NoReturn",
    "Never",
    "Self",
    "Protocol",
    "Annotated",
    "TypeAlias",
    "Concatenate",
    "TypeGuard",
    "LiteralString",
    "Required",
    "NotRequired",
];
const ALIASES: &[&str] = &[
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Type",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "Iterator",
    "Iterable",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Collection",
    "Container",
    "Hashable",
    "Sized",
    "Reversible",
    "AbstractSet",
    "MutableSet",
    "Deque",
    "DefaultDict",
    "OrderedDict",
    "Counter",
    "ChainMap",
    "KeysView",
    "ValuesView",
    "ItemsView",
    "ContextManager",
    "AsyncContextManager",
    "Pattern",
    "Match",
    "IO",
    "TextIO",
    "BinaryIO",
    "SupportsInt",
    "SupportsFloat",
    "SupportsAbs",
    "SupportsRound",
    "SupportsIndex",
];

fn obj(ip: &Interp, t: TypingObj) -> Value {
    let spec = match &t {
        TypingObj::Special(n) if FORMS.contains(n) => &SPECIAL_FORM,
        TypingObj::Special(_) => &SPECIAL_ALIAS,
        TypingObj::Alias { origin, .. } if *origin == "Union" || *origin == "Optional" => {
            &UNION_ALIAS
        }
        TypingObj::Alias { .. } => &GENERIC_ALIAS,
        TypingObj::TypeVar(_) => &TYPEVAR,
        TypingObj::UnionType(_) => &UNION_TYPE,
    };
    super::new_obj(ip, spec, Native::Typing(t))
}

fn typing_obj(v: &Value) -> Option<&TypingObj> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::Typing(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// `list[int]` and the like (`types.GenericAlias`), as opposed to `typing.List[int]`.
fn is_builtin_alias(origin: &str) -> bool {
    origin.starts_with(|c: char| c.is_ascii_lowercase())
}

/// What CPython's `type.__or__` accepts on both sides: None, a class, `list[int]`, a
/// `types.UnionType` (and `typing.Any`, a class in CPython).
fn unionable(v: &Value) -> bool {
    match v {
        Value::None | Value::Class(_) => true,
        _ => match typing_obj(v) {
            Some(TypingObj::UnionType(_)) | Some(TypingObj::Special("Any")) => true,
            Some(TypingObj::Alias { origin, .. }) => is_builtin_alias(origin),
            _ => false,
        },
    }
}

/// The members of a union of either kind (`int | str`, `typing.Union[int, str]`).
pub fn union_members(v: &Value) -> Option<&[Value]> {
    match typing_obj(v)? {
        TypingObj::UnionType(args) => Some(args),
        TypingObj::Alias {
            origin: "Union",
            args,
        } => Some(args),
        _ => None,
    }
}

/// `a | b` where a class or a typing object stands on either side: a `types.UnionType` when
/// both sides are types (`int | None`), `typing.Union[a, b]` when one is a typing object
/// (`Optional[int] | str`), None when neither applies (the operator then fails).
pub fn or(ip: &Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let none_type = || Value::Class(ip.types.none.clone());
    let as_type = |v: &Value| if v.is_none() { none_type() } else { v.clone() };
    if unionable(a) && unionable(b) && !(a.is_none() && b.is_none()) {
        let mut members: Vec<Value> = Vec::new();
        for side in [a, b] {
            let own = match typing_obj(side) {
                Some(TypingObj::UnionType(args)) => args.clone(),
                _ => vec![as_type(side)],
            };
            for m in own {
                let mut seen = false;
                for x in &members {
                    // Generic aliases are told apart by equality, everything else by identity.
                    let both_aliases = typing_obj(x).is_some() && typing_obj(&m).is_some();
                    if x.is(&m) || (both_aliases && ops::equals(ip, x, &m)?) {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    members.push(m);
                }
            }
        }
        if members.len() == 1 {
            return Ok(members.pop());
        }
        return Ok(Some(obj(ip, TypingObj::UnionType(members))));
    }
    if typing_obj(a).is_none() && typing_obj(b).is_none() {
        return Ok(None);
    }
    // typing's own `__or__`/`__ror__`: `Union[a, b]`, whose arguments must be types.
    for side in [a, b] {
        let typelike = matches!(side, Value::None | Value::Class(_) | Value::Native(_))
            || crate::runtime::builtins::is_callable(side);
        if !typelike {
            let r = crate::runtime::repr::repr(ip, side)?;
            return ip.type_error(format!(
                "Union[arg, ...]: each arg must be a type. Got {r}."
            ));
        }
    }
    union(ip, vec![as_type(a), as_type(b)]).map(Some)
}

/// The hash of a union: that of the set of its members, so equal unions hash alike.
pub fn union_hash(ip: &Interp, members: &[Value]) -> PyResult<i64> {
    let set = crate::runtime::set::PySet::new();
    for m in members {
        crate::runtime::set::add(ip, &set, m.clone())?;
    }
    Ok(crate::runtime::set::frozenset_hash(&set))
}

/// The hash of a typing object equal ones share (`list[int]` made twice): None for a type
/// variable, which is equal only to itself.
pub fn alias_hash(ip: &Interp, v: &Value) -> PyResult<Option<i64>> {
    Ok(match typing_obj(v) {
        Some(TypingObj::Special(n)) => Some(crate::runtime::numbers::hash(ip, &Value::str(n))?),
        Some(TypingObj::Alias { origin, args }) if *origin == "Union" || *origin == "Literal" => {
            Some(union_hash(ip, args)?)
        }
        Some(TypingObj::Alias { origin, args }) => {
            let mut parts = vec![Value::str(origin)];
            parts.extend(args.iter().cloned());
            Some(crate::runtime::numbers::hash(ip, &Value::tuple(parts))?)
        }
        Some(TypingObj::UnionType(args)) => Some(union_hash(ip, args)?),
        Some(TypingObj::TypeVar(_)) | None => None,
    })
}

/// CPython's `union_repr_item`: `None` for its type, a class by its (qualified) name.
fn union_item_repr(ip: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) if Rc::ptr_eq(c, &ip.types.none) => Ok("None".into()),
        Value::Class(c) => Ok(c.full_name()),
        _ => crate::runtime::repr::repr(ip, v),
    }
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)`, with the
/// checks of CPython's `TypeVar.__init__` (the constraints and the bound are kept by none).
#[staticmethod(
    "typing.TypeVar",
    "__init__($type, name, *constraints, bound=None, covariant=False, contravariant=False)",
    style = py,
    attr = "__new__"
)]
fn typevar_new(
    ip: &Interp,
    _cls: &Value,
    name: &Value,
    constraints: &[Value],
    bound: &Value,
    covariant: bool,
    contravariant: bool,
) -> PyResult<Value> {
    if covariant && contravariant {
        return Err(ip.err(ExcKind::ValueError, "Bivariant types are not supported."));
    }
    if constraints.len() == 1 {
        return ip.type_error("A single constraint is not allowed");
    }
    if !constraints.is_empty() && !bound.is_none() {
        return ip.type_error("Constraints cannot be combined with bound=...");
    }
    let Value::Str(name) = name else {
        // CPython's repr of a TypeVar is built by `'~' + name`.
        return ip.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            ops::type_name(ip, name)
        ));
    };
    let sign = if covariant {
        '+'
    } else if contravariant {
        '-'
    } else {
        '~'
    };
    Ok(obj(ip, TypingObj::TypeVar(format!("{sign}{}", name.s))))
}

fn is_none_type(ip: &Interp, v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Class(c) => std::rc::Rc::ptr_eq(c, &ip.types.none),
        _ => false,
    }
}

/// `typing.Optional[int]` and friends.
pub fn subscript(ip: &Interp, o: &Rc<NativeObj>, t: &TypingObj, index: &Value) -> PyResult<Value> {
    let origin = match t {
        TypingObj::Special(n) => *n,
        TypingObj::Alias { args, .. } | TypingObj::UnionType(args)
            if !parameters(args).is_empty() =>
        {
            return substitute_parameters(ip, &Value::Native(o.clone()), args, index);
        }
        TypingObj::Alias { .. } | TypingObj::TypeVar(_) | TypingObj::UnionType(_) => {
            let r = repr(ip, t)?;
            return ip.type_error(format!("{} is not a generic class", r));
        }
    };
    let mut args = match index {
        Value::Tuple(tup) => tup.items.to_vec(),
        v => vec![v.clone()],
    };
    // None stands for its type in the arguments (but not in a Literal).
    let none_type = Value::Class(ip.types.none.clone());
    if origin != "Literal" {
        for a in args.iter_mut() {
            if a.is_none() {
                *a = none_type.clone();
            }
        }
    }
    match origin {
        "Optional" => {
            if args.len() != 1 {
                let r = crate::runtime::repr::repr(ip, index)?;
                return ip.type_error(format!(
                    "typing.Optional requires a single type. Got {}.",
                    r
                ));
            }
            args.push(none_type);
            union(ip, args)
        }
        "Union" => union(ip, args),
        _ => Ok(obj(ip, TypingObj::Alias { origin, args })),
    }
}

/// `alias[X, Y]` for an alias with type variables among its arguments (`(int | T)[str]`,
/// `list[T][int]`): each variable, in the order they first appear, replaced by its argument.
fn substitute_parameters(
    ip: &Interp,
    alias: &Value,
    args: &[Value],
    index: &Value,
) -> PyResult<Value> {
    let params = parameters(args);
    let given = match index {
        Value::Tuple(tup) => tup.items.to_vec(),
        v => vec![v.clone()],
    };
    if given.len() != params.len() {
        let r = crate::runtime::repr::repr(ip, alias)?;
        return ip.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if given.len() > params.len() {
                "many"
            } else {
                "few"
            },
            r,
            given.len(),
            params.len()
        ));
    }
    let map: Vec<(Value, Value)> = params.into_iter().zip(given).collect();
    substitute(ip, alias, &map)
}

/// `v` with the type variables of `map` replaced, inside aliases and unions too; a union is
/// made again as its kind makes one (repeats dropped, a single member left alone).
fn substitute(ip: &Interp, v: &Value, map: &[(Value, Value)]) -> PyResult<Value> {
    let Some(t) = typing_obj(v) else {
        return Ok(v.clone());
    };
    let each = |args: &[Value]| -> PyResult<Vec<Value>> {
        args.iter().map(|a| substitute(ip, a, map)).collect()
    };
    match t {
        TypingObj::TypeVar(_) => Ok(map
            .iter()
            .find(|(p, _)| p.is(v))
            .map_or_else(|| v.clone(), |(_, r)| r.clone())),
        TypingObj::Alias { origin, args } => {
            let args = each(args)?;
            if *origin == "Union" || *origin == "Optional" {
                return union(ip, args);
            }
            Ok(obj(ip, TypingObj::Alias { origin, args }))
        }
        TypingObj::UnionType(args) => {
            let mut args = each(args)?.into_iter();
            let mut out = args.next().unwrap_or(Value::None);
            for a in args {
                out = ops::binary_op(ip, crate::syntax::ast::BinOp::BitOr, &out, &a)?;
            }
            Ok(out)
        }
        TypingObj::Special(_) => Ok(v.clone()),
    }
}

/// `Union[…]`: nested unions flattened, repeats dropped, a single type left as it is.
fn union(ip: &Interp, args: Vec<Value>) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    for a in args {
        if let Some(members) = union_members(&a) {
            for x in members {
                push_unique(ip, &mut flat, x.clone())?;
            }
            continue;
        }
        push_unique(ip, &mut flat, a)?;
    }
    if flat.len() == 1 {
        return Ok(flat.pop().unwrap_or(Value::None));
    }
    Ok(obj(
        ip,
        TypingObj::Alias {
            origin: "Union",
            args: flat,
        },
    ))
}

fn push_unique(ip: &Interp, out: &mut Vec<Value>, v: Value) -> PyResult<()> {
    for x in out.iter() {
        if x.is(&v) || ops::equals(ip, x, &v)? {
            return Ok(());
        }
    }
    out.push(v);
    Ok(())
}

/// CPython's `typing._type_repr`.
fn type_repr(ip: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) => Ok(c.full_name()),
        Value::Ellipsis => Ok("...".into()),
        Value::Function(f) => {
            let name = f.name.borrow().clone();
            crate::runtime::repr::str_of(ip, &name)
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            let parts = items
                .iter()
                .map(|x| type_repr(ip, x))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ => crate::runtime::repr::repr(ip, v),
    }
}

pub fn repr(ip: &Interp, t: &TypingObj) -> PyResult<String> {
    Ok(match t {
        TypingObj::Special(n) => format!("typing.{}", n),
        TypingObj::TypeVar(n) => n.clone(),
        TypingObj::UnionType(args) => args
            .iter()
            .map(|x| union_item_repr(ip, x))
            .collect::<PyResult<Vec<_>>>()?
            .join(" | "),
        TypingObj::Alias { origin, args } => {
            if *origin == "Union" && args.len() == 2 {
                if let Some(i) = args.iter().position(|a| is_none_type(ip, a)) {
                    return Ok(format!("typing.Optional[{}]", type_repr(ip, &args[1 - i])?));
                }
            }
            let parts = args
                .iter()
                .map(|x| type_repr(ip, x))
                .collect::<PyResult<Vec<_>>>()?;
            let shown = if args.is_empty() && *origin == "Tuple" {
                "()".to_string()
            } else {
                parts.join(", ")
            };
            if origin.starts_with(|c: char| c.is_ascii_lowercase()) {
                format!("{}[{}]", origin, shown)
            } else {
                format!("typing.{}[{}]", origin, shown)
            }
        }
    })
}

pub fn same(ip: &Interp, a: &TypingObj, b: &TypingObj) -> PyResult<bool> {
    let members = |t: &TypingObj| match t {
        TypingObj::UnionType(args) => Some(args.clone()),
        TypingObj::Alias {
            origin: "Union",
            args,
        } => Some(args.clone()),
        _ => None,
    };
    if matches!(a, TypingObj::UnionType(_)) || matches!(b, TypingObj::UnionType(_)) {
        // Unions of either kind are equal when their members are, as sets.
        let (Some(x), Some(y)) = (members(a), members(b)) else {
            return Ok(false);
        };
        let sx = crate::runtime::set::PySet::new();
        let sy = crate::runtime::set::PySet::new();
        for v in x {
            crate::runtime::set::add(ip, &sx, v)?;
        }
        for v in y {
            crate::runtime::set::add(ip, &sy, v)?;
        }
        return crate::runtime::set::same_items(ip, &sx, &sy);
    }
    Ok(match (a, b) {
        (TypingObj::Special(x), TypingObj::Special(y)) => x == y,
        (
            TypingObj::Alias {
                origin: o1,
                args: a1,
            },
            TypingObj::Alias {
                origin: o2,
                args: a2,
            },
        ) => {
            if o1 != o2 || a1.len() != a2.len() {
                return Ok(false);
            }
            if *o1 == "Union" || *o1 == "Literal" {
                // Compared as sets of their arguments.
                for x in a1 {
                    let mut found = false;
                    for y in a2 {
                        if x.is(y) || ops::equals(ip, x, y)? {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            for (x, y) in a1.iter().zip(a2.iter()) {
                if !(x.is(y) || ops::equals(ip, x, y)?) {
                    return Ok(false);
                }
            }
            true
        }
        _ => false,
    })
}

pub fn attr(_ip: &Interp, t: &TypingObj, name: Symbol) -> PyResult<Option<Value>> {
    Ok(match (t, name.as_str()) {
        (TypingObj::Alias { args, .. } | TypingObj::UnionType(args), "__args__") => {
            Some(Value::tuple(args.clone()))
        }
        (TypingObj::UnionType(args), "__parameters__") => Some(Value::tuple(parameters(args))),
        (TypingObj::Alias { args, .. }, "__parameters__") => Some(Value::tuple(parameters(args))),
        (TypingObj::Alias { origin, .. }, "__origin__") => origin_of(_ip, origin),
        (TypingObj::TypeVar(n), "__name__") => Some(Value::str(&n[1..])),
        (TypingObj::Special(n), "_name") => Some(Value::str(n)),
        (TypingObj::Special(_), "__module__") => Some(Value::str("typing")),
        (TypingObj::Special(n), "__origin__") if ALIASES.contains(n) => origin_of(_ip, n),
        // `list[int]` is a `types.GenericAlias`, whose `__module__` is its origin's.
        (TypingObj::Alias { origin, .. }, "__module__") => Some(Value::str(
            if origin.starts_with(|c: char| c.is_ascii_lowercase()) {
                "builtins"
            } else {
                "typing"
            },
        )),
        _ => None,
    })
}

/// The type variables among an alias's arguments (and inside the aliases among them).
fn parameters(args: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut add = |v: &Value| {
        if !out.iter().any(|x| x.is(v)) {
            out.push(v.clone());
        }
    };
    for a in args {
        if let Value::Native(o) = a {
            match &o.kind {
                Native::Typing(TypingObj::TypeVar(_)) => add(a),
                Native::Typing(TypingObj::Alias { args, .. } | TypingObj::UnionType(args)) => {
                    parameters(args).iter().for_each(&mut add)
                }
                _ => {}
            }
        }
    }
    out
}

/// `__origin__` of a subscripted alias: the builtin class for `List[int]` and `list[int]`,
/// `typing.Union` for a union; an error naming the alias where corun has no origin object.
fn origin_of(ip: &Interp, origin: &str) -> Option<Value> {
    let t = &ip.types;
    let class = match origin {
        "List" | "list" => &t.list,
        "Dict" | "dict" => &t.dict,
        "Tuple" | "tuple" => &t.tuple,
        "Set" | "set" => &t.set,
        "FrozenSet" | "frozenset" => &t.frozenset,
        "Type" | "type" => &t.type_,
        "Union" | "Optional" => return Some(obj(ip, TypingObj::Special("Union"))),
        "Literal" | "Final" | "ClassVar" | "Annotated" | "Required" | "NotRequired" => {
            return Some(obj(
                ip,
                TypingObj::Special(FORMS.iter().find(|f| **f == origin)?),
            ))
        }
        _ => return None,
    };
    Some(Value::Class(class.clone()))
}

#[function(typing, "cast(typ, val)", style = py)]
fn cast(_ip: &Interp, _typ: &Value, val: &Value) -> PyResult<Value> {
    Ok(val.clone())
}

/// Sets `name` to True on `v` where it can be set, as typing's decorators do.
fn mark(ip: &Interp, v: &Value, name: &str, also_skip: Option<ExcKind>) -> PyResult<()> {
    match ops::setattr(ip, v, intern(name), Value::bool(true)) {
        Err(e)
            if e.is_instance(ip.exc_class(ExcKind::TypeError))
                || also_skip.is_some_and(|k| e.is_instance(ip.exc_class(k))) =>
        {
            Ok(())
        }
        r => r,
    }
}

/// `@overload`: what it decorates is replaced by a function that refuses to be called.
#[function(typing, "overload(func)", style = py)]
fn overload(_ip: &Interp, _func: &Value) -> PyResult<Value> {
    Ok(Value::Builtin(&_OVERLOAD_DUMMY))
}

#[function(typing, "_overload_dummy(*args, **kwds)", style = py)]
fn _overload_dummy(ip: &Interp, _args: &[Value], _kwds: &[(Symbol, Value)]) -> PyResult<Value> {
    Err(ip.err(
        ExcKind::NotImplementedError,
        "You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.",
    ))
}

#[function(typing, "final(f)", style = py)]
fn final_(ip: &Interp, f: &Value) -> PyResult<Value> {
    mark(ip, f, "__final__", Some(ExcKind::AttributeError))?;
    Ok(f.clone())
}

/// `@no_type_check`: marks what it decorates (but not, for a class, each of its methods).
#[function(typing, "no_type_check(arg)", style = py)]
fn no_type_check(ip: &Interp, arg: &Value) -> PyResult<Value> {
    mark(ip, arg, "__no_type_check__", None)?;
    Ok(arg.clone())
}

/// `@runtime_checkable`: corun keeps no protocol machinery, so the class is returned as it is.
#[function(typing, "runtime_checkable(cls)", style = py)]
fn runtime_checkable(_ip: &Interp, cls: &Value) -> PyResult<Value> {
    Ok(cls.clone())
}

/// Annotations are not evaluated into hints: an empty dict.
#[function(
    typing,
    "get_type_hints(obj, globalns=None, localns=None, include_extras=False)",
    style = py
)]
fn get_type_hints(
    _ip: &Interp,
    _obj: &Value,
    _globalns: &Value,
    _localns: &Value,
    _include_extras: Option<&Value>,
) -> PyResult<Value> {
    Ok(Value::dict())
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for n in FORMS.iter().chain(ALIASES.iter()) {
        m.set(intern(n), obj(ip, TypingObj::Special(n)));
    }
    m.set(intern("TYPE_CHECKING"), Value::bool(false));
    m.set(intern("TypeVar"), Value::Class(super::class(ip, &TYPEVAR)));
    m.set(
        intern("AnyStr"),
        obj(ip, TypingObj::TypeVar("~AnyStr".into())),
    );
    // NamedTuple (over collections.namedtuple), NewType and TypedDict are written in Python.
    let extra = crate::runtime::modules::load_shipped(
        ip,
        "_typing",
        "typing.py",
        include_str!("../lib_py/_typing.py"),
    )?;
    // Generic is a class written in Python: user generic classes derive from it.
    for name in [
        "NamedTuple",
        "NamedTupleMeta",
        "Generic",
        "get_origin",
        "get_args",
        "NewType",
        "TypedDict",
        "is_typeddict",
    ] {
        m.set(
            intern(name),
            crate::eval::ops::getattr(ip, &extra, intern(name))?,
        );
    }
    Ok(())
}

crate::native_module!("typing", init);

/// What a typing object stands for among a class's bases (`__mro_entries__`): nothing for
/// `Generic[T]` and `Protocol` (corun keeps no generic machinery), the builtin class for
/// `List[int]`, `Dict[str, int]` and the like; `None` when it cannot be a base.
pub fn mro_entries(ip: &Interp, v: &Value) -> Option<Vec<Value>> {
    let Value::Native(o) = v else {
        return None;
    };
    let super::Native::Typing(t) = &o.kind else {
        return None;
    };
    let origin = match t {
        TypingObj::Special(n) => *n,
        TypingObj::Alias { origin, .. } => *origin,
        TypingObj::TypeVar(_) | TypingObj::UnionType(_) => return None,
    };
    let class = match origin {
        "Protocol" => return Some(vec![]),
        "List" => &ip.types.list,
        "Dict" => &ip.types.dict,
        "Tuple" => &ip.types.tuple,
        _ => return None,
    };
    Some(vec![Value::Class(class.clone())])
}

/// `list[int]`, `dict[str, int]`, `type[C]`: the generic alias of a builtin class (printed as
/// written; nothing is checked).
pub fn builtin_alias(ip: &Interp, origin: &'static str, index: &Value) -> Value {
    let args = match index {
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    obj(ip, TypingObj::Alias { origin, args })
}
