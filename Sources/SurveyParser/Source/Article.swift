/// English indefinite articles for question-type keywords in messages ("a single question", "an nps question").
enum Article {
    /// `word` preceded by "a" or "an" (by its sound: "an nps", "an importance", "a multiple").
    static func indefinite(_ word: String) -> String {
        let lower = word.lowercased()
        let vowelSound = ["a", "e", "i", "o", "u"].contains(where: lower.hasPrefix) || lower == "nps"
        return (vowelSound ? "an " : "a ") + word
    }
}
