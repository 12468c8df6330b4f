import SurveyModel

/// A name that expressions can reference, with its expression type.
struct Symbol {
    enum Kind {
        case question(WhatQuestion)
        case computed(ComputedVariable)
        case segment(Segment)
        case attribute(AttributeDefinition)
    }

    var kind: Kind
    /// The path of its declaration in the source map.
    var path: String
    /// For questions: the position in document order.
    var order: Int?

    var description: String {
        switch kind {
        case .question(let question): "\(question.kind.keyword) question '\(question.id)'"
        case .computed(let variable): "computed variable '\(variable.id)'"
        case .segment(let segment): "segment '\(segment.id)'"
        case .attribute(let attribute): "attribute '\(attribute.id)'"
        }
    }
}
