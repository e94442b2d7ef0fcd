//! The command line: `cargo thread-safe audit [PATH] [--format F] [--deny RULE]...`.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::Rule;
use crate::progress::Progress;
use crate::{audit, render};

#[derive(Parser)]
#[command(name = "cargo-thread-safe", bin_name = "cargo thread-safe", version)]
#[command(
    about = "Find thread-safety debt: Arcs of non-thread-safe types and unjustified unsafe Send/Sync impls"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit a crate, a workspace or a folder of Rust files
    Audit(AuditArgs),
}

#[derive(clap::Args)]
struct AuditArgs {
    /// The crate, workspace or folder to audit (default: the current directory)
    path: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with status 1 when there are findings of RULE; repeatable. RULE is `all`,
    /// `arc-not-send-sync`, `unbounded-generic-impl`, `undocumented-unsafe-impl`,
    /// `manual-unsafe-impl` or `parse-error`
    #[arg(long, value_name = "RULE", value_parser = parse_deny)]
    deny: Vec<Deny>,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
    Sarif,
    Markdown,
}

#[derive(Clone, Copy)]
enum Deny {
    All,
    Rule(Rule),
}

fn parse_deny(value: &str) -> Result<Deny, String> {
    if value == "all" {
        return Ok(Deny::All);
    }
    Rule::from_id(value).map(Deny::Rule).ok_or_else(|| {
        let ids: Vec<&str> = Rule::ALL.iter().map(|rule| rule.id()).collect();
        format!("unknown rule `{value}`; expected `all` or one of: {}", ids.join(", "))
    })
}

/// Cargo runs `cargo-thread-safe thread-safe audit ...`; run directly, the word is absent.
pub(crate) fn run(mut args: Vec<OsString>) -> ExitCode {
    if args.get(1).is_some_and(|word| word == "thread-safe") {
        args.remove(1);
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let Command::Audit(args) = cli.command;
    let root = args.path.unwrap_or_else(|| PathBuf::from("."));
    let progress = Progress::default();
    let report = match audit::audit(&root, |files| progress.start(files), &|| progress.tick()) {
        Ok(report) => report,
        Err(error) => {
            progress.finish();
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    progress.finish();
    let mut out = io::stdout().lock();
    let written = render::render(&report, &root, args.format, &mut out).and_then(|()| out.flush());
    if let Err(error) = written {
        if error.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the report: {error}");
            return ExitCode::from(2);
        }
    }
    let denied = report.findings.iter().any(|finding| {
        args.deny.iter().any(|deny| match deny {
            Deny::All => true,
            Deny::Rule(rule) => *rule == finding.rule,
        })
    });
    if denied {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
