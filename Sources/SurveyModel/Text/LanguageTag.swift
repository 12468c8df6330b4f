/// BCP 47 language tags as voc compares them.
public enum LanguageTag {
    /// The primary language subtag, lower-cased: `zh` for `zh-CN`, `ZH` and `zh`; `en` for `en-US`.
    public static func primary(_ tag: String) -> String {
        let lower = tag.lowercased()
        return lower.split(separator: "-").first.map(String.init) ?? lower
    }
}
