//! Word lists that tell kinds of names apart: the head words of organisation
//! and programme names, the words of roles and titles, and a gazetteer of
//! Chinese provinces, major cities and countries.
//!
//! Invariant: the lists hold general vocabulary of the domain (China's public
//! administration and IP work), never names picked from a particular source.

use super::model::EntityKind;

/// Head words of organisation names.
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &["Administration", "Office", "Ministry", "Department", "Center", "Centre", "Council", "Committee", "Court", "Procuratorate", "University", "Academy", "Agency", "Bureau", "Group", "Daily", "News", "TV", "Television", "Company", "Limited", "Organization", "Organisation", "Institute", "Association", "Commission", "Congress", "Party", "Government", "Network", "Radio", "Times", "Bank", "Corporation", "Federation", "Union", "School", "College", "Laboratory", "Service", "Press", "Chamber"];
/// Head words of programmes, plans, laws, events and publications.
#[rustfmt::skip]
pub const PROGRAMME_HEADS: &[&str] = &["Plan", "Week", "Campaign", "Program", "Programme", "Law", "Treaty", "Agreement", "Forum", "Index", "Day", "Strategy", "Outline", "Outlines", "Protocol", "Initiative", "Project", "Award", "Awards", "Exhibition", "Expo", "Convention", "Seminar", "Partnership", "Opinions", "Guidelines", "Notice", "Regulations", "Act", "Tour", "Salon", "Conference", "Festival", "Summit", "Games", "Session", "Sessions", "Meeting"];
/// Lower-case nouns after a quoted name that make it a programme.
#[rustfmt::skip]
pub const PROGRAMME_NOUNS: &[&str] = &["program", "programme", "campaign", "project", "initiative", "app", "platform", "system", "activities", "campaigns"];
/// Words that end place names.
#[rustfmt::skip]
pub const PLACE_HEADS: &[&str] = &["Province", "City", "District", "County", "Region", "Municipality", "Area", "Zone", "Prefecture"];
/// Words that show a phrase after a name is a role.
#[rustfmt::skip]
pub const ROLE_WORDS: &[&str] = &["director", "head", "deputy", "commissioner", "spokesperson", "spokesman", "spokeswoman", "inspector", "dean", "president", "chairman", "chairperson", "chairwoman", "minister", "secretary", "anchorman", "anchor", "influencer", "professor", "researcher", "academician", "expert", "official", "reporter", "journalist", "editor", "founder", "ceo", "chief", "lawyer", "judge", "officer", "member", "governor", "mayor", "counsel", "examiner", "partner"];
/// Titles written before a person's name.
#[rustfmt::skip]
pub const TITLES: &[&str] = &["General Secretary", "President", "Vice Premier", "Premier", "State Councilor", "Minister", "academician", "Academician", "Chairman", "Comrade", "martyr", "Professor", "Prof.", "Dr.", "Mr.", "Ms.", "Mrs."];
/// Honorifics that form a short alias with a surname (`Mr. Shen`).
#[rustfmt::skip]
pub const HONORIFICS: &[&str] = &["Mr.", "Ms.", "Mrs.", "Dr."];
/// Capitalised words that open sentences and never start a name.
#[rustfmt::skip]
pub const OPENERS: &[&str] = &["The", "A", "An", "In", "On", "At", "During", "According", "This", "That", "These", "Those", "Our", "We", "It", "As", "For", "With", "By", "From", "Since", "Last", "Next", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Meanwhile", "Currently", "However", "Moreover", "Besides", "Recently", "Today", "Under", "Regarding", "Through", "After", "Before", "Among", "Both", "Each", "All", "Many", "Some", "Other", "Its", "Their", "His", "Her", "My", "Thank", "Thanks", "Please", "Welcome", "Friends", "When", "While", "If", "To", "And", "But", "Also", "Specifically", "Additionally", "Following", "Driven", "Guided", "Focusing", "Over", "Up", "So", "Then", "There", "Here", "What", "How", "Why", "Who", "Which", "Could", "Can", "Will", "Should", "Statistics", "Objectively", "Proactive", "Initial", "Modern"];

/// Chinese provinces, regions and major cities, and countries.
#[rustfmt::skip]
pub const PLACES: &[&str] = &["Beijing", "Tianjin", "Shanghai", "Chongqing", "Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong", "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Taiwan", "Inner Mongolia", "Guangxi", "Tibet", "Xizang", "Ningxia", "Xinjiang", "Hong Kong", "Macao", "Macau", "Guangzhou", "Shenzhen", "Wuhan", "Hangzhou", "Nanjing", "Chengdu", "Xi'an", "Zhengzhou", "Suzhou", "Xiamen", "Qingdao", "Dalian", "Harbin", "Changsha", "Shenyang", "Jinan", "Hefei", "Fuzhou", "Kunming", "Nanning", "Ningbo", "Wuxi", "Dongguan", "Foshan", "China", "United States", "U.S.", "USA", "Japan", "Korea", "South Korea", "Germany", "France", "United Kingdom", "UK", "Russia", "India", "Singapore", "Switzerland", "Geneva", "Europe", "Africa", "Asia", "Australia", "Canada", "Italy", "Spain", "Brazil"];

/// True for a province, region or city of China in [`PLACES`] (the
/// gazetteer lists them before `China` and the countries).
pub fn is_subnational(place: &str) -> bool {
    let china = PLACES.iter().position(|p| *p == "China").unwrap_or(0);
    PLACES[..china].contains(&place)
}

/// The kind a name's words suggest, if any: its head word (the last word
/// before an `of`/`on`/`for` phrase, else any word from the right), or the
/// gazetteer.
pub fn kind_of_name(name: &str) -> Option<EntityKind> {
    if PLACES.contains(&name) {
        return Some(EntityKind::Place);
    }
    let words: Vec<&str> = name
        .split(' ')
        .map(|w| w.trim_end_matches(['.', ',']))
        .collect();
    let segment_len = words
        .iter()
        .position(|w| matches!(*w, "of" | "on" | "for" | "in" | "at" | "Concerning"))
        .unwrap_or(words.len());
    for candidates in [&words[..segment_len], &words[..]] {
        for word in candidates.iter().rev() {
            if ORG_HEADS.contains(word) {
                return Some(EntityKind::Organisation);
            }
            if PROGRAMME_HEADS.contains(word) {
                return Some(EntityKind::Programme);
            }
        }
    }
    let last = words.last().copied().unwrap_or("");
    (PLACE_HEADS.contains(&last) && words.len() > 1).then_some(EntityKind::Place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_decide_the_kind() {
        assert_eq!(
            kind_of_name("China National Intellectual Property Administration"),
            Some(EntityKind::Organisation)
        );
        assert_eq!(
            kind_of_name("Ministry of Science and Technology"),
            Some(EntityKind::Organisation)
        );
        assert_eq!(
            kind_of_name("Outline of the 14th Five-Year Plan"),
            Some(EntityKind::Programme)
        );
        assert_eq!(
            kind_of_name("Beijing Treaty on Audiovisual Performances"),
            Some(EntityKind::Programme)
        );
        assert_eq!(
            kind_of_name("Communist Party of China"),
            Some(EntityKind::Organisation)
        );
        assert_eq!(kind_of_name("Chongli District"), Some(EntityKind::Place));
        assert_eq!(kind_of_name("Hubei"), Some(EntityKind::Place));
        assert_eq!(kind_of_name("Xi Jinping Thought"), None);
    }
}
