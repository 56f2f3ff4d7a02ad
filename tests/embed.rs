//! The embed theme: every value from the agency's page is checked, and anything that is
//! not exactly an accepted form is ignored.

use supported_work::embed::{form_decode, Rgb, Theme, MAX_NAME_CHARS, MIN_CONTRAST};

const WHITE: Rgb = Rgb {
    r: 255,
    g: 255,
    b: 255,
};

fn theme(query: &str) -> Theme {
    Theme::from_query(query)
}

fn ignored_keys(t: &Theme) -> Vec<&str> {
    t.ignored.iter().map(|(k, _)| k.as_str()).collect()
}

#[test]
fn a_full_theme_from_the_loader_is_read() {
    let t = theme(
        "brand=%23005ea5&accent=%23f9a825&font=Verdana%2C+%22Open+Sans%22%2C+sans-serif\
         &logo=images%2Fagency-logo.svg&name=Example+Employment+Support\
         &origin=https%3A%2F%2Fwww.example.org.uk",
    );
    assert_eq!(t.brand, Some(Rgb::parse("#005ea5").unwrap()));
    assert_eq!(t.brand_given, None, "dark enough already: kept as given");
    assert_eq!(t.accent.map(Rgb::hex).as_deref(), Some("#f9a825"));
    assert_eq!(
        t.font.as_deref(),
        Some("Verdana, \"Open Sans\", sans-serif")
    );
    assert_eq!(t.logo.as_deref(), Some("images/agency-logo.svg"));
    assert_eq!(t.name.as_deref(), Some("Example Employment Support"));
    assert_eq!(t.origin.as_deref(), Some("https://www.example.org.uk"));
    assert!(t.ignored.is_empty(), "{:?}", t.ignored);
    assert_eq!(
        t.heading().as_deref(),
        Some("Better-off calculator from Example Employment Support")
    );
}

#[test]
fn the_whole_hash_or_no_query_at_all() {
    let t = Theme::from_hash("#/embed/better-off?brand=%23123&name=A");
    assert_eq!(t.brand.map(Rgb::hex).as_deref(), Some("#112233"));
    assert_eq!(t.name.as_deref(), Some("A"));
    assert_eq!(Theme::from_hash("#/embed/better-off"), Theme::default());
    assert!(Theme::default().css_properties().is_empty());
    assert_eq!(Theme::default().heading(), None);
}

#[test]
fn colours_only_as_hash_rgb_or_rrggbb() {
    for good in ["#abc", "#ABC", "#a1b2c3", "#A1B2C3"] {
        assert!(Rgb::parse(good).is_some(), "{good}");
    }
    for bad in [
        "red",
        "abc",
        "#ab",
        "#abcd",
        "#abcde",
        "#abcdeg",
        "#a1b2c3d4",
        " #abc",
        "#abc ",
        "rgb(1,2,3)",
        "#+1+2+3",
        "",
        "#",
        "#ééé",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
    assert_eq!(Rgb::parse("#0f8").unwrap().hex(), "#00ff88");
}

#[test]
fn a_css_injection_in_a_colour_is_ignored() {
    let t = theme("brand=red;background:url(x)&accent=%23fff%3Bcolor:red");
    assert_eq!(t.brand, None);
    assert_eq!(t.accent, None);
    assert_eq!(ignored_keys(&t), ["brand", "accent"]);
    assert!(t.css_properties().is_empty());
}

#[test]
fn contrast_figures_match_wcag() {
    let black = Rgb { r: 0, g: 0, b: 0 };
    assert!((black.contrast(WHITE) - 21.0).abs() < 1e-9);
    assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
    // WebAIM's checker: #767676 on white is 4.54:1, #777777 is 4.48:1.
    let grey = Rgb::parse("#767676").unwrap();
    assert!((grey.contrast(WHITE) - 4.54).abs() < 0.01);
    let lighter = Rgb::parse("#777777").unwrap();
    assert!((lighter.contrast(WHITE) - 4.48).abs() < 0.01);
}

#[test]
fn a_brand_too_light_for_white_text_is_darkened_just_enough() {
    for light in [
        "#ffdd00", "#66ccff", "#ffffff", "#ff0000", "#00ff00", "#777777",
    ] {
        let given = Rgb::parse(light).unwrap();
        let t = theme(&format!("brand=%23{}", &light[1..]));
        let used = t.brand.expect("a light brand is darkened, not dropped");
        assert!(
            used.contrast(WHITE) >= MIN_CONTRAST,
            "{light} became {}",
            used.hex()
        );
        assert_eq!(t.brand_given, Some(given));
        // Only as much as needed: one step lighter would fail.
        let brighter = Rgb {
            r: used.r.saturating_add(3),
            g: used.g.saturating_add(3),
            b: used.b.saturating_add(3),
        };
        assert!(
            brighter.contrast(WHITE) < MIN_CONTRAST + 0.25,
            "{light} was darkened too far, to {}",
            used.hex()
        );
    }
    // The hue is kept: a light blue stays blue.
    let blue = theme("brand=%2366ccff").brand.unwrap();
    assert!(blue.b > blue.g && blue.g > blue.r, "{}", blue.hex());
}

/// QA #14: the demo page says the brand colour is for buttons, and agencies expect their
/// colour on them: the main buttons take the brand colour as used (readable white on it).
#[test]
fn the_brand_colour_is_the_buttons_colour() {
    for (given, light) in [("%2300594f", false), ("%23ffdd00", true)] {
        let t = theme(&format!("brand={given}"));
        let used = t.brand.unwrap();
        let props = t.css_properties();
        let get = |name: &str| {
            props
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(get("--color-button"), Some(used.hex()), "{given}");
        assert_eq!(get("--color-brand"), get("--color-button"), "{given}");
        assert!(used.contrast(WHITE) >= MIN_CONTRAST, "{given}");
        assert_eq!(t.brand_given.is_some(), light, "{given}");
        let shadow = Rgb::parse(&get("--color-button-shadow").unwrap()).unwrap();
        assert!(
            shadow.contrast(WHITE) > used.contrast(WHITE),
            "the shadow is darker"
        );
    }
    // No brand: the app's own green stays (nothing is set).
    assert!(theme("accent=%23f2a900")
        .css_properties()
        .iter()
        .all(|(n, _)| !n.starts_with("--color-button")));
}

#[test]
fn every_colour_ends_with_enough_contrast() {
    // Every colour in a coarse grid, so no input can leave white text unreadable.
    for r in (0..=255).step_by(17) {
        for g in (0..=255).step_by(17) {
            for b in (0..=255).step_by(17) {
                let c = Rgb {
                    r: r as u8,
                    g: g as u8,
                    b: b as u8,
                };
                let t = theme(&format!("brand={}", c.hex().replace('#', "%23")));
                let used = t.brand.unwrap();
                assert!(used.contrast(WHITE) >= MIN_CONTRAST, "{}", c.hex());
                let link = t
                    .css_properties()
                    .into_iter()
                    .find(|(k, _)| *k == "--color-link")
                    .map(|(_, v)| Rgb::parse(&v).unwrap())
                    .unwrap();
                let surface = Rgb::parse("#f3f2f1").unwrap();
                assert!(
                    link.contrast(surface) >= MIN_CONTRAST,
                    "link for {}",
                    c.hex()
                );
            }
        }
    }
}

#[test]
fn css_properties_map_onto_main_css() {
    let t = theme("brand=%23005ea5&accent=%23f9a825&font=Verdana");
    let props = t.css_properties();
    let get = |k: &str| {
        props
            .iter()
            .find(|(p, _)| *p == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("{k} missing"))
    };
    assert_eq!(get("--color-brand"), "#005ea5");
    assert_eq!(get("--color-on-brand"), "#ffffff");
    assert_eq!(get("--color-accent"), "#f9a825");
    assert_eq!(get("--font-body"), "Verdana, system-ui, sans-serif");
    let dark = Rgb::parse(&get("--color-brand-dark")).unwrap();
    assert!(dark.luminance() < Rgb::parse("#005ea5").unwrap().luminance());
    // Every property named here exists in the stylesheet, so none is a typo.
    let css = std::fs::read_to_string("styles/main.css").unwrap();
    for (name, _) in &props {
        assert!(css.contains(&format!("{name}:")), "{name} not in main.css");
    }
}

#[test]
fn fonts_only_as_a_list_of_names() {
    let ok = |v: &str| theme(&format!("font={}", v)).font;
    assert_eq!(ok("Arial").as_deref(), Some("Arial"));
    assert_eq!(
        ok("Open+Sans%2C+Arial%2C+sans-serif").as_deref(),
        Some("Open Sans, Arial, sans-serif")
    );
    assert_eq!(
        ok("%27Segoe+UI%27%2C+Tahoma").as_deref(),
        Some("'Segoe UI', Tahoma")
    );
    for bad in [
        "Arial%3B+color%3A+red",               // ;
        "url(https%3A%2F%2Fevil.example%2Ff)", // url(
        "Arial%7D+body%7Bdisplay%3Anone",      // braces
        "%22Open+Sans",                        // unbalanced quote
        "Open%22Sans%22",                      // quote inside a bare name
        "%22a%22b%22",                         // quote inside quotes
        "Arial%2C%2C+serif",                   // empty name
        "%22%22",                              // empty quoted name
        "inherit",                             // keyword, not a font
        "INITIAL",
        "1Font",    // not an identifier
        "Arial%5C", // backslash escape
        "var(--x)",
        "",
        "+++",
    ] {
        assert_eq!(ok(bad), None, "{bad}");
    }
    let long = "a".repeat(201);
    assert_eq!(ok(&long), None);
    assert_eq!(ok(&"a".repeat(200)).map(|f| f.len()), Some(200));
}

#[test]
fn logos_only_from_the_apps_folder_or_a_data_image() {
    let ok = |v: &str| theme(&format!("logo={v}")).logo;
    assert_eq!(ok("logo.png").as_deref(), Some("logo.png"));
    assert_eq!(
        ok("agency%2Flogo-2.svg").as_deref(),
        Some("agency/logo-2.svg")
    );
    assert_eq!(ok("%2Flogo.png").as_deref(), Some("/logo.png"));
    assert_eq!(
        ok("data%3Aimage%2Fpng%3Bbase64%2CiVBORw0KGgo%3D").as_deref(),
        Some("data:image/png;base64,iVBORw0KGgo=")
    );
    // A `+` in base64 that arrived as a space (unencoded in the query) is put back.
    assert_eq!(
        ok("data:image/svg%2Bxml;base64,PHN2Zy+8L3N2Zz4=").as_deref(),
        Some("data:image/svg+xml;base64,PHN2Zy+8L3N2Zz4=")
    );
    for bad in [
        "https%3A%2F%2Fevil.example%2Flogo.png",
        "http:%2F%2Fevil.example%2Flogo.png",
        "%2F%2Fevil.example%2Flogo.png",    // protocol-relative
        "%2F%5Cevil.example%2Flogo.png",    // backslash, read as a slash
        "%2F%09%2Fevil.example%2Flogo.png", // a tab, which browsers drop
        "images%2F%2Fevil.example",
        "javascript:alert(1)",
        "data%3Atext%2Fhtml%3Bbase64%2CPGI%2B",
        "data%3Aimage%2Fgif%3Bbase64%2CR0lG",
        "data%3Aimage%2Fsvg%2Bxml%2C%3Csvg%3E", // not base64
        "data%3Aimage%2Fpng%3Bbase64%2C",       // empty
        "data%3Aimage%2Fpng%3Bbase64%2Cab%22%3E",
        "data%3Aimage%2Fpng%3Bbase64%2Cab%3D%3D%3D",
        "logo%20file.png",
        "logo.png%3Fx%3D1",
        "images%2F",
        "",
    ] {
        assert_eq!(ok(bad), None, "{bad}");
    }
    let big = format!("data:image/png;base64,{}", "A".repeat(100_000));
    assert_eq!(ok(&big), None, "too large");
}

#[test]
fn names_are_plain_text_with_a_cap() {
    let ok = |v: &str| theme(&format!("name={v}")).name;
    assert_eq!(
        ok("++Example%0A+Employment++").as_deref(),
        Some("Example Employment"),
        "spaces tidied"
    );
    // Markup stays text: the page renders it as text, never as HTML.
    assert_eq!(ok("%3Cb%3EHi%3C%2Fb%3E").as_deref(), Some("<b>Hi</b>"));
    assert_eq!(ok("Caf%C3%A9+%26+Co").as_deref(), Some("Café & Co"));
    assert_eq!(ok(&"a".repeat(MAX_NAME_CHARS)).map(|n| n.len()), Some(80));
    for bad in [
        "a".repeat(MAX_NAME_CHARS + 1),
        "Evil%E2%80%AEgnp.exe".into(), // right-to-left override
        "a%00b".into(),
        "+++".into(),
        "%FF".into(), // not UTF-8
        "%G1".into(), // broken escape
        "%4".into(),
    ] {
        assert_eq!(ok(&bad), None, "{bad}");
    }
}

#[test]
fn origins_only_as_browsers_write_them() {
    let ok = |v: &str| theme(&format!("origin={v}")).origin;
    for (given, read) in [
        ("https://www.example.org.uk", "https://www.example.org.uk"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:3000", "http://localhost:3000"),
        ("HTTPS://Example.ORG", "https://example.org"),
        ("https://[::1]:8443", "https://[::1]:8443"),
        ("https://[2001:db8::1]", "https://[2001:db8::1]"),
    ] {
        assert_eq!(ok(given).as_deref(), Some(read), "{given}");
    }
    for bad in [
        "null",
        "*",
        "/",
        "file://",
        "javascript:alert(1)",
        "ftp://example.org",
        "https://example.org/",
        "https://example.org/path",
        "https://user@example.org",
        "https://example.org:0",
        "https://example.org:65536",
        "https://example.org:",
        "https://example.org:80a",
        "https://exa mple.org",
        "https://-bad.org",
        "https://example..org",
        "https://[::1",
        "https://[::1]x",
        "https://",
        "",
    ] {
        assert_eq!(ok(bad), None, "{bad}");
    }
}

#[test]
fn unknown_repeated_and_broken_keys_are_ignored() {
    let t = theme("colour=%23000&brand=%23000&brand=%23fff&%ZZ=1&s=abc&&name=A");
    assert_eq!(
        t.brand.map(Rgb::hex).as_deref(),
        Some("#000000"),
        "first wins"
    );
    assert_eq!(t.name.as_deref(), Some("A"));
    assert_eq!(ignored_keys(&t), ["colour", "brand", "%ZZ"]);
    // A share link's `s=` belongs to the calculator, not the theme: not reported.
    assert!(!ignored_keys(&t).contains(&"s"));
}

#[test]
fn form_decoding() {
    assert_eq!(form_decode("a+b%20c").as_deref(), Some("a b c"));
    assert_eq!(form_decode("%2B").as_deref(), Some("+"));
    assert_eq!(form_decode("%e2%82%ac").as_deref(), Some("€"));
    assert_eq!(form_decode("100%"), None);
    assert_eq!(form_decode("%zz"), None);
    assert_eq!(form_decode("%c3"), None, "half a UTF-8 character");
}

#[test]
fn the_heading_is_in_the_language_of_the_embed() {
    use supported_work::i18n::{self, Lang};
    let t = Theme::from_hash("#/embed/better-off?name=Cyngor+Sir&lang=cy");
    assert_eq!(t.lang, Some(Lang::Cy));
    let errors = i18n::use_translation(Lang::Cy, i18n::source(Lang::Cy));
    assert!(errors.is_empty(), "{errors:?}");
    let heading = t.heading();
    i18n::use_catalog(None);
    let heading = heading.unwrap();
    assert!(heading.contains("Cyngor Sir"), "{heading}");
    assert!(
        !heading.contains("calculator from"),
        "still English: {heading}"
    );
}

#[test]
fn a_share_link_opens_the_embedding_page_given_and_no_other() {
    use supported_work::embed::share_link_on_page;
    let t = theme(
        "origin=https%3A%2F%2Fwww.agency.org.uk\
         &page=https%3A%2F%2Fwww.agency.org.uk%2Fmoney%2Fwork.html%3Fv%3D2",
    );
    assert_eq!(
        t.page.as_deref(),
        Some("https://www.agency.org.uk/money/work.html?v=2")
    );
    assert_eq!(
        share_link_on_page(t.page.as_deref().unwrap(), "1.eyJ4IjoxfQ"),
        "https://www.agency.org.uk/money/work.html?v=2#work-steps-s=1.eyJ4IjoxfQ"
    );
    // Another site, a `#` part, another scheme or no origin to check against.
    for bad in [
        "page=https%3A%2F%2Fevil.example%2Fx&origin=https%3A%2F%2Fwww.agency.org.uk",
        "page=https%3A%2F%2Fwww.agency.org.uk.evil.example%2F&origin=https%3A%2F%2Fwww.agency.org.uk",
        "page=https%3A%2F%2Fwww.agency.org.uk%2F%23x&origin=https%3A%2F%2Fwww.agency.org.uk",
        "page=javascript%3Aalert(1)&origin=https%3A%2F%2Fwww.agency.org.uk",
        "page=https%3A%2F%2Fwww.agency.org.uk%2Fa+b&origin=https%3A%2F%2Fwww.agency.org.uk",
    ] {
        let t = theme(bad);
        assert_eq!(t.page, None, "{bad}");
        assert!(ignored_keys(&t).contains(&"page"), "{bad}: {:?}", t.ignored);
    }
}
