import Testing
@testable import ZhTidy

/// MD-CODE: Markdown code (fenced blocks, code spans) is left exactly as written, and the prose
/// around it is cleaned as before. Outputs are compared as bytes.
@Suite struct MarkdownCodeTests {
    private func code(_ text: String) -> [MarkdownCode.Code] {
        Array(text.utf8).withUnsafeBufferPointer { MarkdownCode.code($0) }
    }

    @Test func aFencedCodeBlockIsLeftAsWritten() {
        let code = "```swift\nlet a = f(x, y) // 注释 , 这里\nprint(\"你好 , 世界\")\n\n  缩进 (如图) 的行\n```"
        let r = Tidy.run("# 标题\n\n正文 , 这里.\n\n\(code)\n\n结束 , 了.")
        #expect(Array(r.output) == Array("# 标题\n\n正文，这里。\n\n\(code)\n\n结束，了。\n".utf8))
        // (No record inside: the log and the output agree.)
        let start = Array("# 标题\n\n正文 , 这里.\n\n".utf8).count, end = start + Array(code.utf8).count
        #expect(!r.edits.contains { $0.range.lowerBound < end && $0.range.upperBound > start })
        #expect(Array(Tidy.apply(r.edits, to: r.input)) == Array(r.output))
    }

    @Test func aFenceIsNotJoinedIntoTheParagraphBeforeIt() {
        // (CommonMark: a fenced block interrupts a paragraph. Blank lines may be put around it.)
        let r = Tidy.run("这是一段正文的开头，\n```\ncode , here\n```\n后面的文字 , 接着写。")
        let out = String(decoding: r.output, as: UTF8.self)
        #expect(out.contains("\n```\ncode , here\n```\n"))
        #expect(out.hasPrefix("这是一段正文的开头，"))
        #expect(out.contains("后面的文字，接着写。"))
    }

    @Test func tildeFencesAndUnclosedFences() {
        let tilde = Tidy.run("正文。\n\n~~~\na , b.\n~~~~\n\n正文 , 二.")
        #expect(Array(tilde.output) == Array("正文。\n\n~~~\na , b.\n~~~~\n\n正文，二。\n".utf8))
        // (An unclosed fence runs to the text's end.)
        let open = Tidy.run("正文 , 一.\n\n```\na , b.\n\n中文 , 句子.")
        #expect(Array(open.output) == Array("正文，一。\n\n```\na , b.\n\n中文 , 句子.\n".utf8))
        // (A backtick fence's info string holds no backtick: `` ```a`b `` is text, with a span.)
        let notFence = code("```a`b\nx\n")
        #expect(!notFence.contains { $0.fenced })
    }

    @Test func aCodeSpanIsLeftAsWritten() {
        let r = Tidy.run("命令 `zhtidy -` 读标准输入 , 然后看 `（下转第 4 版）` 和 `（如图）` 的处理。")
        #expect(Array(r.output) == Array("命令 `zhtidy -` 读标准输入，然后看 `（下转第 4 版）` 和 `（如图）` 的处理。\n".utf8))
        // (A double-backtick span holds a backtick; an unmatched run is text.)
        let spans = code("a ``x ` y`` b ` c")
        #expect(spans == [MarkdownCode.Code(range: 2..<11, fenced: false)])
    }

    @Test func offWhenDisabled() {
        var options = Options()
        options.disabledRules = ["MD-CODE"]
        let r = Tidy.run("正文 `中文 , 句子` 结束.", options: options)
        #expect(Array(r.output) == Array("正文 `中文，句子` 结束。\n".utf8))
    }

    @Test func theCleanTextIsIdempotent() {
        for text in ["正文 , 这里.\n```\nx , y\n```\n结束 , 了.", "说明 `a , b` 和 `` c`d `` 以及 ` 单个.", "~~~\n一\n\n二 , 三\n"] {
            let once = Tidy.run(text)
            let twice = Tidy.clean(once.output, options: Options())
            #expect(Array(twice.output) == Array(once.output), "\(text.debugDescription)")
        }
    }
}
