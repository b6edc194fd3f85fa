//! Telegram as a courier of the warm handoff: it shows the hub's news in a person's private
//! chat, posts tickets in a desk group, and passes staff replies (replies to the bot's ticket
//! messages, from members of that group) to the hub.

use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{MessageId, ReplyParameters};

use super::{CHANNEL, Client, Telegram, describe};
use crate::engine::Outcome;
use crate::handoff::{BoxFuture, Courier, CourierError, DeskChannel, DeskInbound};
use crate::runtime::now_secs;

impl Telegram {
    /// A message in a group: a desk's staff at work, or nothing for the bot.
    pub(super) async fn desk_message(&self, message: &Message) {
        let Some(hub) = self.hub.get() else {
            return;
        };
        let room = message.chat.id.0.to_string();
        if !hub.is_desk(DeskChannel::Telegram, &room) {
            return;
        }
        let Some(text) = message.text() else {
            return;
        };
        // Telegram delivers a group's messages from its members only; a bot (another bot in the
        // group) is not staff. An anonymous admin writes as the group itself.
        let member = message.from.as_ref().is_some_and(|user| !user.is_bot)
            || message
                .sender_chat
                .as_ref()
                .is_some_and(|chat| chat.id == message.chat.id);
        let inbound = DeskInbound {
            channel: DeskChannel::Telegram,
            room,
            refers_to: message.reply_to_message().map(|m| m.id.0.to_string()),
            sender_is_member: member,
            text: text.to_owned(),
        };
        hub.from_desk(inbound, now_secs()).await;
    }
}

impl Courier for Telegram {
    fn to_person<'a>(
        &'a self,
        chat: &'a str,
        outcome: &'a Outcome,
    ) -> BoxFuture<'a, Result<(), CourierError>> {
        Box::pin(async move {
            let id: i64 = chat
                .parse()
                .map_err(|_| CourierError("not a Telegram chat".into()))?;
            let mut shown = Vec::new();
            let mut failure = None;
            for message in self.plan(outcome) {
                match self
                    .deliver(ChatId(id), &message, outcome.direction, false)
                    .await
                {
                    Ok(sent) => shown.push(i64::from(sent.0)),
                    Err(error) => failure = Some(describe(&error)),
                }
            }
            // Staff words on screen are erased by a quick exit like the rest.
            let who = self.runtime.pseudonym(CHANNEL, chat);
            if let Err(error) = self.runtime.remember_visible(&who, &shown, now_secs()) {
                tracing::warn!(%error, "Telegram: could not remember the messages shown");
            }
            match failure {
                Some(error) if shown.is_empty() => Err(CourierError(error)),
                _ => Ok(()),
            }
        })
    }

    fn to_desk<'a>(
        &'a self,
        room: &'a str,
        text: &'a str,
        thread: Option<&'a str>,
    ) -> BoxFuture<'a, Result<String, CourierError>> {
        Box::pin(async move {
            let group: i64 = room
                .parse()
                .map_err(|_| CourierError("not a Telegram group".into()))?;
            let reply_to = thread
                .and_then(|t| t.parse::<i32>().ok())
                .map(|id| ReplyParameters::new(MessageId(id)).allow_sending_without_reply());
            let sent = call!(self, bot => {
                let request = bot.send_message(ChatId(group), text.to_owned());
                match reply_to.clone() {
                    Some(reply) => request.reply_parameters(reply),
                    None => request,
                }
            })
            .map_err(|e| CourierError(describe(&e)))?;
            Ok(sent.id.0.to_string())
        })
    }
}
