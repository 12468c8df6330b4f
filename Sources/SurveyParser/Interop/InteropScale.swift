import SurveyModel

/// Rating scales made of another tool's options (a choice list, matrix columns, SurveyJS `rateValues`).
enum InteropScale {
    /// The scale `options` make when their codes are consecutive whole numbers (at least two), labelled by the
    /// options in ascending order; nil otherwise.
    static func consecutive(_ options: [ChoiceOption]) -> RatingScale? {
        let values = options.compactMap { Int($0.code) }
        guard values.count == options.count, values.count >= 2, let low = values.min(), let high = values.max(),
            high - low + 1 == values.count
        else { return nil }
        let labels = zip(values, options).map { ScaleLabel(value: $0.0, text: $0.1.label) }
        return RatingScale(min: low, max: high, labels: labels.sorted { $0.value < $1.value })
    }
}
