/// The state of one `SAVReader.read`, reached from ReadStat's callbacks through an opaque pointer: the dictionary
/// being read, the current case, and the caller's handlers.
final class SAVParseContext {
    var dictionary = SAVDictionary()
    /// ReadStat's error messages, in order.
    var messages: [String] = []
    /// Complete cases handed to `onRow`.
    private(set) var casesRead = 0
    /// Whether the dictionary was handed to `onDictionary`.
    private(set) var delivered = false
    /// Whether a handler asked to stop.
    private(set) var stopped = false
    private var row: [SAVReader.Value] = []
    private let onDictionary: (SAVDictionary) -> Bool
    private let onRow: (Int, [SAVReader.Value]) -> Bool

    init(onDictionary: @escaping (SAVDictionary) -> Bool, onRow: @escaping (Int, [SAVReader.Value]) -> Bool) {
        self.onDictionary = onDictionary
        self.onRow = onRow
    }

    /// The context behind a callback's pointer (passed unretained; the context outlives the parse).
    static func from(_ pointer: UnsafeMutableRawPointer) -> SAVParseContext {
        Unmanaged<SAVParseContext>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Takes one value of case `caseIndex` (0-based); hands the dictionary over before the first value and each case
    /// when its last variable arrives. False when a handler asked to stop.
    func take(caseIndex: Int, variable: Int, value: SAVReader.Value) -> Bool {
        if !delivered, !deliver() { return false }
        guard row.indices.contains(variable) else { return true }
        row[variable] = value
        if variable == row.count - 1 {
            casesRead += 1
            if !onRow(casesRead, row) {
                stopped = true
                return false
            }
        }
        return true
    }

    /// Hands the dictionary over if no case did; false when the handler asked to stop.
    func finish() -> Bool {
        delivered || deliver()
    }

    private func deliver() -> Bool {
        delivered = true
        row = Array(repeating: .empty, count: dictionary.variables.count)
        if !onDictionary(dictionary) { stopped = true }
        return !stopped
    }
}
