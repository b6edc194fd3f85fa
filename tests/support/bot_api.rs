//! A Telegram Bot API server on loopback, for the real teloxide client: updates go in through
//! `getUpdates`, every call the bot makes is recorded, faults (429 with `retry_after`, 5xx) can
//! be injected. Real HTTP on 127.0.0.1; no mock of our own code.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

/// The bot's own user id.
pub const BOT_ID: i64 = 4_242_424_242;

/// A call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method, lower case (`sendmessage`).
    pub method: String,
    /// Its parameters (multipart fields as strings; an uploaded file as `{"upload": size}`).
    pub params: Value,
}

/// A message the bot sent and the server kept.
#[derive(Debug, Clone)]
pub struct Sent {
    /// The chat.
    pub chat: i64,
    /// Its message id.
    pub id: i64,
    /// Text or caption.
    pub text: String,
    /// Whether it is a photo.
    pub photo: bool,
    /// The reply markup, as sent.
    pub markup: Value,
    /// The message it replies to (`reply_parameters`), if any.
    pub reply_to: Option<i64>,
}

/// A fault to answer the next call of a method with.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 Too Many Requests with `retry_after` seconds.
    RetryAfter(u32),
    /// An HTTP status (500, 502…) with Telegram's error body.
    Status(u16),
}

#[derive(Default)]
struct Inner {
    updates: Vec<Value>,
    next_update: i64,
    next_message: HashMap<i64, i64>,
    calls: Vec<Call>,
    faults: VecDeque<(String, Fault)>,
    sent: Vec<Sent>,
    deleted: HashSet<(i64, i64)>,
    next_file: u64,
    /// The `offset`s `getUpdates` was called with.
    offsets: Vec<i64>,
}

struct Shared {
    inner: Mutex<Inner>,
    notify: Notify,
}

/// The running server.
pub struct BotApi {
    /// Its base URL, for `api_url`.
    pub url: String,
    shared: Arc<Shared>,
    runtime: tokio::runtime::Runtime,
}

impl BotApi {
    /// Starts a server on a free loopback port, on its own threads.
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("server runtime");
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update: 1,
                ..Inner::default()
            }),
            notify: Notify::new(),
        });
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind loopback");
        let address = listener.local_addr().expect("address");
        let app = Router::new()
            .route("/{bot}/{method}", post(handle))
            .with_state(Arc::clone(&shared));
        runtime.spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Self {
            url: format!("http://{address}/"),
            shared,
            runtime,
        }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared.inner.lock().expect("server state")
    }

    /// Queues an update (`message` or `callback_query` object); returns its update id.
    pub fn push(&self, kind: &str, object: Value) -> i64 {
        let id = {
            let mut inner = self.inner();
            let id = inner.next_update;
            inner.next_update += 1;
            inner.updates.push(json!({ "update_id": id, kind: object }));
            id
        };
        self.shared.notify.notify_waiters();
        id
    }

    /// A message from a person in their private chat (their user id is the chat id); `body`
    /// holds the content fields (`text`, `location`, `sticker`…). Returns the message id.
    pub fn person_sends(&self, chat: i64, body: Value) -> i64 {
        let id = self.next_message_id(chat);
        let mut message = json!({
            "message_id": id,
            "date": 1_800_000_000,
            "chat": { "id": chat, "type": "private", "first_name": "Person" },
            "from": { "id": chat, "is_bot": false, "first_name": "Person" },
        });
        if let (Some(message), Some(body)) = (message.as_object_mut(), body.as_object()) {
            for (k, v) in body {
                message.insert(k.clone(), v.clone());
            }
        }
        self.push("message", message);
        id
    }

    /// A text message.
    /// A member of a group writes there, replying to a message (`reply_to`) or not; `is_bot`
    /// plays another bot in the group. Returns the message id.
    pub fn group_sends(
        &self,
        group: i64,
        user: i64,
        is_bot: bool,
        reply_to: Option<i64>,
        text: &str,
    ) -> i64 {
        let id = self.next_message_id(group);
        let mut message = json!({
            "message_id": id,
            "date": 1_800_000_000,
            "chat": chat_object(group),
            "from": { "id": user, "is_bot": is_bot, "first_name": "Staff" },
            "text": text,
        });
        if let Some(reply_to) = reply_to {
            message["reply_to_message"] = json!({
                "message_id": reply_to,
                "date": 1_800_000_000,
                "chat": chat_object(group),
                "from": { "id": BOT_ID, "is_bot": true, "first_name": "Passerelle" },
                "text": "…",
            });
        }
        self.push("message", message);
        id
    }

    pub fn text(&self, chat: i64, text: &str) -> i64 {
        self.person_sends(chat, json!({ "text": text }))
    }

    /// A button press on a bot message, with raw callback data.
    pub fn press(&self, chat: i64, message_id: i64, data: &str) {
        let query = {
            let mut inner = self.inner();
            inner.next_file += 1;
            json!({
                "id": format!("cbq{}", inner.next_file),
                "from": { "id": chat, "is_bot": false, "first_name": "Person" },
                "chat_instance": "instance",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": 1_800_000_000,
                    "chat": { "id": chat, "type": "private", "first_name": "Person" },
                    "from": { "id": BOT_ID, "is_bot": true, "first_name": "Passerelle" },
                    "text": "…",
                },
            })
        };
        self.push("callback_query", query);
    }

    fn next_message_id(&self, chat: i64) -> i64 {
        let mut inner = self.inner();
        let next = inner.next_message.entry(chat).or_insert(0);
        *next += 1;
        *next
    }

    /// Answers the next call of `method` (case-insensitive) with a fault.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.inner()
            .faults
            .push_back((method.to_ascii_lowercase(), fault));
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.inner().calls.clone()
    }

    /// Calls of one method (lower case).
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.method == method.to_ascii_lowercase())
            .collect()
    }

    /// Messages the bot sent to a chat, in order, deleted ones included.
    pub fn sent_to(&self, chat: i64) -> Vec<Sent> {
        self.inner()
            .sent
            .iter()
            .filter(|s| s.chat == chat)
            .cloned()
            .collect()
    }

    /// Whether a message of a chat was deleted.
    pub fn is_deleted(&self, chat: i64, id: i64) -> bool {
        self.inner().deleted.contains(&(chat, id))
    }

    /// The offsets `getUpdates` was called with.
    pub fn offsets(&self) -> Vec<i64> {
        self.inner().offsets.clone()
    }

    /// Updates not yet confirmed by a later offset.
    pub fn pending_updates(&self) -> usize {
        self.inner().updates.len()
    }

    /// Waits until `ready` holds (or panics after `timeout`, naming `what`).
    pub fn wait(&self, what: &str, timeout: Duration, ready: impl Fn(&Self) -> bool) {
        let start = Instant::now();
        while !ready(self) {
            assert!(
                start.elapsed() < timeout,
                "timed out waiting for {what}; calls: {:#?}",
                self.calls().iter().map(|c| &c.method).collect::<Vec<_>>()
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits until the bot has sent `count` messages to a chat in all; returns them.
    pub fn wait_sent(&self, chat: i64, count: usize) -> Vec<Sent> {
        self.wait(
            &format!("{count} message(s) to chat {chat}"),
            Duration::from_secs(30),
            |api| api.sent_to(chat).len() >= count,
        );
        self.sent_to(chat)
    }
}

impl Drop for BotApi {
    fn drop(&mut self) {
        self.shared.notify.notify_waiters();
    }
}

fn ok(result: Value) -> Response {
    axum::Json(json!({ "ok": true, "result": result })).into_response()
}

async fn params_of(request: Request, shared: &Arc<Shared>) -> Value {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    if multipart {
        let mut form = Multipart::from_request(request, shared)
            .await
            .expect("multipart body");
        let mut params = serde_json::Map::new();
        while let Some(field) = form.next_field().await.expect("multipart field") {
            let name = field.name().unwrap_or_default().to_owned();
            let is_file = field.file_name().is_some();
            let bytes = field.bytes().await.expect("field bytes");
            let value = if is_file {
                json!({ "upload": bytes.len() })
            } else {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                serde_json::from_str::<Value>(&text)
                    .ok()
                    .filter(|v| v.is_object() || v.is_array())
                    .unwrap_or(Value::String(text))
            };
            params.insert(name, value);
        }
        Value::Object(params)
    } else {
        let bytes = Bytes::from_request(request, shared)
            .await
            .unwrap_or_default();
        serde_json::from_slice(&bytes).unwrap_or(json!({}))
    }
}

fn number(value: &Value) -> i64 {
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_default()
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((_bot, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    let method = method.to_ascii_lowercase();
    let params = params_of(request, &shared).await;
    let fault = {
        let mut inner = shared.inner.lock().expect("state");
        inner.calls.push(Call {
            method: method.clone(),
            params: params.clone(),
        });
        let position = inner.faults.iter().position(|(m, _)| *m == method);
        position
            .and_then(|i| inner.faults.remove(i))
            .map(|(_, f)| f)
    };
    match fault {
        Some(Fault::RetryAfter(secs)) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(json!({
                    "ok": false, "error_code": 429,
                    "description": format!("Too Many Requests: retry after {secs}"),
                    "parameters": { "retry_after": secs }
                })),
            )
                .into_response();
        }
        Some(Fault::Status(code)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
            return (
                status,
                axum::Json(json!({
                    "ok": false, "error_code": code,
                    "description": status.canonical_reason().unwrap_or("Bad Gateway"),
                })),
            )
                .into_response();
        }
        None => {}
    }
    match method.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Passerelle",
            "username": "passerelle_test_bot", "can_join_groups": false,
            "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "getupdates" => get_updates(&shared, &params).await,
        "sendmessage" | "sendphoto" => send(&shared, &method, &params),
        "deletemessages" => {
            let chat = number(&params["chat_id"]);
            let ids: Vec<i64> = params["message_ids"]
                .as_array()
                .map(|a| a.iter().map(number).collect())
                .unwrap_or_default();
            let mut inner = shared.inner.lock().expect("state");
            for id in ids {
                inner.deleted.insert((chat, id));
            }
            ok(json!(true))
        }
        "deletemessage" => {
            let mut inner = shared.inner.lock().expect("state");
            inner
                .deleted
                .insert((number(&params["chat_id"]), number(&params["message_id"])));
            ok(json!(true))
        }
        _ => ok(json!(true)),
    }
}

async fn get_updates(shared: &Arc<Shared>, params: &Value) -> Response {
    let offset = number(&params["offset"]);
    let timeout = Duration::from_secs(params["timeout"].as_u64().unwrap_or(0).min(10));
    let limit = params["limit"].as_u64().unwrap_or(100) as usize;
    let deadline = Instant::now() + timeout;
    loop {
        let notified = shared.notify.notified();
        {
            let mut inner = shared.inner.lock().expect("state");
            inner.offsets.push(offset);
            // An offset confirms every update before it.
            inner
                .updates
                .retain(|u| u["update_id"].as_i64().unwrap_or_default() >= offset);
            if !inner.updates.is_empty() || Instant::now() >= deadline {
                let batch: Vec<Value> = inner.updates.iter().take(limit.max(1)).cloned().collect();
                return ok(Value::Array(batch));
            }
        }
        let _ = tokio::time::timeout(deadline.saturating_duration_since(Instant::now()), notified)
            .await;
    }
}

/// A chat as Telegram describes it: negative ids are groups.
fn chat_object(chat: i64) -> Value {
    if chat < 0 {
        json!({ "id": chat, "type": "supergroup", "title": "Desk" })
    } else {
        json!({ "id": chat, "type": "private", "first_name": "Person" })
    }
}

fn send(shared: &Arc<Shared>, method: &str, params: &Value) -> Response {
    let chat = number(&params["chat_id"]);
    let mut inner = shared.inner.lock().expect("state");
    let next = inner.next_message.entry(chat).or_insert(0);
    *next += 1;
    let id = *next;
    let photo = method == "sendphoto";
    let text = if photo {
        params["caption"].as_str().unwrap_or_default().to_owned()
    } else {
        params["text"].as_str().unwrap_or_default().to_owned()
    };
    let markup = params["reply_markup"].clone();
    let markup = match markup {
        Value::String(s) => serde_json::from_str(&s).unwrap_or(Value::Null),
        other => other,
    };
    let reply = match params["reply_parameters"].clone() {
        Value::String(s) => serde_json::from_str(&s).unwrap_or(Value::Null),
        other => other,
    };
    let reply_to = reply["message_id"].as_i64();
    inner.sent.push(Sent {
        chat,
        id,
        text: text.clone(),
        photo,
        markup,
        reply_to,
    });
    let mut message = json!({
        "message_id": id,
        "date": 1_800_000_000,
        "chat": chat_object(chat),
        "from": { "id": BOT_ID, "is_bot": true, "first_name": "Passerelle" },
    });
    if photo {
        inner.next_file += 1;
        // An upload is named `attach://<field>`; anything else is an id sent before.
        let file = match &params["photo"] {
            Value::String(id) if !id.starts_with("attach://") => id.clone(),
            _ => format!("photo-{}", inner.next_file),
        };
        message["photo"] = json!([{
            "file_id": file, "file_unique_id": format!("u{}", inner.next_file),
            "width": 256, "height": 256, "file_size": 1000
        }]);
        if !text.is_empty() {
            message["caption"] = json!(text);
        }
    } else {
        message["text"] = json!(text);
    }
    ok(message)
}
