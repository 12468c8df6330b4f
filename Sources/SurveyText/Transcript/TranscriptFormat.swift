/// The transcript formats `voc focus import` reads.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    /// One turn per line: `SPEAKER: text`, optionally preceded by `[hh:mm:ss]` or `[mm:ss]`; `#` starts a comment.
    case plain
    /// WebVTT cues; the speaker from a `<v Speaker>` voice tag or a `Speaker:` prefix in the cue text.
    case webVTT = "vtt"
    /// SubRip cues; the speaker from a `Speaker:` prefix in the cue text.
    case srt

    /// The format for a file name's extension (`.vtt`, `.srt`, anything else is plain text).
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".vtt") {
            self = .webVTT
        } else if lower.hasSuffix(".srt") {
            self = .srt
        } else {
            self = .plain
        }
    }
}
