import SurveyModel

/// The segment of each complete, resolved from `--by NAME`: a survey segment (members vs. everyone else), a
/// computed variable or a respondent attribute (one segment per value, sorted), or a single-choice question (one
/// per option, in option order). Respondents without a value belong to no segment. Values are resolved with
/// `ResponseValues`, exactly as in interviews and in `voc needs`.
struct ReportSegmentation {
    var name: String
    var label: String
    var levels: [String]
    /// Segment index per complete (nil = no segment).
    var membership: [Int?]

    /// - Throws: `ExportError` (`unknown-segment`) listing the segments, attributes and questions that exist.
    init(
        name: String, survey: Survey, completes: [Response], respondents: [String: Respondent]
    )
        throws(ExportError)
    {
        self.name = name
        let attributes = completes.map { respondents[$0.respondentID]?.attributes ?? [:] }
        let lookup = ResponseValues.Lookup(survey: survey)
        if let segment = survey.segments.first(where: { $0.id == name }) {
            label = segment.label.text
            levels = [segment.label.text, "Others"]
            membership = zip(completes, attributes).map { response, attributes in
                let values = ResponseValues(lookup: lookup, answers: response.answers, attributes: attributes)
                return values.evaluate(segment.when).isTrue ? 0 : 1
            }
        } else if survey.computed.contains(where: { $0.id == name }) {
            label = name
            let values = zip(completes, attributes).map { response, attributes -> String? in
                let value = ResponseValues(lookup: lookup, answers: response.answers, attributes: attributes)
                    .value(of: name)
                return value.isNull ? nil : value.description
            }
            levels = Array(Set(values.compactMap { $0 })).sorted()
            let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
            membership = values.map { $0.flatMap { index[$0] } }
        } else if let attribute = survey.attributes.first(where: { $0.id == name }) {
            label = attribute.label?.text ?? attribute.id
            let values = attributes.map { $0[name].flatMap { $0.isEmpty ? nil : $0 } }
            levels = Array(Set(values.compactMap { $0 })).sorted()
            let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
            membership = values.map { $0.flatMap { index[$0] } }
        } else if let question = survey.whatQuestion(name), case .singleChoice(let source) = question.kind {
            label = PipedText.readable(question.text.text)
            let options = survey.options(source)
            levels = options.map(\.label.text)
            let index = Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.code, $0) })
            membership = completes.map { response in
                if case .code(let code) = response.answers[name] { index[code] } else { nil }
            }
        } else {
            let known =
                survey.segments.map(\.id) + survey.computed.map(\.id) + survey.attributes.map(\.id)
                + survey.whatQuestions.filter { if case .singleChoice = $0.kind { true } else { false } }.map(\.id)
            throw ExportError(
                code: "unknown-segment",
                "unknown segment '\(name)'; segments, computed variables, attributes and single-choice questions of survey "
                    + "\(survey.id): \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
    }
}
