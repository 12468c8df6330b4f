import Foundation

/// Question texts with piping placeholders made readable for reports.
///
/// A survey text can pipe earlier answers or attributes into itself (`How would you rate {main_bank}'s app?`,
/// `Why is "{answer}" important?`). A report describes every respondent at once, so there is no single value to put
/// in; the placeholder is shown as `[main_bank]` instead of raw braces. `{{` and `}}` (literal braces) are kept as
/// single braces.
enum PipedText {
    static func readable(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if (character == "{" || character == "}"), next < text.endIndex, text[next] == character {
                result.append(character)
                index = text.index(after: next)
            } else if character == "{", let close = text[next...].firstIndex(of: "}"),
                !text[next..<close].isEmpty, !text[next..<close].contains("{")
            {
                result += "[" + text[next..<close].trimmingCharacters(in: .whitespaces) + "]"
                index = text.index(after: close)
            } else {
                result.append(character)
                index = next
            }
        }
        return result
    }
}
