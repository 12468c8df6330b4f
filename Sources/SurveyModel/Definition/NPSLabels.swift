/// End labels for an NPS question (defaults in English).
public struct NPSLabels: Sendable, Hashable {
    public var low: LocalizedText
    public var high: LocalizedText

    public init(low: LocalizedText = "Not at all likely", high: LocalizedText = "Extremely likely") {
        self.low = low
        self.high = high
    }
}
