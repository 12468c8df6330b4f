import SurveyModel

/// The segment of each complete, resolved from `--by NAME`: a survey segment (members vs. everyone else), a
/// respondent attribute (one segment per value, sorted) or a single-choice question (one per option, in
/// option order). Respondents without a value belong to no segment.
struct ReportSegmentation {
    var name: String
    var label: String
    var levels: [String]
    /// Segment index per complete (nil = no segment).
    var membership: [Int?]

    /// - Throws: `ExportError` (`unknown-segment`) listing the segments, attributes and questions that exist.
    init(name: String, survey: Survey, completes: [Response], respondents: [String: Respondent])
        throws(ExportError)
    {
        self.name = name
        let attributes = completes.map { respondents[$0.respondentID]?.attributes ?? [:] }
        if let segment = survey.segments.first(where: { $0.id == name }) {
            label = segment.label.text
            levels = [segment.label.text, "Others"]
            membership = zip(completes, attributes).map { response, attributes in
                let inside = SegmentEvaluator(survey: survey, response: response, attributes: attributes)
                    .isMember(segment)
                return inside ? 0 : 1
            }
        } else if let attribute = survey.attributes.first(where: { $0.id == name }) {
            label = attribute.label?.text ?? attribute.id
            let values = attributes.map { $0[name].flatMap { $0.isEmpty ? nil : $0 } }
            levels = Array(Set(values.compactMap { $0 })).sorted()
            let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
            membership = values.map { $0.flatMap { index[$0] } }
        } else if let question = survey.whatQuestion(name), case .singleChoice(let source) = question.kind {
            label = question.text.text
            let options = survey.options(source)
            levels = options.map(\.label.text)
            let index = Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.code, $0) })
            membership = completes.map { response in
                if case .code(let code) = response.answers[name] { index[code] } else { nil }
            }
        } else {
            let known =
                survey.segments.map(\.id) + survey.attributes.map(\.id)
                + survey.whatQuestions.filter { if case .singleChoice = $0.kind { true } else { false } }.map(\.id)
            throw ExportError(
                code: "unknown-segment",
                "unknown segment '\(name)'; segments, attributes and single-choice questions of survey "
                    + "\(survey.id): \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
    }
}

/// Evaluates survey segments and expressions for one response: references resolve to answers, respondent
/// attributes (typed by the survey's attribute definitions), or other segments.
struct SegmentEvaluator {
    let survey: Survey
    let response: Response
    let attributes: [String: String]

    func isMember(_ segment: Segment, depth: Int = 0) -> Bool {
        ExpressionEvaluator.evaluate(segment.when) { reference in value(of: reference, depth: depth) }.isTrue
    }

    private func value(of reference: Reference, depth: Int) -> Value {
        if let answer = response.answers[reference.id] { return answer.expressionValue }
        if let attribute = survey.attributes.first(where: { $0.id == reference.id }) {
            guard let text = attributes[reference.id], !text.isEmpty else { return .null }
            switch attribute.type {
            case .number: return Double(text).map(Value.number) ?? .null
            case .bool: return RawCells.booleanCode(text).map { .bool($0 == "1") } ?? .null
            case .text, .date: return .string(text)
            }
        }
        if depth < 8, let segment = survey.segments.first(where: { $0.id == reference.id }) {
            return .bool(isMember(segment, depth: depth + 1))
        }
        return .null
    }
}
