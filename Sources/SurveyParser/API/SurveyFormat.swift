/// The two syntaxes of survey files.
public enum SurveyFormat: String, Sendable, Hashable, CaseIterable {
    case xml, json

    /// The format implied by a file name's extension (`.xml`, `.json`, case-insensitive); nil for others.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        self.init(rawValue: name[name.index(after: dot)...].lowercased())
    }

    /// The conventional file extension, without the dot.
    public var fileExtension: String { rawValue }
}
