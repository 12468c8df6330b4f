/// Turns voc variable names into names valid in SPSS and Triple-S files.
///
/// Rules (SPSS Statistics "Variable names", the stricter of the two formats): at most 64 bytes; the first
/// character a letter; then letters, digits, `.`, `_`, `@`, `#`, `$`; not ending in `.` or `_`; not a reserved
/// word (`ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH`); unique ignoring case. voc ids already use letters,
/// digits, `_`, `-` and `.`, so most names pass unchanged: `-` becomes `_`, other characters become `_`, a name
/// that does not start with a letter gets a `v` prefix, and a clash gets the suffix `_2`, `_3`, ...
public struct ExportName: Sendable {
    /// The longest name in bytes.
    public static let maximumLength = 64
    static let reserved: Set<String> = [
        "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH",
    ]

    private var used: Set<String> = []

    public init() {}

    /// A valid, not yet used name for `name`; remembers it so later calls never return the same name.
    public mutating func unique(for name: String) -> String {
        let base = Self.valid(name)
        var candidate = base
        var counter = 2
        while used.contains(candidate.uppercased()) {
            let suffix = "_\(counter)"
            candidate = String(base.prefix(Self.maximumLength - suffix.count)) + suffix
            counter += 1
        }
        used.insert(candidate.uppercased())
        return candidate
    }

    /// `name` made valid (see the type's rules), without the uniqueness suffix.
    public static func valid(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let allowed =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || ".@#$_".unicodeScalars.contains(scalar))
            scalars.append(allowed ? scalar : "_")
        }
        var result = String(scalars)
        if let first = result.unicodeScalars.first, !(first.isASCII && first.properties.isAlphabetic) {
            result = "v" + result
        }
        if result.isEmpty { result = "v" }
        result = String(result.prefix(maximumLength))
        while let last = result.last, last == "." || last == "_", result.count > 1 { result.removeLast() }
        if reserved.contains(result.uppercased()) { result += "_v" }
        return result
    }
}
