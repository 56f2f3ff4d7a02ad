//! Embedding the better-off calculator on an agency's own website.
//!
//! The agency's page loads `embed.js`, which puts the app in an iframe at
//! `#/embed/better-off?brand=…&accent=…&font=…&logo=…&name=…&origin=…`. Everything in
//! that query comes from someone else's page, so every value is checked here and anything
//! that is not exactly one of the accepted forms is ignored:
//!
//! - `brand`, `accent`: a colour written `#rgb` or `#rrggbb`. A brand colour too light for
//!   white text on it (WCAG's 4.5:1) is darkened until it is not, so a theme cannot make
//!   the tool hard to read.
//! - `font`: names of fonts already on the device (`Verdana, sans-serif`): letters, digits,
//!   spaces, hyphens, commas and quotes only. No font is ever downloaded.
//! - `logo`: a path inside the app's own folder (`agency-logo.png`) or a
//!   `data:image/(png|jpeg|svg+xml|webp);base64,…` address, so the app never asks
//!   another site for anything.
//! - `name`: the agency's name, plain text, at most [`MAX_NAME_CHARS`] characters.
//! - `origin`: the embedding page's origin (`https://www.agency.org.uk`), the only place
//!   the app's height is ever sent.
//! - `page`: the embedding page's address without its `#` part, at that origin: a share
//!   link made in the calculator opens this page (see [`share_link_on_page`]), so a person
//!   who gets it sees the agency's page, not the app's host.
//!
//! Why a value was ignored is kept in [`Theme::ignored`] for tests; the app shows and
//! sends it nowhere.

/// The longest agency name shown.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest font list accepted.
pub const MAX_FONT_CHARS: usize = 200;
/// The longest logo path inside the app's folder.
pub const MAX_LOGO_PATH_CHARS: usize = 200;
/// The longest `data:` logo (about 75 KB of image).
pub const MAX_LOGO_DATA_CHARS: usize = 100_000;
/// The longest embedding page address accepted.
pub const MAX_PAGE_CHARS: usize = 2_000;
/// The name in an embedding page's `#` part that carries a share link's household to the
/// calculator on it (`https://agency.example/money.html#work-steps-s=1.eyJ…`); `embed.js`
/// reads it and passes it to the frame.
pub const PAGE_SHARE_KEY: &str = "work-steps-s";
/// The contrast white text needs on the brand colour, and links on the page's backgrounds
/// (WCAG 2.2 success criterion 1.4.3, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The message the embedded app sends its parent page when its height changes.
pub const HEIGHT_MESSAGE_TYPE: &str = "work-steps:height";

/// The lightest background text and links sit on (`--color-surface` in styles/main.css).
const SURFACE: Rgb = Rgb {
    r: 0xf3,
    g: 0xf2,
    b: 0xf1,
};
const WHITE: Rgb = Rgb {
    r: 0xff,
    g: 0xff,
    b: 0xff,
};

/// A colour with 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    /// `#rgb` or `#rrggbb` (either case), and nothing else: no names, no `rgb()`, no spaces.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        match hex.len() {
            3 => Some(Rgb {
                r: digit(0)? * 17,
                g: digit(1)? * 17,
                b: digit(2)? * 17,
            }),
            6 => Some(Rgb {
                r: u8::from_str_radix(&hex[0..2], 16).ok()?,
                g: u8::from_str_radix(&hex[2..4], 16).ok()?,
                b: u8::from_str_radix(&hex[4..6], 16).ok()?,
            }),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG 2 contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The same colour scaled towards black: `factor` 1 keeps it, 0 makes it black.
    pub fn scaled(self, factor: f64) -> Rgb {
        let f = factor.clamp(0.0, 1.0);
        let s = |c: u8| (f64::from(c) * f).round() as u8;
        Rgb {
            r: s(self.r),
            g: s(self.g),
            b: s(self.b),
        }
    }

    /// This colour, darkened only as much as needed to have at least [`MIN_CONTRAST`]
    /// against `other` (a light colour). Black always passes, so this always ends.
    pub fn darkened_for(self, other: Rgb) -> Rgb {
        let mut factor = 1.0;
        let mut colour = self;
        while colour.contrast(other) < MIN_CONTRAST && factor > 0.0 {
            factor -= 0.01;
            colour = self.scaled(factor);
        }
        colour
    }
}

/// The agency's theme and the embedding page's origin, each present only if valid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    /// The brand colour as used: darkened if white text on it was too faint.
    pub brand: Option<Rgb>,
    /// The brand colour as given, if it had to be darkened.
    pub brand_given: Option<Rgb>,
    pub accent: Option<Rgb>,
    /// The font list as given; [`Theme::css_properties`] adds system fallbacks.
    pub font: Option<String>,
    pub logo: Option<String>,
    pub name: Option<String>,
    pub origin: Option<String>,
    /// The embedding page's address (no `#` part), where share links open.
    pub page: Option<String>,
    /// The language the agency's page is in (`en-GB`, `cy`, `nl`, `sv`).
    pub lang: Option<crate::i18n::Lang>,
    /// What was ignored and why (`(key, reason)`), for tests only.
    pub ignored: Vec<(String, &'static str)>,
}

impl Theme {
    /// Reads the theme from a whole address hash, `#/embed/better-off?brand=…`.
    pub fn from_hash(hash: &str) -> Theme {
        match hash.split_once('?') {
            Some((_, query)) => Theme::from_query(query),
            None => Theme::default(),
        }
    }

    /// Reads the theme from a query string (`brand=%23005ea5&name=…`, form-encoded).
    /// The first valid value of each key is used; everything else is ignored.
    pub fn from_query(query: &str) -> Theme {
        let mut theme = Theme::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (form_decode(raw_key), form_decode(raw_value)) else {
                theme.ignore(raw_key, "not properly encoded");
                continue;
            };
            theme.take(&key, &value);
        }
        // The page must be at the origin given, so a link cannot be sent somewhere else.
        if let (Some(page), Some(origin)) = (&theme.page, &theme.origin) {
            let rest = page.to_ascii_lowercase();
            let at_origin = rest.strip_prefix(origin.as_str()).is_some_and(|after| {
                after.is_empty() || after.starts_with('/') || after.starts_with('?')
            });
            if !at_origin {
                theme.page = None;
                theme.ignore("page", "not at the origin given");
            }
        }
        theme
    }

    fn ignore(&mut self, key: &str, reason: &'static str) {
        self.ignored.push((key.to_string(), reason));
    }

    fn take(&mut self, key: &str, value: &str) {
        let already = match key {
            "brand" => self.brand.is_some(),
            "accent" => self.accent.is_some(),
            "font" => self.font.is_some(),
            "logo" => self.logo.is_some(),
            "name" => self.name.is_some(),
            "origin" => self.origin.is_some(),
            "page" => self.page.is_some(),
            "lang" => self.lang.is_some(),
            // A share link's household: read by the calculator itself.
            "s" => return,
            _ => return self.ignore(key, "not a theme option"),
        };
        if already {
            return self.ignore(key, "given more than once");
        }
        let result = match key {
            "brand" => Rgb::parse(value).map(|given| {
                let used = given.darkened_for(WHITE);
                self.brand = Some(used);
                self.brand_given = (used != given).then_some(given);
            }),
            "accent" => Rgb::parse(value).map(|c| self.accent = Some(c)),
            "font" => font_list(value).map(|f| self.font = Some(f)),
            "logo" => logo(value).map(|l| self.logo = Some(l)),
            "name" => name(value).map(|n| self.name = Some(n)),
            "lang" => crate::i18n::Lang::from_code(value).map(|l| self.lang = Some(l)),
            "page" => page(value).map(|p| self.page = Some(p)),
            _ => origin(value).map(|o| self.origin = Some(o)),
        };
        if result.is_none() {
            let reason = match key {
                "brand" | "accent" => "not a colour written #rgb or #rrggbb",
                "font" => "not a list of font names",
                "logo" => "not a path in the app's folder or a data:image address",
                "name" => "empty, too long or has control characters",
                "lang" => "not one of en-GB, cy, nl, sv",
                "page" => "not an http or https address without a # part",
                _ => "not an http or https origin",
            };
            self.ignore(key, reason);
        }
    }

    /// The CSS custom properties (see styles/main.css) to set on the document element.
    pub fn css_properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        if let Some(brand) = self.brand {
            properties.push(("--color-brand", brand.hex()));
            properties.push(("--color-brand-dark", brand.scaled(0.7).hex()));
            properties.push(("--color-on-brand", WHITE.hex()));
            // The buttons ("Continue", "Save") in the agency's colour, as the demo page
            // promises; white on it is readable, as the brand colour was darkened for that.
            properties.push(("--color-button", brand.hex()));
            properties.push(("--color-button-shadow", brand.scaled(0.5).hex()));
            // Links in the brand colour, dark enough on the grey panels as well as white.
            properties.push(("--color-link", brand.darkened_for(SURFACE).hex()));
        }
        if let Some(accent) = self.accent {
            properties.push(("--color-accent", accent.hex()));
        }
        if let Some(font) = &self.font {
            properties.push(("--font-body", format!("{font}, system-ui, sans-serif")));
        }
        properties
    }

    /// What the embedded page says it is: "Better-off calculator from <agency>", in the
    /// language in use.
    pub fn heading(&self) -> Option<String> {
        self.name
            .as_ref()
            .map(|name| t!("calc-embed-heading", name = name.as_str()))
    }
}

/// A share link that opens `payload`'s household in the calculator on the embedding page
/// (`page`, from [`Theme::page`]): the page's address with the household after `#`, which
/// browsers never send to a server.
pub fn share_link_on_page(page: &str, payload: &str) -> String {
    format!("{page}#{PAGE_SHARE_KEY}={payload}")
}

/// An `http` or `https` address with no `#` part, no spaces or control characters, at
/// most [`MAX_PAGE_CHARS`] long. Its origin is checked against `origin` by the caller.
fn page(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let fine = !rest.is_empty()
        && value.chars().count() <= MAX_PAGE_CHARS
        && !value
            .chars()
            .any(|c| c == '#' || c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    fine.then(|| value.to_string())
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; the bytes
/// must be UTF-8. `None` for a broken `%` sequence or bytes that are not UTF-8.
pub fn form_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// A comma-separated list of font family names, each a bare name (`Open Sans`, `serif`)
/// or wholly in matching quotes. Only letters, digits, spaces, hyphens, commas and quotes:
/// no `url(`, `;`, `{`, `\` or anything else that could end the value.
fn font_list(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > MAX_FONT_CHARS {
        return None;
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | ',' | '\'' | '"');
    if !value.chars().all(allowed) {
        return None;
    }
    let mut names = Vec::new();
    for item in value.split(',') {
        let item = item.trim();
        let quoted = item.len() >= 2
            && (item.starts_with('"') && item.ends_with('"')
                || item.starts_with('\'') && item.ends_with('\''));
        if quoted {
            let inner = &item[1..item.len() - 1];
            if inner.trim().is_empty() || inner.contains(['"', '\'']) {
                return None;
            }
        } else {
            // Unquoted, each word must be a CSS identifier, and the name not a keyword
            // that would replace the whole value (`inherit`) rather than name a font.
            let words_ok = item.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_ascii_alphabetic()) && !w.contains(['"', '\''])
            });
            let keywords = [
                "inherit",
                "initial",
                "unset",
                "revert",
                "revert-layer",
                "default",
            ];
            if item.is_empty() || !words_ok || keywords.iter().any(|k| k.eq_ignore_ascii_case(item))
            {
                return None;
            }
        }
        names.push(item.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    Some(names.join(", "))
}

/// A path in the app's own folder (`logo.png`, `images/agency.svg`), or a base64 `data:`
/// image of a safe type. Never an address on another site.
fn logo(value: &str) -> Option<String> {
    let value = value.trim();
    if let Some(rest) = value.strip_prefix("data:") {
        let (kind, data) = rest.split_once(";base64,")?;
        if !matches!(
            kind,
            "image/png" | "image/jpeg" | "image/svg+xml" | "image/webp"
        ) {
            return None;
        }
        // Base64 never holds a space: one here was a `+` read as a space in the query.
        let data = data.replace(' ', "+");
        let body = data.trim_end_matches('=');
        let valid = !body.is_empty()
            && data.len() - body.len() <= 2
            && value.len() <= MAX_LOGO_DATA_CHARS
            && body
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
        return valid.then(|| format!("data:{kind};base64,{data}"));
    }
    // A relative path: no scheme (no `:`), no `//` (which would name another host), no
    // backslashes, spaces or control characters (browsers drop or turn them into `/`).
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '~' | '/' | '-');
    let valid = !value.is_empty()
        && value.len() <= MAX_LOGO_PATH_CHARS
        && value.chars().all(allowed)
        && !value.contains("//")
        && !value.ends_with('/');
    valid.then(|| value.to_string())
}

/// Plain text: spaces tidied; no control or text-direction characters; not too long.
fn name(value: &str) -> Option<String> {
    let tidy = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let direction = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let valid = !tidy.is_empty()
        && tidy.chars().count() <= MAX_NAME_CHARS
        && !tidy.chars().any(|c| c.is_control() || direction(c));
    valid.then_some(tidy)
}

/// An origin as browsers write it: `http` or `https`, a host name or IP address, and
/// perhaps a port; no path, user name, query or fragment.
fn origin(value: &str) -> Option<String> {
    let value = value.trim().to_ascii_lowercase();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    // The host is checked here; only the port is needed after.
    let port = match rest.strip_prefix('[') {
        // An IPv6 address: `[2001:db8::1]` or `[2001:db8::1]:8080`.
        Some(v6) => {
            let (inside, after) = v6.split_once(']')?;
            let host_ok = !inside.is_empty()
                && inside
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
            if !host_ok {
                return None;
            }
            match after {
                "" => None,
                _ => Some(after.strip_prefix(':')?),
            }
        }
        None => {
            let (host, port) = match rest.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (rest, None),
            };
            let label_ok = |l: &str| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && !l.starts_with('-')
                    && !l.ends_with('-')
            };
            if host.len() > 253 || !host.split('.').all(label_ok) {
                return None;
            }
            port
        }
    };
    if let Some(port) = port {
        let number = port
            .parse::<u32>()
            .ok()
            .filter(|_| port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
        if !matches!(number, Some(1..=65535)) {
            return None;
        }
    }
    Some(value)
}
