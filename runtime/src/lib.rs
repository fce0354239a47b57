//! The pyaot runtime: one object model for AOT code, JIT code and the bytecode VM.
//!
//! **Architecture Invariant:** this crate depends on no compiler crate; compiled code
//! reaches it only through the table in [`abi`].
pub mod abi;
pub mod attr;
pub mod builtins;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod docs;
pub mod dynamic;
pub mod ellipsis;
pub mod err;
pub mod exctypes;
pub mod float;
pub mod format;
pub mod func;
pub mod gen;
pub mod hash;
pub mod inline_cache;
pub mod int;
pub mod io;
pub mod iter;
pub mod list;
pub mod misctypes;
pub mod module;
pub mod mt;
pub mod numfmt;
pub mod numtypes;
pub mod object;
pub mod objtype;
pub mod ops;
pub mod pattern;
pub mod program;
pub mod range;
pub mod set;
pub mod slots;
pub mod stdlib;
pub mod str;
pub mod tuple;
pub mod typenew;
pub mod typeobj;
pub mod types;
pub mod unicode;

pub use object::{Obj, Value};
