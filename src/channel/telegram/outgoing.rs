//! What one engine outcome becomes on Telegram, decided without any I/O: few messages (Telegram
//! paces each chat at about one a second), texts merged in order, the choice board (or else the
//! step's pictogram) as a photo whose caption carries the texts, buttons under the last message,
//! and a location button when the bot asks for a place.

use teloxide::utils::html;

use crate::engine::{ChoiceItem, Outcome, Reply};

/// The longest caption Telegram accepts under a photo, in characters.
pub const MAX_CAPTION_CHARS: usize = 1024;

/// The longest text message, in characters.
pub const MAX_TEXT_CHARS: usize = 4096;

/// The image of a photo message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Image {
    /// One pictogram, by catalogue id.
    Pictogram(String),
    /// A choice board: each choice's number and pictogram id.
    Board(Vec<(usize, Option<String>)>),
}

/// The buttons of a message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Buttons {
    /// None.
    #[default]
    None,
    /// Inline buttons, one per row: label and the engine's token (the callback data).
    Inline(Vec<(String, String)>),
    /// A keyboard under the text field: a button that shares the location, then the labels of
    /// the question's other buttons (typing a full label picks it).
    AskLocation {
        /// The location button's label.
        share: String,
        /// The other buttons' labels.
        labels: Vec<String>,
    },
    /// Removes that keyboard: once the place is answered, its labels would otherwise stay
    /// under the text field, to be sent as text at the next question.
    RemoveKeyboard,
}

/// One Telegram message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// A photo, or a text message.
    pub image: Option<Image>,
    /// The text or caption, as Telegram HTML.
    pub html: String,
    /// Its buttons.
    pub buttons: Buttons,
}

/// Plans the messages for an outcome. `share_location` is the label of the location button,
/// in the person's language.
pub fn plan(outcome: &Outcome, share_location: &str) -> Vec<Outgoing> {
    let mut planner = Planner::default();
    for reply in &outcome.replies {
        match reply {
            Reply::Text(text) => planner.texts.push(html::escape(text)),
            Reply::Pictogram(pictogram) => {
                planner.flush(Buttons::None);
                planner.image = Some(Image::Pictogram(pictogram.id.clone()));
                planner.alt = Some(html::escape(&pictogram.alt));
            }
            Reply::Choices(items) => {
                if let Some(board) = board(items) {
                    // One message per step (Telegram paces each chat at about one a second):
                    // the board, which shows what to tap, takes the place of the step's own
                    // pictogram and carries its texts.
                    planner.image = Some(board);
                    planner.alt = None;
                }
                let buttons = if outcome.asks_place {
                    Buttons::AskLocation {
                        share: share_location.to_owned(),
                        labels: items.iter().map(|i| i.label.clone()).collect(),
                    }
                } else {
                    Buttons::Inline(
                        items
                            .iter()
                            .map(|i| (i.label.clone(), i.token.clone()))
                            .collect(),
                    )
                };
                planner.flush(buttons);
            }
            Reply::ContactCard(card) => {
                planner.flush(Buttons::None);
                let mut lines = card.lines.iter().map(|l| html::escape(l));
                let mut text = lines.next().map(|t| html::bold(&t)).unwrap_or_default();
                for line in lines {
                    text.push('\n');
                    text.push_str(&line);
                }
                planner.texts.push(text);
                planner.flush(Buttons::None);
            }
            Reply::EraseConversation => {}
        }
    }
    let last = if outcome.asks_place && !planner.sent_location_keyboard() {
        Buttons::AskLocation {
            share: share_location.to_owned(),
            labels: Vec::new(),
        }
    } else {
        Buttons::None
    };
    planner.flush(last);
    let mut out = planner.out;
    if outcome.left_place {
        remove_keyboard(&mut out);
    }
    out
}

/// Hangs the keyboard's removal on the first message without buttons; when every message has
/// buttons, the first paragraphs of a message are sent first, as a text, to carry it (the
/// message keeps its image, its last paragraph and its buttons).
fn remove_keyboard(out: &mut Vec<Outgoing>) {
    if let Some(free) = out.iter_mut().find(|o| o.buttons == Buttons::None) {
        free.buttons = Buttons::RemoveKeyboard;
        return;
    }
    let Some(at) = out.iter().position(|o| o.html.contains("\n\n")) else {
        return;
    };
    let Some((head, tail)) = out[at].html.rsplit_once("\n\n") else {
        return;
    };
    let head = Outgoing {
        image: None,
        html: head.to_owned(),
        buttons: Buttons::RemoveKeyboard,
    };
    out[at].html = tail.to_owned();
    out.insert(at, head);
}

/// A board for choices that carry pictograms: at least two of them, or it adds nothing. Not for
/// buttons under a question: there a typed number answers the question, and the board's numbers
/// would mislead.
fn board(items: &[ChoiceItem]) -> Option<Image> {
    if items.iter().any(|i| !i.by_number) {
        return None;
    }
    let cells: Vec<(usize, Option<String>)> = items
        .iter()
        .map(|i| (i.number, i.pictogram.as_ref().map(|p| p.id.clone())))
        .collect();
    (cells.iter().filter(|(_, p)| p.is_some()).count() >= 2).then_some(Image::Board(cells))
}

#[derive(Default)]
struct Planner {
    image: Option<Image>,
    alt: Option<String>,
    texts: Vec<String>,
    out: Vec<Outgoing>,
}

impl Planner {
    fn sent_location_keyboard(&self) -> bool {
        self.out
            .iter()
            .any(|o| matches!(o.buttons, Buttons::AskLocation { .. }))
    }

    /// Sends what is pending as one message (or a photo and a text when the caption would be
    /// too long), with `buttons` on the last one.
    fn flush(&mut self, buttons: Buttons) {
        let text = self.texts.join("\n\n");
        self.texts.clear();
        let alt = self.alt.take();
        match self.image.take() {
            Some(image) => {
                let caption = if text.is_empty() {
                    alt.clone().unwrap_or_default()
                } else {
                    text.clone()
                };
                if caption.chars().count() <= MAX_CAPTION_CHARS {
                    self.out.push(Outgoing {
                        image: Some(image),
                        html: caption,
                        buttons,
                    });
                } else {
                    self.out.push(Outgoing {
                        image: Some(image),
                        html: alt.unwrap_or_default(),
                        buttons: Buttons::None,
                    });
                    self.push_text(text, buttons);
                }
            }
            None if text.is_empty() && buttons == Buttons::None => {}
            None => self.push_text(text, buttons),
        }
    }

    /// A text message, split at paragraph ends when longer than Telegram allows.
    fn push_text(&mut self, text: String, buttons: Buttons) {
        let mut parts: Vec<String> = Vec::new();
        for paragraph in text.split("\n\n") {
            match parts.last_mut() {
                Some(last)
                    if last.chars().count() + 2 + paragraph.chars().count() <= MAX_TEXT_CHARS =>
                {
                    last.push_str("\n\n");
                    last.push_str(paragraph);
                }
                _ => parts.push(paragraph.chars().take(MAX_TEXT_CHARS).collect()),
            }
        }
        if parts.iter().all(String::is_empty) {
            // Buttons need a message to hang on; a question always has a text before it, so
            // this only happens for a lone keyboard: a neutral mark.
            parts = vec!["…".to_owned()];
        }
        let last = parts.len() - 1;
        for (i, html) in parts.into_iter().enumerate() {
            self.out.push(Outgoing {
                image: None,
                html,
                buttons: if i == last {
                    buttons.clone()
                } else {
                    Buttons::None
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{ChoiceItem, ContactCard, PictogramRef};
    use crate::locale::Direction;

    fn outcome(replies: Vec<Reply>, asks_place: bool) -> Outcome {
        Outcome {
            session: None,
            replies,
            visited: Vec::new(),
            lang: "en".into(),
            direction: Direction::Ltr,
            campaign: None,
            asks_place,
            left_place: false,
            held: None,
            erase_visible: Vec::new(),
            forget_past: false,
            handoff: None,
        }
    }

    #[test]
    fn once_the_place_is_answered_its_keyboard_is_removed_with_the_first_free_message() {
        let mut answered = outcome(
            vec![
                Reply::Text("Gironde.".into()),
                Reply::ContactCard(ContactCard {
                    association: "ceid".into(),
                    lines: vec!["CEID".into(), "05 56".into()],
                    pictogram: None,
                    to_complete: false,
                }),
                Reply::Text("How soon?".into()),
                Reply::Choices(vec![item(1, None), item(2, None)]),
            ],
            false,
        );
        answered.left_place = true;
        let planned = plan(&answered, "Share");
        assert_eq!(planned[0].buttons, Buttons::RemoveKeyboard, "{planned:#?}");
        assert!(matches!(
            planned.last().map(|o| &o.buttons),
            Some(Buttons::Inline(_))
        ));
        // Every message with buttons (the numbers, then what next): the first lines carry the
        // removal, the question keeps its buttons.
        let mut urgent = outcome(
            vec![
                Reply::Text("Call 17 or 112.".into()),
                Reply::Text("What next?".into()),
                Reply::Choices(vec![item(1, None), item(2, None)]),
            ],
            false,
        );
        urgent.left_place = true;
        let with_board = outcome(
            vec![
                Reply::Text("Call 17 or 112.".into()),
                Reply::Text("What next?".into()),
                Reply::Choices(vec![item(1, Some("house")), item(2, Some("money"))]),
            ],
            false,
        );
        let mut with_board = with_board;
        with_board.left_place = true;
        let photo = super::plan(&with_board, "Share");
        assert_eq!(photo.len(), 2, "{photo:#?}");
        assert_eq!(photo[0].image, None);
        assert_eq!(photo[0].html, "Call 17 or 112.");
        assert_eq!(photo[0].buttons, Buttons::RemoveKeyboard);
        assert!(photo[1].image.is_some());
        assert_eq!(photo[1].html, "What next?");
        let plan = super::plan(&urgent, "Share");
        assert_eq!(plan.len(), 2, "{plan:#?}");
        assert_eq!(plan[0].html, "Call 17 or 112.");
        assert_eq!(plan[0].buttons, Buttons::RemoveKeyboard);
        assert_eq!(plan[1].html, "What next?");
        assert!(matches!(plan[1].buttons, Buttons::Inline(ref b) if b.len() == 2));
        // Still at the place question: nothing removed.
        let again = outcome(vec![Reply::Text("Where?".into())], true);
        assert!(
            plan_has_no_removal(&super::plan(&again, "Share")),
            "the keyboard stays while the question waits"
        );
    }

    fn plan_has_no_removal(plan: &[Outgoing]) -> bool {
        plan.iter().all(|o| o.buttons != Buttons::RemoveKeyboard)
    }

    fn picto(id: &str) -> PictogramRef {
        PictogramRef {
            id: id.into(),
            file: format!("{id}.svg").into(),
            alt: format!("{id} alt"),
        }
    }

    fn item(n: usize, pictogram: Option<&str>) -> ChoiceItem {
        ChoiceItem {
            number: n,
            by_number: true,
            label: format!("choice <{n}>"),
            pictogram: pictogram.map(picto),
            token: format!("abcd.{}", n - 1),
        }
    }

    #[test]
    fn a_step_is_one_photo_the_board_with_its_texts_escaped_and_the_buttons() {
        let plan = plan(
            &outcome(
                vec![
                    Reply::Pictogram(picto("info")),
                    Reply::Text("Tom & <Jerry>".into()),
                    Reply::Text("Second".into()),
                    Reply::Choices(vec![item(1, Some("house")), item(2, Some("money"))]),
                ],
                false,
            ),
            "Share",
        );
        assert_eq!(plan.len(), 1, "{plan:#?}");
        assert_eq!(plan[0].html, "Tom &amp; &lt;Jerry&gt;\n\nSecond");
        assert_eq!(
            plan[0].image,
            Some(Image::Board(vec![
                (1, Some("house".into())),
                (2, Some("money".into()))
            ]))
        );
        assert_eq!(
            plan[0].buttons,
            Buttons::Inline(vec![
                ("choice <1>".into(), "abcd.0".into()),
                ("choice <2>".into(), "abcd.1".into())
            ])
        );
    }

    #[test]
    fn texts_without_pictograms_carry_the_buttons_themselves() {
        let plan = plan(
            &outcome(
                vec![
                    Reply::Text("Question?".into()),
                    Reply::Choices(vec![item(1, None), item(2, Some("no"))]),
                ],
                false,
            ),
            "Share",
        );
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].image, None);
        assert_eq!(plan[0].html, "Question?");
        assert!(matches!(plan[0].buttons, Buttons::Inline(ref b) if b.len() == 2));
    }

    #[test]
    fn a_place_question_offers_the_location_and_its_buttons_as_a_keyboard() {
        let plan = plan(
            &outcome(
                vec![
                    Reply::Pictogram(picto("map")),
                    Reply::Text("Where?".into()),
                    Reply::Choices(vec![item(1, Some("danger"))]),
                ],
                true,
            ),
            "Share my location",
        );
        assert_eq!(plan.len(), 1, "{plan:#?}");
        assert_eq!(plan[0].image, Some(Image::Pictogram("map".into())));
        assert_eq!(
            plan[0].buttons,
            Buttons::AskLocation {
                share: "Share my location".into(),
                labels: vec!["choice <1>".into()]
            }
        );
    }

    #[test]
    fn a_contact_card_is_its_own_message_with_the_name_in_bold() {
        let card = ContactCard {
            association: "a".into(),
            lines: vec!["A & B, Pau".into(), "Phone: 05".into()],
            pictogram: Some(picto("group")),
            to_complete: false,
        };
        let plan = plan(
            &outcome(
                vec![
                    Reply::Text("Found.".into()),
                    Reply::ContactCard(card),
                    Reply::Text("Next?".into()),
                ],
                false,
            ),
            "Share",
        );
        let texts: Vec<&str> = plan.iter().map(|o| o.html.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Found.", "<b>A &amp; B, Pau</b>\nPhone: 05", "Next?"]
        );
    }

    #[test]
    fn a_caption_too_long_becomes_a_photo_and_a_text() {
        let long = "x".repeat(MAX_CAPTION_CHARS + 1);
        let plan = plan(
            &outcome(
                vec![Reply::Pictogram(picto("info")), Reply::Text(long.clone())],
                false,
            ),
            "Share",
        );
        assert_eq!(plan.len(), 2);
        assert_eq!(plan[0].html, "info alt");
        assert_eq!(plan[1].html, long);
    }

    #[test]
    fn a_lone_pictogram_is_captioned_with_its_alt_text() {
        let plan = plan(
            &outcome(vec![Reply::Pictogram(picto("wave"))], false),
            "Share",
        );
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].html, "wave alt");
    }
}
