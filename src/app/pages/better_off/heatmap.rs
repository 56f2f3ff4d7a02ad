//! The heat map of better-off amounts over hours and hourly pay, as a table: colour for the
//! eye, the amount in every cell for everyone, and row and column headers for screen readers.

use super::AnswerRef;
use crate::better_off::format::format_pounds;
use crate::better_off::heatmap::HeatMapCache;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeatMapProps {
    pub answer: AnswerRef,
    pub offer: usize,
}

#[function_component(HeatMapTable)]
pub fn heat_map_table(props: &HeatMapProps) -> Html {
    // The answer given is already one task behind the headline and the chart (see
    // `use_later` in results.rs). Cells already worked out are kept while only the job's
    // hours change (see `HeatMapCache`), so an edit of the hours works out one column, not
    // the grid.
    let cache = use_mut_ref(HeatMapCache::default);
    let map = use_memo((props.answer.clone(), props.offer), |(answer, offer)| {
        let a = &answer.0;
        cache
            .borrow_mut()
            .build(&a.scenario, &a.household, *offer, &a.baseline)
    });
    let Some(map) = map.as_ref() else {
        return html! {};
    };
    let best = &map.cells[map.best.0][map.best.1];
    html! {
        <section class="heat-map" aria-labelledby="heat-map-title">
            <h3 id="heat-map-title">{ t!("result-heat-title") }</h3>
            <p class="heat-map__measure">{ &props.answer.0.measure }</p>
            if let Some((r, c)) = map.offer {
                <p class="heat-map__job">{ crate::i18n::tr("result-heat-this-job-is", &props.answer.0.person.with(&[("job", map.cells[r][c].description.clone().into())])) }</p>
            }
            <p>{ t!("result-heat-best", best = best.description.clone()) }</p>
            // The caption is above the table, not in it: a table wider than a phone scrolls
            // in its box, and a caption inside would be cut off with it.
            <p class="heat-map__caption" id="heat-map-caption">{ t!("result-heat-caption") }</p>
            <p class="scroll-hint">{ t!("result-scroll-hint") }</p>
            <div class="table-wrap table-wrap--wide" tabindex="0" role="region" aria-labelledby="heat-map-title" aria-describedby="heat-map-caption">
                <table class="heat-map__table">
                    <thead>
                        <tr>
                            <td></td>
                            // Keyed by hours (rows by wage), so the job's own column coming
                            // or going is one cell a row, not every cell after it rewritten.
                            { for map.column_labels.iter().map(|l| html! { <th scope="col" key={l.clone()}>{ l }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for map.cells.iter().zip(&map.row_labels).map(|(row, label)| html! {
                            <tr key={label.clone()}>
                                <th scope="row">{ label }</th>
                                { for row.iter().zip(&map.column_labels).map(|(c, column)| html! {
                                    <td key={column.clone()} class={classes!(
                                        format!("band-{}", c.band),
                                        c.is_offer.then_some("is-offer"),
                                        c.is_best.then_some("is-best"),
                                    )} title={c.description.clone()}>
                                        { format_pounds(c.better_off_weekly) }
                                        if c.is_offer { <span class="visually-hidden">{ " " }{ t!("result-heat-this-job-mark") }</span> }
                                        if c.is_best { <span class="visually-hidden">{ " " }{ t!("result-heat-best-mark") }</span> }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <ul class="heat-map__legend">
                { for map.legend.iter().map(|l| html! {
                    <li><span class={classes!("swatch", format!("band-{}", l.band))} aria-hidden="true"></span>{ &l.label }</li>
                }) }
                if map.offer.is_some() {
                    <li><span class="swatch swatch--offer" aria-hidden="true"></span>{ t!("result-heat-this-job") }</li>
                }
            </ul>
        </section>
    }
}
