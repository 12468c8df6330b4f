// voc-bench: `swift run -c release voc-bench NAME` prints one JSON document per benchmark.
print("usage: voc-bench NAME")
