//! `ipx-export`: compiles a corpus directory with the explorer's own compiler
//! and writes its documents, passages and facts as NDJSON, ready for the
//! Elasticsearch / OpenSearch `_bulk` API (see `ip_explorer::bulk`). Run it as
//! `./x export [OPTIONS]`; `--help` lists the options.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{BufWriter, Write};
    use std::path::PathBuf;

    use ip_explorer::bulk::{self, Layout};
    use ip_explorer::corpus::{self, Severity};

    const HELP: &str = "\
ipx-export: the corpus as NDJSON for Elasticsearch or OpenSearch

Usage: ipx-export [OPTIONS]

Options:
  --seeds DIR       corpus directory to compile (default: seeds)
  --prefix NAME     index name prefix (default: ip-explorer); records go to
                    NAME-documents, NAME-passages and NAME-facts
  --plain           one record per line, without _bulk action lines
  --out FILE        write to FILE instead of standard output
  --mapping TYPE    print the index mapping for documents, passages or facts
                    (the body for `PUT NAME-TYPE`) and exit
  -h, --help        show this help

Problems in the corpus files are listed on standard error; files with errors
are left out of the export and the exit status is 1.
";

    struct Options {
        seeds: PathBuf,
        prefix: String,
        layout: Layout,
        out: Option<PathBuf>,
        mapping: Option<String>,
    }

    /// Runs the tool and returns the process exit status.
    pub fn run(args: Vec<String>) -> i32 {
        let options = match parse(args) {
            Ok(Some(options)) => options,
            Ok(None) => {
                print!("{HELP}");
                return 0;
            }
            Err(message) => {
                eprintln!("ipx-export: {message}\n\n{HELP}");
                return 2;
            }
        };
        if let Some(record_type) = &options.mapping {
            return print_mapping(record_type);
        }
        match export(&options) {
            Ok(status) => status,
            Err(message) => {
                eprintln!("ipx-export: {message}");
                1
            }
        }
    }

    fn parse(args: Vec<String>) -> Result<Option<Options>, String> {
        let mut options = Options {
            seeds: PathBuf::from("seeds"),
            prefix: "ip-explorer".to_string(),
            layout: Layout::Bulk,
            out: None,
            mapping: None,
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            match arg.as_str() {
                "-h" | "--help" => return Ok(None),
                "--seeds" => options.seeds = PathBuf::from(value("--seeds")?),
                "--prefix" => options.prefix = value("--prefix")?,
                "--plain" => options.layout = Layout::Plain,
                "--out" => options.out = Some(PathBuf::from(value("--out")?)),
                "--mapping" => options.mapping = Some(value("--mapping")?),
                other => return Err(format!("unknown option {other}")),
            }
        }
        if !valid_index_prefix(&options.prefix) {
            return Err(format!(
                "--prefix {:?}: index names are lower-case letters, digits, '-' and '_'",
                options.prefix
            ));
        }
        Ok(Some(options))
    }

    /// Elasticsearch index names: lower case, no spaces or special characters,
    /// not starting with `-`, `_` or `+`.
    fn valid_index_prefix(prefix: &str) -> bool {
        !prefix.is_empty()
            && !prefix.starts_with(['-', '_', '+'])
            && prefix
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    }

    fn print_mapping(record_type: &str) -> i32 {
        match bulk::mapping(record_type) {
            Some(mapping) => {
                println!("{mapping:#}");
                0
            }
            None => {
                let types = bulk::RECORD_TYPES.join(", ");
                eprintln!("ipx-export: --mapping {record_type:?}: expected one of {types}");
                2
            }
        }
    }

    fn export(options: &Options) -> Result<i32, String> {
        let files = corpus::read_source_dir(&options.seeds)?;
        let (compiled, issues) = corpus::compile(&files);
        for issue in &issues {
            let level = match issue.severity {
                Severity::Warning => "warning",
                Severity::Error => "error",
            };
            eprintln!("{level}: {}/{issue}", options.seeds.display());
        }
        let failed = issues.iter().any(|i| i.severity == Severity::Error);
        let sink: Box<dyn Write> = match &options.out {
            Some(path) => Box::new(
                std::fs::File::create(path)
                    .map_err(|e| format!("cannot create {}: {e}", path.display()))?,
            ),
            None => Box::new(std::io::stdout().lock()),
        };
        let mut writer = BufWriter::new(sink);
        let counts = bulk::write_ndjson(&compiled, &options.prefix, options.layout, &mut writer)
            .and_then(|counts| writer.flush().map(|()| counts))
            .map_err(|e| format!("cannot write the export: {e}"))?;
        eprintln!(
            "ipx-export: {} documents, {} passages, {} facts",
            counts.documents, counts.passages, counts.facts
        );
        Ok(if failed { 1 } else { 0 })
    }
}
