//! The UK rules that decide whether work pays, one rule per file.
//!
//! Each rule is a pure function from the year's [`Params`](crate::better_off::params::Params) and the
//! facts it needs to an amount, with the regulation it follows named in its doc comment. The
//! engine ([`crate::better_off::engine`]) strings them together; the words that explain each figure are
//! built by the engine from the same numbers, only when asked for.

pub mod carers_allowance;
pub mod child_benefit;
pub mod council_tax_reduction;
pub mod disability;
pub mod esa;
pub mod help_in_kind;
pub mod housing_benefit;
pub mod income_tax;
pub mod jsa;
pub mod marriage_allowance;
pub mod minimum_wage;
pub mod national_insurance;
pub mod non_dependants;
pub mod pension;
pub mod pension_credit;
pub mod scottish_child_payment;
pub mod state_pension_age;
pub mod tax_free_childcare;
pub mod uc;
pub mod winter_fuel;
