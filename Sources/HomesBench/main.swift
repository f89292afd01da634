// homes-bench: prints speed and memory figures. Filled in by the benchmark work.
print("homes-bench: no benchmarks yet")
