/// One Kano feature: asked as "if it is present" (functional) and "if it is absent" (dysfunctional).
///
/// Answers to both use the standard five codes: 1 like, 2 expect (must-be), 3 neutral, 4 live with, 5 dislike.
public struct KanoFeature: Sendable, Hashable {
    public var code: String
    public var label: LocalizedText
    public var functional: LocalizedText
    public var dysfunctional: LocalizedText

    public init(code: String, label: LocalizedText, functional: LocalizedText, dysfunctional: LocalizedText) {
        self.code = code
        self.label = label
        self.functional = functional
        self.dysfunctional = dysfunctional
    }

    /// The five standard Kano answers, codes 1–5 in this order.
    public static let answers: [LocalizedText] = [
        "I like it that way", "I expect it to be that way", "I am neutral", "I can live with it that way",
        "I dislike it that way",
    ]
}
