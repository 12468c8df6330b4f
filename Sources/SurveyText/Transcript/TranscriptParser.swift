import Foundation
public import SurveyModel

/// Reads focus-group transcripts (plain text, WebVTT, SRT) into speaker turns.
///
/// Every problem is reported at once, as compiler-style diagnostics with the file's line and column:
/// a line or cue with no speaker, a malformed or backwards timestamp, overlapping cues. Turns are returned even
/// when there are errors, so a caller can show what was understood; callers that store turns must store nothing
/// when `diagnostics` contains an error.
///
/// Inline markers (the same as in `voc focus run`): a text starting with `!` is a quote; `#code` words tag codes.
public enum TranscriptParser {
    /// The turns read and the problems found.
    public struct Result: Sendable {
        public var turns: [TranscriptTurn]
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Parses `text` read from `path` in `format` (by default from the file extension).
    public static func parse(text: String, path: String, format: TranscriptFormat? = nil) -> Result {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        switch format ?? TranscriptFormat(path: path) {
        case .plain: return parsePlain(lines, path: path)
        case .webVTT: return parseCues(lines, path: path, vtt: true)
        case .srt: return parseCues(lines, path: path, vtt: false)
        }
    }

    private static func parsePlain(_ lines: [Substring], path: String) -> Result {
        var result = Result(turns: [], diagnostics: [])
        var previousStart: Double?
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = raw.drop { $0 == "\u{FEFF}" }
            let indent = raw.count - line.drop(while: \.isWhitespace).count
            line = line.drop(while: \.isWhitespace)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var start: Double?
            var column = indent + 1
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]"),
                    let seconds = TranscriptTimestamp.parse(line[line.index(after: line.startIndex)..<close])
                else {
                    result.diagnostics.append(
                        error(
                            path, number, column, "malformed timestamp; write [hh:mm:ss] or [mm:ss]",
                            "transcript-timestamp"))
                    continue
                }
                if let previousStart, seconds < previousStart {
                    result.diagnostics.append(
                        error(
                            path, number, column,
                            "timestamp \(TranscriptTimestamp.format(seconds)) is earlier than the previous turn's "
                                + TranscriptTimestamp.format(previousStart),
                            "transcript-overlap"))
                }
                start = seconds
                previousStart = seconds
                let after = line[line.index(after: close)...]
                column += line.count - after.drop(while: \.isWhitespace).count
                line = after.drop(while: \.isWhitespace)
            }
            guard let turn = speakerTurn(line) else {
                result.diagnostics.append(
                    error(
                        path, number, column,
                        "line has no speaker; write 'SPEAKER: text' (e.g. 'P3: …' or 'MOD: …')",
                        "transcript-no-speaker"))
                continue
            }
            var parsed = turn
            parsed.start = start
            parsed.line = number
            result.turns.append(parsed)
        }
        return result
    }

    private static func parseCues(_ lines: [Substring], path: String, vtt: Bool) -> Result {
        var result = Result(turns: [], diagnostics: [])
        var index = 0
        var previousEnd: Double?
        if vtt {
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
            let header = index < lines.count ? lines[index].drop { $0 == "\u{FEFF}" } : ""
            guard header.hasPrefix("WEBVTT") else {
                result.diagnostics.append(
                    error(path, index + 1, 1, "a WebVTT file must start with 'WEBVTT'", "transcript-vtt-header"))
                return result
            }
            index += 1
        }
        while index < lines.count {
            // Skip blank lines, NOTE/STYLE blocks and cue identifiers up to the timing line.
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.isEmpty { index += 1; continue }
            if vtt, line.hasPrefix("NOTE") || line.hasPrefix("STYLE") || line.hasPrefix("REGION") {
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
                continue
            }
            guard line.contains("-->") else {
                if index + 1 < lines.count, lines[index + 1].contains("-->") { index += 1; continue }
                result.diagnostics.append(
                    error(path, index + 1, 1, "expected a cue timing line 'start --> end'", "transcript-cue"))
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
                continue
            }
            let timingLine = index + 1
            let parts = line.components(separatedBy: "-->")
            let startText = parts[0].trimmingCharacters(in: .whitespaces)
            let endText =
                parts.count > 1
                ? String(parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") : ""
            let start = TranscriptTimestamp.parse(Substring(startText))
            let end = TranscriptTimestamp.parse(Substring(endText))
            index += 1
            var textLines: [(Substring, Int)] = []
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                textLines.append((lines[index], index + 1))
                index += 1
            }
            guard let start, let end, end >= start else {
                result.diagnostics.append(
                    error(path, timingLine, 1, "malformed cue timing '\(line)'", "transcript-timestamp"))
                continue
            }
            if let previousEnd, start < previousEnd {
                result.diagnostics.append(
                    error(
                        path, timingLine, 1,
                        "cue starts at \(TranscriptTimestamp.format(start)), before the previous cue ends at "
                            + TranscriptTimestamp.format(previousEnd),
                        "transcript-overlap"))
            }
            previousEnd = max(previousEnd ?? end, end)
            guard let first = textLines.first else {
                result.diagnostics.append(error(path, timingLine, 1, "cue has no text", "transcript-cue"))
                continue
            }
            let text = textLines.map { String($0.0) }.joined(separator: " ")
            var turn: TranscriptTurn?
            if vtt, let voice = voiceTagTurn(text) {
                turn = voice
            } else {
                turn = speakerTurn(Substring(text))
            }
            guard var parsed = turn else {
                result.diagnostics.append(
                    error(
                        path, first.1, 1,
                        "cue has no speaker; start the text with 'SPEAKER:'\(vtt ? " or a <v SPEAKER> tag" : "")",
                        "transcript-no-speaker"))
                continue
            }
            parsed.start = start
            parsed.end = end
            parsed.line = first.1
            result.turns.append(parsed)
        }
        return result
    }

    /// `SPEAKER: text` with markers; nil when there is no speaker label.
    static func speakerTurn(_ line: Substring) -> TranscriptTurn? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let speaker = line[..<colon].trimmingCharacters(in: .whitespaces)
        guard !speaker.isEmpty, speaker.count <= 40, !speaker.contains("  "),
            speaker.allSatisfy({ $0.isLetter || $0.isNumber || " _-.".contains($0) })
        else { return nil }
        return TurnText.turn(speaker: speaker, text: line[line.index(after: colon)...])
    }

    /// `<v Speaker>text</v>` (WebVTT voice span).
    static func voiceTagTurn(_ text: String) -> TranscriptTurn? {
        guard text.hasPrefix("<v"), let close = text.firstIndex(of: ">") else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close]
            .trimmingCharacters(in: .whitespaces)
            .split(separator: " ").filter { !$0.hasPrefix(".") }.joined(separator: " ")
        guard !name.isEmpty else { return nil }
        let body = text[text.index(after: close)...].replacingOccurrences(of: "</v>", with: "")
        return TurnText.turn(speaker: name, text: Substring(body))
    }

    private static func error(
        _ path: String, _ line: Int, _ column: Int, _ message: String, _ code: String
    )
        -> Diagnostic
    {
        Diagnostic(.error, code: code, message, at: SourceLocation(file: path, line: line, column: column))
    }
}
