//! One component per file. Each reads the engine and the view from context and renders.

mod active_filters;
mod answer_card;
mod cite_menu;
mod document_list;
mod entity_list;
mod facets;
mod fact_card;
mod facts_panel;
mod filter_offers;
mod more_passages;
mod overview;
pub(crate) mod passage_link;
mod query_link;
mod reader;
mod result_keys;
mod results;
mod search_box;
mod timeline;
mod trend_chart;

pub use active_filters::ActiveFilters;
pub use answer_card::AnswerCard;
pub use cite_menu::{CiteMenu, CiteStatus};
pub use document_list::DocumentList;
pub use entity_list::EntityList;
pub use facets::Facets;
pub use fact_card::FactCard;
pub use facts_panel::FactsPanel;
pub use filter_offers::FilterOffers;
pub use overview::Overview;
pub use passage_link::PassageLink;
pub use query_link::QueryLink;
pub use reader::Reader;
pub use results::Results;
pub use search_box::SearchBox;
pub use timeline::Timeline;
pub use trend_chart::TrendChart;
