//! SQL dump statements: the tables a database dump (`mysqldump`,
//! `pg_dump`, `sqlite3 .dump`) defines and fills, read line by line:
//! `CREATE TABLE` with each column's name, type and `COMMENT '…'` (and the
//! table's own `COMMENT='…'`), PostgreSQL's `COMMENT ON COLUMN t.c IS '…'`,
//! `INSERT INTO t [(columns)] VALUES (…), (…);` and `COPY t (columns) FROM
//! stdin;` blocks of tab-separated rows. [`super::sql_dump`] says what the
//! tables' figures are; this module only reads the statements.
//!
//! Invariant: reading never fails; a statement the reader cannot follow
//! (an unclosed quote, a row of the wrong width) is left out, and every
//! table and row remembers the lines it came from.

/// A cell of an inserted row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// A quoted string, unescaped.
    Text(String),
    /// An unquoted number, as written.
    Number(String),
    /// `NULL` (or `\N` in a `COPY` block).
    Null,
}

/// A column of a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Column {
    pub name: String,
    /// The type's name, lowercase, without its size (`decimal`, `varchar`).
    pub kind: String,
    pub comment: Option<String>,
    /// `AUTO_INCREMENT`, `SERIAL` or a key of its own: an id.
    pub counter: bool,
}

/// A table of the dump: its columns, its rows and the lines it covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SqlTable {
    pub name: String,
    pub comment: Option<String>,
    pub columns: Vec<Column>,
    /// Each row's cells, in the columns' order, with its line.
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// The first and last line of its statements.
    pub lines: Option<(usize, usize)>,
}

impl SqlTable {
    fn cover(&mut self, line: usize) {
        let (first, last) = self.lines.unwrap_or((line, line));
        self.lines = Some((first.min(line), last.max(line)));
    }
}

/// The tables of a dump, in the order they are first named, and the
/// lines that are SQL statements (to be blanked by the caller).
pub(crate) fn read_statements(lines: &[&str]) -> (Vec<SqlTable>, Vec<bool>) {
    let mut tables: Vec<SqlTable> = Vec::new();
    let mut statement = vec![false; lines.len()];
    let mut idx = 0;
    while idx < lines.len() {
        let line = lines[idx].trim();
        let upper = line
            .get(..line.len().min(24))
            .unwrap_or(line)
            .to_ascii_uppercase();
        if upper.starts_with("CREATE TABLE") {
            let end = create_table(lines, idx, &mut tables);
            statement[idx..=end].fill(true);
            idx = end + 1;
            continue;
        }
        if upper.starts_with("INSERT INTO") {
            let end = insert(lines, idx, &mut tables);
            statement[idx..=end].fill(true);
            idx = end + 1;
            continue;
        }
        if upper.starts_with("COPY ") && line.ends_with("FROM stdin;") {
            let end = copy(lines, idx, &mut tables);
            statement[idx..=end].fill(true);
            idx = end + 1;
            continue;
        }
        if upper.starts_with("COMMENT ON") {
            comment_on(line, &mut tables);
        }
        statement[idx] = is_statement(line);
        idx += 1;
    }
    (tables, statement)
}

/// True for a line of SQL no reader of figures wants: a statement, a
/// conditional comment (`/*!40101 SET … */;`), or a line inside one.
fn is_statement(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "/*",
        "SET ",
        "DROP ",
        "LOCK ",
        "UNLOCK ",
        "ALTER ",
        "CREATE ",
        "BEGIN",
        "COMMIT",
        "PRAGMA ",
        "SELECT ",
        "COMMENT ON",
        "GRANT ",
        "REVOKE ",
        "USE ",
        "START ",
        "\\connect",
    ];
    let upper = line
        .get(..line.len().min(12))
        .unwrap_or(line)
        .to_ascii_uppercase();
    STARTS.iter().any(|s| upper.starts_with(s)) || line.ends_with(';') && !line.starts_with("--")
}

/// The table named `name`, made when it is not there yet.
fn table_named<'t>(tables: &'t mut Vec<SqlTable>, name: &str) -> &'t mut SqlTable {
    let at = match tables.iter().position(|t| t.name == name) {
        Some(at) => at,
        None => {
            tables.push(SqlTable {
                name: name.to_string(),
                ..SqlTable::default()
            });
            tables.len() - 1
        }
    };
    &mut tables[at]
}

/// A name without its quotes and schema: `` `annual_caseload` ``,
/// `public."Caseload"`, `[dbo].[t]` → the bare name.
fn bare_name(name: &str) -> String {
    let last = name.rsplit('.').next().unwrap_or(name);
    last.trim_matches(|c| matches!(c, '`' | '"' | '[' | ']' | '\''))
        .to_string()
}

/// The first token of `text` (a name, quoted or not) and the rest.
fn name_token(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    let end = match text.chars().next() {
        Some(q @ ('`' | '"' | '[')) => {
            let close = if q == '[' { ']' } else { q };
            // A schema-qualified name: the token runs to the last quote of
            // a run of `a.b` parts.
            let mut at = 1;
            loop {
                match text[at..].find(close) {
                    Some(rel) => {
                        at += rel + 1;
                        if text[at..].starts_with('.') {
                            at += 1;
                            continue;
                        }
                        break at;
                    }
                    None => break text.len(),
                }
            }
        }
        _ => text
            .find(|c: char| c.is_whitespace() || c == '(')
            .unwrap_or(text.len()),
    };
    (&text[..end], &text[end..])
}

/// Reads a `CREATE TABLE` statement from line `idx`; the line it ends on.
fn create_table(lines: &[&str], idx: usize, tables: &mut Vec<SqlTable>) -> usize {
    let head = lines[idx].trim();
    let rest = &head["CREATE TABLE".len()..];
    let rest = strip_word(strip_word(strip_word(rest, "IF"), "NOT"), "EXISTS");
    let (name, after) = name_token(rest);
    let name = bare_name(name);
    // `CREATE TABLE t(a INTEGER, b TEXT);` on one line.
    if let Some(inner) = after.trim_start().strip_prefix('(') {
        if let Some(close) = inner.rfind(')').filter(|_| !inner.trim().is_empty()) {
            let table = table_named(tables, &name);
            table.columns = split_top_level(&inner[..close])
                .filter_map(|c| column(c.trim()))
                .collect();
            table.comment = table_comment(&inner[close..]).or(table.comment.take());
            table.cover(idx);
            return idx;
        }
    }
    let mut columns = Vec::new();
    let mut end = idx;
    for (at, line) in lines.iter().enumerate().skip(idx + 1) {
        end = at;
        let text = line.trim();
        if text.starts_with(')') {
            let table = table_named(tables, &name);
            table.comment = table_comment(text).or(table.comment.take());
            break;
        }
        if let Some(column) = column(text) {
            columns.push(column);
        }
    }
    let table = table_named(tables, &name);
    table.columns = columns;
    table.cover(idx);
    table.cover(end);
    end
}

/// `a INT, b DECIMAL(5,1)` split at the commas outside brackets.
fn split_top_level(text: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0i32;
    text.split(move |c: char| {
        depth += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        c == ',' && depth == 0
    })
}

/// `text` after a leading keyword (case-insensitive, a whole word), with
/// the spaces before and after it trimmed.
fn strip_word<'a>(text: &'a str, word: &str) -> &'a str {
    let text = text.trim_start();
    let whole = (text.get(word.len()..)).is_some_and(|rest| {
        rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '(')
    });
    match text.get(..word.len()) {
        Some(head) if whole && head.eq_ignore_ascii_case(word) => text[word.len()..].trim_start(),
        _ => text,
    }
}

/// A column definition line (`` `cases_filed` int NOT NULL COMMENT '…', ``);
/// `None` for a key, constraint or index line.
fn column(text: &str) -> Option<Column> {
    const NOT_COLUMNS: &[&str] = &[
        "PRIMARY",
        "KEY",
        "UNIQUE",
        "CONSTRAINT",
        "INDEX",
        "FOREIGN",
        "CHECK",
        "FULLTEXT",
        "SPATIAL",
        "EXCLUDE",
    ];
    let (name, rest) = name_token(text);
    let upper = name.to_ascii_uppercase();
    if name.is_empty() || NOT_COLUMNS.contains(&upper.as_str()) {
        return None;
    }
    let kind: String = (rest.trim_start().chars())
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<String>()
        .to_ascii_lowercase();
    if kind.is_empty() {
        return None;
    }
    let upper_rest = rest.to_ascii_uppercase();
    Some(Column {
        name: bare_name(name),
        counter: upper_rest.contains("AUTO_INCREMENT")
            || upper_rest.contains("AUTOINCREMENT")
            || kind.contains("serial"),
        kind,
        comment: quoted_after(rest, "COMMENT"),
    })
}

/// The table comment on a `CREATE TABLE`'s closing line (`COMMENT='…'`).
fn table_comment(text: &str) -> Option<String> {
    quoted_after(text, "COMMENT")
}

/// The quoted string after `keyword` (and an optional `=` or `IS`).
fn quoted_after(text: &str, keyword: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    let at = upper.rfind(keyword)? + keyword.len();
    let rest = text[at..].trim_start();
    let rest = rest.strip_prefix('=').unwrap_or(rest).trim_start();
    let rest = strip_word(rest, "IS").trim_start();
    let (text, _) = quoted(rest)?;
    Some(text).filter(|t| !t.trim().is_empty())
}

/// A `'…'` string at the start of `text` (`''` and `\'` escapes read) and
/// the bytes it took.
fn quoted(text: &str) -> Option<(String, usize)> {
    let mut chars = text.char_indices();
    let (_, '\'') = chars.next()? else {
        return None;
    };
    let mut out = String::new();
    let mut escaped = false;
    let mut pending_quote = false;
    for (at, c) in chars {
        if pending_quote {
            if c == '\'' {
                out.push('\'');
                pending_quote = false;
                continue;
            }
            return Some((out, at));
        }
        match c {
            _ if escaped => {
                out.push(match c {
                    'n' => ' ',
                    c => c,
                });
                escaped = false;
            }
            '\\' => escaped = true,
            '\'' => pending_quote = true,
            c => out.push(c),
        }
    }
    pending_quote.then_some((out, text.len()))
}

/// `COMMENT ON COLUMN t.c IS '…';` and `COMMENT ON TABLE t IS '…';`.
fn comment_on(line: &str, tables: &mut Vec<SqlTable>) {
    let rest = strip_word(strip_word(line, "COMMENT"), "ON");
    let (on_column, rest) = match rest.get(..6) {
        Some(w) if w.eq_ignore_ascii_case("COLUMN") => (true, &rest[6..]),
        _ => (false, strip_word(rest, "TABLE")),
    };
    let (name, after) = name_token(rest);
    let Some(comment) = quoted_after(after, "IS") else {
        return;
    };
    let parts: Vec<String> = name.split('.').map(bare_name).collect();
    if on_column && parts.len() >= 2 {
        let table = table_named(tables, &parts[parts.len() - 2]);
        if let Some(column) = (table.columns.iter_mut()).find(|c| c.name == parts[parts.len() - 1])
        {
            column.comment = Some(comment);
        }
    } else if !on_column {
        if let Some(last) = parts.last() {
            table_named(tables, last).comment = Some(comment);
        }
    }
}

/// Reads an `INSERT INTO` statement from line `idx` (it may run over
/// several lines, up to the one ending in `;`); the line it ends on.
fn insert(lines: &[&str], idx: usize, tables: &mut Vec<SqlTable>) -> usize {
    let rest = &lines[idx].trim()["INSERT INTO".len()..];
    let (name, after) = name_token(rest);
    let (named, after) = column_list(after);
    let mut end = idx;
    let mut text = after.to_string();
    while !text.trim_end().ends_with(';') && end + 1 < lines.len() {
        end += 1;
        text.push(' ');
        text.push_str(lines[end].trim());
    }
    let values = strip_word(&text, "VALUES");
    let table = table_listing(tables, name, &named);
    for row in tuples(values) {
        let row = in_column_order(row, &named, &table.columns);
        if let Some(row) = row.filter(|r| r.len() == table.columns.len()) {
            table.rows.push((idx, row));
        }
    }
    table.cover(idx);
    table.cover(end);
    end
}

/// A statement's `(a, b, c)` list of column names, when it has one, and
/// the text after it.
fn column_list(after: &str) -> (Vec<String>, &str) {
    let Some(list) = after.trim_start().strip_prefix('(') else {
        return (Vec::new(), after);
    };
    let close = list.find(')').unwrap_or(list.len());
    let named = list[..close]
        .split(',')
        .map(|n| bare_name(n.trim()))
        .collect();
    (named, &list[(close + 1).min(list.len())..])
}

/// The table a statement fills, given the columns it lists when no
/// `CREATE TABLE` defined them.
fn table_listing<'t>(
    tables: &'t mut Vec<SqlTable>,
    name: &str,
    named: &[String],
) -> &'t mut SqlTable {
    let table = table_named(tables, &bare_name(name));
    if table.columns.is_empty() {
        table.columns = (named.iter())
            .map(|n| Column {
                name: n.clone(),
                ..Column::default()
            })
            .collect();
    }
    table
}

/// A row's cells in its table's column order, when a column list named them.
fn in_column_order(row: Vec<Cell>, named: &[String], columns: &[Column]) -> Option<Vec<Cell>> {
    if named.is_empty() {
        return Some(row);
    }
    if named.len() != row.len() {
        return None;
    }
    (columns.iter())
        .map(|c| {
            let at = named.iter().position(|n| *n == c.name);
            Some(at.map_or(Cell::Null, |at| row[at].clone()))
        })
        .collect()
}

/// The rows of `(1,'a',NULL),(2,'b',3.5);`.
fn tuples(text: &str) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    let mut rest = text.trim_start();
    while let Some(inner) = rest.strip_prefix('(') {
        let mut cells = Vec::new();
        let mut body = inner.trim_start();
        loop {
            if let Some((text, taken)) = quoted(body) {
                cells.push(Cell::Text(text));
                body = body[taken..].trim_start();
            } else {
                let end = body.find([',', ')']).unwrap_or(body.len());
                let token = body[..end].trim();
                cells.push(match token {
                    t if t.eq_ignore_ascii_case("null") => Cell::Null,
                    t => Cell::Number(t.to_string()),
                });
                body = &body[end..];
            }
            match body.chars().next() {
                Some(',') => body = body[1..].trim_start(),
                Some(')') => {
                    body = &body[1..];
                    break;
                }
                _ => return rows,
            }
        }
        rows.push(cells);
        rest = body.trim_start().trim_start_matches(',').trim_start();
    }
    rows
}

/// Reads a `COPY t (columns) FROM stdin;` block from line `idx`, up to its
/// `\.` line; the line it ends on.
fn copy(lines: &[&str], idx: usize, tables: &mut Vec<SqlTable>) -> usize {
    let rest = &lines[idx].trim()["COPY ".len()..];
    let (name, after) = name_token(rest);
    let (named, _) = column_list(after);
    let table = table_listing(tables, name, &named);
    let mut end = idx;
    for (at, line) in lines.iter().enumerate().skip(idx + 1) {
        end = at;
        if line.trim() == "\\." {
            break;
        }
        let cells: Vec<Cell> = (line.split('\t'))
            .map(|c| match c {
                "\\N" => Cell::Null,
                c if is_plain_number(c) => Cell::Number(c.to_string()),
                c => Cell::Text(c.to_string()),
            })
            .collect();
        if let Some(row) = in_column_order(cells, &named, &table.columns) {
            if row.len() == table.columns.len() {
                table.rows.push((at, row));
            }
        }
    }
    table.cover(idx);
    table.cover(end);
    end
}

/// `468`, `-3.5`, `409.0`: a number as a database writes it.
pub(crate) fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mysql_table_its_comments_and_rows_are_read() {
        let dump = "CREATE TABLE `seeds` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `yr` smallint NOT NULL COMMENT 'Calendar year',\n  `kind` varchar(8),\n  `banked` int COMMENT 'Seed lots banked, it''s all',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB COMMENT='Seed bank';\nINSERT INTO `seeds` VALUES (1,2024,'rye',310),(2,2024,'o\\'at',NULL);";
        let lines: Vec<&str> = dump.lines().collect();
        let (tables, statement) = read_statements(&lines);
        assert!(statement.iter().all(|s| *s));
        let table = &tables[0];
        assert_eq!(table.name, "seeds");
        assert_eq!(table.comment.as_deref(), Some("Seed bank"));
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["id", "yr", "kind", "banked"]);
        assert!(table.columns[0].counter);
        assert_eq!(
            table.columns[3].comment.as_deref(),
            Some("Seed lots banked, it's all")
        );
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].1[2], Cell::Text("o'at".to_string()));
        assert_eq!(table.rows[1].1[3], Cell::Null);
        assert_eq!(table.lines, Some((0, 7)));
    }

    #[test]
    fn postgres_copy_blocks_and_column_comments_are_read() {
        let dump = "CREATE TABLE public.loans (\n    year integer,\n    amount numeric(12,1)\n);\nCOMMENT ON COLUMN public.loans.amount IS 'Loans granted, EUR million';\nCOPY public.loans (amount, year) FROM stdin;\n12.5\t2023\n\\N\t2024\n\\.";
        let lines: Vec<&str> = dump.lines().collect();
        let (tables, _) = read_statements(&lines);
        let table = &tables[0];
        assert_eq!(
            table.columns[1].comment.as_deref(),
            Some("Loans granted, EUR million")
        );
        assert_eq!(
            table.rows[0].1,
            [Cell::Number("2023".into()), Cell::Number("12.5".into())]
        );
        assert_eq!(table.rows[1].1[1], Cell::Null);
    }

    #[test]
    fn a_table_defined_on_one_line_is_read() {
        let dump = "CREATE TABLE seeds(yr INTEGER, share DECIMAL(5,1), kind TEXT);\nINSERT INTO seeds VALUES(2024,61.5,'rye');";
        let lines: Vec<&str> = dump.lines().collect();
        let (tables, _) = read_statements(&lines);
        let names: Vec<&str> = tables[0].columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["yr", "share", "kind"]);
        assert_eq!(tables[0].rows.len(), 1);
    }

    #[test]
    fn broken_statements_are_left_out_without_failing() {
        for dump in [
            "INSERT INTO t VALUES (1,'unclosed);",
            "CREATE TABLE",
            "INSERT INTO",
            "COPY t FROM stdin;\n1\t2",
            "COMMENT ON COLUMN x IS '",
            "CREATE TABLE `é` (\n `ü` int COMMENT 'ß'\n",
            "INSERT INTO t (a, b) VALUES (1);",
        ] {
            let lines: Vec<&str> = dump.lines().collect();
            let (tables, _) = read_statements(&lines);
            assert!(tables
                .iter()
                .all(|t| t.rows.iter().all(|(_, r)| r.len() == t.columns.len())));
        }
    }
}
