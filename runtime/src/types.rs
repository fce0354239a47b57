//! The builtin type objects and the singletons `None`, `True` and `False`.
//! All are immortal statics; generated code compares type pointers against them.
use crate::object::*;

unsafe fn dealloc_static(_: *mut Header) {
    // Immortal objects are never freed.
}

macro_rules! builtin_types {
    ($( $(#[$attr:meta])* $id:ident = $name:literal, $kind:ident, $base:expr, $dealloc:expr ;)*) => {
        $( $(#[$attr])* pub static $id: TypeObject = TypeObject {
            hdr: Header::immortal(&TYPE_TYPE),
            name: $name,
            kind: Kind::$kind,
            base: $base,
            dealloc: $dealloc,
            class: None,
        }; )*
    };
}

builtin_types! {
    TYPE_TYPE = "type", Type, Some(&OBJECT_TYPE), dealloc_static;
    OBJECT_TYPE = "object", Other, None, dealloc_static;
    INT_TYPE = "int", Int, Some(&OBJECT_TYPE), dealloc_payload::<crate::int::IntObj>;
    BOOL_TYPE = "bool", Bool, Some(&INT_TYPE), dealloc_static;
    #[export_name = "pyaot_type_float"]
    FLOAT_TYPE = "float", Float, Some(&OBJECT_TYPE), crate::float::dealloc_float;
    STR_TYPE = "str", Str, Some(&OBJECT_TYPE), dealloc_payload::<crate::str::StrObj>;
    BYTES_TYPE = "bytes", Bytes, Some(&OBJECT_TYPE), dealloc_payload::<crate::bytes::BytesObj>;
    BYTEARRAY_TYPE = "bytearray", ByteArray, Some(&OBJECT_TYPE), dealloc_payload::<crate::bytes::BytesObj>;
    NONE_TYPE = "NoneType", NoneType, Some(&OBJECT_TYPE), dealloc_static;
    LIST_TYPE = "list", List, Some(&OBJECT_TYPE), dealloc_payload::<crate::list::ListObj>;
    TUPLE_TYPE = "tuple", Tuple, Some(&OBJECT_TYPE), dealloc_payload::<crate::tuple::TupleObj>;
    DICT_TYPE = "dict", Dict, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictObj>;
    SET_TYPE = "set", Set, Some(&OBJECT_TYPE), dealloc_payload::<crate::set::SetObj>;
    FROZENSET_TYPE = "frozenset", FrozenSet, Some(&OBJECT_TYPE), dealloc_payload::<crate::set::SetObj>;
    DICT_KEYS_TYPE = "dict_keys", DictKeys, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>;
    DICT_VALUES_TYPE = "dict_values", DictValues, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>;
    DICT_ITEMS_TYPE = "dict_items", DictItems, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>;
    RANGE_TYPE = "range", Range, Some(&OBJECT_TYPE), dealloc_payload::<crate::range::RangeObj>;
    SLICE_TYPE = "slice", Slice, Some(&OBJECT_TYPE), dealloc_payload::<crate::range::SliceObj>;
    FUNCTION_TYPE = "function", Function, Some(&OBJECT_TYPE), dealloc_payload::<crate::func::FuncObj>;
    BUILTIN_FUNCTION_TYPE = "builtin_function_or_method", NativeFunction, Some(&OBJECT_TYPE), dealloc_payload::<crate::func::NativeFuncObj>;
    MODULE_TYPE = "module", Module, Some(&OBJECT_TYPE), dealloc_payload::<crate::module::ModuleObj>;
}

/// The payload of `None`.
#[repr(C)]
pub struct NoneObj {
    pub hdr: Header,
}
/// The payload of `True` and `False`.
#[repr(C)]
pub struct BoolObj {
    pub hdr: Header,
    pub value: bool,
}

#[export_name = "pyaot_None"]
pub static NONE: NoneObj = NoneObj { hdr: Header::immortal(&NONE_TYPE) };
#[export_name = "pyaot_True"]
pub static TRUE: BoolObj = BoolObj { hdr: Header::immortal(&BOOL_TYPE), value: true };
#[export_name = "pyaot_False"]
pub static FALSE: BoolObj = BoolObj { hdr: Header::immortal(&BOOL_TYPE), value: false };

#[inline]
pub fn none() -> Value {
    Value(&NONE as *const NoneObj as u64)
}
#[inline]
pub fn py_true() -> Value {
    Value(&TRUE as *const BoolObj as u64)
}
#[inline]
pub fn py_false() -> Value {
    Value(&FALSE as *const BoolObj as u64)
}
#[inline]
pub fn py_bool(b: bool) -> Value {
    if b {
        py_true()
    } else {
        py_false()
    }
}
/// `None` as an owned reference (immortal, so no count changes).
#[inline]
pub fn none_obj() -> Obj {
    Obj(none())
}
#[inline]
pub fn bool_obj(b: bool) -> Obj {
    Obj(py_bool(b))
}

impl Value {
    #[inline]
    pub fn is_none(self) -> bool {
        self == none()
    }
}
