//! Geometry the app's SVG charts share (the better-off chart and a task's progress chart):
//! each works out its drawing in plain numbers so the view only copies them into `<svg>`.

/// An area of a drawing, in the SVG's own units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// The plot: a `width` by `height` drawing less the room kept on its left, top, right
    /// and bottom for labels.
    pub fn plot(width: f64, height: f64, left: f64, top: f64, right: f64, bottom: f64) -> Rect {
        Rect {
            x: left,
            y: top,
            width: width - left - right,
            height: height - top - bottom,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plot_is_the_drawing_less_its_margins() {
        assert_eq!(
            Rect::plot(640.0, 360.0, 64.0, 16.0, 16.0, 40.0),
            Rect {
                x: 64.0,
                y: 16.0,
                width: 560.0,
                height: 304.0
            }
        );
    }
}
