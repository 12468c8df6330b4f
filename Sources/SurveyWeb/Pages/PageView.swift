import Foundation
import SurveyCollector
import SurveyModel

/// The Mustache context of a page: plain dictionaries, arrays, strings and booleans built from a `WebPage`.
/// Every text in it (survey texts, piped answers, what a respondent typed) is rendered with `{{ }}`, which
/// HTML-escapes it; the templates never use triple braces.
struct PageView {
    /// Where the page's form posts to (path and query, already percent-encoded).
    var action: String
    /// The CSRF value the form carries (the same as the `voc_csrf` cookie).
    var csrf: String

    /// The template and context of `page`.
    func render(_ page: WebPage) -> (template: String, context: [String: Any]) {
        switch page {
        case .step(let step):
            return ("page", stepContext(step))
        case .start(let survey, let language):
            var context = base(survey, language)
            context["intro"] = survey.description?.resolved(in: language)
            return ("start", context.withoutEmptyTexts())
        case .finished(let ending, let survey, let language):
            let key = ending == .completed ? "completed" : ending == .screenedOut ? "screenedOut" : "closed"
            return ("message", message(key, survey, language))
        case .needsInvitation(let survey, let language):
            return ("message", message("needsInvitation", survey, language))
        case .notFound:
            return ("message", message("notFound", nil, nil))
        }
    }

    /// The context of a message page (`key` names its title `KEYTitle` and text `KEY` in `WebStrings`).
    func message(_ key: String, _ survey: Survey?, _ language: String?) -> [String: Any] {
        var context = survey.map { base($0, language) } ?? ["lang": "en", "strings": WebStrings.english]
        let strings = context["strings"] as? [String: String] ?? WebStrings.english
        context["heading"] = strings[key + "Title"] ?? ""
        context["text"] = strings[key] ?? ""
        return context
    }

    private func base(_ survey: Survey, _ language: String?) -> [String: Any] {
        let lang = language ?? survey.defaultLanguage
        return [
            "lang": lang, "strings": WebStrings.table(for: lang), "surveyTitle": survey.title.resolved(in: language),
            "action": action, "csrf": csrf,
        ]
    }

    private func stepContext(_ step: WebStep) -> [String: Any] {
        var context = base(step.survey, step.language)
        let strings = context["strings"] as? [String: String] ?? WebStrings.english
        let prompt = step.prompt
        let total = max(prompt.total, prompt.number)
        context["progressText"] = (strings["progress"] ?? "")
            .replacingOccurrences(of: "%1", with: String(prompt.number))
            .replacingOccurrences(of: "%2", with: String(total))
        context["number"] = prompt.number
        context["total"] = total
        context["percent"] = total > 0 ? Int((Double(prompt.number - 1) / Double(total) * 100).rounded()) : 0
        context["step"] = prompt.position.description
        context["canGoBack"] = step.canGoBack
        context["sectionTitle"] = prompt.sectionTitle ?? ""
        let questions = step.items.map { item -> [String: Any] in
            // `p`: the prefix of the item's control names and ids on a section page (see `WebStep.prefix`).
            let prefix = step.prefix(of: item)
            var question: [String: Any] = [
                "p": prefix, "text": item.prompt.text, "help": item.prompt.help ?? "", "required": item.prompt.required,
                "problem": item.problem ?? "", "warning": item.warning ?? "",
                "describedBy": describedBy(item, prefix: prefix), "invalid": item.problem != nil,
            ]
            question.merge(PageControls(fields: item.fields, strings: strings).context(for: item.prompt)) { $1 }
            return question.withoutEmptyTexts()
        }
        // One question: an object; a section page: a list, which the same template section repeats.
        context["question"] = step.isSectionPage ? questions as Any : questions[0] as Any
        return context.withoutEmptyTexts()
    }

    /// The ids of the texts that describe `item`'s controls: its help, problem and warning.
    private func describedBy(_ item: WebStepItem, prefix: String) -> String {
        var ids: [String] = []
        if item.prompt.help != nil { ids.append(prefix + "help") }
        if item.problem != nil { ids.append(prefix + "problem") }
        if item.warning != nil { ids.append(prefix + "warning") }
        return ids.joined(separator: " ")
    }
}
