import SurveyAnalysis
import Testing

/// The open-answer checks judge the shape of a text, in any language, without a dictionary.
@Suite struct OpenAnswerCheckTests {
    @Test(arguments: [
        ("asdfgh jkl", "keyboard mash"), ("qwerty qwerty", "keyboard mash"), ("sdfghjk", "keyboard mash"),
        ("xxxxxxxx", "a repeated character"), ("1111111", "no words"), ("???", "no words"),
        ("hjkl hjkl hjkl", "a pattern of 4 characters repeated"), ("sdfsdfsdf", "a pattern of 3 characters repeated"),
        ("啊啊啊啊啊", "a repeated character"), ("哈哈哈哈哈哈", "a repeated character"), ("。。。。。。", "no words"),
    ])
    func gibberishIsRecognised(_ text: String, _ reason: String) {
        #expect(OpenAnswerCheck.gibberish(text) == reason)
    }

    @Test(arguments: [
        "The staff were really helpful", "strengths of the app", "rhythm of the week", "price", "价格",
        "我觉得工作人员非常热情周到", "Les frais sont trop élevés", "Сотрудники были очень вежливы", "24h service",
        "It's fine", "好",
    ])
    func honestAnswersAreNotGibberish(_ text: String) {
        #expect(OpenAnswerCheck.gibberish(text) == nil)
    }

    @Test func contentWordsCountCJKAsHalfAWordPerCharacter() {
        #expect(OpenAnswerCheck.contentWords("The staff were helpful") == 4)
        #expect(OpenAnswerCheck.contentWords("价格") == 1)
        #expect(OpenAnswerCheck.contentWords("服务很好, fast") == 3)
        #expect(OpenAnswerCheck.contentWords("  ") == 0)
    }

    @Test func copyingTheQuestionIsRecognisedInBothLanguages() {
        #expect(
            OpenAnswerCheck.copies("main reason for your score", question: "What is the main reason for your score?"))
        #expect(OpenAnswerCheck.copies("这个分数的主要原因是什么", question: "您给出这个分数的主要原因是什么？"))
        #expect(!OpenAnswerCheck.copies("score", question: "What is the main reason for your score?"))
        #expect(!OpenAnswerCheck.copies("The fees are too high", question: "What is the main reason for your score?"))
    }

    @Test(arguments: [
        ("我觉得网上银行很方便，第16次来", "我觉得网上银行很方便第16次来"), ("ＡＢＣ １２３！", "abc123"),
        ("The Staff, 24h!", "thestaff24h"), ("ﬁne ①", "fine1"), ("Élevés", "élevés"),
    ])
    func normalisedTextIsCompatibilityFoldedLetterAndDigits(_ text: String, _ expected: String) {
        #expect(OpenAnswerCheck.normalized(text) == expected)
    }
}
