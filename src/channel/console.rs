//! The terminal channel: one line typed is one inbound message; replies are printed with
//! numbered choices and pictograms by name. Works interactively and with piped input.

use std::io::{BufRead, Write};

use thiserror::Error;

use crate::engine::{Inbound, Outcome, Reply, Session};
use crate::locale::Direction;
use crate::runtime::{Runtime, RuntimeError, now_secs};
use crate::text::{rtl_line, strip_isolates};

/// The channel name in pseudonyms.
pub const CHANNEL: &str = "console";

/// Why the console stopped.
#[derive(Debug, Error)]
pub enum ConsoleError {
    /// The terminal could not be read or written.
    #[error("terminal: {0}")]
    Io(#[from] std::io::Error),
    /// The runtime failed.
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
}

/// How the console runs.
#[derive(Debug, Clone, Default)]
pub struct ConsoleOptions {
    /// The local user name the session is keyed by (through the pseudonym).
    pub user: String,
    /// A language to use without asking.
    pub lang: Option<String>,
    /// Show a prompt and clear the screen on quick exit (a real terminal).
    pub interactive: bool,
}

/// Runs a conversation until the input ends.
pub fn run(
    runtime: &Runtime,
    input: impl BufRead,
    mut output: impl Write,
    options: &ConsoleOptions,
) -> Result<(), ConsoleError> {
    let who = runtime.pseudonym(CHANNEL, &options.user);
    let fresh: Option<Session> = options
        .lang
        .as_deref()
        .and_then(|l| runtime.engine().session_in(l));
    // Opening the terminal is the person's first move: resume a live conversation where it
    // stood, or start one.
    let opening = if runtime.has_session(&who, now_secs())? {
        Inbound::Resume
    } else {
        Inbound::Text("/start".into())
    };
    let outcome = runtime.handle_as(&who, opening, now_secs(), fresh.clone())?;
    show(
        &runtime.without_desk(&who, outcome, now_secs())?,
        &mut output,
        options.interactive,
    )?;
    for line in input.lines() {
        let line = match line {
            Ok(line) => line,
            // Bytes that are not UTF-8: treat as an unreadable message, never crash.
            Err(error) if error.kind() == std::io::ErrorKind::InvalidData => String::new(),
            Err(error) => return Err(error.into()),
        };
        let outcome = runtime.handle_as(&who, Inbound::Text(line), now_secs(), fresh.clone())?;
        show(
            &runtime.without_desk(&who, outcome, now_secs())?,
            &mut output,
            options.interactive,
        )?;
    }
    Ok(())
}

/// The replies of one outcome, then the prompt.
fn show(outcome: &Outcome, output: &mut impl Write, interactive: bool) -> std::io::Result<()> {
    render(&outcome.replies, outcome.direction, output, interactive)?;
    prompt(output, interactive)
}

fn prompt(output: &mut impl Write, interactive: bool) -> std::io::Result<()> {
    if interactive {
        write!(output, "> ")?;
    }
    output.flush()
}

/// Prints replies as plain text, one line per message. Terminals do not apply Unicode bidi
/// isolation, so Fluent's marks are removed rather than shown as stray glyphs; in a right-to-left
/// language a line that would start left to right gets a right-to-left mark.
pub fn render(
    replies: &[Reply],
    direction: Direction,
    output: &mut impl Write,
    interactive: bool,
) -> std::io::Result<()> {
    for line in lines(replies) {
        match direction {
            Direction::Rtl => writeln!(output, "{}", rtl_line(&line))?,
            Direction::Ltr => writeln!(output, "{line}")?,
        }
    }
    if interactive && replies.contains(&Reply::EraseConversation) {
        // Clear the screen and the scroll-back.
        write!(output, "\x1b[3J\x1b[2J\x1b[H")?;
    }
    Ok(())
}

/// Replies as the lines a terminal shows (also the format of golden transcripts): messages as
/// they are, pictograms as `[id: alt]`, choices numbered (buttons under a question, which
/// cannot be typed as numbers, with `-`), contact cards indented with `|`.
pub fn lines(replies: &[Reply]) -> Vec<String> {
    let mut out = Vec::new();
    for reply in replies {
        match reply {
            Reply::Text(text) => out.extend(strip_isolates(text).lines().map(str::to_owned)),
            Reply::Pictogram(p) => out.push(format!("[{}: {}]", p.id, p.alt)),
            Reply::Choices(items) => {
                for item in items {
                    let number = if item.by_number {
                        format!("{}.", item.number)
                    } else {
                        "-".to_owned()
                    };
                    let label = strip_isolates(&item.label);
                    out.push(match &item.pictogram {
                        Some(p) => format!("  {number} [{}] {label}", p.id),
                        None => format!("  {number} {label}"),
                    });
                }
            }
            Reply::ContactCard(card) => {
                if let Some(p) = &card.pictogram {
                    out.push(format!("[{}: {}]", p.id, p.alt));
                }
                for line in &card.lines {
                    out.push(format!("  | {}", strip_isolates(line)));
                }
            }
            Reply::EraseConversation => {}
        }
    }
    out
}
