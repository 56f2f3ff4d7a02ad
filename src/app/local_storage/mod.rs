//! The device's storage as the pages see it: one copy of every value in memory, read from
//! localStorage at start-up (migrated to the current schema, and decrypted when a passphrase
//! locks the data), and written back on every change.
//!
//! Pages read and write synchronously through [`get`] and [`set`]. When the browser will not
//! store anything, or the device is full, the values still live in memory, so nothing is lost
//! while the page is open, and the page says so. With the lock on, writes are sealed with
//! AES-GCM before they reach localStorage; that is asynchronous, so each key keeps a count and
//! only the latest value for it is written.

pub mod crypto;

use crate::store::lock::{self, LockError, LockRecord};
use crate::store::migrate::{self, MigrateError};
use crate::store::{Backend, Changes, StorageError, Values, LOCK_KEY, PREFIX, SCHEMA_KEY};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::collections::BTreeMap;
use web_sys::CryptoKey;
use yew::Callback;

/// localStorage, as the library's storage backend.
struct Local;

impl Local {
    fn storage() -> Result<web_sys::Storage, StorageError> {
        gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .ok_or(StorageError::Unavailable)
    }
}

impl Backend for Local {
    fn load_all(&self) -> Result<Values, StorageError> {
        let storage = Self::storage()?;
        let count = storage.length().map_err(|_| StorageError::Unavailable)?;
        let mut values = Values::new();
        for i in 0..count {
            let Some(key) = storage.key(i).ok().flatten() else {
                continue;
            };
            if key.starts_with(PREFIX) {
                if let Ok(Some(value)) = storage.get_item(&key) {
                    values.insert(key, value);
                }
            }
        }
        Ok(values)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::storage()?
            .set_item(key, value)
            .map_err(|_| StorageError::Full)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        Self::storage()?
            .remove_item(key)
            .map_err(|_| StorageError::Unavailable)
    }
}

/// Where the app stands with its data.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Not started yet.
    Starting,
    /// The data is open for the pages.
    Open,
    /// A passphrase locks the data; nothing is in memory.
    Locked,
    /// The lock record cannot be used: the data stays closed.
    Broken(LockError),
}

#[derive(Default)]
struct Store {
    phase: Option<Phase>,
    /// What may be removed whenever the data is opened (see [`tidy_on_open`]).
    tidy: Option<Tidy>,
    /// The plain values (decrypted when locked), only while open.
    values: Values,
    /// Why values are not reaching the device's storage, if they are not.
    not_saving: Option<NotSaving>,
    /// The lock record and the key, while the lock is on and the data is open.
    lock: Option<(LockRecord, CryptoKey)>,
    /// Writes started per key, so a slower sealed write never lands after a newer one.
    writes: BTreeMap<String, u64>,
    /// Sealed writes not yet on the device, and what waits for them (see [`after_writes`]).
    sealing: u32,
    after_sealing: Vec<Box<dyn FnOnce()>>,
    listeners: Vec<Callback<()>>,
    /// Who hears that another tab changed a key (see [`watch`]).
    watchers: Vec<Watcher>,
    next_watcher: u64,
    _storage_events: Option<EventListener>,
    /// Word between this app's tabs that the data was locked in one of them.
    tabs: Option<(web_sys::BroadcastChannel, EventListener)>,
}

struct Watcher {
    id: u64,
    key: &'static str,
    changed: Callback<()>,
}

/// Hears, for as long as it is kept, that another tab changed a key (see [`watch`]).
pub struct Watch(u64);

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.0;
        with(|s| s.watchers.retain(|w| w.id != id));
    }
}

/// Calls `changed` each time another tab changes `key`'s value, or removes it, or everything
/// is read again; [`get`] then gives the new value. Tools re-open from it (`app::tool`), so a
/// tab never writes an old copy over a newer one.
pub fn watch(key: &'static str, changed: Callback<()>) -> Watch {
    with(|s| {
        s.next_watcher += 1;
        let id = s.next_watcher;
        s.watchers.push(Watcher { id, key, changed });
        Watch(id)
    })
}

/// Tells the watchers of `key` (all of them for `None`) that it changed elsewhere.
fn changed_elsewhere(key: Option<&str>) {
    let heard: Vec<Callback<()>> = with(|s| {
        s.watchers
            .iter()
            .filter(|w| key.is_none_or(|k| k == w.key))
            .map(|w| w.changed.clone())
            .collect()
    });
    for changed in heard {
        changed.emit(());
    }
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

fn with<R>(f: impl FnOnce(&mut Store) -> R) -> R {
    STORE.with(|s| f(&mut s.borrow_mut()))
}

fn notify() {
    let listeners = with(|s| s.listeners.clone());
    for l in listeners {
        l.emit(());
    }
}

/// Called when the phase or the saving problem changes (the app re-renders).
pub fn subscribe(listener: Callback<()>) {
    with(|s| s.listeners.push(listener));
}

pub fn phase() -> Phase {
    with(|s| s.phase.clone().unwrap_or(Phase::Starting))
}

/// Why the app's data is not being saved on this device, if it is not.
pub fn not_saving() -> Option<String> {
    with(|s| s.not_saving.map(NotSaving::say))
}

/// The lock's idle time in minutes, if the lock is on.
pub fn lock_idle_minutes() -> Option<u32> {
    with(|s| s.lock.as_ref().map(|(r, _)| r.idle_minutes))
}

/// Why what people do is not being saved on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NotSaving {
    /// The browser refuses storage.
    Unavailable,
    /// No room left (tried again on every write).
    Full,
    /// The data is a newer version's, so it is left alone.
    Newer,
}

impl NotSaving {
    fn say(self) -> String {
        match self {
            NotSaving::Unavailable => t!("store-unavailable"),
            NotSaving::Full => t!("store-full"),
            NotSaving::Newer => t!("store-newer"),
        }
    }
}

/// Keys nothing can use once no page is open (values, or `None` when that cannot be told).
pub type Tidy = fn(&Values) -> Option<Vec<String>>;

/// Removes what `tidy` names each time the data is opened, after migrating it. Called
/// before [`start`] by the bundle that owns those values: the tools bundle, the only one that
/// writes or shows pictures, removes the pictures no step uses
/// (`tasks::file::unused_pictures`). The calculator does not, so it carries no reader of the
/// tasks: the pictures wait for the next tools page, which removes them before any page
/// shows or backs them up (a backup is made on a tools page).
pub fn tidy_on_open(tidy: Tidy) {
    with(|s| s.tidy = Some(tidy));
}

/// The channel this app's tabs of one origin talk on, and what they say.
const TABS_CHANNEL: &str = "work-steps";
const LOCKED: &str = "locked";

/// Reads the device's data once, at start-up: open (migrated) or locked.
pub fn start() {
    if with(|s| s.phase.is_some()) {
        return;
    }
    let listener = EventListener::new(&gloo::utils::window(), "storage", |event| {
        on_storage_event(event);
    });
    let tabs = web_sys::BroadcastChannel::new(TABS_CHANNEL)
        .ok()
        .map(|channel| {
            let heard = EventListener::new(&channel, "message", |event| {
                let message = wasm_bindgen::JsCast::dyn_ref::<web_sys::MessageEvent>(event)
                    .and_then(|m| m.data().as_string());
                if message.as_deref() == Some(LOCKED) {
                    lock_here();
                }
            });
            (channel, heard)
        });
    with(|s| {
        s._storage_events = Some(listener);
        s.tabs = tabs;
    });
    load();
}

fn load() {
    let values = match Local.load_all() {
        Ok(values) => values,
        Err(_) => {
            with(|s| {
                s.values = Values::new();
                s.not_saving = Some(NotSaving::Unavailable);
                s.phase = Some(Phase::Open);
            });
            return notify();
        }
    };
    if let Some(record) = values.get(LOCK_KEY) {
        let phase = match LockRecord::from_json(record) {
            Ok(_) => Phase::Locked,
            Err(e) => Phase::Broken(e),
        };
        with(|s| {
            s.values = Values::new();
            s.lock = None;
            s.phase = Some(phase);
        });
        return notify();
    }
    open_with(values, None);
}

/// Opens plain `values` (read from the device, decrypted if locked): migrates them and writes
/// back what the migration changed.
fn open_with(stored: Values, lock: Option<(LockRecord, CryptoKey)>) {
    let (values, not_saving) = match migrate::migrate(&stored) {
        Ok((mut values, _)) => {
            let tidy = with(|s| s.tidy);
            for key in tidy.and_then(|tidy| tidy(&values)).unwrap_or_default() {
                values.remove(&key);
            }
            (values, None)
        }
        Err(MigrateError::Newer(_) | MigrateError::BadMarker(_)) => {
            (stored.clone(), Some(NotSaving::Newer))
        }
    };
    with(|s| {
        s.values = values.clone();
        s.lock = lock;
        s.not_saving = not_saving;
        s.phase = Some(Phase::Open);
    });
    if not_saving.is_none() {
        let changes = Changes::between(&stored, &values);
        for (key, value) in changes.write {
            if let Err(e) = write(&key, &value) {
                report(e);
            }
        }
        for key in changes.remove {
            let _ = Local.remove(&key);
        }
    }
    notify();
}

/// A value, if there is one.
pub fn get(key: &str) -> Option<String> {
    with(|s| s.values.get(key).cloned())
}

/// Every value whose key starts with `prefix`.
pub fn get_prefixed(prefix: &str) -> Values {
    with(|s| {
        s.values
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    })
}

/// Keeps a value: in memory at once, and on the device. An error says the device did not
/// take it (the value is still kept in memory until the page closes); the page says so.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    with(|s| s.values.insert(key.to_string(), value.to_string()));
    if blocked() {
        return Err(StorageError::Unavailable);
    }
    write(key, value)
}

pub fn remove(key: &str) {
    with(|s| {
        s.values.remove(key);
        s.writes.remove(key);
    });
    if !blocked() {
        let _ = Local.remove(key);
    }
}

/// Writing is pointless: the browser refuses storage, or the data is a newer version's.
/// (A full device is tried again on every write: something may have been removed.)
fn blocked() -> bool {
    with(|s| s.not_saving.is_some_and(|m| m != NotSaving::Full))
}

/// Writes a value to the device, sealed if the lock is on. Sealed writes finish later; a
/// failure then is reported through [`not_saving`] (the app shows it), as no page is waiting.
fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let sealing = with(|s| {
        let n = s.writes.entry(key.to_string()).or_default();
        *n += 1;
        let n = *n;
        s.lock
            .as_ref()
            .filter(|_| lock::is_secret(key))
            .map(|(_, k)| (k.clone(), n))
    });
    let Some((crypto_key, n)) = sealing else {
        let written = Local.set(key, value);
        if written.is_ok() {
            clear_full();
        }
        return written;
    };
    let (key, value) = (key.to_string(), value.to_string());
    with(|s| s.sealing += 1);
    wasm_bindgen_futures::spawn_local(async move {
        seal_and_write(crypto_key, key, value, n).await;
        let done = with(|s| {
            s.sealing -= 1;
            if s.sealing == 0 {
                std::mem::take(&mut s.after_sealing)
            } else {
                Vec::new()
            }
        });
        for f in done {
            f();
        }
    });
    Ok(())
}

async fn seal_and_write(crypto_key: CryptoKey, key: String, value: String, n: u64) {
    let Ok(sealed) = crypto::seal(&crypto_key, &value).await else {
        return report(StorageError::Unavailable);
    };
    // Only the newest value for a key. Locking keeps the count, so an edit made just
    // before "Lock now" still lands; taking the lock off or removing everything clears
    // it, so a late sealed write cannot land on plain data.
    let current = with(|s| s.writes.get(&key) == Some(&n));
    if current {
        match Local.set(&key, &sealed) {
            Ok(()) => clear_full(),
            Err(e) => report(e),
        }
    }
}

/// Runs `f` once every value written so far is on the device: at once, or when the last
/// sealed write (with the lock on) has landed. The page reloads through this when it moves
/// to a route of the other bundle (`app::route`).
pub fn after_writes(f: impl FnOnce() + 'static) {
    let now = with(|s| {
        if s.sealing == 0 {
            return Some(f);
        }
        s.after_sealing.push(Box::new(f));
        None
    });
    if let Some(f) = now {
        f();
    }
}

/// A write went through, so the device is no longer full.
fn clear_full() {
    let was_full = with(|s| {
        let full = s.not_saving == Some(NotSaving::Full);
        if full {
            s.not_saving = None;
        }
        full
    });
    if was_full {
        notify();
    }
}

fn report(error: StorageError) {
    with(|s| {
        s.not_saving = Some(match error {
            StorageError::Full => NotSaving::Full,
            StorageError::Unavailable => NotSaving::Unavailable,
        })
    });
    notify();
}

/// Another tab changed a value: take the new one, so this tab does not write back an old one.
fn on_storage_event(event: &web_sys::Event) {
    let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event) else {
        return;
    };
    let Some(key) = event.key() else {
        // localStorage.clear() elsewhere: read everything again.
        return reload();
    };
    if !key.starts_with(PREFIX) {
        return;
    }
    if key == LOCK_KEY || key == SCHEMA_KEY {
        return reload();
    }
    let lock_key = with(|s| s.lock.as_ref().map(|(_, k)| k.clone()));
    match (event.new_value(), lock_key) {
        (None, _) => {
            with(|s| s.values.remove(&key));
            changed_elsewhere(Some(&key));
        }
        (Some(value), None) => {
            with(|s| s.values.insert(key.clone(), value));
            changed_elsewhere(Some(&key));
        }
        (Some(value), Some(crypto_key)) => wasm_bindgen_futures::spawn_local(async move {
            if let Some(plain) = crypto::open(&crypto_key, &value).await {
                with(|s| s.values.insert(key.clone(), plain));
                changed_elsewhere(Some(&key));
            }
        }),
    }
}

fn reload() {
    with(|s| {
        s.phase = None;
        s.lock = None;
        s.values = Values::new();
    });
    load();
    changed_elsewhere(None);
}

/// Unlocks the data with a passphrase, or says why not.
pub async fn unlock(passphrase: &str) -> Result<(), String> {
    let stored = Local.load_all().map_err(|_| NotSaving::Unavailable.say())?;
    let record = stored
        .get(LOCK_KEY)
        .ok_or_else(|| t!("store-no-lock"))
        .and_then(|r| LockRecord::from_json(r).map_err(|e| e.to_string()))?;
    let salt = record.salt_bytes().unwrap_or_default();
    let key = crypto::derive_key(passphrase, &salt, record.iterations)
        .await
        .map_err(|_| t!("store-cannot-unlock"))?;
    if crypto::open(&key, &record.check).await.as_deref() != Some(lock::CHECK_TEXT) {
        return Err(t!("store-wrong-passphrase"));
    }
    let mut plain = Values::new();
    for (k, v) in stored {
        let value = if lock::is_secret(&k) && lock::is_sealed(&v) {
            // A value that will not open is kept as it is: its tool says it cannot read it
            // and does not overwrite it.
            crypto::open(&key, &v).await.unwrap_or(v)
        } else {
            v
        };
        plain.insert(k, value);
    }
    let record_text = plain.remove(LOCK_KEY);
    open_with(plain, Some((record, key)));
    if let Some(text) = record_text {
        with(|s| s.values.insert(LOCK_KEY.into(), text));
    }
    Ok(())
}

/// Locks now, in every tab of the app on this device: the data leaves memory and the unlock
/// screen shows (the pages, and the copies they hold, are gone with it).
pub fn lock_now() {
    if lock_here() {
        with(|s| {
            if let Some((channel, _)) = &s.tabs {
                let _ = channel.post_message(&LOCKED.into());
            }
        });
    }
}

/// Locks this tab only (after it has been left idle, or when another tab locked). True if
/// the lock was on.
pub fn lock_here() -> bool {
    let on = with(|s| s.lock.is_some());
    if on {
        with(|s| {
            s.values = Values::new();
            s.lock = None;
            s.phase = Some(Phase::Locked);
        });
        notify();
    }
    on
}

/// Turns the lock on: the record is written first, then every value sealed, so a device that
/// fails part-way holds a record and a mix of sealed and plain values, which unlocking reads.
pub async fn turn_lock_on(passphrase: &str, idle_minutes: u32) -> Result<(), String> {
    let failed = |_| t!("store-cannot-lock");
    let salt = crypto::new_salt().map_err(failed)?;
    let key = crypto::derive_key(passphrase, &salt, lock::ITERATIONS)
        .await
        .map_err(failed)?;
    let check = crypto::seal(&key, lock::CHECK_TEXT).await.map_err(failed)?;
    let record = LockRecord::new(&salt, check, idle_minutes);
    let record_text = record.to_json();
    Local
        .set(LOCK_KEY, &record_text)
        .map_err(|_| t!("store-no-room-to-lock"))?;
    let values = with(|s| {
        s.values.insert(LOCK_KEY.into(), record_text);
        s.lock = Some((record, key.clone()));
        s.values.clone()
    });
    for (k, v) in values.iter().filter(|(k, _)| lock::is_secret(k)) {
        let sealed = crypto::seal(&key, v).await.map_err(failed)?;
        Local.set(k, &sealed).map_err(|_| {
            report(StorageError::Full);
            t!("store-no-room-to-lock-all")
        })?;
    }
    notify();
    Ok(())
}

/// Turns the lock off (only while open): every value written plain, then the record removed.
pub fn turn_lock_off() -> Result<(), String> {
    let values = with(|s| {
        s.writes.clear();
        s.values.clone()
    });
    for (k, v) in values.iter().filter(|(k, _)| lock::is_secret(k)) {
        Local.set(k, v).map_err(|_| t!("store-no-room-to-unlock"))?;
    }
    Local
        .remove(LOCK_KEY)
        .map_err(|_| t!("store-lock-not-off"))?;
    with(|s| {
        s.values.remove(LOCK_KEY);
        s.lock = None;
    });
    notify();
    Ok(())
}

/// Removes all of the app's data from this device (and from memory), for a forgotten
/// passphrase or a device being handed on.
pub fn remove_everything() {
    if let Ok(values) = Local.load_all() {
        for key in values.keys() {
            let _ = Local.remove(key);
        }
    }
    super::i18n::forget();
    with(|s| {
        s.values = Values::new();
        s.lock = None;
        s.writes.clear();
        s.not_saving = None;
        s.phase = None;
    });
    load();
}

/// All of the app's values (for a backup).
pub fn all() -> Values {
    with(|s| s.values.clone())
}

/// Makes the stored values equal `after` (an import), writing only what differs.
pub fn replace_all(after: Values) -> Result<(), StorageError> {
    let before = all();
    let changes = Changes::between(&before, &after);
    with(|s| s.values = after.clone());
    if blocked() {
        return Err(StorageError::Unavailable);
    }
    for (k, v) in &changes.write {
        write(k, v)?;
    }
    for k in &changes.remove {
        remove(k);
    }
    Ok(())
}
