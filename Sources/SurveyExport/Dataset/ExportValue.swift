/// One cell of an exported row; `nil` in a row means no value (system-missing or empty text).
public enum ExportValue: Sendable, Hashable {
    case number(Double)
    case text(String)
}
