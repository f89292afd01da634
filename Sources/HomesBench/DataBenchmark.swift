/// Load, index and query figures at national and large scale. (Being built.)
enum DataBenchmark {
    static func run(_ arguments: [String]) { print("data benchmark: not built yet") }
}
