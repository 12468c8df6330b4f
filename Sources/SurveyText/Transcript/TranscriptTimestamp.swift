import Foundation

/// Parses and formats transcript timestamps.
enum TranscriptTimestamp {
    /// Parses `hh:mm:ss`, `mm:ss`, with an optional fraction after `.` or `,` (`00:01:02.500`, `00:01:02,500`).
    /// Returns seconds, or nil when malformed (minutes and seconds must be below 60).
    static func parse(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var seconds = 0.0
        for (index, part) in parts.enumerated() {
            let normalized = part.replacingOccurrences(of: ",", with: ".")
            let isLast = index == parts.count - 1
            guard !normalized.isEmpty, normalized.allSatisfy({ $0.isASCII && ($0.isNumber || (isLast && $0 == ".")) }),
                let value = Double(normalized)
            else { return nil }
            if index > 0 && value >= 60 { return nil }
            seconds = seconds * 60 + value
        }
        return seconds
    }

    /// Formats seconds as `hh:mm:ss` (with milliseconds when not whole).
    static func format(_ seconds: Double) -> String {
        let whole = Int(seconds)
        let millis = Int(((seconds - Double(whole)) * 1000).rounded())
        let base = String(format: "%02d:%02d:%02d", whole / 3600, (whole / 60) % 60, whole % 60)
        return millis == 0 ? base : base + String(format: ".%03d", millis)
    }
}
