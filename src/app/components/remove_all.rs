//! "Remove everything from this device", asked twice: on the Your data page and, for a
//! forgotten passphrase, on the unlock screen.

use crate::app::local_storage;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RemoveAllProps {
    /// The first button's words.
    pub label: AttrValue,
    /// After everything has been removed.
    #[prop_or_default]
    pub on_removed: Callback<()>,
}

#[function_component(RemoveAll)]
pub fn remove_all(props: &RemoveAllProps) -> Html {
    let confirm = use_state(|| false);
    let set = |value: bool| {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(value))
    };
    let remove = {
        let (confirm, on_removed) = (confirm.clone(), props.on_removed.clone());
        Callback::from(move |_: MouseEvent| {
            local_storage::remove_everything();
            confirm.set(false);
            on_removed.emit(());
        })
    };
    if *confirm {
        html! {
            <div class="notice notice--warning" role="alert">
                <p>{ t!("remove-all-warning") }</p>
                <div class="button-row">
                    <button type="button" class="button button--warning" onclick={remove}>{ t!("remove-all-yes") }</button>
                    <button type="button" class="button button--secondary" onclick={set(false)}>{ t!("remove-all-no") }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={set(true)}>{ props.label.clone() }</button>
            </div>
        }
    }
}
