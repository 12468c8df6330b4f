import SurveyModel
/// Assigns small integer codes to distinct byte strings (categorical labels) without allocating per lookup.
///
/// Open addressing with linear probing; keys are stored back to back in one arena. Keys of at most 8 bytes (most
/// category labels) take a fast path: packed into one integer, hashed with one multiplication and compared
/// without touching the arena. Codes are dense, in order of first appearance, starting at 0.
struct CSVByteInterner {
    private var packedOfCode: [UInt64] = []
    private var lengthOfCode: [Int] = []
    private var shortSlots: [Int32] = Array(repeating: -1, count: 16)
    private var shortMask = 15
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = Array(repeating: -1, count: 16)
        mask = 15
    }

    /// Number of distinct keys.
    var count: Int { hashes.count }

    /// The code of the bytes in `buffer`, adding them when new.
    mutating func code(for buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        let length = buffer.count
        if length <= 8 {
            var packed: UInt64 = 0
            for index in 0..<length { packed |= UInt64(buffer[index]) << (UInt64(index) &* 8) }
            let mixed = (packed ^ (UInt64(length) << 59)) &* 0x9E37_79B9_7F4A_7C15
            var slot = Int(truncatingIfNeeded: mixed >> 32) & shortMask
            while true {
                let code = shortSlots[slot]
                if code < 0 { break }
                if packedOfCode[Int(code)] == packed && lengthOfCode[Int(code)] == length { return code }
                slot = (slot + 1) & shortMask
            }
            let code = insert(buffer, hash: 0, packed: packed)
            shortSlots[slot] = code
            if shortCount * 2 > shortSlots.count { growShort() }
            return code
        }
        return longCode(for: buffer)
    }

    private var shortCount = 0

    private mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, hash: UInt64, packed: UInt64) -> Int32 {
        let code = Int32(hashes.count)
        arena.append(contentsOf: buffer)
        offsets.append(arena.count)
        hashes.append(hash)
        packedOfCode.append(packed)
        lengthOfCode.append(buffer.count <= 8 ? buffer.count : -1)
        if buffer.count <= 8 { shortCount += 1 }
        return code
    }

    private mutating func growShort() {
        let size = shortSlots.count * 2
        shortSlots = Array(repeating: -1, count: size)
        shortMask = size - 1
        for code in lengthOfCode.indices where lengthOfCode[code] >= 0 {
            let mixed = (packedOfCode[code] ^ (UInt64(lengthOfCode[code]) << 59)) &* 0x9E37_79B9_7F4A_7C15
            var slot = Int(truncatingIfNeeded: mixed >> 32) & shortMask
            while shortSlots[slot] >= 0 { slot = (slot + 1) & shortMask }
            shortSlots[slot] = Int32(code)
        }
    }

    private mutating func longCode(for buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = FNV1a.hash(buffer)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash && keyEquals(Int(code), buffer) { return code }
            slot = (slot + 1) & mask
        }
        let code = insert(buffer, hash: hash, packed: 0)
        slots[slot] = code
        if (hashes.count - shortCount) * 2 > slots.count { grow() }
        return code
    }

    /// The key with `code`, decoded as UTF-8 (invalid bytes become U+FFFD).
    func string(_ code: Int) -> String {
        String(decoding: arena[offsets[code]..<offsets[code + 1]], as: UTF8.self)
    }

    private func keyEquals(_ code: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = offsets[code]
        let upper = offsets[code + 1]
        if upper - lower != buffer.count { return false }
        var index = 0
        while index < buffer.count {
            if arena[lower + index] != buffer[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (code, hash) in hashes.enumerated() where lengthOfCode[code] < 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
