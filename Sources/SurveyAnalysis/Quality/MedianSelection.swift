/// The median by selection: Hoare's FIND (quickselect) with a median-of-three pivot, falling back to a sort when
/// partitioning stops shrinking the range quickly (introselect, Musser 1997), so the time is linear on average and
/// never worse than a sort. The result equals the sorted array's middle value (the mean of the two middle values
/// for an even count).
enum MedianSelection {
    /// The median of `values`, which must not hold NaN; NaN for no values.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        var values = values
        let middle = values.count / 2
        let upper = select(&values, middle)
        guard values.count % 2 == 0 else { return upper }
        // After selection, everything before `middle` is at most `upper`: the lower middle value is their largest.
        return (values[..<middle].max()! + upper) / 2
    }

    /// The value at `k` in sorted order; afterwards values before `k` are at most it and values after at least it.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        var low = 0
        var high = values.count - 1
        var budget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 8
        while high > low {
            budget -= 1
            if budget < 0 {
                values[low...high].sort()
                return values[k]
            }
            let mid = low + (high - low) / 2
            // Median of three as the pivot.
            if values[mid] < values[low] { values.swapAt(mid, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[mid] { values.swapAt(high, mid) }
            let pivot = values[mid]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }
}
