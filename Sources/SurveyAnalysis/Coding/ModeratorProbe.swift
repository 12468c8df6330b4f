public import SurveyModel
public import SurveyStore

/// A moderator's turn read as a laddering probe: the codes it asks about ("You chose low prices. Why does that
/// matter to you?" asks about `price`). Moderator turns are not coded by coders; their codes are the inline `#code`
/// tags of the turn and, when the codebook has rules, the codes its rules find in the text (docs/methods.md §1.3).
public struct ModeratorProbe: Sendable, Hashable {
    public var sessionID: String
    public var sequence: Int
    public var sectionID: String?
    public var codes: [String]

    /// Every moderator turn of every session of `store`, with its codes (turns naming no code included: a
    /// question that names nothing ends the previous probe's focus).
    /// - Throws: the store's errors, or `RuleBasedCoderError` for a pattern that is not a regular expression.
    public static func load(
        from store: some FocusGroupStore, codebook: SurveyModel.Codebook
    ) async throws -> [ModeratorProbe] {
        let coder = try RuleBasedCoder(codebook: codebook)
        var probes: [ModeratorProbe] = []
        for session in try await store.sessions() {
            for stored in try await store.turns(sessionID: session.id)
            where stored.turn.speaker == TranscriptTurn.moderator {
                var codes = stored.turn.codes
                for code in coder.codes(for: stored.turn.text) where !codes.contains(code) { codes.append(code) }
                probes.append(
                    ModeratorProbe(
                        sessionID: session.id, sequence: stored.sequence, sectionID: stored.turn.sectionID, codes: codes
                    ))
            }
        }
        return probes
    }
}
