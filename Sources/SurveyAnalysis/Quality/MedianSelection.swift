import SurveyStatistics

/// The median by selection (`OrderSelection`) rather than sorting a million durations. The result equals the
/// sorted array's middle value (the mean of the two middle values for an even count).
enum MedianSelection {
    /// The median of `values`, which must not hold NaN; NaN for no values.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        var values = values
        let middle = values.count / 2
        let upper = OrderSelection.select(&values, middle)
        guard values.count % 2 == 0 else { return upper }
        // After selection, everything before `middle` is at most `upper`: the lower middle value is their largest.
        return (values[..<middle].max()! + upper) / 2
    }
}
