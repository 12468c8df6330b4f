/// What a note is for.
public enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text read or shown to the respondent.
    case info
    /// An instruction for the interviewer or moderator only.
    case instruction
    /// A stimulus to show (concept board, prototype, video).
    case stimulus
}
