import SurveyModel

/// The words of the pages around the survey's own texts (buttons, progress, endings), in the languages voc
/// ships: English and Chinese. Other languages fall back to English; a restyled template may replace any of
/// them (they are in the page context as `strings.NAME`).
enum WebStrings {
    static func table(for language: String) -> [String: String] {
        LanguageTag.primary(language) == "zh" ? chinese : english
    }

    static let english: [String: String] = [
        "next": "Next", "back": "Back", "start": "Start the survey", "dontKnow": "Don't know",
        "refused": "Prefer not to say", "required": "required", "specify": "Please specify",
        "progress": "Question %1 of %2", "notRanked": "Not ranked", "rank": "Rank", "most": "Most important",
        "least": "Least important", "confirm": "Keep this answer", "functional": "If the product has this feature",
        "dysfunctional": "If the product does not have this feature", "set": "Set", "why": "Your answer",
        "problem": "Please correct this:", "warning": "Please check:",
        "startIntro": "Your answers are saved page by page; you can close this page and come back by the same link.",
        "completedTitle": "Thank you", "completed": "Your answers have been recorded. You may close this page.",
        "screenedOutTitle": "Thank you",
        "screenedOut":
            "We already have enough answers from people like you, so the survey ends here. Thank you for your time.",
        "closedTitle": "This survey is closed", "closed": "This link can no longer be used to answer the survey.",
        "needsInvitationTitle": "This survey needs a personal link",
        "needsInvitation": "Please use the link you were sent by e-mail or text message.",
        "notFoundTitle": "Page not found",
        "notFound": "This link is not valid. Please check that you copied it completely.",
        "unavailableTitle": "Please try again in a moment",
        "unavailable":
            "The survey is briefly unavailable. Your answers so far are saved. This page tries again by itself.",
        "badRequestTitle": "This page could not be used",
        "badRequest": "The form could not be read. Please go back to the survey link and try again.",
        "tooManyTitle": "Too many attempts", "tooMany": "Please wait a minute before trying again.",
        "retry": "Try again", "continue": "Continue",
        "formChooseOne": "Choose one of the options.", "formChooseAmong": "Choose among the options shown.",
        "formScale": "Choose a point on the scale.",
        "formNumber": "Enter a number, with a point for decimals (e.g. 12.5).",
        "formMaxDiff": "Choose the most and the least important item in every set.",
        "formNoAnswer": "This step takes no answer.", "formRankRange": "Give each item a rank from 1 to %1.",
        "formRankOnce": "Give each rank once: 1 for the most important, then 2, 3 and so on.",
        "formGrid": "Choose a point in every row.",
    ]

    static let chinese: [String: String] = [
        "next": "下一步", "back": "上一步", "start": "开始答题", "dontKnow": "不知道", "refused": "不愿回答",
        "required": "必答", "specify": "请注明", "progress": "第 %1 题，共 %2 题", "notRanked": "不排名", "rank": "排名",
        "most": "最重要", "least": "最不重要", "confirm": "保留此答案", "functional": "如果产品具备此功能",
        "dysfunctional": "如果产品不具备此功能", "set": "组", "why": "您的回答", "problem": "请更正：",
        "warning": "请确认：", "startIntro": "您的回答会逐页保存；您可以关闭本页，稍后通过同一链接继续。",
        "completedTitle": "谢谢", "completed": "您的回答已记录。您可以关闭本页。", "screenedOutTitle": "谢谢",
        "screenedOut": "与您情况相似的受访者已足够，调查到此结束。感谢您抽出时间。", "closedTitle": "本调查已关闭",
        "closed": "此链接已无法用于回答调查。", "needsInvitationTitle": "本调查需要个人链接",
        "needsInvitation": "请使用通过电子邮件或短信发送给您的链接。", "notFoundTitle": "未找到页面",
        "notFound": "此链接无效。请检查是否完整复制。", "unavailableTitle": "请稍后再试",
        "unavailable": "调查暂时无法使用。您已填写的回答已保存。本页会自动重试。", "badRequestTitle": "无法使用此页面",
        "badRequest": "无法读取表单。请返回调查链接重试。", "tooManyTitle": "尝试次数过多", "tooMany": "请稍等一分钟再试。",
        "retry": "重试", "continue": "继续",
        "formChooseOne": "请选择一个选项。", "formChooseAmong": "请在列出的选项中选择。", "formScale": "请在量表上选择一个点。",
        "formNumber": "请输入数字，小数用小数点（例如 12.5）。", "formMaxDiff": "请在每一组中选出最重要和最不重要的项目。",
        "formNoAnswer": "这一步不需要回答。", "formRankRange": "请给每个项目一个 1 到 %1 的排名。",
        "formRankOnce": "每个名次只能用一次：1 表示最重要，然后是 2、3，依此类推。", "formGrid": "请在每一行选择一个点。",
    ]
}
