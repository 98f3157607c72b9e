//! The `typing` module: its names exist and subscripting them works (`Optional[int]`,
//! `Dict[str, List[int]]`), so annotations and aliases evaluate; they check nothing.

use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;

pub enum TypingObj {
    /// A special form or an unsubscripted generic alias: `typing.Any`, `typing.List`.
    Special(&'static str),
    /// A subscripted one: `typing.List[int]`.
    Alias {
        origin: &'static str,
        args: Vec<Value>,
    },
    TypeVar(String),
}

static SPECIAL_FORM: ClassSpec = ClassSpec {
    key: "typing._SpecialForm",
    module: "typing",
    name: "_SpecialForm",
    new: None,
    methods: &[],
};
static GENERIC_ALIAS: ClassSpec = ClassSpec {
    key: "typing._GenericAlias",
    module: "typing",
    name: "_GenericAlias",
    new: None,
    methods: &[],
};
static SPECIAL_ALIAS: ClassSpec = ClassSpec {
    key: "typing._SpecialGenericAlias",
    module: "typing",
    name: "_SpecialGenericAlias",
    new: None,
    methods: &[],
};
static UNION_ALIAS: ClassSpec = ClassSpec {
    key: "typing._UnionGenericAlias",
    module: "typing",
    name: "_UnionGenericAlias",
    new: None,
    methods: &[],
};
static TYPEVAR: ClassSpec = ClassSpec {
    key: "typing.TypeVar",
    module: "typing",
    name: "TypeVar",
    new: super::ctor(typevar_new),
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
    "Generic",
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
    };
    super::new_obj(ip, spec, Native::Typing(t))
}

fn typevar_new(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.get(1) else {
        return ip.type_error("TypeVar.__init__() missing 1 required positional argument: 'name'");
    };
    Ok(obj(ip, TypingObj::TypeVar(name.s.to_string())))
}

fn is_none_type(ip: &Interp, v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Class(c) => std::rc::Rc::ptr_eq(c, &ip.types.none),
        _ => false,
    }
}

/// `typing.Optional[int]` and friends.
pub fn subscript(ip: &Interp, _o: &Rc<NativeObj>, t: &TypingObj, index: &Value) -> PyResult<Value> {
    let origin = match t {
        TypingObj::Special(n) => *n,
        TypingObj::Alias { .. } | TypingObj::TypeVar(_) => {
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

/// `Union[…]`: nested unions flattened, repeats dropped, a single type left as it is.
fn union(ip: &Interp, args: Vec<Value>) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    for a in args {
        if let Value::Native(o) = &a {
            if let Native::Typing(TypingObj::Alias {
                origin: "Union",
                args,
            }) = &o.kind
            {
                for x in args {
                    push_unique(ip, &mut flat, x.clone())?;
                }
                continue;
            }
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
        TypingObj::TypeVar(n) => format!("~{}", n),
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
        (TypingObj::Alias { args, .. }, "__args__") => Some(Value::tuple(args.clone())),
        (TypingObj::TypeVar(n), "__name__") => Some(Value::str(n)),
        (TypingObj::Special(n), "_name") => Some(Value::str(n)),
        _ => None,
    })
}

fn cast(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [typ, val] = clinic_args(ip, "cast", args, kw, ["typ", "val"], 0, 0)?;
    match (typ, val) {
        (Some(_), Some(v)) => Ok(v),
        (None, None) => {
            ip.type_error("cast() missing 2 required positional arguments: 'typ' and 'val'")
        }
        (None, _) => ip.type_error("cast() missing 1 required positional argument: 'typ'"),
        (_, None) => ip.type_error("cast() missing 1 required positional argument: 'val'"),
    }
}

/// `overload`, `final`, `no_type_check`, `runtime_checkable`: decorators that return what
/// they decorate.
fn identity(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "overload", args, kw, 1, 1)?;
    Ok(args[0].clone())
}

fn get_type_hints(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let _ = (ip, args);
    Ok(Value::dict())
}

std_fns! { None;
    CAST = "cast" => cast,
    OVERLOAD = "overload" => identity,
    FINAL = "final" => identity,
    NO_TYPE_CHECK = "no_type_check" => identity,
    RUNTIME_CHECKABLE = "runtime_checkable" => identity,
    GET_TYPE_HINTS = "get_type_hints" => get_type_hints,
}

pub fn make_module(ip: &Interp) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("typing"), None);
    for n in FORMS.iter().chain(ALIASES.iter()) {
        m.set(intern(n), obj(ip, TypingObj::Special(n)));
    }
    m.set(intern("TYPE_CHECKING"), Value::bool(false));
    m.set(intern("TypeVar"), Value::Class(super::class(ip, &TYPEVAR)));
    m.set(
        intern("AnyStr"),
        obj(ip, TypingObj::TypeVar("AnyStr".into())),
    );
    super::add_fns(
        &m,
        &[
            &CAST,
            &OVERLOAD,
            &FINAL,
            &NO_TYPE_CHECK,
            &RUNTIME_CHECKABLE,
            &GET_TYPE_HINTS,
        ],
    );
    let _: Option<&NativeObj> = None;
    m
}

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
        TypingObj::TypeVar(_) => return None,
    };
    let class = match origin {
        "Generic" | "Protocol" => return Some(vec![]),
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
