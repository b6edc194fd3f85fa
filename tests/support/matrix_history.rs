//! A Matrix room's whole history as the homeserver gives it back: what a quick exit left.

use matrix_sdk::Room;
use matrix_sdk::room::MessagesOptions;

/// One message or reaction of the history.
#[derive(Debug, Clone)]
pub struct Event {
    /// `m.room.message` or `m.reaction`.
    pub kind: String,
    /// Its sender's user id.
    pub sender: String,
    /// Its event id.
    pub id: String,
    /// Whether it still has content (a redacted event has `{}`).
    pub has_content: bool,
}

/// Every message and reaction of a room, newest first, read back page by page to its start.
pub async fn messages_and_reactions(room: &Room) -> Vec<Event> {
    let mut out = Vec::new();
    let mut from: Option<String> = None;
    loop {
        let mut options = MessagesOptions::backward().from(from.as_deref());
        options.limit = 100u32.into();
        let page = room.messages(options).await.expect("history");
        for event in &page.chunk {
            let raw = event.raw();
            let field = |name: &str| {
                raw.get_field::<String>(name)
                    .ok()
                    .flatten()
                    .unwrap_or_default()
            };
            let kind = field("type");
            if kind != "m.room.message" && kind != "m.reaction" {
                continue;
            }
            let content = raw.get_field::<serde_json::Value>("content").ok().flatten();
            out.push(Event {
                sender: field("sender"),
                id: field("event_id"),
                has_content: content != Some(serde_json::json!({})),
                kind,
            });
        }
        match page.end {
            Some(end) if !page.chunk.is_empty() => from = Some(end),
            _ => break,
        }
    }
    out
}
