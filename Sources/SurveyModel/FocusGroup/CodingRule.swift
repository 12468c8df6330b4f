/// A rule that assigns a code automatically.
///
/// `keyword` matches when the text contains the keyword, ignoring case and diacritics (works for any script,
/// including Chinese, where no word boundaries are required). `pattern` is a regular expression (ICU syntax),
/// matched case-insensitively.
public enum CodingRule: Sendable, Hashable {
    case keyword(String)
    case pattern(String)
}
