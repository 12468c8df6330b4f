#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses decimal numbers straight from bytes, correctly rounded.
///
/// Fast path (Clinger 1990): a decimal with at most 19 significant digits whose integer mantissa is below 2^53
/// and whose power of ten is within ±22 is converted with one exact multiplication or division, which IEEE 754
/// rounds correctly. Everything else (long mantissas, large exponents, `inf`, `nan`) goes through C `strtod`,
/// also correctly rounded. Leading and trailing spaces are ignored. Returns nil when the bytes are not a number.
enum CSVNumberParser {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    static func parse(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var lower = start
        var upper = end
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        if lower == upper { return nil }
        var index = lower
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var anyDigit = false
        var decimalExponent = 0
        while index < upper, bytes[index] &- 48 < 10 {
            anyDigit = true
            if digits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- 48)
                if mantissa != 0 { digits += 1 }
            } else {
                return slowParse(bytes, lower, upper)
            }
            index += 1
        }
        if index < upper && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < upper, bytes[index] &- 48 < 10 {
                anyDigit = true
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- 48)
                    if mantissa != 0 { digits += 1 }
                    decimalExponent -= 1
                } else {
                    return slowParse(bytes, lower, upper)
                }
                index += 1
            }
        }
        if !anyDigit { return slowParse(bytes, lower, upper) }
        if index < upper && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < upper && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while index < upper, bytes[index] &- 48 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] &- 48) }
                exponentDigits += 1
                index += 1
            }
            if exponentDigits == 0 { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if index != upper { return nil }
        if mantissa >= (1 << 53) || decimalExponent < -22 || decimalExponent > 22 {
            return slowParse(bytes, lower, upper)
        }
        var value = Double(mantissa)
        if decimalExponent < 0 {
            value /= powersOfTen[-decimalExponent]
        } else if decimalExponent > 0 {
            value *= powersOfTen[decimalExponent]
        }
        return negative ? -value : value
    }

    /// `strtod` on a NUL-terminated copy; accepts only if the whole range is consumed.
    private static func slowParse(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = end - start
        if length > 4096 { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            for offset in 0..<length { buffer[offset] = CChar(bitPattern: bytes[start + offset]) }
            buffer[length] = 0
            var stop: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(buffer.baseAddress!, &stop)
            guard let stop, stop - buffer.baseAddress! == length else { return nil }
            // Reject hexadecimal floats, which strtod accepts but CSV data never means.
            for offset in 0..<length
            where buffer[offset] == CChar(UInt8(ascii: "x")) || buffer[offset] == CChar(UInt8(ascii: "X")) {
                return nil
            }
            return value
        }
    }
}
