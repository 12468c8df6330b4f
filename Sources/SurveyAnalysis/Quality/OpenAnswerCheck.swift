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
    /// case) is filtered scalar by scalar without Foundation; anything else goes through the full folding.
    public static func normalized(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    kept.append(Unicode.Scalar(UInt8(value + 32)))
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    kept.append(scalar)
                }
            } else if isUnspaced(scalar) && !(0xF900...0xFAFF).contains(value) {
                kept.append(scalar)
            } else if scalar.properties.changesWhenNFKCCaseFolded {
                return fullyNormalized(text)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                kept.append(scalar)
            }
        }
        return String(kept)
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
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
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
        let hasLetter = folded.unicodeScalars.contains { scalar in
            scalar.value < 0x80 ? scalar.value >= 0x61 : isUnspaced(scalar) || scalar.properties.isAlphabetic
        }
        if !hasLetter { return "no words" }
        let scalars = Array(folded.unicodeScalars)
        if scalars.count >= 4 {
            var longest = 1
            var run = 1
            for index in 1..<scalars.count {
                run = scalars[index] == scalars[index - 1] ? run + 1 : 1
                longest = max(longest, run)
            }
            if longest >= 4 && Double(longest) >= 0.5 * Double(scalars.count) { return "a repeated character" }
            if Set(scalars).count <= 2 { return "one or two characters repeated" }
            if scalars.count >= 6, let unit = (2...4).first(where: { Self.isRepetition(scalars, unit: $0) }) {
                return "a pattern of \(unit) characters repeated"
            }
        }
        var mashLetters = 0
        var latinLetters = 0
        for token in latinTokens(trimmed) {
            latinLetters += token.count
            if token.count >= 5 && (longestConsonantRun(token) >= 6 || rowNeighbourShare(token) >= 0.7) {
                mashLetters += token.count
            }
        }
        if mashLetters > 0 && Double(mashLetters) >= 0.5 * Double(latinLetters) { return "keyboard mash" }
        return nil
    }

    /// Whether `scalars` is one unit of `unit` characters written at least three times over ("sdfsdfsdf").
    static func isRepetition(_ scalars: [Unicode.Scalar], unit: Int) -> Bool {
        scalars.count >= 3 * unit && scalars.count % unit == 0
            && scalars.indices.allSatisfy { scalars[$0] == scalars[$0 % unit] }
    }

    /// Whether `answer` copies (part of) `question`.
    public static func copies(_ answer: String, question: String) -> Bool {
        copies(normalized: normalized(answer), question: normalized(question))
    }

    /// `copies` on texts already `normalized`.
    static func copies(normalized answer: String, question: String) -> Bool {
        let length = answer.unicodeScalars.count
        let questionLength = question.unicodeScalars.count
        guard length >= 4, length <= questionLength, 2 * length >= questionLength else { return false }
        return question.utf8.firstRange(of: answer.utf8) != nil
    }

    /// Runs of ASCII letters, lower-cased.
    static func latinTokens(_ text: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                current.append(lower)
            } else if !current.isEmpty {
                tokens.append(current)
                current = []
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The longest run of letters other than a, e, i, o, u, y; the whole token when it has no vowel.
    static func longestConsonantRun(_ token: [UInt8]) -> Int {
        let vowels = Set("aeiouy".utf8)
        var longest = 0
        var run = 0
        for letter in token {
            run = vowels.contains(letter) ? 0 : run + 1
            longest = max(longest, run)
        }
        return longest == token.count ? Int.max : longest
    }

    /// The share of consecutive letter pairs that are neighbours (at most two keys apart) on the same QWERTY row.
    static func rowNeighbourShare(_ token: [UInt8]) -> Double {
        guard token.count >= 2 else { return 0 }
        var neighbours = 0
        for index in 1..<token.count {
            if let a = keyPosition[token[index - 1]], let b = keyPosition[token[index]], a.row == b.row,
                abs(a.column - b.column) <= 2, a.column != b.column
            {
                neighbours += 1
            }
        }
        return Double(neighbours) / Double(token.count - 1)
    }

    /// Row and column of each letter on a QWERTY keyboard.
    static let keyPosition: [UInt8: (row: Int, column: Int)] = {
        var positions: [UInt8: (row: Int, column: Int)] = [:]
        for (row, keys) in ["qwertyuiop", "asdfghjkl", "zxcvbnm"].enumerated() {
            for (column, key) in keys.utf8.enumerated() { positions[key] = (row, column) }
        }
        return positions
    }()
}
