import Foundation
public import SurveyModel
public import SurveyStore
import SurveyParser
import SurveyText

/// Imports a transcript file (plain text, WebVTT, SRT) into a focus-group session.
///
/// The file is parsed and its speaker labels mapped to the session's roster (`SpeakerMapper`); every problem of
/// both steps is collected. When there is any error nothing is stored; otherwise all turns are appended in one
/// transaction, with the file name as their source. Turns keep the transcript's timestamps; inline `!` and `#code`
/// markers work as in `voc focus run`.
public enum TranscriptImporter {
    /// The result of an import: the turns stored (none on error) and every diagnostic.
    public struct Report: Sendable {
        public var turns: [TranscriptTurn]
        public var diagnostics: [Diagnostic]
        public var source: String
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

        /// Turns per speaker id, for the summary line.
        public var turnsBySpeaker: [String: Int] { Dictionary(grouping: turns, by: \.speaker).mapValues(\.count) }
    }

    /// Imports `text`, read from `path`, into session `sessionID` of `store`.
    /// - Parameter explicit: speaker label → participant id mappings (`--speaker LABEL=ID`).
    /// - Parameter sectionID: the guide section every imported turn belongs to (nil: none).
    /// - Throws: store errors only; input problems are in the report.
    public static func importTranscript(
        text: String, path: String, sessionID: String, store: any FocusGroupStore, explicit: [String: String] = [:],
        sectionID: String? = nil
    ) async throws -> Report {
        let parsed = TranscriptParser.parse(text: text, path: path)
        let roster = try await store.participants(sessionID: sessionID)
        let mapped = SpeakerMapper.map(parsed.turns, roster: roster, explicit: explicit, path: path)
        var diagnostics = parsed.diagnostics + mapped.diagnostics
        diagnostics.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        let source = URL(fileURLWithPath: path).lastPathComponent
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return Report(turns: [], diagnostics: diagnostics, source: source)
        }
        let turns = mapped.turns.map { turn -> TranscriptTurn in
            var copy = turn
            copy.sectionID = sectionID
            return copy
        }
        try await store.appendTurns(turns, sessionID: sessionID, source: source)
        return Report(turns: turns, diagnostics: diagnostics, source: source)
    }
}
