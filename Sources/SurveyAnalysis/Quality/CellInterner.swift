/// Numbers the distinct values of one closed item in the order they are first met (1, 2, ...; 0 stays "not
/// answered"), so that responses compare as vectors of small integers (`DuplicateFinder`). Numbers are keyed by
/// their bits (−0 as 0), texts by their characters; the two never share a code.
struct CellInterner {
    private var numbers: [UInt64: UInt32] = [:]
    private var texts: [String: UInt32] = [:]
    /// How many distinct values have a code.
    private(set) var count: UInt32 = 0

    /// The code of `cell`, given a new one when it is met for the first time.
    mutating func code(_ cell: QualityLayout.Cell) -> UInt32 {
        switch cell {
        case .number(let number):
            let key = number == 0 ? 0 : number.bitPattern
            if let known = numbers[key] { return known }
            count += 1
            numbers[key] = count
        case .text(let text):
            if let known = texts[text] { return known }
            count += 1
            texts[text] = count
        }
        return count
    }
}
