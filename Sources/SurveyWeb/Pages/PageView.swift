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
        var question: [String: Any] = [
            "text": prompt.text, "help": prompt.help ?? "", "required": prompt.required,
            "problem": step.problem ?? "", "warning": step.warning ?? "",
            "describedBy": describedBy(step), "invalid": step.problem != nil,
        ]
        question.merge(PageControls(fields: step.fields, strings: strings).context(for: prompt)) { $1 }
        context["question"] = question.withoutEmptyTexts()
        return context.withoutEmptyTexts()
    }

    private func describedBy(_ step: WebStep) -> String {
        var ids: [String] = []
        if step.prompt.help != nil { ids.append("help") }
        if step.problem != nil { ids.append("problem") }
        if step.warning != nil { ids.append("warning") }
        return ids.joined(separator: " ")
    }
}
