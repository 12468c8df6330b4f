/// Code frequencies, co-occurrence and top quotes of coded open texts (why answers, transcript turns).
///
/// Counting unit is the person (respondent or participant): a code counts once per person however often they
/// said it (Krueger & Casey's rule against talkative participants dominating). For segment g and code c,
///
///     share(c, g) = Σ_{p ∈ g, c ∈ codes(p)} w_p / Σ_{p ∈ g} w_p
///
/// over persons p of segment g with at least one coded text, w_p being the person's weight (1 when unweighted).
/// Co-occurrence counts, for each pair of codes, the texts coded with both and the persons who used both.
/// Quotes: per code and segment, texts marked as quotes first, then the rest, each in input order.
public struct ThemeAnalysis: Sendable {
    /// One coded text.
    public struct Item: Sendable, Hashable {
        public var person: String
        public var segment: String?
        public var weight: Double
        public var codes: Set<String>
        public var text: String
        public var speaker: String
        public var isQuote: Bool

        public init(
            person: String, segment: String?, weight: Double, codes: Set<String>, text: String, speaker: String,
            isQuote: Bool
        ) {
            self.person = person
            self.segment = segment
            self.weight = weight
            self.codes = codes
            self.text = text
            self.speaker = speaker
            self.isQuote = isQuote
        }
    }

    /// A code's frequency in one segment.
    public struct Frequency: Sendable, Hashable {
        public var code: String
        public var segment: String
        /// Persons who used the code (unweighted).
        public var persons: Int
        /// Their summed weights.
        public var weighted: Double
        /// `weighted` over the segment's total weight.
        public var share: Double
    }

    /// Two codes used together.
    public struct Pair: Sendable, Hashable {
        public var first: String
        public var second: String
        public var texts: Int
        public var persons: Int
    }

    /// The segment label of everyone.
    public static let allSegment = "all"

    public var segments: [String]
    /// Persons and total weight per segment.
    public var segmentSizes: [String: (persons: Int, weight: Double)]
    public var frequencies: [Frequency]
    public var pairs: [Pair]
    /// Quotes by code, then segment (at most `quotesPerCell` each).
    public var quotes: [String: [String: [Item]]]

    /// Analyses `items` for `codes` (report order).
    /// - Parameter quotesPerCell: the number of quotes kept per code and segment (default 3).
    public init(items: [Item], codes: [String], quotesPerCell: Int = 3) {
        var personCodes: [String: Set<String>] = [:]
        var personSegment: [String: String?] = [:]
        var personWeight: [String: Double] = [:]
        var personOrder: [String] = []
        for item in items where !item.codes.isEmpty {
            if personCodes[item.person] == nil { personOrder.append(item.person) }
            personCodes[item.person, default: []].formUnion(item.codes)
            personSegment[item.person] = item.segment
            personWeight[item.person] = item.weight
        }
        let named = Set(personSegment.values.compactMap { $0 }).sorted()
        segments = [Self.allSegment] + named
        func members(_ segment: String) -> [String] {
            segment == Self.allSegment ? personOrder : personOrder.filter { personSegment[$0] == segment }
        }
        var sizes: [String: (persons: Int, weight: Double)] = [:]
        var frequencies: [Frequency] = []
        for segment in segments {
            let people = members(segment)
            let total = people.reduce(0) { $0 + (personWeight[$1] ?? 0) }
            sizes[segment] = (people.count, total)
            for code in codes {
                let users = people.filter { personCodes[$0]?.contains(code) == true }
                let weighted = users.reduce(0) { $0 + (personWeight[$1] ?? 0) }
                frequencies.append(
                    Frequency(
                        code: code, segment: segment, persons: users.count, weighted: weighted,
                        share: total > 0 ? weighted / total : 0))
            }
        }
        segmentSizes = sizes
        self.frequencies = frequencies
        // Pairs in one pass over texts and one over persons (each holds few codes).
        let position = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var textPairs: [Int: Int] = [:]
        var personPairs: [Int: Int] = [:]
        func countPairs(_ set: Set<String>, into counts: inout [Int: Int]) {
            let indices = set.compactMap { position[$0] }.sorted()
            for (i, a) in indices.enumerated() {
                for b in indices[(i + 1)...] { counts[a * codes.count + b, default: 0] += 1 }
            }
        }
        for item in items { countPairs(item.codes, into: &textPairs) }
        for person in personOrder { countPairs(personCodes[person] ?? [], into: &personPairs) }
        self.pairs = Set(textPairs.keys).union(personPairs.keys).sorted().map { key in
            Pair(
                first: codes[key / codes.count], second: codes[key % codes.count], texts: textPairs[key] ?? 0,
                persons: personPairs[key] ?? 0)
        }
        // Quotes in one pass: marked quotes first, then the rest, each in input order.
        var quotes: [String: [String: [Item]]] = [:]
        for item in items.filter(\.isQuote) + items.filter({ !$0.isQuote }) {
            for code in item.codes where position[code] != nil {
                for segment in [Self.allSegment] + (item.segment.map { [$0] } ?? [])
                where quotes[code]?[segment]?.count ?? 0 < quotesPerCell {
                    quotes[code, default: [:]][segment, default: []].append(item)
                }
            }
        }
        self.quotes = quotes
    }

    /// The frequency of `code` in `segment`.
    public func frequency(_ code: String, segment: String = allSegment) -> Frequency? {
        frequencies.first { $0.code == code && $0.segment == segment }
    }
}
