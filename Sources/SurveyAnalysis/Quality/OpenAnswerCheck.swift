import Foundation

/// Judges one open why answer without a dictionary, so that it works in every language the surveys use: what
/// counts is the shape of the text (letters, words, runs, keyboard patterns), never whether its words are English.
///
/// - Content words: Latin, Cyrillic, Greek and other space-separated scripts count one word per run of letters or
///   digits; CJK ideographs, kana and hangul count half a word each (a Chinese word is about two characters).
/// - Gibberish: no letters at all ("???", "。。。", "1111"), one character repeated for most of the text ("aaaa",
///   "啊啊啊啊"), a unit of two to four characters written three times or more ("hjklhjklhjkl", "sdfsdfsdf"),
///   or Latin keyboard mash making up at least half of its Latin letters. A token of five or more
///   letters is mash when it has no vowel (a e i o u y) or six consonants in a row ("sdfghj"), or when most of its
///   letter pairs are neighbouring keys on one QWERTY row ("asdfasdf", "qwerty"); "strengths" and "rhythm" are
///   not.
/// - A copy of the question: the normalised answer (at least 4 characters) is part of the question's text and
///   covers at least half of it.
public enum OpenAnswerCheck {
    /// The text reduced to what compares: Unicode-compatibility folded (NFKC), lower case, letters and digits only.
    ///
    /// Text whose every character is unchanged by NFKC case folding (ASCII, CJK ideographs, most scripts' lower
    /// case) or is a full-width ASCII form (U+FF01-U+FF5E, whose NFKC form is the ASCII character 0xFEE0 below:
    /// "，", "？", "Ａ") is filtered scalar by scalar without Foundation; anything else goes through the full folding.
    public static func normalized(_ text: String) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value < 0x80 {
                let byte = UInt8(value)
                if byte >= 0x41 && byte <= 0x5A {
                    kept.append(byte + 32)
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    kept.append(byte)
                }
            } else if isUnspaced(scalar) && !(0xF900...0xFAFF).contains(value) {
                UTF8.encode(scalar) { kept.append($0) }
            } else if scalar.properties.changesWhenNFKCCaseFolded {
                return fullyNormalized(text)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                UTF8.encode(scalar) { kept.append($0) }
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// `normalized` through Foundation's compatibility mapping and lower-casing.
    static func fullyNormalized(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }

    /// `text` without leading and trailing white space (Unicode `White_Space`).
    public static func trimmed(_ text: String) -> String {
        // Common case: ASCII at both ends that is not white space (tab to carriage return, space).
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
            first != 0x20, !(0x09...0x0D).contains(first), last != 0x20, !(0x09...0x0D).contains(last)
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Whether `scalar` is written without spaces between words (CJK ideographs, kana, hangul syllables).
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            true
        default: false
        }
    }

    /// The number of content words (see the type's documentation).
    public static func contentWords(_ text: String) -> Double {
        var words = 0.0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isWordCharacter =
                    (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                    || (value >= 0x61 && value <= 0x7A)
                if isWordCharacter && !inWord { words += 1 }
                inWord = isWordCharacter
            } else if isUnspaced(scalar) {
                words += 0.5
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return words
    }

    /// Why `text` is gibberish, or nil when it is not.
    public static func gibberish(_ text: String) -> String? {
        let trimmed = trimmed(text)
        return gibberish(trimmed: trimmed, normalized: normalized(trimmed))
    }

    /// `gibberish` of a text already `trimmed`, given its `normalized` form.
    static func gibberish(trimmed: String, normalized folded: String) -> String? {
        guard !trimmed.isEmpty else { return nil }
        let scalars = folded.unicodeScalars.map(\.value)
        let hasLetter = scalars.contains { value in
            value < 0x80
                ? value >= 0x61 : Unicode.Scalar(value).map { isUnspaced($0) || $0.properties.isAlphabetic } ?? false
        }
        if !hasLetter { return "no words" }
        if scalars.count >= 4 {
            var longest = 1
            var run = 1
            for index in 1..<scalars.count {
                run = scalars[index] == scalars[index - 1] ? run + 1 : 1
                longest = max(longest, run)
            }
            if longest >= 4 && Double(longest) >= 0.5 * Double(scalars.count) { return "a repeated character" }
            if hasAtMostTwoDistinct(scalars) { return "one or two characters repeated" }
            if scalars.count >= 6, let unit = (2...4).first(where: { Self.isRepetition(scalars, unit: $0) }) {
                return "a pattern of \(unit) characters repeated"
            }
        }
        var mashLetters = 0
        var latinLetters = 0
        forEachLatinToken(trimmed) { token in
            latinLetters += token.count
            if token.count >= 5 && (longestConsonantRun(token) >= 6 || rowNeighbourShare(token) >= 0.7) {
                mashLetters += token.count
            }
        }
        if mashLetters > 0 && Double(mashLetters) >= 0.5 * Double(latinLetters) { return "keyboard mash" }
        return nil
    }

    /// Whether `values` holds at most two different values.
    static func hasAtMostTwoDistinct(_ values: [UInt32]) -> Bool {
        guard let first = values.first else { return true }
        var second: UInt32?
        for value in values where value != first {
            if let second, value != second { return false }
            second = value
        }
        return true
    }

    /// Whether `scalars` is one unit of `unit` characters written at least three times over ("sdfsdfsdf").
    static func isRepetition(_ scalars: [UInt32], unit: Int) -> Bool {
        scalars.count >= 3 * unit && scalars.count % unit == 0
            && scalars.indices.allSatisfy { scalars[$0] == scalars[$0 % unit] }
    }

    /// Whether `answer` copies (part of) `question`.
    public static func copies(_ answer: String, question: String) -> Bool {
        copies(normalized: normalized(answer), question: normalized(question))
    }

    /// `copies` on texts already `normalized`: the answer's UTF-8 bytes occur in the question's.
    static func copies(normalized answer: String, question: String) -> Bool {
        copies(
            normalized: answer, length: answer.unicodeScalars.count, question: question,
            questionLength: question.unicodeScalars.count)
    }

    /// `copies(normalized:question:)` with both texts' lengths in Unicode scalars already counted (an answer is
    /// checked against every text of its probe).
    static func copies(normalized answer: String, length: Int, question: String, questionLength: Int) -> Bool {
        guard length >= 4, length <= questionLength, 2 * length >= questionLength else { return false }
        var answer = answer
        var question = question
        return answer.withUTF8 { needle in
            question.withUTF8 { haystack in
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count)
                where haystack[start] == needle[0]
                    && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
                {
                    return true
                }
                return false
            }
        }
    }

    /// Calls `body` with each run of ASCII letters in `text`, lower-cased (slices of one lower-cased copy of the
    /// text's bytes).
    static func forEachLatinToken(_ text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var text = text
        let lowered = text.withUTF8 { bytes in bytes.map { $0 | 0x20 } }
        var start = -1
        for (position, lower) in lowered.enumerated() {
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            if isLetter {
                if start < 0 { start = position }
            } else if start >= 0 {
                body(lowered[start..<position])
                start = -1
            }
        }
        if start >= 0 { body(lowered[start...]) }
    }

    /// The longest run of letters other than a, e, i, o, u, y; the whole token when it has no vowel.
    static func longestConsonantRun(_ token: ArraySlice<UInt8>) -> Int {
        var longest = 0
        var run = 0
        for letter in token {
            switch letter {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"):
                run = 0
            default: run += 1
            }
            longest = max(longest, run)
        }
        return longest == token.count ? Int.max : longest
    }

    /// The share of consecutive letter pairs that are neighbours (at most two keys apart) on the same QWERTY row.
    static func rowNeighbourShare(_ token: ArraySlice<UInt8>) -> Double {
        guard token.count >= 2 else { return 0 }
        var neighbours = 0
        var previous = keyPosition[Int(token[token.startIndex] &- 0x61)]
        for letter in token.dropFirst() {
            let position = keyPosition[Int(letter &- 0x61)]
            if position.row == previous.row && abs(position.column - previous.column) <= 2
                && position.column != previous.column
            {
                neighbours += 1
            }
            previous = position
        }
        return Double(neighbours) / Double(token.count - 1)
    }

    /// Row and column on a QWERTY keyboard of each lower-case letter a-z, in alphabetical order.
    static let keyPosition: [(row: Int, column: Int)] = {
        var positions = Array(repeating: (row: -1, column: 0), count: 26)
        for (row, keys) in ["qwertyuiop", "asdfghjkl", "zxcvbnm"].enumerated() {
            for (column, key) in keys.utf8.enumerated() { positions[Int(key - 0x61)] = (row, column) }
        }
        return positions
    }()
}
