import SurveyModel

/// A text that is hashed once, where it is made (the examiners, in parallel), and then compared by its UTF-8
/// bytes: the run's tables of shared open answers and contacts look texts up millions of times, and hashing a
/// `String` (Unicode-normalised for non-ASCII text) on every lookup costs more than the rest of the lookup.
struct HashedText: Hashable, Sendable {
    let text: String
    /// FNV-1a over the text's UTF-8 bytes.
    let fingerprint: UInt64

    init(_ text: String) {
        self.text = text
        fingerprint = FNV1a.hash(text.utf8)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// Equal texts have equal bytes (texts are compared as written, without Unicode normalisation).
    static func == (lhs: HashedText, rhs: HashedText) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}
