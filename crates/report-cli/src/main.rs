//! `report-lens`: the Report Lens analysis core on the command line.
//!
//! ```text
//! report-lens analyze FILE [--format json|csv|md] [-o OUT]   # FILE may be - for stdin
//! report-lens numbers [FILE|-]                               # number expressions, JSON lines
//! ```
//! Unreadable input exits with status 2 and a one-line message; odd text exits 0 with
//! diagnostics in the output.

mod output;

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: report-lens analyze FILE [--format json|csv|md] [-o OUT]
       report-lens numbers [FILE|-]
FILE may be - for standard input.";

/// Output formats of `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    Markdown,
}

/// A parsed command line.
#[derive(Debug)]
enum Command {
    Analyze {
        input: String,
        format: Format,
        output: Option<String>,
    },
    Numbers {
        input: String,
    },
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report-lens: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match parse_args(args)? {
        Command::Help => {
            println!("{USAGE}");
            Ok(())
        }
        Command::Analyze {
            input,
            format,
            output,
        } => {
            let analysis =
                report_core::analyze(&read_input(&input)?).map_err(|e| format!("{input}: {e}"))?;
            let text = match format {
                Format::Json => output::json(&analysis),
                Format::Csv => output::csv(&analysis),
                Format::Markdown => output::markdown(&analysis),
            };
            write_output(output.as_deref(), &text)
        }
        Command::Numbers { input } => {
            let bytes = read_input(&input)?;
            let decoded =
                report_core::decode::decode(&bytes).map_err(|e| format!("{input}: {e}"))?;
            write_output(None, &output::numbers(&decoded.text))
        }
    }
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let Some(command) = args.first() else {
        return Err(format!("no command given\n{USAGE}"));
    };
    let mut input = None;
    let mut format = Format::Json;
    let mut output = None;
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                format = match rest.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("md" | "markdown") => Format::Markdown,
                    other => {
                        return Err(format!(
                            "unknown format {:?}; use json, csv or md",
                            other.unwrap_or("")
                        ))
                    }
                }
            }
            "-o" | "--output" => output = Some(rest.next().ok_or("-o needs a file name")?.clone()),
            "-h" | "--help" => return Ok(Command::Help),
            _ if input.is_none() && (arg == "-" || !arg.starts_with('-')) => {
                input = Some(arg.clone())
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    match command.as_str() {
        "analyze" => Ok(Command::Analyze {
            input: input.ok_or(format!("analyze needs a FILE\n{USAGE}"))?,
            format,
            output,
        }),
        "numbers" => Ok(Command::Numbers {
            input: input.unwrap_or_else(|| "-".to_owned()),
        }),
        "help" | "-h" | "--help" => Ok(Command::Help),
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("standard input: {e}"))?;
        return Ok(bytes);
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {}", describe_io(&e)))?;
    if meta.is_dir() {
        return Err(format!("{path}: is a directory, not a report file"));
    }
    if meta.len() > report_core::decode::MAX_INPUT_BYTES as u64 {
        return Err(format!(
            "{path}: {}",
            report_core::DecodeError::TooLarge {
                size: meta.len() as usize
            }
        ));
    }
    std::fs::read(path).map_err(|e| format!("{path}: {}", describe_io(&e)))
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

fn write_output(path: Option<&str>, text: &str) -> Result<(), String> {
    match path {
        Some(path) if path != "-" => {
            std::fs::write(path, text).map_err(|e| format!("{path}: {}", describe_io(&e)))
        }
        _ => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()) {
                // A closed pipe (`| head`) is not an error worth reporting.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| format!("standard output: {e}")),
            }
        }
    }
}
