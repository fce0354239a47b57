//! The `pyaot` command: argument parsing and the driver that runs the stages.
//!
//! **Architecture Invariant:** the driver holds no compiler logic; it reads files,
//! calls the frontend and codegen, links with `cc` and manages the build cache.
mod driver;

/// The JIT tier runs programs inside the compiler: same allocator as executables.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pyaot", version, about = "Compile Python 3.11 programs to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    Ast,
    Ir,
    Bytecode,
    Clif,
}

#[derive(Subcommand)]
enum Command {
    /// Compile (cached) and run a program, as `python3 prog.py` would.
    Run {
        /// Compile in memory with the JIT instead of building an executable.
        #[arg(long, conflicts_with = "vm")]
        jit: bool,
        /// Run the whole program on the bytecode VM.
        #[arg(long)]
        vm: bool,
        /// Rebuild even when the cache has the executable.
        #[arg(long)]
        force: bool,
        /// Print an intermediate form instead of running.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// The program.
        file: PathBuf,
        /// Arguments passed to the program as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Build a native executable.
    Build {
        file: PathBuf,
        /// Output path (default: the program's name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long, value_enum)]
        emit: Option<Emit>,
    },
    /// Report every unsupported construct and syntax error, without building.
    Check { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Run { jit, vm, force, emit, file, args } => match emit {
            Some(e) => driver::emit(&file, e),
            None if jit => driver::run_jit(&file, args),
            None if vm => driver::run_vm(&file, args),
            None => driver::run_aot(&file, args, force),
        },
        Command::Build { file, output, emit } => match emit {
            Some(e) => driver::emit(&file, e),
            None => driver::build(&file, output),
        },
        Command::Check { file } => driver::check(&file),
    };
    ExitCode::from(status.clamp(0, 255) as u8)
}
