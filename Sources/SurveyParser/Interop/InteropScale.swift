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

    /// The kind of a range of whole numbers from `start` to `end` in steps of `step` (an XLSForm `range`, an
    /// XForms `<range>`): NPS for 0-10 in steps of 1, otherwise a rating scale of its bounds, a step other than 1
    /// reported at `location` as dropped.
    static func range(
        start: Int, end: Int, step: Int, at location: String, report: inout ConversionReport
    ) -> WhatKind {
        if start == 0, end == 10, step == 1 { return .nps(labels: NPSLabels()) }
        if step != 1 {
            report.add(
                location, "range step \(step)",
                "dropped; every whole number from \(min(start, end)) to \(max(start, end)) is a point")
        }
        return .rating(scale: RatingScale(min: min(start, end), max: max(start, end)))
    }
}
