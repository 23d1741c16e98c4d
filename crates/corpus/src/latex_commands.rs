//! LaTeX commands and environments: what each control word of a LaTeX
//! source does to the text around it, for [`super::latex_scan`]. A word
//! stands for a symbol (`\euro` → `€`, `\ldots` → `…`), or takes
//! arguments whose text is kept (`\textbf{x}` → `x`) or dropped
//! (`\label{…}`, `\cite{…}`), or is read in a way of its own (a heading, a
//! footnote, a `siunitx` number, a table rule). An environment is a table,
//! a list, verbatim text, a picture whose code is no text, or markup.
//!
//! Invariant: a word not listed is [`Command::Unknown`] (its arguments'
//! text kept, its name dropped), and an environment not listed is markup.

/// One argument of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgSpec {
    /// An optional `[…]` argument, skipped when present.
    Opt,
    /// A `{…}` argument whose text is no text of the document.
    Drop,
    /// A `{…}` argument whose text is kept.
    Keep,
}

/// Commands read in a way of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    /// `\section{X}` and its kin: a `#` heading of the level.
    Heading(u8),
    /// `\paragraph{X}`: a heading run into its paragraph's text.
    RunIn,
    /// `\title`, `\author`, `\date`: the document's metadata.
    Front(FrontKind),
    /// `\caption{X}`: a table's (or figure's) title.
    Caption,
    /// `\captionof{table}{X}`.
    CaptionOf,
    /// `\footnote{X}` → ` (X)`.
    Footnote,
    /// `\enquote{X}` → `“X”`.
    Quote,
    /// `\num{…}`.
    Number,
    /// `\qty{…}{…}`, `\SI{…}{…}`.
    Quantity,
    /// `\numrange{…}{…}`.
    NumberRange,
    /// `\qtyrange{…}{…}{…}`, `\SIrange`.
    QuantityRange,
    /// `\numlist{…;…}`.
    NumberList,
    /// `\item`, with an optional `[label]`.
    Item,
    /// `\begin{env}`.
    Begin,
    /// `\end{env}`.
    End,
    /// `\verb|…|`.
    Verb,
    /// `\url{…}`: its text kept as written.
    Url,
    /// `\href{url}{text}`: the text kept, the address dropped.
    Href,
    /// `\multicolumn{n}{spec}{X}`: a cell over `n` columns.
    Multicolumn,
    /// `\tabularnewline`: the end of a table row.
    RowEnd,
    /// A table rule (`\midrule`, `\hline`, `\cline{2-3}`).
    Rule {
        /// It spans the table (not `\cline`'s few columns).
        full: bool,
        /// Its `{…}` arguments, dropped.
        args: u8,
    },
    /// `\newcommand`, `\def` …: a macro's definition, no text.
    Definition,
}

/// The metadata a `\title`, `\author` or `\date` states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontKind {
    /// `\title{…}`.
    Title,
    /// `\author{…}`.
    Author,
    /// `\date{…}`.
    Date,
}

/// What a control word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Stands for this text.
    Text(&'static str),
    /// A currency sign, which goes before its amount.
    Money(&'static str),
    /// `\percent`: `%`, set close to its number.
    Percent,
    /// A space of some width (`\quad`, `\newline`).
    Space,
    /// Nothing to read (`\maketitle`, `\centering`, `\small`).
    Nothing,
    /// Takes these arguments.
    Args(&'static [ArgSpec]),
    /// An accent on the letter that follows (`\c{c}`).
    Accent(char),
    /// Read in a way of its own.
    Special(Special),
    /// Not known: its arguments' text is kept.
    Unknown,
}

/// What an environment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvKind {
    /// `document`: the text; before it is the preamble.
    Document,
    /// `tabular` and its kin: rows of cells.
    Table,
    /// `itemize`, `enumerate`, `description`.
    List {
        /// A `description` list, whose item labels are terms.
        description: bool,
    },
    /// `verbatim`, `lstlisting`, `comment`: text as written.
    Verbatim {
        /// The text is the document's (not a `comment`'s).
        keep: bool,
    },
    /// `tikzpicture`, `thebibliography`: no text of the document.
    Dropped,
    /// Any other: markup around text.
    Markup,
}

use ArgSpec::{Drop, Keep, Opt};
use Command::{Args, Money, Nothing, Space, Text};

/// What the control word `name` (without its backslash) does.
pub fn command(name: &str) -> Command {
    if let Some(command) = special(name) {
        return Command::Special(command);
    }
    if let Some(text) = symbol(name) {
        return text;
    }
    if let Some(args) = arguments(name) {
        return Args(args);
    }
    match name {
        "c" | "v" | "u" | "H" | "r" | "k" | "d" | "b" | "t" => Command::Accent(name_char(name)),
        _ if is_nothing(name) => Nothing,
        _ => Command::Unknown,
    }
}

/// What the environment `name` is, and the arguments after its `\begin`.
pub fn environment(name: &str) -> (EnvKind, &'static [ArgSpec]) {
    match name {
        "document" => (EnvKind::Document, &[]),
        "tabular" | "longtable" | "longtable*" | "tblr" | "longtblr" | "supertabular" => {
            (EnvKind::Table, &[Opt, Drop])
        }
        "tabular*" | "tabularx" | "tabulary" | "xltabular" => (EnvKind::Table, &[Drop, Opt, Drop]),
        "itemize" | "enumerate" | "compactitem" | "compactenum" => {
            (EnvKind::List { description: false }, &[Opt])
        }
        "description" | "compactdesc" => (EnvKind::List { description: true }, &[Opt]),
        "verbatim" | "verbatim*" | "Verbatim" | "lstlisting" | "alltt" => {
            (EnvKind::Verbatim { keep: true }, &[Opt])
        }
        "minted" => (EnvKind::Verbatim { keep: true }, &[Opt, Drop]),
        "comment" | "filecontents" | "filecontents*" => (EnvKind::Verbatim { keep: false }, &[]),
        "tikzpicture" | "pgfpicture" | "picture" | "axis" | "forest" => (EnvKind::Dropped, &[Opt]),
        "thebibliography" => (EnvKind::Dropped, &[Drop]),
        "table" | "table*" | "figure" | "figure*" | "sidewaystable" => (EnvKind::Markup, &[Opt]),
        "minipage" => (EnvKind::Markup, &[Opt, Opt, Opt, Drop]),
        "multicols" | "multicols*" => (EnvKind::Markup, &[Drop, Opt]),
        "wrapfigure" | "wraptable" => (EnvKind::Markup, &[Opt, Drop, Opt, Drop]),
        _ => (EnvKind::Markup, &[]),
    }
}

fn name_char(name: &str) -> char {
    name.chars().next().unwrap_or(' ')
}

fn special(name: &str) -> Option<Special> {
    use Special::*;
    Some(match name {
        "part" | "chapter" | "section" => Heading(1),
        "subsection" => Heading(2),
        "subsubsection" => Heading(3),
        "paragraph" | "subparagraph" => RunIn,
        "title" => Front(FrontKind::Title),
        "author" => Front(FrontKind::Author),
        "date" => Front(FrontKind::Date),
        "caption" => Caption,
        "captionof" => CaptionOf,
        "footnote" | "footnotetext" | "sidenote" | "marginpar" => Footnote,
        "enquote" | "textquote" => Quote,
        "num" => Number,
        "qty" | "SI" => Quantity,
        "numrange" => NumberRange,
        "qtyrange" | "SIrange" => QuantityRange,
        "numlist" => NumberList,
        "item" => Item,
        "begin" => Begin,
        "end" => End,
        "verb" => Verb,
        "url" | "nolinkurl" => Url,
        "href" => Href,
        "multicolumn" => Multicolumn,
        "tabularnewline" => RowEnd,
        "toprule" | "midrule" | "bottomrule" | "hline" | "hrule" => Rule {
            full: true,
            args: 0,
        },
        "Xhline" => Rule {
            full: true,
            args: 1,
        },
        "specialrule" => Rule {
            full: true,
            args: 3,
        },
        "cline" | "cmidrule" | "hhline" => Rule {
            full: false,
            args: 1,
        },
        "newcommand"
        | "renewcommand"
        | "providecommand"
        | "def"
        | "edef"
        | "gdef"
        | "DeclareRobustCommand"
        | "DeclareSIUnit"
        | "DeclareMathOperator" => Definition,
        _ => return None,
    })
}

#[rustfmt::skip]
fn symbol(name: &str) -> Option<Command> {
    Some(match name {
        "ldots" | "dots" | "textellipsis" => Text("…"),
        "euro" | "texteuro" | "EUR" | "officialeuro" => Money("€"),
        "pounds" | "pound" | "textsterling" | "GBP" => Money("£"),
        "textdollar" | "dollar" | "USD" => Money("$"),
        "yen" | "textyen" => Money("¥"),
        "percent" => Command::Percent,
        "textcent" => Text("¢"),
        "S" => Text("§"),
        "copyright" | "textcopyright" => Text("©"),
        "textregistered" => Text("®"),
        "texttrademark" => Text("™"),
        "textdegree" | "degree" => Text("°"),
        "degreeCelsius" | "celsius" => Text("°C"),
        "times" => Text("×"),
        "pm" => Text("±"),
        "approx" => Text("≈"),
        "sim" => Text("~"),
        "leq" | "le" => Text("≤"),
        "geq" | "ge" => Text("≥"),
        "neq" | "ne" => Text("≠"),
        "cdot" => Text("·"),
        "textbullet" | "bullet" => Text("•"),
        "textendash" => Text("–"),
        "textemdash" => Text("—"),
        "textquoteleft" => Text("‘"),
        "textquoteright" => Text("’"),
        "textquotedblleft" => Text("“"),
        "textquotedblright" => Text("”"),
        "guillemotleft" | "guillemetleft" => Text("«"),
        "guillemotright" | "guillemetright" => Text("»"),
        "textperthousand" => Text("‰"),
        "ss" => Text("ß"),
        "o" => Text("ø"),
        "O" => Text("Ø"),
        "aa" => Text("å"),
        "AA" => Text("Å"),
        "ae" => Text("æ"),
        "AE" => Text("Æ"),
        "oe" => Text("œ"),
        "OE" => Text("Œ"),
        "l" => Text("ł"),
        "L" => Text("Ł"),
        "i" => Text("i"),
        "j" => Text("j"),
        "LaTeX" => Text("LaTeX"),
        "TeX" => Text("TeX"),
        "LaTeXe" => Text("LaTeX2e"),
        "textbackslash" => Text("\\"),
        "textbar" => Text("|"),
        "textless" => Text("<"),
        "textgreater" => Text(">"),
        "textasciitilde" => Text("~"),
        "textunderscore" => Text("_"),
        "textasciicircum" => Text("^"),
        "rightarrow" | "to" | "textrightarrow" => Text("→"),
        "leftarrow" => Text("←"),
        "infty" => Text("∞"),
        "checkmark" => Text("✓"),
        "dag" | "textdagger" => Text("†"),
        "ddag" | "textdaggerdbl" => Text("‡"),
        "and" => Text(" and "),
        // siunitx units and prefixes, read inside `\qty{…}{…}`.
        "metre" | "meter" => Text("m"),
        "kilogram" => Text("kg"),
        "gram" => Text("g"),
        "tonne" => Text("t"),
        "second" => Text("s"),
        "minute" => Text("min"),
        "hour" => Text("h"),
        "day" => Text("d"),
        "litre" | "liter" => Text("l"),
        "hectare" => Text("ha"),
        "watt" => Text("W"),
        "kilo" => Text("k"),
        "mega" => Text("M"),
        "giga" => Text("G"),
        "milli" => Text("m"),
        "micro" => Text("µ"),
        "per" => Text("/"),
        "quad" | "qquad" | "enspace" | "thinspace" | "newline" | "linebreak" | "space"
        | "hfill" | "hfil" | "enskip" => Space,
        _ => return None,
    })
}

#[rustfmt::skip]
fn arguments(name: &str) -> Option<&'static [ArgSpec]> {
    Some(match name {
        "label" | "ref" | "eqref" | "pageref" | "autoref" | "cref" | "Cref" | "nameref"
        | "vref" | "vspace" | "hspace" | "input" | "include" | "includeonly" | "bibliography"
        | "bibliographystyle" | "pagestyle" | "thispagestyle" | "pagenumbering" | "geometry"
        | "hypersetup" | "graphicspath" | "sisetup" | "color" | "index" | "glossary"
        | "thanks" | "hyphenation" | "nocite" | "phantom" | "hphantom" | "vphantom"
        | "markright" | "newlength" | "linespread" | "enlargethispage" | "pagecolor"
        | "urlstyle" | "lstset" | "tcbset" | "lhead" | "chead" | "rhead" | "lfoot" | "cfoot"
        | "rfoot" | "pdfbookmark" | "setstretch" | "selectlanguage" | "usetikzlibrary" => &[Drop],
        "documentclass" | "usepackage" | "RequirePackage" | "addbibresource" | "captionsetup"
        | "setmainfont" | "setsansfont" | "fancyhead" | "fancyfoot" | "bibitem" | "newcounter"
        | "includegraphics" | "setlist" => &[Opt, Drop],
        "cite" | "citep" | "citet" | "parencite" | "textcite" | "footcite" | "autocite"
        | "citeauthor" | "citeyear" | "Cite" | "Citep" | "Citet" => &[Opt, Opt, Drop],
        "setlength" | "addtolength" | "setcounter" | "addtocounter" | "fontsize" | "markboth"
        | "setkeys" | "newacronym" | "newglossaryentry" => &[Drop, Drop],
        "definecolor" => &[Drop, Drop, Drop],
        "rule" => &[Opt, Drop, Drop],
        "newenvironment" | "renewenvironment" => &[Drop, Opt, Opt, Drop, Drop],
        "newtheorem" => &[Drop, Opt, Drop, Opt],
        "textbf" | "textit" | "emph" | "texttt" | "textsc" | "textsf" | "textrm" | "textup"
        | "textmd" | "textnormal" | "textsl" | "underline" | "uline" | "mbox" | "fbox" | "hbox"
        | "text" | "textsuperscript" | "textsubscript" | "mathrm" | "mathbf" | "mathit"
        | "mathsf" | "mathtt" | "operatorname" | "ensuremath" | "uppercase" | "lowercase"
        | "MakeUppercase" | "MakeLowercase" | "textls" | "strong" | "mathbb" => &[Keep],
        "textcolor" | "colorbox" | "hyperlink" | "hypertarget" | "adjustbox" => &[Drop, Keep],
        "foreignlanguage" => &[Opt, Drop, Keep],
        "hyperref" => &[Opt, Keep],
        "parbox" => &[Opt, Opt, Opt, Drop, Keep],
        "makebox" | "framebox" => &[Opt, Opt, Keep],
        "raisebox" => &[Drop, Opt, Opt, Keep],
        "resizebox" => &[Drop, Drop, Keep],
        "scalebox" => &[Drop, Opt, Keep],
        "multirow" => &[Opt, Drop, Opt, Drop, Opt, Keep],
        "fcolorbox" => &[Drop, Drop, Keep],
        "addlinespace" | "footnotemark" | "pagebreak" | "nopagebreak" => &[Opt],
        _ => return None,
    })
}

#[rustfmt::skip]
fn is_nothing(name: &str) -> bool {
    matches!(
        name,
        "maketitle" | "tableofcontents" | "listoftables" | "listoffigures" | "newpage"
            | "clearpage" | "cleardoublepage" | "noindent" | "indent" | "centering"
            | "raggedright" | "raggedleft" | "par" | "smallskip" | "medskip" | "bigskip"
            | "vfill" | "appendix" | "frontmatter" | "mainmatter" | "backmatter" | "today"
            | "thepage" | "protect" | "relax" | "tiny" | "scriptsize" | "footnotesize" | "small"
            | "normalsize" | "large" | "Large" | "LARGE" | "huge" | "Huge" | "bfseries"
            | "itshape" | "ttfamily" | "rmfamily" | "sffamily" | "scshape" | "upshape"
            | "mdseries" | "slshape" | "em" | "bf" | "it" | "tt" | "rm" | "sf" | "sc" | "sl"
            | "normalfont" | "selectfont" | "makeatletter" | "makeatother" | "onecolumn"
            | "twocolumn" | "leavevmode" | "null" | "strut" | "printbibliography" | "endhead"
            | "endfirsthead" | "endfoot" | "endlastfoot" | "displaystyle" | "left" | "right"
            | "bigl" | "bigr" | "Bigl" | "Bigr" | "nolinebreak" | "sloppy" | "fussy"
            | "frenchspacing" | "hyphenpenalty" | "tolerance" | "arraystretch"
            | "tabcolsep" | "textwidth" | "linewidth" | "columnwidth" | "hsize" | "printindex" | "makeindex" | "theendnotes" | "printglossaries"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_symbols_arguments_or_unknown() {
        assert_eq!(command("euro"), Money("€"));
        assert_eq!(command("ldots"), Text("…"));
        assert_eq!(command("textbf"), Args(&[Keep]));
        assert_eq!(command("label"), Args(&[Drop]));
        assert_eq!(command("c"), Command::Accent('c'));
        assert_eq!(command("section"), Command::Special(Special::Heading(1)));
        assert_eq!(command("maketitle"), Nothing);
        assert_eq!(command("officename"), Command::Unknown);
        assert_eq!(environment("tabularx").0, EnvKind::Table);
        assert_eq!(environment("abstract").0, EnvKind::Markup);
    }
}
