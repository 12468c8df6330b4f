import SurveyModel

/// What the interview engine says when it refuses an answer or a move, in the interview's language: English, or
/// Chinese for a `zh` interview (other languages fall back to English, like the web pages' own words). The
/// terminal and the web show these texts as they are; the survey's own check messages come from the survey file.
/// Messages never repeat the answer's value (it may be personal data).
public enum EngineMessage: Sendable, Hashable {
    case dontKnowNotAllowed, refusedNotAllowed, specifyOther, chooseOneShown, chooseAmongShown, exclusiveCombined
    case chooseAtLeast(Int), chooseAtMost(Int), wholeNumberFrom(Int, Int), number, wholeNumber
    case numberAtLeast(String), numberAtMost(String), textAtMost(Int), answerRequired, textForm
    case date, dateOnOrAfter(String), dateOnOrBefore(String), rankDistinct, rankExactly(Int)
    case maxDiffAllSets(Int), maxDiffSetMismatch(Int), maxDiffBestWorst(Int), wrongKind(String)
    case everyRow(Int), rowWholeNumberFrom(Int, Int), finished, nothingToConfirm, notANote, notAProbe
    case notAQuestion, unknownStep, atFirstQuestion, unknownID, notReachable

    /// The text in `language` (nil or any language but Chinese: English).
    public func text(in language: String?) -> String {
        language.map(LanguageTag.primary) == "zh" ? chinese : english
    }

    var english: String {
        switch self {
        case .dontKnowNotAllowed: "don't know is not allowed here"
        case .refusedNotAllowed: "refused is not allowed here"
        case .specifyOther: "please specify the 'other' answer (e.g. 3:text)"
        case .chooseOneShown: "choose one of the options shown"
        case .chooseAmongShown: "choose among the options shown"
        case .exclusiveCombined: "an exclusive option cannot be combined with others"
        case .chooseAtLeast(let count): "choose at least \(count) option(s)"
        case .chooseAtMost(let count): "choose at most \(count) option(s)"
        case .wholeNumberFrom(let low, let high): "enter a whole number from \(low) to \(high)"
        case .number: "enter a number"
        case .wholeNumber: "enter a whole number"
        case .numberAtLeast(let bound): "the number must be at least \(bound)"
        case .numberAtMost(let bound): "the number must be at most \(bound)"
        case .textAtMost(let count): "the text must be at most \(count) characters"
        case .answerRequired: "an answer is required"
        case .textForm: "the text does not have the expected form"
        case .date: "enter a date as YYYY-MM-DD"
        case .dateOnOrAfter(let date): "the date must be on or after \(date)"
        case .dateOnOrBefore(let date): "the date must be on or before \(date)"
        case .rankDistinct: "rank distinct items among those shown"
        case .rankExactly(let count): "rank exactly \(count) item(s)"
        case .maxDiffAllSets(let count): "answer all \(count) MaxDiff sets"
        case .maxDiffSetMismatch(let set): "set \(set) does not match the items shown"
        case .maxDiffBestWorst(let set): "set \(set): choose a best and a different worst item from the set"
        case .wrongKind(let keyword): "this kind of answer does not fit a \(keyword) question"
        case .everyRow(let count): "answer every row (\(count) value(s))"
        case .rowWholeNumberFrom(let low, let high): "each value must be a whole number from \(low) to \(high)"
        case .finished: "the interview has finished"
        case .nothingToConfirm: "there is nothing to confirm"
        case .notANote: "this step is not a note"
        case .notAProbe: "this step is not a why probe"
        case .notAQuestion: "this step is not a question"
        case .unknownStep: "unknown step"
        case .atFirstQuestion: "already at the first question"
        case .unknownID: "no question, probe or note has this id"
        case .notReachable: "this question is not reachable yet (it is skipped or after an unanswered question)"
        }
    }

    var chinese: String {
        switch self {
        case .dontKnowNotAllowed: "此题不能选择“不知道”。"
        case .refusedNotAllowed: "此题不能选择“不愿回答”。"
        case .specifyOther: "请注明“其他”的具体内容。"
        case .chooseOneShown: "请从列出的选项中选择一项。"
        case .chooseAmongShown: "请在列出的选项中选择。"
        case .exclusiveCombined: "排他选项不能与其他选项同时选择。"
        case .chooseAtLeast(let count): "请至少选择 \(count) 项。"
        case .chooseAtMost(let count): "最多只能选择 \(count) 项。"
        case .wholeNumberFrom(let low, let high): "请输入 \(low) 到 \(high) 之间的整数。"
        case .number: "请输入数字。"
        case .wholeNumber: "请输入整数。"
        case .numberAtLeast(let bound): "数字不能小于 \(bound)。"
        case .numberAtMost(let bound): "数字不能大于 \(bound)。"
        case .textAtMost(let count): "文字不能超过 \(count) 个字符。"
        case .answerRequired: "此题必须回答。"
        case .textForm: "文字格式不符合要求。"
        case .date: "请按 YYYY-MM-DD 的格式输入日期。"
        case .dateOnOrAfter(let date): "日期不能早于 \(date)。"
        case .dateOnOrBefore(let date): "日期不能晚于 \(date)。"
        case .rankDistinct: "请对列出的不同项目排序。"
        case .rankExactly(let count): "请恰好排出 \(count) 项。"
        case .maxDiffAllSets(let count): "请回答全部 \(count) 组。"
        case .maxDiffSetMismatch(let set): "第 \(set) 组与显示的项目不符。"
        case .maxDiffBestWorst(let set): "第 \(set) 组：请选出一个最重要和一个不同的最不重要的项目。"
        case .wrongKind: "此类答案不适用于这道题。"
        case .everyRow(let count): "请回答每一行（共 \(count) 行）。"
        case .rowWholeNumberFrom(let low, let high): "每个值必须是 \(low) 到 \(high) 之间的整数。"
        case .finished: "访问已经结束。"
        case .nothingToConfirm: "没有需要确认的答案。"
        case .notANote: "这一步不是说明。"
        case .notAProbe: "这一步不是追问。"
        case .notAQuestion: "这一步不是问题。"
        case .unknownStep: "未知的步骤。"
        case .atFirstQuestion: "已经是第一题。"
        case .unknownID: "没有这个编号的问题、追问或说明。"
        case .notReachable: "这道题还不能回答（它被跳过，或前面还有未回答的题）。"
        }
    }
}
