/// The level of measurement of a variable (as SPSS and Triple-S understand it).
public enum VariableMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unordered codes (single choice, MaxDiff best/worst).
    case nominal
    /// Ordered numeric codes (ratings, NPS, ranks, Kano answers).
    case ordinal
    /// 0/1 indicator (multiple-choice options).
    case binary
    /// A measured number (numeric questions).
    case scale
    case text
    case date
}
