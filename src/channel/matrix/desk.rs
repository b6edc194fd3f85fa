//! Matrix as a courier of the warm handoff: it shows the hub's news in a person's direct chat,
//! posts tickets in a desk room (the bot's later messages about a ticket go in its thread), and
//! passes staff messages (in a ticket's thread, or replies to it, from joined members of that
//! room) to the hub. Errors never carry the SDK's text (it may name a room).

use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::sanitize::remove_plain_reply_fallback;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::{EventId, RoomId, UserId};
use matrix_sdk::{Room, RoomState};

use super::Matrix;
use crate::engine::Outcome;
use crate::handoff::{BoxFuture, Courier, CourierError, DeskChannel, DeskInbound, Hub};
use crate::runtime::now_secs;

impl Matrix {
    /// A message in a desk room: staff at work. Only text counts; the hub decides the rest.
    pub(super) async fn desk_message(
        &self,
        hub: &Hub,
        room: &Room,
        event: &OriginalSyncRoomMessageEvent,
    ) {
        if room.state() != RoomState::Joined {
            return;
        }
        let MessageType::Text(text) = &event.content.msgtype else {
            return;
        };
        let refers_to = match &event.content.relates_to {
            Some(Relation::Thread(thread)) => Some(thread.event_id.to_string()),
            Some(Relation::Reply(reply)) => Some(reply.in_reply_to.event_id.to_string()),
            _ => None,
        };
        // An older client quotes what it answers: only the staff's own words are relayed.
        let body = if refers_to.is_some() {
            remove_plain_reply_fallback(&text.body)
        } else {
            text.body.as_str()
        };
        let inbound = DeskInbound {
            channel: DeskChannel::Matrix,
            room: room.room_id().to_string(),
            refers_to,
            sender_is_member: is_joined(room, &event.sender).await,
            text: body.to_owned(),
        };
        hub.from_desk(inbound, now_secs()).await;
    }
}

/// Whether a user is a joined member of a room now, as the sync tells (the homeserver is asked
/// when the store does not know them).
async fn is_joined(room: &Room, user: &UserId) -> bool {
    let member = match room.get_member_no_sync(user).await {
        Ok(Some(member)) => Some(member),
        Ok(None) => room.get_member(user).await.ok().flatten(),
        Err(_) => None,
    };
    member.is_some_and(|m| *m.membership() == MembershipState::Join)
}

/// A room the bot is in, by its id.
fn joined_room(matrix: &Matrix, id: &str) -> Option<Room> {
    let id = RoomId::parse(id).ok()?;
    matrix
        .client
        .get_room(&id)
        .filter(|room| room.state() == RoomState::Joined)
}

impl Courier for Matrix {
    fn to_person<'a>(
        &'a self,
        chat: &'a str,
        outcome: &'a Outcome,
    ) -> BoxFuture<'a, Result<(), CourierError>> {
        Box::pin(async move {
            let room = joined_room(self, chat).ok_or_else(|| {
                CourierError("Matrix: the bot is not in the person's chat".into())
            })?;
            let state = self.chat(&room);
            let mut shown = state.shown.lock().await;
            let showing = self.show(&room, outcome).await;
            if showing.failed {
                self.undelivered(None, &outcome.lang);
            }
            if showing.delivered == 0 && showing.failed {
                return Err(CourierError(
                    "Matrix: the person's chat refused the message".into(),
                ));
            }
            if showing.delivered > 0 {
                shown.remember(showing.shown);
            }
            Ok(())
        })
    }

    fn to_desk<'a>(
        &'a self,
        room: &'a str,
        text: &'a str,
        thread: Option<&'a str>,
    ) -> BoxFuture<'a, Result<String, CourierError>> {
        Box::pin(async move {
            let room = joined_room(self, room)
                .ok_or_else(|| CourierError("Matrix: the bot is not in the desk room".into()))?;
            let mut content = RoomMessageEventContent::text_plain(text);
            if let Some(root) = thread {
                let root = EventId::parse(root)
                    .map_err(|_| CourierError("Matrix: not an event id".into()))?;
                // In the ticket's thread; older clients see a reply to the ticket.
                content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
            }
            let sent = room
                .send(content)
                .await
                .map_err(|_| CourierError("Matrix: the desk room refused the message".into()))?;
            Ok(sent.response.event_id.to_string())
        })
    }
}
