/// The `k`-th smallest of a list of numbers without sorting it: Hoare's FIND (quickselect) with a median-of-three
/// pivot, falling back to a sort when partitioning stops shrinking the range quickly (introselect: Musser 1997,
/// "Introspective sorting and selection algorithms", Software: Practice and Experience 27(8)), so the time is
/// linear on average and never worse than a sort's. Used for medians and quantiles of large lists.
public enum OrderSelection {
    /// The value at `k` in sorted order; afterwards values before `k` are at most it and values after at least it.
    public static func select(_ values: inout [Double], _ k: Int) -> Double {
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
