import SurveyCollector
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A terminal's size in character cells.
public struct TerminalSize: Sendable, Hashable {
    public var columns: Int
    public var rows: Int

    /// The classic terminal size, used when the size cannot be read.
    public static let standard = TerminalSize(columns: 80, rows: 24)

    /// The size of the terminal on `descriptor` via `ioctl(TIOCGWINSZ)`; falls back to the `COLUMNS` and `LINES`
    /// environment variables, then to 80×24, when the ioctl fails or reports zero.
    public static func of(descriptor: Int32, environment: [String: String] = [:]) -> TerminalSize {
        var window = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 {
            return TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
        }
        let columns = environment["COLUMNS"].flatMap { Int($0) } ?? standard.columns
        let rows = environment["LINES"].flatMap { Int($0) } ?? standard.rows
        return TerminalSize(columns: max(1, columns), rows: max(1, rows))
    }
}
