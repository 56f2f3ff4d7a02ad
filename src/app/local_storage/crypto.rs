//! WebCrypto for the passphrase lock: PBKDF2-HMAC-SHA-256 to derive an AES-256-GCM key that
//! cannot be exported, and seal/open for values. The formats are in `local_storage::lock`.

use crate::store::lock::{self, IV_BYTES, SALT_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, ArrayBuffer, Uint8Array};
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    gloo::utils::window().crypto()
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    Ok(crypto()?.subtle())
}

/// `n` bytes from the browser's cryptographic random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, JsValue> {
    let mut bytes = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

pub fn new_salt() -> Result<Vec<u8>, JsValue> {
    random_bytes(SALT_BYTES)
}

/// The key for a passphrase and salt. Slow on purpose (600,000 rounds).
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, JsValue> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &"SHA-256".into(),
        iterations,
        &Uint8Array::from(salt),
    );
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &AesKeyGenParams::new("AES-GCM", 256),
        false,
        &usages,
    )?)
    .await?;
    Ok(key.unchecked_into())
}

/// A value sealed with the key and a fresh random IV (`enc1.…`).
pub async fn seal(key: &CryptoKey, plain: &str) -> Result<String, JsValue> {
    let iv = random_bytes(IV_BYTES)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
    let out = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &params,
        key,
        plain.as_bytes(),
    )?)
    .await?;
    let bytes = Uint8Array::new(&out.unchecked_into::<ArrayBuffer>()).to_vec();
    Ok(lock::seal(&iv, &bytes))
}

/// The text inside a sealed value, or `None` if it is not sealed, was sealed with another key
/// (a wrong passphrase), or was changed since.
pub async fn open(key: &CryptoKey, sealed: &str) -> Option<String> {
    let (iv, data) = lock::unseal(sealed)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
    let promise = subtle()
        .ok()?
        .decrypt_with_object_and_u8_array(&params, key, &data)
        .ok()?;
    let out = JsFuture::from(promise).await.ok()?;
    String::from_utf8(Uint8Array::new(&out.unchecked_into::<ArrayBuffer>()).to_vec()).ok()
}
