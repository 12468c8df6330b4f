import SurveyModel

/// Finds piping references (`{id}`, `{id.part}`, `${id}`) in texts shown to respondents.
///
/// A `{` followed by a letter or `_` starts a reference, which runs to the next `}`; any other `{` is literal
/// text. A reference without its closing `}` is reported as unterminated.
enum PipingScanner {
    struct Found {
        /// The reference, or nil when it is unterminated.
        var reference: Reference?
        /// The character offset of `{` (or `$`) in the text.
        var offset: Int
    }

    static func scan(_ text: String) -> [Found] {
        guard text.contains("{") else { return [] }
        let characters = Array(text)
        var result: [Found] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1] == "_"
            else {
                index += 1
                continue
            }
            let start = index > 0 && characters[index - 1] == "$" ? index - 1 : index
            var end = index + 1
            while end < characters.count,
                characters[end].isLetter || characters[end].isNumber || "_-.".contains(characters[end])
            {
                end += 1
            }
            if end == characters.count {
                result.append(Found(reference: nil, offset: start))
                break
            }
            if characters[end] == "}" {
                let body = String(characters[(index + 1)..<end])
                let parts = body.split(separator: ".", maxSplits: 1)
                if let id = parts.first {
                    result.append(
                        Found(reference: Reference(id: String(id), part: parts.count > 1 ? String(parts[1]) : nil),
                            offset: start))
                }
            }
            index = end
        }
        return result
    }
}
