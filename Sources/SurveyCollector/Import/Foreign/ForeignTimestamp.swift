import Foundation
import SurveyText

/// Reads the times of other tools' exports: `YYYY-MM-DD HH:MM[:SS[.fff]]` or the same with `T`, optionally ending
/// in `Z` or an offset `+HH:MM` / `+HHMM` / `+HH` (ISO 8601, as ODK and KoboToolbox write them). A time without a
/// zone is read in `zone` (Qualtrics names it in its third header row; LimeSurvey and `_submission_time` are read
/// as UTC). The result is voc's UTC timestamp text (`Timestamp.format`).
enum ForeignTimestamp {
    /// The UTC timestamp text of `text`, or nil when it is not a time of the forms above.
    static func utc(_ text: String, zone: TimeZone) -> String? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard scalars.count >= 16 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[start..<(start + count)] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0, 4), scalars[4] == 0x2D, let month = digits(5, 2), scalars[7] == 0x2D,
            let day = digits(8, 2), scalars[10] == 0x20 || scalars[10] == 0x54, let hour = digits(11, 2),
            scalars[13] == 0x3A, let minute = digits(14, 2), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60
        else { return nil }
        var position = 16
        var second = 0.0
        if position < scalars.count, scalars[position] == 0x3A {
            guard let whole = digits(17, 2), whole < 61 else { return nil }
            second = Double(whole)
            position = 19
            if position < scalars.count, scalars[position] == 0x2E {
                var end = position + 1
                while end < scalars.count, scalars[end] >= 48 && scalars[end] <= 57 { end += 1 }
                guard end > position + 1,
                    let fraction = Double("0" + String(decoding: scalars[position..<end], as: UTF8.self))
                else { return nil }
                second += fraction
                position = end
            }
        }
        var offset: Int?
        if position < scalars.count {
            let sign = scalars[position]
            if sign == 0x5A, position + 1 == scalars.count {
                offset = 0
            } else if sign == 0x2B || sign == 0x2D {
                let rest = scalars[(position + 1)...].filter { $0 != 0x3A }
                guard rest.count == 2 || rest.count == 4,
                    let hours = Int(String(decoding: rest.prefix(2), as: UTF8.self)),
                    let minutes = rest.count == 4 ? Int(String(decoding: rest.suffix(2), as: UTF8.self)) : 0
                else { return nil }
                offset = (sign == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
            } else {
                return nil
            }
        }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else {
            return nil
        }
        return Timestamp.format(date.addingTimeInterval(second))
    }

    /// The date part `YYYY-MM-DD` of a date answer written with a time (`2024-03-01 00:00:00`, as LimeSurvey
    /// exports dates); other text as it is.
    static func datePart(_ text: String) -> String {
        guard text.count > 10 else { return text }
        let separator = text[text.index(text.startIndex, offsetBy: 10)]
        guard separator == " " || separator == "T" else { return text }
        return String(text.prefix(10))
    }
}
