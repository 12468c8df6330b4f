/// Assigns small integer codes to distinct byte strings (categorical labels) without allocating per lookup.
///
/// Open addressing with linear probing over an FNV-1a hash; keys are stored back to back in one arena. Codes are
/// dense, in order of first appearance, starting at 0.
struct CSVByteInterner {
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash && keyEquals(Int(code), buffer) { return code }
            slot = (slot + 1) & mask
        }
        let code = Int32(hashes.count)
        arena.append(contentsOf: buffer)
        offsets.append(arena.count)
        hashes.append(hash)
        slots[slot] = code
        if hashes.count * 2 > slots.count { grow() }
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
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
