//! Universal Credit (Welfare Reform Act 2012 Part 1; Universal Credit Regulations 2013).
//!
//! UC is worked out for a monthly assessment period: the maximum amount (the sum of the
//! elements) less the income deductions (55% of earnings above any work allowance, unearned
//! income pound for pound), then the benefit cap. Each step is one file here.

pub mod benefit_cap;
pub mod capital;
pub mod carer;
pub mod child_element;
pub mod childcare;
pub mod disabled_child;
pub mod housing;
pub mod lcwra;
pub mod standard_allowance;
pub mod taper;
pub mod work_allowance;
