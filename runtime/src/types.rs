//! The builtin type objects and the singletons `None`, `True` and `False`.
//! All are immortal statics; generated code compares type pointers against them.
use crate::object::*;

unsafe fn dealloc_static(_: *mut Header) {
    // Immortal objects are never freed.
}

macro_rules! builtin_types {
    ($( $(#[$attr:meta])* $id:ident = $name:literal, $kind:ident, $base:expr, $dealloc:expr, $spec:expr ;)*) => {
        $( $(#[$attr])* pub static $id: TypeObject = TypeObject::builtin($name, Kind::$kind, $base, $dealloc, $spec); )*
    };
}

use crate::typeobj::EMPTY_SPEC;

builtin_types! {
    TYPE_TYPE = "type", Type, Some(&OBJECT_TYPE), dealloc_static, &crate::objtype::TYPE_SPEC;
    OBJECT_TYPE = "object", Other, None, dealloc_static, &crate::objtype::OBJECT_SPEC;
    INT_TYPE = "int", Int, Some(&OBJECT_TYPE), dealloc_payload::<crate::int::IntObj>, &crate::numtypes::INT_SPEC;
    BOOL_TYPE = "bool", Bool, Some(&INT_TYPE), dealloc_static, &crate::numtypes::BOOL_SPEC;
    #[export_name = "pyaot_type_float"]
    FLOAT_TYPE = "float", Float, Some(&OBJECT_TYPE), crate::float::dealloc_float, &crate::numtypes::FLOAT_SPEC;
    STR_TYPE = "str", Str, Some(&OBJECT_TYPE), dealloc_payload::<crate::str::StrObj>, &crate::str::SPEC;
    BYTES_TYPE = "bytes", Bytes, Some(&OBJECT_TYPE), dealloc_payload::<crate::bytes::BytesObj>, &crate::bytes::BYTES_SPEC;
    BYTEARRAY_TYPE = "bytearray", ByteArray, Some(&OBJECT_TYPE), dealloc_payload::<crate::bytes::BytesObj>, &crate::bytes::BYTEARRAY_SPEC;
    NONE_TYPE = "NoneType", NoneType, Some(&OBJECT_TYPE), dealloc_static, &crate::misctypes::NONE_SPEC;
    LIST_TYPE = "list", List, Some(&OBJECT_TYPE), dealloc_payload::<crate::list::ListObj>, &crate::list::SPEC;
    TUPLE_TYPE = "tuple", Tuple, Some(&OBJECT_TYPE), dealloc_payload::<crate::tuple::TupleObj>, &crate::tuple::SPEC;
    DICT_TYPE = "dict", Dict, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictObj>, &crate::dict::SPEC;
    SET_TYPE = "set", Set, Some(&OBJECT_TYPE), dealloc_payload::<crate::set::SetObj>, &crate::set::SET_SPEC;
    FROZENSET_TYPE = "frozenset", FrozenSet, Some(&OBJECT_TYPE), dealloc_payload::<crate::set::SetObj>, &crate::set::FROZENSET_SPEC;
    DICT_KEYS_TYPE = "dict_keys", DictKeys, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>, &crate::dict::KEYS_SPEC;
    DICT_VALUES_TYPE = "dict_values", DictValues, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>, &crate::dict::VALUES_SPEC;
    DICT_ITEMS_TYPE = "dict_items", DictItems, Some(&OBJECT_TYPE), dealloc_payload::<crate::dict::DictViewObj>, &crate::dict::ITEMS_SPEC;
    RANGE_TYPE = "range", Range, Some(&OBJECT_TYPE), dealloc_payload::<crate::range::RangeObj>, &crate::range::RANGE_SPEC;
    SLICE_TYPE = "slice", Slice, Some(&OBJECT_TYPE), dealloc_payload::<crate::range::SliceObj>, &crate::range::SLICE_SPEC;
    FUNCTION_TYPE = "function", Function, Some(&OBJECT_TYPE), dealloc_payload::<crate::func::FuncObj>, &crate::func::FUNCTION_SPEC;
    BUILTIN_FUNCTION_TYPE = "builtin_function_or_method", NativeFunction, Some(&OBJECT_TYPE), dealloc_payload::<crate::func::NativeFuncObj>, &crate::misctypes::BUILTIN_FUNCTION_SPEC;
    MODULE_TYPE = "module", Module, Some(&OBJECT_TYPE), dealloc_payload::<crate::module::ModuleObj>, &EMPTY_SPEC;
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
