import Foundation

/// One variable of a Triple-S 2.0 record: its type, position in the fixed-width data line and value metadata.
public struct TripleSVariable: Sendable, Hashable {
    /// The Triple-S variable types voc writes.
    public enum Kind: String, Sendable, Hashable {
        case single, multiple, quantity, character, logical, date
    }

    /// How a field is built from a row of the export layout.
    enum Encoding: Sendable, Hashable {
        /// A number from one column, with `decimals` digits; `recode` maps string codes to numeric codes.
        case number(column: Int, decimals: Int, recode: [String: String]?)
        /// Text from one column, padded to the width.
        case text(column: Int)
        /// One `0`/`1` character per column (a multiple-response bit string).
        case bits(columns: [Int])
        /// `1` or `0` from a 0/1 column.
        case logical(column: Int)
        /// `YYYY-MM-DD` text written as `YYYYMMDD`.
        case date(column: Int)
    }

    public var ident: String
    public var kind: Kind
    /// `serial` for the respondent identifier, `weight` for the weight, nil otherwise.
    public var use: String?
    public var name: String
    public var label: String
    /// First character of the field in the data line (1-based).
    public var start: Int
    /// Width in characters (Unicode code points).
    public var width: Int
    /// Codes and labels (single and multiple; multiple codes are bit positions 1...n).
    public var values: [(code: String, label: String)]
    /// The lowest and highest value (single, quantity, date).
    public var range: (from: String, to: String)?
    var encoding: Encoding

    /// The last character of the field (1-based, inclusive).
    public var finish: Int { start + width - 1 }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.ident == rhs.ident && lhs.kind == rhs.kind && lhs.use == rhs.use && lhs.name == rhs.name
            && lhs.label == rhs.label && lhs.start == rhs.start && lhs.width == rhs.width
            && lhs.values.map(\.code) == rhs.values.map(\.code) && lhs.values.map(\.label) == rhs.values.map(\.label)
            && lhs.range?.from == rhs.range?.from && lhs.range?.to == rhs.range?.to && lhs.encoding == rhs.encoding
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ident)
        hasher.combine(start)
    }

    /// The field text for `row` of `layout`, exactly `width` characters (missing values are spaces).
    func field(_ row: [ExportValue?]) -> String {
        let content: String
        switch encoding {
        case .number(let column, let decimals, let recode):
            switch row[column] {
            case .number(let value): content = Self.format(value, decimals: decimals)
            case .text(let text): content = recode?[text] ?? ""
            case nil: content = ""
            }
            return String(repeating: " ", count: max(0, width - content.unicodeScalars.count)) + content
        case .text(let column):
            if case .text(let text) = row[column] { content = Self.singleLine(text) } else { content = "" }
        case .bits(let columns):
            content = String(
                columns.map { column -> Character in
                    guard case .number(let value) = row[column] else { return " " }
                    return value == 1 ? "1" : value == 0 ? "0" : " "
                })
        case .logical(let column):
            if case .number(let value) = row[column], value == 0 || value == 1 {
                content = value == 1 ? "1" : "0"
            } else {
                content = ""
            }
        case .date(let column):
            if case .text(let text) = row[column], let compact = Self.compactDate(text) {
                content = compact
            } else {
                content = ""
            }
        }
        let scalars = content.unicodeScalars
        let clipped = scalars.count > width ? String(String.UnicodeScalarView(scalars.prefix(width))) : content
        return clipped + String(repeating: " ", count: max(0, width - clipped.unicodeScalars.count))
    }

    /// `value` with exactly `decimals` digits after the point (none when 0).
    static func format(_ value: Double, decimals: Int) -> String {
        if decimals == 0, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.\(decimals)f", value)
    }

    /// Text on one line: tabs, carriage returns and line feeds become spaces.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    /// `YYYYMMDD` for a `YYYY-MM-DD` date, nil for anything else.
    static func compactDate(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return parts.joined()
    }
}
