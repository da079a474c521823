//! Replays `normalize` fuzz inputs natively and shows where a second repair differs from the
//! first (the fuzz target's idempotence property), so that an input can be tried on any commit
//! without a fuzz build. The input is read as the fuzz target reads it: its longest UTF-8 prefix.
//! `cargo run --release -p report-core --example idem -- fuzz/artifacts/normalize/crash-*`
fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
        };
        let first = report_core::normalize::normalize(text);
        let once = first.text();
        let second = report_core::normalize::normalize(&once);
        let again = second.text();
        if first.hard_wrapped || second.hard_wrapped || again == once {
            println!("{path}: idempotent (or hard-wrapped, which the property leaves out)");
            continue;
        }
        let at = once
            .bytes()
            .zip(again.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(once.len().min(again.len()));
        let from = once.floor_char_boundary(at.saturating_sub(80));
        let window = |s: &str| s[from..s.floor_char_boundary((at + 80).min(s.len()))].to_owned();
        println!(
            "{path}: differs at byte {at}\n  once:  {:?}\n  again: {:?}",
            window(&once),
            window(&again)
        );
        // What the second repair removed that the first kept.
        for r in &second.removed {
            println!(
                "  second removed {:?}: {:?}",
                r.reason,
                once.get(r.span.range())
                    .unwrap_or("")
                    .chars()
                    .take(40)
                    .collect::<String>()
            );
        }
    }
}
