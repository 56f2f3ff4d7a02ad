//! The passphrase lock for shared tablets, as data: the record kept in `work-steps/lock`, the
//! form of an encrypted value, and the rules for a passphrase. The browser's WebCrypto does
//! the work (`app::local_storage::crypto`): a key derived from the passphrase with PBKDF2-HMAC-SHA-256
//! at [`ITERATIONS`] rounds (OWASP's 2023 figure for this hash) and a random salt, then
//! AES-256-GCM with a fresh random 12-byte IV for every value written.
//!
//! The record holds no secret: the salt, the rounds and a known text sealed with the key, so a
//! wrong passphrase is told apart from damaged data without trying to open everything.

use super::{LOCK_KEY, PREFIX, SCHEMA_KEY};
use crate::base64url;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "work-steps/lock";
pub const VERSION: u64 = 1;
pub const KDF: &str = "PBKDF2-HMAC-SHA-256";
/// Rounds of PBKDF2 for a new lock.
pub const ITERATIONS: u32 = 600_000;
/// A record with fewer rounds is refused rather than trusted.
pub const MIN_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// Sealed into the record's `check` when the lock is made.
pub const CHECK_TEXT: &str = "work-steps: the passphrase is right";
/// How an encrypted value starts.
const SEALED_PREFIX: &str = "enc1.";

pub const MIN_PASSPHRASE_CHARS: usize = 8;
pub const MAX_PASSPHRASE_CHARS: usize = 200;
/// Minutes without a touch or key press before the data locks itself.
pub const IDLE_CHOICES: [u32; 4] = [2, 5, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub format: String,
    pub version: u64,
    pub kdf: String,
    pub iterations: u32,
    /// base64url.
    pub salt: String,
    /// [`CHECK_TEXT`], sealed.
    pub check: String,
    pub idle_minutes: u32,
}

impl LockRecord {
    pub fn new(salt: &[u8], check: String, idle_minutes: u32) -> LockRecord {
        LockRecord {
            format: FORMAT.into(),
            version: VERSION,
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: base64url::encode(salt),
            check,
            idle_minutes,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a lock record always serialises")
    }

    /// The record from storage, or why it cannot be used. The app then stays locked: it never
    /// falls back to showing or overwriting the data.
    pub fn from_json(text: &str) -> Result<LockRecord, LockError> {
        let map =
            super::envelope::open(text, FORMAT, VERSION, 10_000).map_err(|_| LockError::Damaged)?;
        let record: LockRecord =
            serde_json::from_value(map.into()).map_err(|_| LockError::Damaged)?;
        if record.kdf != KDF || record.iterations < MIN_ITERATIONS {
            return Err(LockError::Weak);
        }
        if record.salt_bytes().map(|s| s.len()) != Some(SALT_BYTES)
            || unseal(&record.check).is_none()
        {
            return Err(LockError::Damaged);
        }
        if !IDLE_CHOICES.contains(&record.idle_minutes) {
            return Err(LockError::Damaged);
        }
        Ok(record)
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        base64url::decode(&self.salt).ok()
    }
}

/// Why the lock record cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockError {
    Damaged,
    Weak,
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Damaged => f.write_str(&t!("lock-damaged")),
            LockError::Weak => f.write_str(&t!("lock-weak")),
        }
    }
}

/// Keys whose values are encrypted while the lock is on: everything the app keeps except the
/// schema marker and the lock record itself.
pub fn is_secret(key: &str) -> bool {
    key.starts_with(PREFIX) && key != SCHEMA_KEY && key != LOCK_KEY
}

/// An encrypted value as stored: `enc1.` then base64url of the IV followed by the AES-GCM
/// output (ciphertext and tag).
pub fn seal(iv: &[u8], ciphertext: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(iv.len() + ciphertext.len());
    bytes.extend_from_slice(iv);
    bytes.extend_from_slice(ciphertext);
    format!("{SEALED_PREFIX}{}", base64url::encode(&bytes))
}

/// The IV and the AES-GCM output of a sealed value, or `None` if it is not one.
pub fn unseal(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let bytes = base64url::decode(text.strip_prefix(SEALED_PREFIX)?).ok()?;
    // The GCM tag alone is 16 bytes.
    if bytes.len() < IV_BYTES + 16 {
        return None;
    }
    let (iv, data) = bytes.split_at(IV_BYTES);
    Some((iv.to_vec(), data.to_vec()))
}

pub fn is_sealed(text: &str) -> bool {
    text.starts_with(SEALED_PREFIX)
}

/// A new passphrase, typed twice: fine, or a message for beside the box.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseProblem> {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if chars > MAX_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooLong);
    }
    if passphrase != again {
        return Err(PassphraseProblem::Different);
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    TooLong,
    /// The second box is not the same as the first.
    Different,
}

impl std::fmt::Display for PassphraseProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PassphraseProblem::TooShort => {
                f.write_str(&t!("lock-too-short", min = MIN_PASSPHRASE_CHARS))
            }
            PassphraseProblem::TooLong => {
                f.write_str(&t!("lock-too-long", max = MAX_PASSPHRASE_CHARS))
            }
            PassphraseProblem::Different => f.write_str(&t!("lock-different")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> LockRecord {
        LockRecord::new(&[7; SALT_BYTES], seal(&[1; IV_BYTES], &[2; 40]), 5)
    }

    #[test]
    fn a_record_round_trips() {
        let r = record();
        assert_eq!(LockRecord::from_json(&r.to_json()), Ok(r.clone()));
        assert_eq!(r.salt_bytes().unwrap(), vec![7; SALT_BYTES]);
        assert_eq!(r.iterations, 600_000);
    }

    #[test]
    fn a_weakened_or_damaged_record_is_refused() {
        let mut weak = record();
        weak.iterations = 1_000;
        assert_eq!(LockRecord::from_json(&weak.to_json()), Err(LockError::Weak));
        let mut other_kdf = record();
        other_kdf.kdf = "none".into();
        assert_eq!(
            LockRecord::from_json(&other_kdf.to_json()),
            Err(LockError::Weak)
        );
        let mut short_salt = record();
        short_salt.salt = base64url::encode(&[1, 2, 3]);
        assert_eq!(
            LockRecord::from_json(&short_salt.to_json()),
            Err(LockError::Damaged)
        );
        let mut bad_check = record();
        bad_check.check = "plain".into();
        assert_eq!(
            LockRecord::from_json(&bad_check.to_json()),
            Err(LockError::Damaged)
        );
        assert_eq!(LockRecord::from_json("{"), Err(LockError::Damaged));
        assert_eq!(
            LockRecord::from_json("{\"format\":\"x\"}"),
            Err(LockError::Damaged)
        );
    }

    #[test]
    fn sealed_values_round_trip_and_plain_text_is_not_sealed() {
        let text = seal(&[9; IV_BYTES], &[8; 20]);
        assert!(is_sealed(&text));
        assert_eq!(unseal(&text), Some((vec![9; IV_BYTES], vec![8; 20])));
        assert_eq!(unseal("{\"format\":\"work-steps/tasks\"}"), None);
        // Too short to hold an IV and a GCM tag.
        assert_eq!(unseal(&seal(&[9; IV_BYTES], &[8; 4])), None);
        assert_eq!(unseal("enc1.***"), None);
    }

    #[test]
    fn only_the_marker_and_the_lock_stay_readable() {
        assert!(is_secret("work-steps/tasks"));
        assert!(is_secret("work-steps/pictures/step-s3"));
        assert!(!is_secret(SCHEMA_KEY));
        assert!(!is_secret(LOCK_KEY));
        assert!(!is_secret("someone-else/key"));
    }

    #[test]
    fn passphrase_rules_in_plain_words() {
        assert_eq!(
            check_new_passphrase("short", "short"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("blue kettle morning", "blue kettle mornin"),
            Err(PassphraseProblem::Different)
        );
        assert_eq!(
            check_new_passphrase("blue kettle morning", "blue kettle morning"),
            Ok(())
        );
        let long = "x".repeat(MAX_PASSPHRASE_CHARS + 1);
        assert_eq!(
            check_new_passphrase(&long, &long),
            Err(PassphraseProblem::TooLong)
        );
        // Characters, not bytes: eight letters with accents are enough.
        assert_eq!(check_new_passphrase("éééééééé", "éééééééé"), Ok(()));
        assert!(PassphraseProblem::TooShort
            .to_string()
            .starts_with("Use at least 8"));
    }
}
