/// A problem with a study, already phrased for the user: one or more `location: error: message` lines (a store
/// path or URL without its password, a file with row and column). The library's one error type; callers print
/// the description as it is.
public struct StudyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
