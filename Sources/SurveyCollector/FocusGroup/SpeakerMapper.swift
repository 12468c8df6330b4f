import Foundation
public import SurveyModel

/// Maps the speaker labels of an imported transcript to roster participant ids.
///
/// A label matches, in this order: an explicit mapping (label → participant id), a participant id, a participant's
/// display name (both ignoring case), or a moderator label (`MOD`, `Moderator`, `Facilitator`). Every unknown label is
/// reported once, as an error at its first line, listing all the lines where it occurs; participants without consent
/// are errors too (their turns must not be stored).
public enum SpeakerMapper {
    public static func map(
        _ turns: [TranscriptTurn], roster: [Participant], explicit: [String: String] = [:], path: String
    ) -> (turns: [TranscriptTurn], diagnostics: [Diagnostic]) {
        var byKey: [String: Participant] = [:]
        for participant in roster {
            byKey[participant.displayName.lowercased()] = participant
        }
        for participant in roster { byKey[participant.id.lowercased()] = participant }
        let explicitLower = Dictionary(explicit.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        let moderatorLabels: Set<String> = ["mod", "moderator", "facilitator", "interviewer"]
        var unknown: [String: [Int]] = [:]
        var noConsent: [String: [Int]] = [:]
        var mapped: [TranscriptTurn] = []
        for turn in turns {
            let key = turn.speaker.lowercased()
            var id: String?
            if let target = explicitLower[key] {
                id = target
            } else if moderatorLabels.contains(key) {
                id = TranscriptTurn.moderator
            } else if let participant = byKey[key] {
                id = participant.id
            }
            guard let id else {
                unknown[turn.speaker, default: []].append(turn.line)
                continue
            }
            if id != TranscriptTurn.moderator, let participant = roster.first(where: { $0.id == id }),
                !participant.consent
            {
                noConsent[id, default: []].append(turn.line)
                continue
            }
            if id != TranscriptTurn.moderator, !roster.contains(where: { $0.id == id }) {
                unknown[turn.speaker, default: []].append(turn.line)
                continue
            }
            var copy = turn
            copy.speaker = id
            mapped.append(copy)
        }
        var diagnostics: [Diagnostic] = []
        for (label, lines) in unknown {
            diagnostics.append(
                Diagnostic(
                    .error, code: "transcript-unknown-speaker",
                    "unknown speaker '\(label)' on \(lines.count == 1 ? "line" : "lines") "
                        + lines.map(String.init).joined(separator: ", ")
                        + "; add it to the roster or map it with --speaker LABEL=ID",
                    at: SourceLocation(file: path, line: lines[0], column: 1)))
        }
        for (id, lines) in noConsent {
            diagnostics.append(
                Diagnostic(
                    .error, code: "transcript-no-consent",
                    "participant \(id) has no recorded consent; their \(lines.count) turn(s) "
                        + "(first on line \(lines[0])) cannot be stored",
                    at: SourceLocation(file: path, line: lines[0], column: 1)))
        }
        diagnostics.sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        return (mapped, diagnostics)
    }
}
