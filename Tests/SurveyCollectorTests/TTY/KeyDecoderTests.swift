import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Key decoder")
struct KeyDecoderTests {
    private func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.decode(bytes) + decoder.flush()
    }

    @Test func digitsSpaceEnterBackspace() {
        #expect(
            keys(Array("1 2".utf8) + [0x0D, 0x7F, 0x08]) == [
                .character("1"), .character(" "), .character("2"), .enter, .backspace, .backspace,
            ])
        #expect(Key.character("7").digit == 7)
        #expect(Key.character("a").digit == nil)
    }

    @Test func controlKeys() {
        #expect(keys([0x03, 0x04, 0x09, 0x01, 0x0A]) == [.interrupt, .endOfInput, .tab, .control("a"), .enter])
    }

    @Test func arrowsHomeEndDeleteInCSIAndSS3Forms() {
        let csi: [UInt8] = [0x1B, 0x5B]
        let bytes =
            csi + Array("A".utf8) + csi + Array("B".utf8) + csi + Array("C".utf8) + csi + Array("D".utf8)
            + csi + Array("H".utf8) + csi + Array("F".utf8) + csi + Array("3~".utf8) + csi + Array("1~".utf8)
            + csi + Array("4~".utf8) + [0x1B, 0x4F, 0x48] + [0x1B, 0x4F, 0x46] + csi + Array("1;5C".utf8)
        #expect(keys(bytes) == [.up, .down, .right, .left, .home, .end, .delete, .home, .end, .home, .end, .right])
    }

    @Test func functionKeysAndPaging() {
        let bytes: [UInt8] =
            [0x1B, 0x4F, 0x50, 0x1B, 0x4F, 0x51, 0x1B, 0x4F, 0x52]
            + [0x1B, 0x5B] + Array("15~".utf8) + [0x1B, 0x5B] + Array("5~".utf8) + [0x1B, 0x5B] + Array("6~".utf8)
        #expect(keys(bytes) == [.function(1), .function(2), .function(3), .function(5), .pageUp, .pageDown])
    }

    @Test func utf8TextIncludingCJKAndSplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("é价格😀".utf8)
        var decoded: [Key] = []
        for byte in bytes { decoded += decoder.decode([byte]) }
        #expect(decoded == [.character("é"), .character("价"), .character("格"), .character("😀")])
        #expect(!decoder.hasPendingInput)
    }

    @Test func loneEscapeIsReportedOnlyOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]).isEmpty)
        #expect(decoder.hasPendingInput)
        #expect(decoder.flush() == [.escape])
        #expect(decoder.decode([0x1B, 0x5B]).isEmpty)
        #expect(decoder.decode(Array("D".utf8)) == [.left])
    }

    @Test func invalidAndUnknownBytesDoNotStopDecoding() {
        let decoded = keys([0xFF, 0x31, 0x1B, 0x5B] + Array("99~".utf8) + [0x32, 0xC3, 0x28])
        #expect(
            decoded == [
                .unknown([0xFF]), .character("1"), .unknown(Array("\u{1B}[99~".utf8)), .character("2"),
                .unknown([0xC3]), .character("("),
            ])
    }
}
