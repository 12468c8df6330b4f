extension RandomNumberGenerator {
    /// A uniform integer in `0..<bound` without modulo bias (Lemire 2019, "Fast random integer generation in an
    /// interval": the nearly-divisionless method with rejection; `bound` > 0). Written out here rather than using
    /// the standard library so sequences never change with Swift versions; every seeded generator draws with it.
    /// Inlinable so that it is specialised for each generator (permutation tests draw millions of times).
    @inlinable
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }
}

extension Array {
    /// The elements in a seeded random order (Fisher–Yates, Durstenfeld), reproducible from the generator's seed.
    @inlinable
    public func seededShuffled(using generator: inout some RandomNumberGenerator) -> [Element] {
        var result = self
        result.seededShuffle(using: &generator)
        return result
    }

    /// Shuffles the elements in place in the order `seededShuffled(using:)` gives (the same draws).
    @inlinable
    public mutating func seededShuffle(using generator: inout some RandomNumberGenerator) {
        var index = count - 1
        while index > 0 {
            let other = generator.nextInt(below: index + 1)
            swapAt(index, other)
            index -= 1
        }
    }

    /// Shuffles the elements for which `isAnchored` is false among their own positions; anchored elements keep
    /// their index (e.g. "none of these" stays last).
    public func seededShuffled(
        using generator: inout SplitMix64, keepingAnchored isAnchored: (Element) -> Bool
    )
        -> [Element]
    {
        let free = indices.filter { !isAnchored(self[$0]) }
        guard free.count > 1 else { return self }
        let moved = free.map { self[$0] }.seededShuffled(using: &generator)
        var result = self
        for (slot, element) in zip(free, moved) { result[slot] = element }
        return result
    }
}
