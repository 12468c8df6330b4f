/// One MaxDiff choice task answered by one respondent: the items shown and the ones picked best and worst.
public struct MaxDiffTask: Sendable, Equatable, Hashable {
    /// 0-based item indices shown in the set.
    public var shown: [Int]
    /// The item chosen as best (must be in `shown`).
    public var best: Int
    /// The item chosen as worst (must be in `shown`, different from `best`).
    public var worst: Int

    /// Checks the task against `items` and names the respondent and task (1-based) on failure.
    func validate(items: Int, respondent: Int, task: Int) throws {
        let place = "respondent \(respondent + 1), task \(task + 1)"
        guard shown.allSatisfy({ $0 >= 0 && $0 < items }) else {
            throw StatisticsError.invalidArgument("MaxDiff \(place): shown item index out of range")
        }
        guard Set(shown).count == shown.count else {
            throw StatisticsError.invalidArgument("MaxDiff \(place): an item is shown twice")
        }
        guard shown.contains(best), shown.contains(worst) else {
            throw StatisticsError.invalidArgument("MaxDiff \(place): best or worst item was not shown")
        }
        guard best != worst else {
            throw StatisticsError.invalidArgument("MaxDiff \(place): best and worst are the same item")
        }
    }
}
